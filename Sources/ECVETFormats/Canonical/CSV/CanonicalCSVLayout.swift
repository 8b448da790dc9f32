import ECVETModel

/// The canonical CSV layout: a folder of tables that holds a whole catalogue without loss.
///
/// Multilingual text has a column per language (`title@fi`, `title@en`); lists are `|`-separated
/// in one cell; booleans are `true`/`false`; an empty cell is absent. Columns the layout does not
/// know are kept as extensions: `x-note` holds text, `x-note:json` a JSON value.
package enum CanonicalCSVLayout {
    /// The table files, in the order they are written and read.
    package enum Table: String, CaseIterable, Sendable {
        case catalogue
        case organisations
        case learningOutcomes = "learning-outcomes"
        case units
        case unitParts = "unit-parts"
        case assessmentCriteria = "assessment-criteria"
        case qualifications
        case structure

        package var fileName: String { rawValue + ".csv" }

        /// Plain columns, in the order written; multilingual columns are listed in `texts`.
        var columns: [String] { layout.plain }

        /// Multilingual columns, each written as `name@language`.
        var texts: [String] { layout.texts }

        private var layout: (plain: [String], texts: [String]) {
            switch self {
            case .catalogue: Layouts.catalogue
            case .organisations: Layouts.organisations
            case .learningOutcomes: Layouts.learningOutcomes
            case .units: Layouts.units
            case .unitParts: Layouts.unitParts
            case .assessmentCriteria: Layouts.assessmentCriteria
            case .qualifications: Layouts.qualifications
            case .structure: Layouts.structure
            }
        }
    }

    /// Every table's columns, worked out once from the field tables: writers and readers ask for
    /// them cell by cell.
    private enum Layouts {
        static let catalogue = prefixed(["format"], columns(of: Catalogue.fields))
        static let organisations = columns(of: Organisation.fields)
        static let learningOutcomes = columns(of: LearningOutcome.fields)
        static let units = columns(of: ECVETModel.Unit.fields)
        static let unitParts = prefixed(["unit"], columns(of: UnitPart.fields))
        static let assessmentCriteria = prefixed(["ownerType", "owner"], columns(of: AssessmentCriterion.fields))
        static let qualifications = columns(of: Qualification.fields)
        // The structure table flattens groups and their members into rows of one shape.
        static let structure = (
            plain: ["qualification", "member", "unit", "points", "mandatory", "id", "minPoints", "maxPoints",
                    "minUnits", "maxUnits"],
            texts: ["title", "description"]
        )

        private static func prefixed(_ owner: [String], _ columns: (plain: [String], texts: [String]))
            -> (plain: [String], texts: [String]) {
            (owner + columns.plain, columns.texts)
        }
    }

    /// The columns an entity's fields take in its table: a column per plain value, three for
    /// credits (`credits`, `creditSystem`, `ecvetFactor`), two for a validity period
    /// (`validFrom`, `validUntil`), a text column per multilingual field (an assessment's is its
    /// procedures), and what a nested field names.
    static func columns<Entity>(of fields: [Field<Entity>]) -> (plain: [String], texts: [String]) {
        var plain: [String] = []
        var texts: [String] = []
        for field in fields {
            switch field.value {
            case .localizedText, .assessment: texts.append(field.key)
            case .credits: plain += [field.key, "creditSystem", "ecvetFactor"]
            case .validity: plain += ["validFrom", "validUntil"]
            case .nested(let csvColumns): plain += csvColumns
            case .identifier, .text, .eqfLevel, .code, .codes, .reference, .references, .identifiers, .decimal, .integer,
                 .flag, .category:
                plain.append(field.key)
            }
        }
        return (plain, texts)
    }

    /// Separates the items of a list in one cell.
    static let listSeparator: Unicode.Scalar = "|"

    /// `true` when `folder` holds canonical tables.
    package static func isCanonicalFolder(_ names: [String]) -> Bool {
        let lowered = Set(names.map { $0.lowercased() })
        return lowered.contains(Table.qualifications.fileName) || lowered.contains(Table.units.fileName)
    }
}

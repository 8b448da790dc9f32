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
        var columns: [String] {
            switch self {
            case .catalogue: ["format"] + CanonicalCSVLayout.columns(of: Catalogue.fields).plain
            case .organisations: CanonicalCSVLayout.columns(of: Organisation.fields).plain
            case .learningOutcomes: CanonicalCSVLayout.columns(of: LearningOutcome.fields).plain
            case .units: CanonicalCSVLayout.columns(of: ECVETModel.Unit.fields).plain
            case .unitParts: ["unit"] + CanonicalCSVLayout.columns(of: UnitPart.fields).plain
            case .assessmentCriteria: ["ownerType", "owner"] + CanonicalCSVLayout.columns(of: AssessmentCriterion.fields).plain
            case .qualifications: CanonicalCSVLayout.columns(of: Qualification.fields).plain
            // The structure table flattens groups and their members into rows of one shape.
            case .structure:
                ["qualification", "member", "unit", "points", "mandatory", "id", "minPoints", "maxPoints",
                 "minUnits", "maxUnits"]
            }
        }

        /// Multilingual columns, each written as `name@language`.
        var texts: [String] {
            switch self {
            case .catalogue: CanonicalCSVLayout.columns(of: Catalogue.fields).texts
            case .organisations: CanonicalCSVLayout.columns(of: Organisation.fields).texts
            case .learningOutcomes: CanonicalCSVLayout.columns(of: LearningOutcome.fields).texts
            case .units: CanonicalCSVLayout.columns(of: ECVETModel.Unit.fields).texts
            case .unitParts: CanonicalCSVLayout.columns(of: UnitPart.fields).texts
            case .assessmentCriteria: CanonicalCSVLayout.columns(of: AssessmentCriterion.fields).texts
            case .qualifications: CanonicalCSVLayout.columns(of: Qualification.fields).texts
            case .structure: ["title", "description"]
            }
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
            case .identifier, .text, .eqfLevel, .code, .codes, .reference, .references, .decimal, .integer, .flag,
                 .category:
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

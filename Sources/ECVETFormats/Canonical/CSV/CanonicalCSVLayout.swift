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
            case .catalogue:
                ["format", "id", "publisher", "country", "version", "issued", "defaultLanguage"]
            case .organisations:
                ["id", "country", "homepage", "email", "identifiers"]
            case .learningOutcomes:
                ["id", "category", "escoSkills"]
            case .units:
                ["id", "code", "uri", "eqfLevel", "credits", "creditSystem", "ecvetFactor", "learningOutcomes",
                 "validFrom", "validUntil", "iscedF", "languages", "escoSkills"]
            case .unitParts:
                ["unit", "id", "code", "credits", "creditSystem", "ecvetFactor", "mandatory", "learningOutcomes"]
            case .assessmentCriteria:
                ["ownerType", "owner", "level"]
            case .qualifications:
                ["id", "code", "uri", "eqfLevel", "nqfFramework", "nqfLevel", "nqfURI", "iscedF", "languages",
                 "credits", "creditSystem", "ecvetFactor", "volumeOfLearning", "learningHours", "awardingBody",
                 "country", "validFrom", "validUntil", "partial", "homepage"]
            case .structure:
                ["qualification", "member", "unit", "points", "mandatory", "id", "minPoints", "maxPoints",
                 "minUnits", "maxUnits"]
            }
        }

        /// Multilingual columns, each written as `name@language`.
        var texts: [String] {
            switch self {
            case .catalogue: ["title", "description"]
            case .organisations: ["name", "address"]
            case .learningOutcomes: ["text"]
            case .units: ["title", "description", "assessment"]
            case .unitParts: ["title", "description", "assessment"]
            case .assessmentCriteria: ["title", "text"]
            case .qualifications: ["title", "description", "entryRequirements", "learningOutcomeSummary"]
            case .structure: ["title", "description"]
            }
        }
    }

    /// Separates the items of a list in one cell.
    static let listSeparator: Unicode.Scalar = "|"

    /// `true` when `folder` holds canonical tables.
    package static func isCanonicalFolder(_ names: [String]) -> Bool {
        let lowered = Set(names.map { $0.lowercased() })
        return lowered.contains(Table.qualifications.fileName) || lowered.contains(Table.units.fileName)
    }
}

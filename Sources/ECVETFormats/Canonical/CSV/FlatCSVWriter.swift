import ECVETModel
import ECVETSyntax

/// Writes a catalogue as one flat CSV file, the layout `FlatCSVReader` reads: a row per
/// learning outcome of each unit of each qualification (a row per unit for a unit without
/// outcomes, a row for a qualification without units), the qualification's and the unit's
/// columns repeated on each row, one column per language of each text.
///
/// It is what spreadsheets and many national exports hold, and it cannot hold everything: units
/// in no qualification, nested groups (a unit is written under the outermost group that names
/// it), organisations, assessment and extensions are left out. The canonical CSV tables
/// (`csv-tables`) keep them.
package enum FlatCSVWriter {
    package static func write(_ catalogue: Catalogue, to writer: inout CSVWriter) {
        let languages = Languages(catalogue)
        writer.writeRecord(header(languages))
        let units = Dictionary(catalogue.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let outcomes = Dictionary(catalogue.learningOutcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for qualification in catalogue.qualifications {
            let qualificationCells = cells(of: qualification, languages)
            let members = placedLinks(of: qualification)
            if members.isEmpty {
                writer.writeRecord(qualificationCells + empty(unitColumns(languages)))
                continue
            }
            for (link, group) in members {
                let unit = units[link.unit.id]
                let unitCells = [link.unit.id, unit?.code ?? ""]
                    + texts(unit?.title, languages.unitTitle) + texts(unit?.description, languages.unitDescription)
                    + [(link.points ?? unit?.credits?.amount)?.canonical ?? "", link.isMandatory.map { $0 ? "true" : "false" } ?? "",
                       group.map { $0.id ?? $0.title.text() ?? "" } ?? ""]
                    + texts(group?.title, languages.groupTitle)
                let statements = (unit?.learningOutcomes ?? []).compactMap { outcomes[$0.id] }
                if statements.isEmpty {
                    writer.writeRecord(qualificationCells + unitCells + empty(outcomeColumns(languages)))
                }
                for outcome in statements {
                    writer.writeRecord(qualificationCells + unitCells + [outcome.id] + texts(outcome.text, languages.outcome)
                        + [outcome.category?.written ?? ""])
                }
            }
        }
    }

    /// The languages of each text column, in order of first appearance.
    private struct Languages {
        var qualificationTitle: [String] = []
        var qualificationDescription: [String] = []
        var unitTitle: [String] = []
        var unitDescription: [String] = []
        var groupTitle: [String] = []
        var outcome: [String] = []

        init(_ catalogue: Catalogue) {
            func add(_ text: LocalizedText?, to list: inout [String]) {
                for language in text?.languages ?? [] where !list.contains(language) { list.append(language) }
            }
            for qualification in catalogue.qualifications {
                add(qualification.title, to: &qualificationTitle)
                add(qualification.description, to: &qualificationDescription)
                for (_, group) in FlatCSVWriter.placedLinks(of: qualification) { add(group?.title, to: &groupTitle) }
            }
            for unit in catalogue.units {
                add(unit.title, to: &unitTitle)
                add(unit.description, to: &unitDescription)
            }
            for statement in catalogue.learningOutcomes { add(statement.text, to: &outcome) }
        }
    }

    private static func header(_ languages: Languages) -> [String] {
        ["qualificationId", "qualificationCode"]
            + languages.qualificationTitle.map { "qualificationTitle@" + $0 }
            + languages.qualificationDescription.map { "qualificationDescription@" + $0 }
            + ["eqfLevel", "nqfFramework", "nqfLevel", "nqfURI", "iscedF", "languages", "qualificationPoints",
               "volumeOfLearning", "awardingBody", "country", "validFrom", "validUntil"]
            + unitColumns(languages) + outcomeColumns(languages)
    }

    private static func unitColumns(_ languages: Languages) -> [String] {
        ["unitId", "unitCode"] + languages.unitTitle.map { "unitTitle@" + $0 }
            + languages.unitDescription.map { "unitDescription@" + $0 }
            + ["points", "mandatory", "group"] + languages.groupTitle.map { "groupTitle@" + $0 }
    }

    private static func outcomeColumns(_ languages: Languages) -> [String] {
        ["outcomeId"] + languages.outcome.map { "outcome@" + $0 } + ["category"]
    }

    private static func empty(_ columns: [String]) -> [String] {
        Array(repeating: "", count: columns.count)
    }

    private static func cells(of qualification: Qualification, _ languages: Languages) -> [String] {
        let nqf = qualification.nqfLevels.first
        return [qualification.id, qualification.code ?? ""]
            + texts(qualification.title, languages.qualificationTitle)
            + texts(qualification.description, languages.qualificationDescription)
            + [qualification.eqfLevel?.written ?? "", nqf?.framework ?? "", nqf?.level ?? "", nqf?.uri ?? "",
               qualification.iscedF.map(\.written).joined(separator: "|"),
               qualification.languages.map(\.written).joined(separator: "|"),
               qualification.credits?.amount?.canonical ?? "", qualification.volumeOfLearning ?? "",
               qualification.awardingBody?.id ?? "", qualification.country?.written ?? "",
               qualification.validity?.from ?? "", qualification.validity?.until ?? ""]
    }

    private static func texts(_ text: LocalizedText?, _ languages: [String]) -> [String] {
        languages.map { text?[$0] ?? "" }
    }

    /// The qualification's unit links in order, each with the outermost group under the root
    /// that holds it (`nil` for a unit directly in the root).
    static func placedLinks(of qualification: Qualification) -> [(link: UnitLink, group: UnitGroup?)] {
        guard let root = qualification.structure else { return qualification.unitLinks.map { ($0, nil) } }
        var placed: [(UnitLink, UnitGroup?)] = []
        for member in root.members {
            switch member {
            case .unit(let link): placed.append((link, nil))
            case .group(let group): placed += group.allUnitLinks.map { ($0, group) }
            }
        }
        return placed
    }
}

import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// Europass CSV: two tables for people and spreadsheets, with the data fields of the 2017 EQF
/// Recommendation, Annex VI. Every code is given both as its Europass vocabulary URI and as a
/// readable label.
///
/// - `europass-qualifications.csv`: one row per qualification.
/// - `europass-units.csv`: one row per unit of a qualification (a unit used by two
///   qualifications has two rows, each with its points there), its learning outcomes one per
///   line in the `learningOutcomes@…` cells.
package enum EuropassCSV {
    package static let qualificationsTable = "europass-qualifications.csv"
    package static let unitsTable = "europass-units.csv"

    static let qualificationColumns = [
        "id", "code", "eqfLevel", "eqfURI", "eqfLabel", "nqfLevel", "nqfURI", "iscedF", "iscedFURI", "iscedFLabel",
        "country", "countryURI", "countryLabel", "languages", "languageURIs", "languageLabels", "credits",
        "creditSystem", "creditSystemURI", "volumeOfLearning", "awardingBody", "awardingBodyName", "validFrom",
        "validUntil", "partial", "homepage",
    ]
    static let qualificationTexts = ["title", "description", "learningOutcomeSummary", "entryRequirements"]
    static let unitColumns = [
        "qualification", "unit", "code", "points", "creditSystemURI", "mandatory", "iscedF", "iscedFURI",
        "iscedFLabel", "languages", "languageURIs",
    ]
    static let unitTexts = ["title", "description", "learningOutcomes"]

    /// `true` when a folder holds the Europass tables.
    package static func isEuropassFolder(_ names: [String]) -> Bool {
        names.contains { $0.lowercased() == qualificationsTable }
    }

    // MARK: - Writing

    /// Writes the two tables into a new folder beside `folder`; committing the files, then the
    /// folder, puts them in place.
    package static func prepare(_ catalogue: Catalogue, inFolder folder: String,
                               delimiter: UInt8, byteOrderMark: Bool) throws(OutputError) -> (files: [AtomicFile], folder: AtomicFolder) {
        let tables = [(qualificationsTable, qualificationRows(catalogue)), (unitsTable, unitRows(catalogue))]
        return try CSVTableFolder.prepare(at: folder, delimiter: delimiter, byteOrderMark: byteOrderMark,
                                          tables: tables.map { name, rows in
                                              (name, { writer in for row in rows { writer.writeRecord(row) } })
                                          })
    }

    private static func languagesOf(_ texts: [LocalizedText]) -> [String] {
        var seen: [String] = []
        for text in texts {
            for language in text.languages where !seen.contains(language) { seen.append(language) }
        }
        return seen
    }

    static func qualificationRows(_ catalogue: Catalogue) -> [[String]] {
        let organisations = Dictionary(catalogue.organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let languages = languagesOf(catalogue.qualifications.flatMap {
            [$0.title, $0.description, $0.learningOutcomeSummary, $0.entryRequirements]
        })
        var rows = [qualificationColumns + qualificationTexts.flatMap { name in languages.map { "\(name)@\($0)" } }]
        for qualification in catalogue.qualifications {
            let level = qualification.eqfLevel
            let nqf = qualification.nqfLevels.first
            let isced = qualification.iscedF.map(\.written)
            let country = qualification.country ?? catalogue.country
            let countryInfo = country.flatMap { Self.countryEntry($0.written) }
            let credits = qualification.credits
            let languageCodes = qualification.languages.map(\.written)
            var row: [String] = [qualification.id, qualification.code ?? ""]
            row.append(level.map { $0.value.map(String.init) ?? $0.written } ?? "")
            row.append(level?.uri ?? "")
            row.append(level?.value.flatMap { value in CodeLists.eqfLevels.first { $0.level == value }?.label } ?? "")
            // Framework and level as written; from the Europass vocabulary when only the URI is given.
            let nqfWritten = nqf.map { [$0.framework, $0.level].compactMap { $0 }.joined(separator: " ") } ?? ""
            row.append(nqfWritten.isEmpty ? nqf?.europassURI.flatMap { CodeLists.nqfLevelByURI[$0]?.written } ?? "" : nqfWritten)
            row.append(nqf?.europassURI ?? "")
            row.append(isced.joined(separator: "|"))
            row.append(isced.map { CodeLists.iscedFByCode[$0]?.uri ?? "" }.joined(separator: "|"))
            row.append(isced.map { CodeLists.iscedFByCode[$0]?.label ?? "" }.joined(separator: "|"))
            row += [country?.written ?? "", countryInfo?.uri ?? "", countryInfo?.name ?? ""]
            row.append(languageCodes.joined(separator: "|"))
            row.append(languageCodes.map { languageEntry($0)?.uri ?? "" }.joined(separator: "|"))
            row.append(languageCodes.map { languageEntry($0)?.name ?? "" }.joined(separator: "|"))
            // Points as Europass counts them: national points converted with their factor.
            let points = EuropassPoints(credits)
            row.append(points?.points ?? credits?.amount?.written ?? "")
            row.append(points?.system ?? credits?.effectiveSystem.name ?? "")
            row.append(points?.framework ?? "")
            row.append(qualification.volumeOfLearning ?? "")
            row.append(qualification.awardingBody?.id ?? "")
            row.append(qualification.awardingBody.flatMap { organisations[$0.id]?.name.text() } ?? "")
            row += [qualification.validity?.from ?? "", qualification.validity?.until ?? ""]
            row.append(qualification.isPartial.map { $0 ? "true" : "false" } ?? "")
            row.append(qualification.homepage ?? "")
            for text in [qualification.title, qualification.description, qualification.learningOutcomeSummary,
                         qualification.entryRequirements] {
                row += languages.map { text[$0] ?? "" }
            }
            rows.append(row)
        }
        return rows
    }

    static func unitRows(_ catalogue: Catalogue) -> [[String]] {
        let units = Dictionary(catalogue.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let outcomes = Dictionary(catalogue.learningOutcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let languages = languagesOf(catalogue.units.flatMap { [$0.title, $0.description] } + catalogue.learningOutcomes.map(\.text))
        var rows = [unitColumns + unitTexts.flatMap { name in languages.map { "\(name)@\($0)" } }]
        for qualification in catalogue.qualifications {
            for link in qualification.unitLinks {
                let unit = units[link.unit.id]
                let written = link.points ?? unit?.credits?.amount
                let system = unit?.credits?.system ?? qualification.credits?.system ?? .ecvet
                let points = written?.value.map { EuropassPoints($0, in: system) }
                let isced = unit?.iscedF.map(\.written) ?? []
                let unitLanguages = unit?.languages.map(\.written) ?? []
                var row = [
                    qualification.id, link.unit.id, unit?.code ?? "", points?.points ?? written?.written ?? "",
                    points?.framework ?? "",
                    link.isMandatory.map { $0 ? "true" : "false" } ?? "",
                    isced.joined(separator: "|"),
                    isced.map { CodeLists.iscedFByCode[$0]?.uri ?? "" }.joined(separator: "|"),
                    isced.map { CodeLists.iscedFByCode[$0]?.label ?? "" }.joined(separator: "|"),
                    unitLanguages.joined(separator: "|"),
                    unitLanguages.map { languageEntry($0)?.uri ?? "" }.joined(separator: "|"),
                ]
                let statements = (unit.map { $0.learningOutcomes + $0.parts.flatMap(\.learningOutcomes) } ?? [])
                    .compactMap { outcomes[$0.id]?.text }
                for language in languages { row.append(unit?.title[language] ?? "") }
                for language in languages { row.append(unit?.description[language] ?? "") }
                for language in languages {
                    row.append(statements.compactMap { $0[language] }.map { PlainText.from(html: $0) }.joined(separator: "\n"))
                }
                rows.append(row)
            }
        }
        return rows
    }

    static func countryEntry(_ code: String) -> CountryEntry? {
        let upper = code.uppercased()
        return CodeLists.countryByAlpha2[upper] ?? CodeLists.countryByAlpha3[upper] ?? CodeLists.countryByEUCode[upper]
    }

    static func languageEntry(_ tag: String) -> LanguageEntry? {
        CodeLists.language(code: EuropassLOQEmitter.language(tag))
    }
}

import Foundation

/// What a catalogue holds, in numbers: what `ecvet inspect` shows.
public struct CatalogueSummary: Sendable, Hashable, Codable {
    public var source: String
    public var format: String?
    public var qualifications: Int
    public var units: Int
    public var unitParts: Int
    public var learningOutcomes: Int
    public var organisations: Int
    /// Qualifications by EQF level as written (`"4"`, `"unknown"` when absent).
    public var qualificationsByEQFLevel: [String: Int]
    /// Learning-outcome statements by language tag.
    public var statementsByLanguage: [String: Int]
    /// The languages of all texts, in order of first appearance.
    public var languages: [String]
    /// The sum of the qualifications' total points that are numbers.
    public var qualificationPoints: String
    /// The sum of the units' own points that are numbers.
    public var unitPoints: String
    public var unitsWithoutPoints: Int
    public var qualificationsWithoutPoints: Int

    /// Counts what `catalogue` holds.
    public init(_ catalogue: Catalogue, source: String, format: String?) {
        self.source = source
        self.format = format
        qualifications = catalogue.qualifications.count
        units = catalogue.units.count
        unitParts = catalogue.units.reduce(0) { $0 + $1.parts.count }
        learningOutcomes = catalogue.learningOutcomes.count
        organisations = catalogue.organisations.count

        var byLevel: [String: Int] = [:]
        for qualification in catalogue.qualifications {
            let level = qualification.eqfLevel.map { $0.value.map(String.init) ?? $0.written } ?? "unknown"
            byLevel[level, default: 0] += 1
        }
        qualificationsByEQFLevel = byLevel

        var statements: [String: Int] = [:]
        var languages: [String] = []
        var seen = Set<String>()
        func note(_ text: LocalizedText) {
            for entry in text.entries where seen.insert(entry.language).inserted {
                languages.append(entry.language)
            }
        }
        note(catalogue.title)
        for qualification in catalogue.qualifications { note(qualification.title) }
        for unit in catalogue.units { note(unit.title) }
        for outcome in catalogue.learningOutcomes {
            note(outcome.text)
            for entry in outcome.text.entries { statements[entry.language, default: 0] += 1 }
        }
        statementsByLanguage = statements
        self.languages = languages

        let qualificationValues = catalogue.qualifications.compactMap { $0.credits?.amount.value }
        qualificationPoints = DecimalText(qualificationValues.reduce(0, +)).canonical
        qualificationsWithoutPoints = catalogue.qualifications.count - qualificationValues.count
        let unitValues = catalogue.units.compactMap { $0.credits?.amount.value }
        unitPoints = DecimalText(unitValues.reduce(0, +)).canonical
        unitsWithoutPoints = catalogue.units.count - unitValues.count
    }
}

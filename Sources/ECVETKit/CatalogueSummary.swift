import Foundation

/// What a catalogue holds, in numbers: what `ecvet inspect` shows.
public struct CatalogueSummary: Sendable, Hashable, Codable {
    /// The path or name of the input.
    public var source: String
    /// The name of the format it was read as (`json`, `europass-xml`…), when known.
    public var format: String?
    /// How many qualifications the catalogue holds.
    public var qualifications: Int
    /// How many units.
    public var units: Int
    /// How many parts all units have together.
    public var unitParts: Int
    /// How many learning outcomes.
    public var learningOutcomes: Int
    /// For a foreign export, what each entry of its mapping selected and each field found.
    public var mapping: MappingCoverage?
    /// How many organisations.
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
    /// Units with no points of their own.
    public var unitsWithoutPoints: Int
    /// Qualifications with no total points.
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

        let qualificationValues = catalogue.qualifications.compactMap { $0.credits?.amount?.value }
        qualificationPoints = DecimalText(qualificationValues.reduce(0, +)).canonical
        qualificationsWithoutPoints = catalogue.qualifications.count - qualificationValues.count
        let unitValues = catalogue.units.compactMap { $0.credits?.amount?.value }
        unitPoints = DecimalText(unitValues.reduce(0, +)).canonical
        unitsWithoutPoints = catalogue.units.count - unitValues.count
    }
}

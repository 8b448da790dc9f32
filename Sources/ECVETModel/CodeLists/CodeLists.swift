/// The reference code lists, embedded as data: EQF levels, ISCED-F 2013, ISO 639-1 languages,
/// ISO 3166-1 countries, Europass NQF levels and the small Europass vocabularies.
public enum CodeLists {
    /// The ECVET credit framework URI.
    public static let ecvetURI = "http://data.europa.eu/snb/education-credit/60b314e826"
    /// The ECTS credit framework URI.
    public static let ectsURI = "http://data.europa.eu/snb/education-credit/6fcec5c5af"

    public static let iscedFByCode: [String: ISCEDFEntry] =
        Dictionary(iscedF.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    public static let languageByAlpha2: [String: LanguageEntry] =
        Dictionary(languages.map { ($0.alpha2, $0) }, uniquingKeysWith: { first, _ in first })
    public static let languageByAlpha3: [String: LanguageEntry] =
        Dictionary(languages.map { ($0.alpha3, $0) }, uniquingKeysWith: { first, _ in first })
    public static let countryByAlpha2: [String: CountryEntry] =
        Dictionary(countries.map { ($0.alpha2, $0) }, uniquingKeysWith: { first, _ in first })
    public static let countryByAlpha3: [String: CountryEntry] =
        Dictionary(countries.map { ($0.alpha3, $0) }, uniquingKeysWith: { first, _ in first })
    /// EU forms of country codes that differ from ISO 3166-1 (`EL` for Greece, `UK` for the
    /// United Kingdom).
    public static let countryByEUCode: [String: CountryEntry] =
        Dictionary(countries.filter { $0.euCode != $0.alpha2 }.map { ($0.euCode, $0) }, uniquingKeysWith: { first, _ in first })
    public static let nqfLevelByURI: [String: NQFLevelEntry] =
        Dictionary(nqfLevels.map { ($0.uri, $0) }, uniquingKeysWith: { first, _ in first })
    /// NQF levels by framework and level, lowercased: `("finqf", "4")`.
    public static let nqfLevelByFrameworkAndLevel: [NQFKey: NQFLevelEntry] =
        Dictionary(nqfLevels.compactMap { entry in entry.key.map { ($0, entry) } }, uniquingKeysWith: { first, _ in first })

    /// The Europass URI of a national framework level given as framework and level
    /// (`FiNQF`, `4` → the URI of "FiNQF Level 4").
    public static func nqfURI(framework: String, level: String) -> String? {
        nqfLevelByFrameworkAndLevel[NQFKey(framework: framework, level: level)]?.uri
    }

    /// Terms of one small vocabulary (`credit-points`, `skill-types`…).
    public static func terms(of vocabulary: String) -> [VocabularyTerm] {
        vocabularyTerms.filter { $0.vocabulary == vocabulary }
    }
}

/// A framework and level, compared without case and surrounding space.
public struct NQFKey: Hashable, Sendable {
    public var framework: String
    public var level: String

    public init(framework: String, level: String) {
        self.framework = framework.trimmingCharacters(in: .whitespaces).lowercased()
        self.level = level.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

public struct EQFLevelEntry: Sendable, Hashable {
    public let level: Int
    public let uri: String
    public let label: String
}

public struct ISCEDFEntry: Sendable, Hashable {
    public enum Level: String, Sendable { case broad, narrow, detailed }
    public let code: String
    public let level: Level
    public let parent: String
    public let label: String
    public let uri: String
}

public struct LanguageEntry: Sendable, Hashable {
    public let alpha2: String
    /// ISO 639-2/T.
    public let alpha3: String
    public let name: String
    public let isEUOfficial: Bool
    /// The EU language authority URI (empty when there is none).
    public let uri: String
}

public struct CountryEntry: Sendable, Hashable {
    public let alpha2: String
    public let alpha3: String
    public let name: String
    public let isEUMember: Bool
    /// The EU inter-institutional code (`EL` for Greece).
    public let euCode: String
    /// The EU country authority URI (empty when there is none).
    public let uri: String
}

public struct NQFLevelEntry: Sendable, Hashable {
    public let uri: String
    /// "FiNQF Level 4", "DQR Level 8".
    public let label: String

    /// The framework and level the label names.
    var key: NQFKey? {
        guard let range = label.range(of: " Level ", options: .backwards) else { return nil }
        return NQFKey(framework: String(label[..<range.lowerBound]), level: String(label[range.upperBound...]))
    }
}

public struct VocabularyTerm: Sendable, Hashable {
    public let vocabulary: String
    public let uri: String
    public let label: String
}

import Foundation

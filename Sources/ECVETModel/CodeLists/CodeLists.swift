/// The reference code lists, embedded as data: EQF levels, ISCED-F 2013, ISO 639-1 languages,
/// ISO 3166-1 countries, Europass NQF levels and the small Europass vocabularies.
public enum CodeLists {
    /// The ECVET credit framework URI.
    public static let ecvetURI = "http://data.europa.eu/snb/education-credit/60b314e826"
    /// The ECTS credit framework URI.
    public static let ectsURI = "http://data.europa.eu/snb/education-credit/6fcec5c5af"

    /// ISCED-F 2013 fields by code (`"0714"`).
    public static let iscedFByCode: [String: ISCEDFEntry] =
        Dictionary(iscedF.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    /// Languages by ISO 639-1 code, lowercase (`fi`).
    public static let languageByAlpha2: [String: LanguageEntry] =
        Dictionary(languages.map { ($0.alpha2, $0) }, uniquingKeysWith: { first, _ in first })
    /// Languages by ISO 639-2/T code, lowercase (`fin`).
    public static let languageByAlpha3: [String: LanguageEntry] =
        Dictionary(languages.map { ($0.alpha3, $0) }, uniquingKeysWith: { first, _ in first })
    /// Countries by ISO 3166-1 alpha-2 code, uppercase (`FI`).
    public static let countryByAlpha2: [String: CountryEntry] =
        Dictionary(countries.map { ($0.alpha2, $0) }, uniquingKeysWith: { first, _ in first })
    /// Countries by ISO 3166-1 alpha-3 code, uppercase (`FIN`).
    public static let countryByAlpha3: [String: CountryEntry] =
        Dictionary(countries.map { ($0.alpha3, $0) }, uniquingKeysWith: { first, _ in first })
    /// EU forms of country codes that differ from ISO 3166-1 (`EL` for Greece, `UK` for the
    /// United Kingdom).
    public static let countryByEUCode: [String: CountryEntry] =
        Dictionary(countries.filter { $0.euCode != $0.alpha2 }.map { ($0.euCode, $0) }, uniquingKeysWith: { first, _ in first })
    /// Europass NQF vocabulary terms by URI.
    public static let nqfLevelByURI: [String: NQFLevelEntry] =
        Dictionary(nqfLevels.map { ($0.uri, $0) }, uniquingKeysWith: { first, _ in first })
    /// NQF levels by framework and level, lowercased: `("finqf", "4")`.
    static let nqfLevelByFrameworkAndLevel: [NQFKey: NQFLevelEntry] =
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
struct NQFKey: Hashable, Sendable {
    /// The framework's name, trimmed and lowercased (`finqf`).
    var framework: String
    /// The level, trimmed and lowercased (`4`, `4+`).
    var level: String

    /// The key of a framework and level as written; case and surrounding spaces do not count.
    init(framework: String, level: String) {
        self.framework = framework.trimmingCharacters(in: .whitespaces).lowercased()
        self.level = level.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// An EQF level of the embedded list.
public struct EQFLevelEntry: Sendable, Hashable {
    /// The level number, 1–8.
    public let level: Int
    /// The Europass URI (`http://data.europa.eu/snb/eqf/4`).
    public let uri: String
    /// The English label (`Level 4`).
    public let label: String
}

/// A field of education and training in ISCED-F 2013.
public struct ISCEDFEntry: Sendable, Hashable {
    /// How fine a field is: broad (2 digits, `07`), narrow (3, `071`) or detailed (4, `0714`).
    public enum Level: String, Sendable {
        /// A broad field: two digits (`07`).
        case broad
        /// A narrow field: three digits (`071`).
        case narrow
        /// A detailed field: four digits (`0714`).
        case detailed
    }
    /// The code, leading zeros kept (`0714`).
    public let code: String
    /// Whether the field is broad, narrow or detailed.
    public let level: Level
    /// The code of the field one level up (`071` for `0714`); empty for a broad field.
    public let parent: String
    /// The English name.
    public let label: String
    /// The Europass URI (`http://data.europa.eu/snb/isced-f/0714`).
    public let uri: String
}

extension CodeLists {
    /// The entry of a language by the code a tag gives it: an ISO 639-1 code (`fi`), or the
    /// three-letter code of a Europass language that has none (`sma`); `nil` for anything else,
    /// a three-letter code of a language with a two-letter one (`fin`) included.
    public static func language(code: String) -> LanguageEntry? {
        let code = code.lowercased()
        if code.utf8.count == 2 { return languageByAlpha2[code] }
        guard code.utf8.count == 3, threeLetterOnlyLanguages.contains(code) else { return nil }
        return LanguageEntry(alpha2: "", alpha3: code, name: code, isEUOfficial: false,
                             uri: "http://publications.europa.eu/resource/authority/language/" + code.uppercased())
    }
}

/// A language of ISO 639-1, with its EU language authority data.
public struct LanguageEntry: Sendable, Hashable {
    /// The ISO 639-1 code (`fi`).
    public let alpha2: String
    /// ISO 639-2/T.
    public let alpha3: String
    /// The English name (`Finnish`).
    public let name: String
    /// `true` for the official languages of the EU.
    public let isEUOfficial: Bool
    /// The EU language authority URI (empty when there is none).
    public let uri: String
}

/// An ISO 3166-1 country, with its EU country authority data.
public struct CountryEntry: Sendable, Hashable {
    /// The ISO 3166-1 alpha-2 code (`GR`).
    public let alpha2: String
    /// The ISO 3166-1 alpha-3 code (`GRC`).
    public let alpha3: String
    /// The English short name (`Greece`).
    public let name: String
    /// `true` for the member states of the EU.
    public let isEUMember: Bool
    /// The EU inter-institutional code (`EL` for Greece).
    public let euCode: String
    /// The EU country authority URI (empty when there is none).
    public let uri: String
}

/// A term of the Europass vocabulary of national framework levels: most name a level
/// (`FiNQF Level 4`), some a whole framework.
public struct NQFLevelEntry: Sendable, Hashable {
    /// The Europass URI (`http://data.europa.eu/snb/qdr/c_…`).
    public let uri: String
    /// "FiNQF Level 4", "DQR Level 8".
    public let label: String

    /// The level as catalogues write it, framework and level: `FiNQF 4`.
    public var written: String {
        label.replacingOccurrences(of: " Level ", with: " ", options: .backwards)
    }

    /// The framework and level the label names.
    var key: NQFKey? {
        guard let range = label.range(of: " Level ", options: .backwards) else { return nil }
        return NQFKey(framework: String(label[..<range.lowerBound]), level: String(label[range.upperBound...]))
    }
}

/// A term of one of the small Europass vocabularies.
public struct VocabularyTerm: Sendable, Hashable {
    /// The vocabulary's name (`credit-points`, `skill-types`, `skill-reuse-levels`,
    /// `europass-learning-assessment-types`).
    public let vocabulary: String
    /// The term's URI.
    public let uri: String
    /// The English label.
    public let label: String
}

import Foundation

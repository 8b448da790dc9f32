import ECVETModel

/// Judges language tags (V21), remembering its answers: a catalogue writes its texts in a few
/// languages, and the first few tags are kept in a short list, where comparing short strings
/// costs less than hashing them.
struct LanguageTags {
    private var frequent: [(tag: String, known: Bool)] = []
    private var others: [String: Bool] = [:]

    /// Whether the language part of `tag` is an ISO 639-1 code.
    mutating func isKnown(_ tag: String) -> Bool {
        for entry in frequent where entry.tag == tag { return entry.known }
        if let answer = others[tag] { return answer }
        let answer = Self.isLanguage(tag)
        if frequent.count < 8 { frequent.append((tag, answer)) } else { others[tag] = answer }
        return answer
    }

    /// The language part of a BCP 47 tag is an ISO 639-1 code, or the three-letter code of a
    /// Europass language that has no ISO 639-1 code.
    static func isLanguage(_ tag: String) -> Bool {
        let language = tag.split(separator: "-", maxSplits: 1).first.map(String.init) ?? ""
        return CodeLists.language(code: language) != nil
    }

    /// The ISO 639-1 code of a tag written with the three-letter code of a language that has one
    /// (`fin` → `fi`), for a finding's hint.
    static func twoLetterCode(of tag: String) -> String? {
        let language = tag.split(separator: "-", maxSplits: 1).first.map { String($0).lowercased() } ?? ""
        return CodeLists.languageByAlpha3[language]?.alpha2
    }
}

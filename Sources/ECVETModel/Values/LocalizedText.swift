/// Text in several languages: an ordered map from a language tag to a string, in the order it was
/// written. Tags are kept as written (`fi`, `sv-FI`); rules judge them.
public struct LocalizedText: Sendable, Hashable {
    /// One language's text.
    public struct Entry: Sendable, Hashable {
        /// The language tag as written (`fi`, `sv-FI`).
        public var language: String
        /// The text in that language.
        public var text: String

        /// The text `text` in `language`.
        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    /// The texts, in the order written.
    public var entries: [Entry]

    /// Text from `entries`, in order.
    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    /// Text from `(language, text)` pairs, in order.
    public init(_ pairs: KeyValuePairs<String, String>) {
        self.entries = pairs.map { Entry(language: $0.key, text: $0.value) }
    }

    /// `true` when there is no text in any language.
    public var isEmpty: Bool { entries.isEmpty }

    /// The languages, in order.
    public var languages: [String] { entries.map(\.language) }

    /// The text in `language`, or `nil`. Setting a language already present replaces its text in
    /// place; a new language goes last; `nil` removes it.
    public subscript(language: String) -> String? {
        get { entries.first { $0.language == language }?.text }
        set {
            if let index = entries.firstIndex(where: { $0.language == language }) {
                if let newValue { entries[index].text = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(language: language, text: newValue))
            }
        }
    }

    /// The text in the first of `preferred` languages present, else the first text written.
    public func text(preferring preferred: [String] = []) -> String? {
        for language in preferred {
            if let text = self[language] { return text }
        }
        return entries.first?.text
    }
}

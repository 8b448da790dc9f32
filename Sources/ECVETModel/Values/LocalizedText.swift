/// Text in several languages: an ordered map from a language tag to a string, in the order it was
/// written. Tags are kept as written (`fi`, `sv-FI`); rules judge them.
public struct LocalizedText: Sendable, Hashable {
    /// One language's text.
    public struct Entry: Sendable, Hashable {
        /// The language tag as written (`fi`, `sv-FI`).
        public var language: String
        /// The text in that language.
        public var text: String
        // Line and column where the text was read, 0 for unknown, in 32 bits each: a catalogue
        // has millions of texts, and a finding about one (V16, V21) points at it.
        private var storedLine: UInt32 = 0
        private var storedColumn: UInt32 = 0

        /// The text `text` in `language`, read at `line` and `column` (1-based) when given.
        public init(language: String, text: String, line: Int? = nil, column: Int? = nil) {
            self.language = language
            self.text = text
            storedLine = SourceLocation.stored(line)
            storedColumn = SourceLocation.stored(column)
        }

        /// The 1-based line where the text was read, when known.
        public var line: Int? { storedLine == 0 ? nil : Int(storedLine) - 1 }
        /// The 1-based column where the text was read, when known.
        public var column: Int? { storedColumn == 0 ? nil : Int(storedColumn) - 1 }

        /// Equal when language and text are; where they were read takes no part.
        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.language == rhs.language && lhs.text == rhs.text
        }

        /// Hashes language and text, in step with `==`.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(language)
            hasher.combine(text)
        }
    }

    /// The texts, in the order written.
    public var entries: [Entry]

    /// Where the text in `language` was read, as `owner` (its entity's location) placed at the
    /// entry's line and column, with the path `owner.path/key/language`.
    public func location(of language: String, key: String, in owner: SourceLocation) -> SourceLocation {
        var location = owner
        location.path += "/\(key)/\(language)"
        if let entry = entries.first(where: { $0.language == language }), let line = entry.line {
            location.line = line
            location.column = entry.column
        }
        return location
    }

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

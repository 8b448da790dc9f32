/// A level of the European Qualifications Framework as written.
///
/// `4`, `"EQF 4"`, `"EQF level 4"` and `"http://data.europa.eu/snb/eqf/4"` all have the value 4.
/// Any integer is kept (`9` too), so a rule can say that 9 is not a level 1–8.
public struct EQFLevel: Sendable, Hashable {
    /// The level exactly as the source had it (`4`, `"EQF 4"`, a Europass URI).
    public var written: String
    /// The level number, when `written` names one.
    public var value: Int?
    /// Where the level was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// Reads a level as written; `value` is its number when it names one.
    public init(_ written: String, location: SourceLocation = .none) {
        self.written = written
        self.value = EQFLevel.parse(written)
        self.location = location
    }

    /// The level `value`, written as the bare number.
    public init(_ value: Int, location: SourceLocation = .none) {
        self.written = String(value)
        self.value = value
        self.location = location
    }

    /// Equal when both name the same number, however written; else when written alike.
    public static func == (lhs: EQFLevel, rhs: EQFLevel) -> Bool {
        if let left = lhs.value, let right = rhs.value { return left == right }
        return lhs.written == rhs.written
    }

    /// Hashes the number, or the text when it names none, in step with `==`.
    public func hash(into hasher: inout Hasher) {
        if let value { hasher.combine(value) } else { hasher.combine(written) }
    }

    /// The Europass URI of a level 1–8.
    public var uri: String? {
        guard let value, (1...8).contains(value) else { return nil }
        return "http://data.europa.eu/snb/eqf/\(value)"
    }

    static func parse(_ text: String) -> Int? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        let uriPrefix = "http://data.europa.eu/snb/eqf/"
        if rest.hasPrefix(uriPrefix) {
            rest = rest.dropFirst(uriPrefix.count)
        } else if rest.uppercased().hasPrefix("EQF") {
            rest = rest.dropFirst(3).drop { $0 == " " || $0 == "-" }
            if rest.lowercased().hasPrefix("level") { rest = rest.dropFirst(5).drop { $0 == " " } }
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else {
            return nil
        }
        return Int(rest)
    }
}

/// A code kept exactly as written: an ISCED-F field, a language tag, a country. Rules judge it
/// against the embedded code lists; readers never reject it.
public struct Code: Sendable, Hashable, CustomStringConvertible {
    /// The code exactly as the source had it (`0714`, `sv-FI`, `EL`).
    public var written: String
    /// Where the code was written; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// A code as written.
    public init(_ written: String, location: SourceLocation = .none) {
        self.written = written
        self.location = location
    }

    /// The code as written.
    public var description: String { written }
}

/// An ISCED-F 2013 field of education and training code (`"0714"`; leading zeros kept).
public typealias ISCEDFCode = Code
/// A language tag: ISO 639-1, possibly with a region (`"sv-FI"`).
public typealias LanguageCode = Code
/// An ISO 3166-1 country code (`"FI"`, or the EU forms `"EL"`, `"UK"`).
public typealias CountryCode = Code

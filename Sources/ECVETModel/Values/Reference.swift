/// A reference to another entity by id, with the place where the reference was written, so a
/// dangling reference is reported where it stands.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// The id referred to, as written (`U-12`); for an ESCO skill, its URI.
    public var id: String
    /// Where the reference was written; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// A reference to `id`, written at `location`.
    public init(_ id: String, location: SourceLocation = .none) {
        self.id = id
        self.location = location
    }

    /// The id referred to.
    public var description: String { id }
}

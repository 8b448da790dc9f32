/// A reference to another entity by id, with the place where the reference was written, so a
/// dangling reference is reported where it stands.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    public var id: String
    @ExcludedFromEquality public var location: SourceLocation

    public init(_ id: String, location: SourceLocation = .none) {
        self.id = id
        self.location = location
    }

    public var description: String { id }
}

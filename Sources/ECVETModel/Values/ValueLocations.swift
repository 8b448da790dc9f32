/// Where some values of an entity were read, by their JSON Pointer below the entity (`id`,
/// `volumeOfLearning`, `until`), so that a finding about a value points at the value itself
/// rather than at its entity. Readers record the values rules judge; takes no part in equality.
public struct ValueLocations: Sendable, Hashable {
    private var byKey: [String: SourceLocation] = [:]

    /// No location recorded.
    public init() {}

    /// Where the value at `key` was read, when recorded.
    public subscript(key: String) -> SourceLocation? {
        get { byKey[key] }
        set { byKey[key] = newValue }
    }

    /// The location of the value at `key`, else `fallback` (its entity's) with the value's path,
    /// so that a report names the value even where the source cannot place it.
    public func location(of key: String, else fallback: SourceLocation) -> SourceLocation {
        if let found = byKey[key] { return found }
        var location = fallback
        location.path += "/" + key
        return location
    }

    /// Always equal: locations take no part in equality.
    public static func == (lhs: ValueLocations, rhs: ValueLocations) -> Bool { true }

    /// Adds nothing: locations take no part in hashing.
    public func hash(into hasher: inout Hasher) {}
}

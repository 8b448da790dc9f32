/// How to read and change one stored property of an entity.
///
/// Tables hold the two accessors as closures rather than a key path: readers and writers go
/// through them for every field of every entity, and a closure costs a tenth of a key path
/// there.
public struct Property<Entity, Value>: Sendable {
    /// The property's value.
    public let get: @Sendable (Entity) -> Value
    /// Replaces the property's value.
    public let set: @Sendable (inout Entity, Value) -> Void

    /// The accessors of one property: `Property({ $0.code }, { $0.code = $1 })`.
    public init(_ get: @escaping @Sendable (Entity) -> Value, _ set: @escaping @Sendable (inout Entity, Value) -> Void) {
        self.get = get
        self.set = set
    }
}

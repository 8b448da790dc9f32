/// A stored property that takes no part in its owner's equality and hashing.
///
/// Entities and values keep where they were read (`@ExcludedFromEquality public var location`),
/// yet two catalogues read from different files, or from different formats, are equal when
/// their content is equal. `SourceLocation` itself compares every field.
@propertyWrapper
public struct ExcludedFromEquality<Value>: Hashable {
    /// The stored value.
    public var wrappedValue: Value

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }

    /// Always equal: the wrapped value is not compared.
    public static func == (lhs: Self, rhs: Self) -> Bool { true }

    /// Adds nothing: the wrapped value is not hashed.
    public func hash(into hasher: inout Hasher) {}
}

extension ExcludedFromEquality: Sendable where Value: Sendable {}

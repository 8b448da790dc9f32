/// A value of a field the canonical model does not know, kept so that it can be written back.
public enum ExtensionValue: Sendable, Hashable {
    case string(String)
    /// A number as written.
    case number(String)
    case bool(Bool)
    case null
    case list([ExtensionValue])
    case object([ExtensionField])
}

/// An unknown field: its key, value and place.
public struct ExtensionField: Sendable, Hashable {
    public var key: String
    public var value: ExtensionValue
    @ExcludedFromEquality public var location: SourceLocation

    public init(key: String, value: ExtensionValue, location: SourceLocation = .none) {
        self.key = key
        self.value = value
        self.location = location
    }
}

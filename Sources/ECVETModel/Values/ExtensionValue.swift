/// A value of a field the canonical model does not know, kept so that it can be written back.
public enum ExtensionValue: Sendable, Hashable {
    /// Text.
    case string(String)
    /// A number as written.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// An explicit null.
    case null
    /// A list of values, in order.
    case list([ExtensionValue])
    /// An object: its fields, in order.
    case object([ExtensionField])
}

/// An unknown field: its key, value and place.
public struct ExtensionField: Sendable, Hashable {
    /// The key exactly as written in the input.
    public var key: String
    /// The value, as read.
    public var value: ExtensionValue
    /// Where the field was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// A field `key` with `value`.
    public init(key: String, value: ExtensionValue, location: SourceLocation = .none) {
        self.key = key
        self.value = value
        self.location = location
    }
}

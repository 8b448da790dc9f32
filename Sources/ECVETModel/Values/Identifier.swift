/// An identifier in a named scheme (`Y-tunnus` `1234567-8`, `koulutuskoodi` `357401`).
public struct Identifier: Sendable, Hashable {
    /// The scheme or register the identifier belongs to (`Y-tunnus`); `nil` when not named.
    public var scheme: String?
    /// The identifier in that scheme, as written (`1234567-8`).
    public var value: String

    /// The identifier `value`, in `scheme` when named.
    public init(scheme: String? = nil, value: String) {
        self.scheme = scheme
        self.value = value
    }
}

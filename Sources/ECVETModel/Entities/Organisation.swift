/// An organisation: an awarding body, a publisher, a provider.
public struct Organisation: Sendable, Hashable {
    public var id: String
    /// The legal name.
    public var name: LocalizedText
    public var country: CountryCode?
    /// The full postal address.
    public var address: LocalizedText
    public var homepage: String?
    public var email: String?
    public var identifiers: [Identifier]
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

    public init(
        id: String,
        name: LocalizedText = LocalizedText(),
        country: CountryCode? = nil,
        address: LocalizedText = LocalizedText(),
        homepage: String? = nil,
        email: String? = nil,
        identifiers: [Identifier] = [],
        extensions: [ExtensionField] = [],
        location: SourceLocation = .none
    ) {
        self.id = id
        self.name = name
        self.country = country
        self.address = address
        self.homepage = homepage
        self.email = email
        self.identifiers = identifiers
        self.extensions = extensions
        self.location = location
    }
}

/// An identifier in a named scheme (`Y-tunnus` `1234567-8`).
public struct Identifier: Sendable, Hashable {
    public var scheme: String?
    public var value: String

    public init(scheme: String? = nil, value: String) {
        self.scheme = scheme
        self.value = value
    }
}

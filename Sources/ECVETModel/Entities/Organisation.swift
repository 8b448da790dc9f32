/// An organisation: an awarding body, a publisher, a provider.
public struct Organisation: Sendable, Hashable {
    /// The organisation's identifier, unique in the catalogue; publishers and awarding bodies
    /// refer to it.
    public var id: String
    /// The legal name.
    public var name: LocalizedText
    /// The organisation's country, an ISO 3166-1 code as written.
    public var country: CountryCode?
    /// The full postal address.
    public var address: LocalizedText
    /// The organisation's web site (URL), as written.
    public var homepage: String?
    /// A contact e-mail address, as written.
    public var email: String?
    /// Registry numbers in named schemes (`Y-tunnus` `1234567-8`).
    public var identifiers: [Identifier]
    /// Fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the organisation was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation
    /// Where the values rules judge were read (`id`, `volumeOfLearning`…); not in equality.
    public var valueLocations = ValueLocations()

    /// An organisation; what is not given is absent or empty.
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

/// An organisation taking part in a mobility: a competent institution that signs an MoU, the
/// home or host of a learning agreement, a company or intermediary the partnership covers.
///
/// `id` is the organisation's key in the partnership: the MoU gives it, and learning agreements
/// and transcripts name their parties by it. A Europass credential needs the legal or eIDAS
/// identifier and the country.
public struct MobilityOrganisation: DocumentEntity {
    /// The organisation's key in the partnership (`fi-home`).
    public var id: String?
    /// What it does in the partnership: `home`, `host`, `intermediary`, `awarding`,
    /// `assessing`, `validating`, `recognising`.
    public var roles: [String] = []
    /// The organisation's name, in one or more languages.
    public var name = LocalizedText()
    /// Its ISO 3166-1 country code, as written.
    public var country: Code?
    /// Its postal address.
    public var address: String?
    public var phone: String?
    public var email: String?
    public var website: String?
    /// A national legal (business or registration) identifier.
    public var legalIdentifier: String?
    /// Its eIDAS identifier, where known.
    public var eidasIdentifier: String?
    /// What it does for the partnership, in words (for organisations an MoU covers).
    public var involvement = LocalizedText()
    /// The person to contact.
    public var contact: Person?
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}

    /// The name in `language`, else the first one written, else the key.
    public func displayName(in language: String? = nil) -> String {
        name.text(preferring: language.map { [$0] } ?? []) ?? id ?? "an organisation"
    }
}

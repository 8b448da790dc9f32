/// A person named in a mobility document: a contact, an assessor, a teacher responsible for
/// validation, a parent or guardian.
public struct Person: DocumentEntity {
    /// The person's full name.
    public var name: String?
    /// Their position or job title.
    public var position: String?
    /// What they do in this document (`company trainer`), in words.
    public var role: String?
    /// The key of their organisation in the partnership, or its name when it is not a partner.
    public var organisation: String?
    public var email: String?
    public var phone: String?
    public var address: String?
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}
}

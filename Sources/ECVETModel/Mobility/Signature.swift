/// One signature of a document: who signed, for which party, where and when.
public struct Signature: DocumentEntity {
    /// The party signing: an organisation's key in the partnership, or `learner`, `guardian`.
    public var party: String?
    /// The signatory's name.
    public var name: String?
    /// Their position.
    public var position: String?
    /// Where it was signed.
    public var place: String?
    /// When, an ISO 8601 date as written.
    public var date: String?
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}
}

/// A decision recorded in a transcript: the validation or recognition of what was achieved,
/// by which organisation, whom and when.
public struct Decision: DocumentEntity {
    /// The key of the organisation that decided.
    public var by: String?
    /// The person who decided.
    public var person: Person?
    /// When, an ISO 8601 date as written.
    public var date: String?
    /// What was decided, in words.
    public var outcome = LocalizedText()
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}
}

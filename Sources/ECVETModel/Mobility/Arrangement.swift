/// How one step of a mobility is done (assessment, documentation, validation, recognition,
/// review of the MoU): by which organisation and whom, how, with which documents and when.
public struct Arrangement: DocumentEntity {
    /// The key of the organisation responsible.
    public var by: String?
    /// The people responsible.
    public var responsible: [Person] = []
    /// How it is done, in words.
    public var how = LocalizedText()
    /// The documents used or produced (a signed assessment grid, Europass Mobility).
    public var documents: [String] = []
    /// The dates planned, ISO 8601 as written.
    public var dates: [String] = []
    /// When, in words (`every year in June`).
    public var schedule = LocalizedText()
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}

    /// Whether it says who and how: an organisation or a person responsible, and a description.
    public var isDescribed: Bool { (by != nil || !responsible.isEmpty) && !how.isEmpty }
}

/// A qualification as a mobility document names it: a reference into its catalogue by id or URI,
/// the title and levels as agreed, and for an MoU the units it opens to mobility.
public struct AgreedQualification: DocumentEntity {
    /// The qualification's id in its catalogue.
    public var id: String?
    /// The qualification's URI, where the catalogue gives one.
    public var uri: String?
    /// The key of the partner organisation whose qualification it is.
    public var owner: String?
    /// The country that awards it, an ISO 3166-1 code as written.
    public var country: Code?
    /// The title as agreed, in one or more languages.
    public var title = LocalizedText()
    public var eqfLevel: EQFLevel?
    public var nqfLevel: NQFLevel?
    /// The ECVET points of the whole qualification.
    public var points: DecimalText?
    /// What the learner has already achieved (learning agreement §3).
    public var progress = LocalizedText()
    /// The units open to mobility (MoU).
    public var units: [AgreedUnit] = []
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}

    /// The id, else the title, for messages.
    public var reference: String { id ?? title.text() ?? uri ?? "the qualification" }
}

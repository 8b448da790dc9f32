/// A unit, part of a unit or group of learning outcomes that an MoU opens to mobility or a
/// learning agreement plans: a reference into the home catalogue, and the text as agreed, since
/// catalogues change after the agreement is signed.
public struct AgreedUnit: DocumentEntity {
    /// The unit's id in the home catalogue.
    public var id: String?
    /// The unit's URI, where the catalogue gives one.
    public var uri: String?
    /// The id of the part of the unit, when only a part is agreed.
    public var part: String?
    /// The unit's (or part's) title as agreed.
    public var title = LocalizedText()
    /// How much of the unit: `whole-unit`, `part-of-unit` or `learning-outcomes`.
    public var scope: String?
    /// The ECVET points to be gained (learning agreement) or open to mobility (MoU).
    public var points: DecimalText?
    /// The learning outcomes to be achieved.
    public var learningOutcomes: [AgreedOutcome] = []
    /// What the learner does abroad to achieve them: places, tasks, courses.
    public var learningActivities = LocalizedText()
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}

    /// The unit and part, as the documents name them (`FI-LOG-U01 part FI-LOG-U01-A`).
    public var reference: String {
        let unit = id ?? title.text() ?? "a unit"
        return part.map { "\(unit) part \($0)" } ?? unit
    }
}

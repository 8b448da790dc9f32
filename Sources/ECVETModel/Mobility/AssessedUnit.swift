/// What a transcript records for one unit or part: the learning outcomes achieved, the points
/// awarded, the result, when and by whom it was assessed.
public struct AssessedUnit: DocumentEntity {
    /// The unit's id in the home catalogue.
    public var id: String?
    /// The id of the part, when only a part was assessed.
    public var part: String?
    /// The unit's title as recorded.
    public var title = LocalizedText()
    /// The ECVET points awarded.
    public var points: DecimalText?
    /// The learning outcomes achieved.
    public var learningOutcomes: [AgreedOutcome] = []
    /// `passed`, `failed` or `not-assessed`.
    public var result: String?
    /// The grade, where a grading system is used.
    public var grade: String?
    /// The day of the assessment, an ISO 8601 date as written.
    public var assessed: String?
    /// Who assessed it.
    public var assessor: Person?
    /// Strong and weak points, and differences from what was agreed.
    public var remarks = LocalizedText()
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}

    /// Whether the unit (or part) was achieved.
    public var isAchieved: Bool { result == "passed" }

    /// The unit and part, as the documents name them.
    public var reference: String {
        let unit = id ?? title.text() ?? "a unit"
        return part.map { "\(unit) part \($0)" } ?? unit
    }
}

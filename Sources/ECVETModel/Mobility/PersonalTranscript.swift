/// An ECVET personal transcript: what the host assessed of a learner's learning agreement
/// (units and learning outcomes achieved, points, results, dates and assessors), and its
/// validation and recognition at home.
///
/// No European template exists; the fields follow what the 2009 Recommendation asks of the
/// transcript and the ECVET toolkit's practice.
public struct PersonalTranscript: DocumentEntity {
    /// The transcript's reference.
    public var id: String?
    /// The `id` of the learning agreement it reports on.
    public var learningAgreement: String?
    /// The language it is written in.
    public var language: Code?
    public var learner: Learner?
    /// The qualification the learner is taking at home.
    public var qualification: AgreedQualification?
    /// The institution that assessed: the host.
    public var assessing: MobilityOrganisation?
    /// The institution that validates and recognises: the home.
    public var recognising: MobilityOrganisation?
    /// The period abroad.
    public var period: MobilityPeriod?
    /// What was assessed, unit by unit.
    public var units: [AssessedUnit] = []
    /// Differences from the agreement: outcomes targeted but not assessed, changes to the
    /// assessment.
    public var differences = LocalizedText()
    public var validation: Decision?
    public var recognition: Decision?
    /// When the transcript was issued.
    public var issued: String?
    public var signatures: [Signature] = []
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}

    /// The units (and parts) achieved.
    public var achieved: [AssessedUnit] { units.filter(\.isAchieved) }
}

import Foundation

/// An ECVET Learning Agreement: made within an MoU by the home and host institutions and the
/// learner, it says who goes where and when, for which qualification, the units and learning
/// outcomes to be achieved abroad with their points, and how they are assessed, validated and
/// recognised.
///
/// The sections follow the Erasmus+ ECVET Learning Agreement (June 2014).
public struct LearningAgreement: DocumentEntity {
    /// The agreement's reference; a transcript names its agreement by it.
    public var id: String?
    /// The `id` of the MoU it is made within.
    public var memorandum: String?
    /// The language the agreement is written in.
    public var language: Code?
    /// The sending institution, by its key in the MoU.
    public var home: MobilityOrganisation?
    /// The receiving institution, by its key in the MoU.
    public var host: MobilityOrganisation?
    /// An intermediary organisation, if one is involved.
    public var intermediary: MobilityOrganisation?
    public var learner: Learner?
    /// A parent or legal guardian, for a minor.
    public var guardian: Person?
    public var period: MobilityPeriod?
    /// The qualification the learner is taking at home.
    public var qualification: AgreedQualification?
    /// Documents enclosed (`europass-cv`, `units-already-acquired`).
    public var enclosures: [String] = []
    /// The units, parts or learning outcomes to be achieved abroad.
    public var units: [AgreedUnit] = []
    /// Who assesses (the host), how and when, and how it is recorded.
    public var assessment: Arrangement?
    /// Who validates the results at home, and how.
    public var validation: Arrangement?
    /// Who recognises them at home, and how.
    public var recognition: Arrangement?
    /// Home, host and learner (and a guardian where needed).
    public var signatures: [Signature] = []
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}

    /// The points to be gained abroad, over the units that give them.
    public var totalPoints: Decimal {
        units.compactMap { $0.points?.value }.reduce(0, +)
    }
}

/// An ECVET Memorandum of Understanding: competent institutions of two or more countries accept
/// each other's status and procedures and agree the qualifications and units their mobilities
/// cover, and how learning abroad is assessed, documented, validated and recognised.
///
/// The sections follow the ECVET users' group MoU template (2013).
public struct MemorandumOfUnderstanding: DocumentEntity {
    /// The partnership's reference for the MoU (the template's file code); learning agreements
    /// name their MoU by it.
    public var id: String?
    /// The language the MoU is written in.
    public var language: Code?
    /// Objectives beyond the template's standing one (mutual trust, acceptance of procedures).
    public var objectives = LocalizedText()
    /// The organisations that sign (at least two).
    public var organisations: [MobilityOrganisation] = []
    /// Other organisations the MoU covers: providers and companies, where appropriate.
    public var otherOrganisations: [MobilityOrganisation] = []
    /// The qualifications covered and their units open to mobility.
    public var qualifications: [AgreedQualification] = []
    public var assessment: Arrangement?
    public var documentation: Arrangement?
    public var validation: Arrangement?
    public var recognition: Arrangement?
    /// The shortest and longest mobility planned, in weeks.
    public var minimumWeeks: Int?
    public var maximumWeeks: Int?
    /// When the MoU is in force.
    public var validity: ValidityPeriod?
    /// Who reviews the MoU, how and when.
    public var review: Arrangement?
    /// One per signing organisation.
    public var signatures: [Signature] = []
    /// Annexes, by title.
    public var annexes: [String] = []
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}

    /// The signing organisation with this key.
    public func organisation(_ id: String) -> MobilityOrganisation? {
        organisations.first { $0.id == id }
    }
}

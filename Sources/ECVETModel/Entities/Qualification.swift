/// A qualification: what a learner is awarded, at an EQF level, made of units arranged in groups.
public struct Qualification: Sendable, Hashable {
    public var id: String
    /// The national code (`OPH-456-2022`).
    public var code: String?
    public var uri: String?
    public var title: LocalizedText
    public var description: LocalizedText
    public var eqfLevel: EQFLevel?
    public var nqfLevels: [NQFLevel]
    public var iscedF: [ISCEDFCode]
    /// Languages of instruction and assessment.
    public var languages: [LanguageCode]
    /// The qualification's total points.
    public var credits: CreditPoints?
    /// ISO 8601 duration as written (`P3Y`).
    public var volumeOfLearning: String?
    /// Notional learning hours.
    public var learningHours: DecimalText?
    public var awardingBody: Reference?
    public var country: CountryCode?
    public var validity: ValidityPeriod?
    public var entryRequirements: LocalizedText
    public var learningOutcomeSummary: LocalizedText
    /// `true` for a partial qualification.
    public var isPartial: Bool?
    public var homepage: String?
    /// The units and the rules for choosing them.
    public var structure: UnitGroup?
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

    public init(
        id: String,
        code: String? = nil,
        uri: String? = nil,
        title: LocalizedText = LocalizedText(),
        description: LocalizedText = LocalizedText(),
        eqfLevel: EQFLevel? = nil,
        nqfLevels: [NQFLevel] = [],
        iscedF: [ISCEDFCode] = [],
        languages: [LanguageCode] = [],
        credits: CreditPoints? = nil,
        volumeOfLearning: String? = nil,
        learningHours: DecimalText? = nil,
        awardingBody: Reference? = nil,
        country: CountryCode? = nil,
        validity: ValidityPeriod? = nil,
        entryRequirements: LocalizedText = LocalizedText(),
        learningOutcomeSummary: LocalizedText = LocalizedText(),
        isPartial: Bool? = nil,
        homepage: String? = nil,
        structure: UnitGroup? = nil,
        extensions: [ExtensionField] = [],
        location: SourceLocation = .none
    ) {
        self.id = id
        self.code = code
        self.uri = uri
        self.title = title
        self.description = description
        self.eqfLevel = eqfLevel
        self.nqfLevels = nqfLevels
        self.iscedF = iscedF
        self.languages = languages
        self.credits = credits
        self.volumeOfLearning = volumeOfLearning
        self.learningHours = learningHours
        self.awardingBody = awardingBody
        self.country = country
        self.validity = validity
        self.entryRequirements = entryRequirements
        self.learningOutcomeSummary = learningOutcomeSummary
        self.isPartial = isPartial
        self.homepage = homepage
        self.structure = structure
        self.extensions = extensions
        self.location = location
    }

    /// Every unit link in the structure, depth first, in order.
    public var unitLinks: [UnitLink] {
        structure?.allUnitLinks ?? []
    }
}

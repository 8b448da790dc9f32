/// A unit of learning outcomes: a part of one or more qualifications that can be assessed and
/// credited on its own.
public struct Unit: Sendable, Hashable {
    public var id: String
    public var code: String?
    public var uri: String?
    public var title: LocalizedText
    public var description: LocalizedText
    public var eqfLevel: EQFLevel?
    public var credits: CreditPoints?
    /// The unit's learning outcomes, in order.
    public var learningOutcomes: [Reference]
    public var assessment: Assessment?
    public var validity: ValidityPeriod?
    public var iscedF: [ISCEDFCode]
    public var languages: [LanguageCode]
    /// ESCO skill URIs.
    public var escoSkills: [Reference]
    /// Sub-units with their own points and outcomes (the Finnish *osa-alueet*).
    public var parts: [UnitPart]
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

    public init(
        id: String,
        code: String? = nil,
        uri: String? = nil,
        title: LocalizedText = LocalizedText(),
        description: LocalizedText = LocalizedText(),
        eqfLevel: EQFLevel? = nil,
        credits: CreditPoints? = nil,
        learningOutcomes: [Reference] = [],
        assessment: Assessment? = nil,
        validity: ValidityPeriod? = nil,
        iscedF: [ISCEDFCode] = [],
        languages: [LanguageCode] = [],
        escoSkills: [Reference] = [],
        parts: [UnitPart] = [],
        extensions: [ExtensionField] = [],
        location: SourceLocation = .none
    ) {
        self.id = id
        self.code = code
        self.uri = uri
        self.title = title
        self.description = description
        self.eqfLevel = eqfLevel
        self.credits = credits
        self.learningOutcomes = learningOutcomes
        self.assessment = assessment
        self.validity = validity
        self.iscedF = iscedF
        self.languages = languages
        self.escoSkills = escoSkills
        self.parts = parts
        self.extensions = extensions
        self.location = location
    }
}

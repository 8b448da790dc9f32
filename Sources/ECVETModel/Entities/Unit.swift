/// A unit of learning outcomes: a part of one or more qualifications that can be assessed and
/// credited on its own.
public struct Unit: Sendable, Hashable {
    /// The unit's identifier, unique in the catalogue (`U-12`); unit links refer to it.
    public var id: String
    /// The unit's national code, as written.
    public var code: String?
    /// Further identifiers in named schemes.
    public var identifiers: [Identifier]
    /// A stable URI for the unit, when it has one; Europass output uses it as the unit's id.
    public var uri: String?
    /// The unit's name, in each language.
    public var title: LocalizedText
    /// A description of the unit, in each language.
    public var description: LocalizedText
    /// The unit's own EQF level as written, when it has one; a rule judges it.
    public var eqfLevel: EQFLevel?
    /// The unit's own points; a qualification's link to the unit may give it other points there.
    public var credits: CreditPoints?
    /// ISO 8601 duration as written (`PT150H`).
    public var volumeOfLearning: String?
    /// The unit's learning outcomes, in order.
    public var learningOutcomes: [Reference]
    /// How the unit's outcomes are assessed; `nil` when not said.
    public var assessment: Assessment?
    /// When the unit is in force; `nil` when not said.
    public var validity: ValidityPeriod?
    /// The organisation that awards the unit on its own, by id; `nil` when it is the awarding
    /// body of its qualifications.
    public var awardingBody: Reference?
    /// When its description was last changed, an ISO 8601 date as written (`2023-05-12`).
    public var modified: String?
    /// Fields of education and training: ISCED-F 2013 codes as written.
    public var iscedF: [ISCEDFCode]
    /// Languages of instruction and assessment, as written.
    public var languages: [LanguageCode]
    /// ESCO skill URIs.
    public var escoSkills: [Reference]
    /// Sub-units with their own points and outcomes (the Finnish *osa-alueet*).
    public var parts: [UnitPart]
    /// Fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the unit was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation
    /// Where the values rules judge were read (`id`, `volumeOfLearning`…); not in equality.
    public var valueLocations = ValueLocations()

    /// A unit; what is not given is absent or empty.
    public init(
        id: String,
        code: String? = nil,
        identifiers: [Identifier] = [],
        uri: String? = nil,
        title: LocalizedText = LocalizedText(),
        description: LocalizedText = LocalizedText(),
        eqfLevel: EQFLevel? = nil,
        credits: CreditPoints? = nil,
        volumeOfLearning: String? = nil,
        learningOutcomes: [Reference] = [],
        assessment: Assessment? = nil,
        validity: ValidityPeriod? = nil,
        awardingBody: Reference? = nil,
        modified: String? = nil,
        iscedF: [ISCEDFCode] = [],
        languages: [LanguageCode] = [],
        escoSkills: [Reference] = [],
        parts: [UnitPart] = [],
        extensions: [ExtensionField] = [],
        location: SourceLocation = .none
    ) {
        self.id = id
        self.code = code
        self.identifiers = identifiers
        self.uri = uri
        self.title = title
        self.description = description
        self.eqfLevel = eqfLevel
        self.credits = credits
        self.volumeOfLearning = volumeOfLearning
        self.learningOutcomes = learningOutcomes
        self.assessment = assessment
        self.validity = validity
        self.awardingBody = awardingBody
        self.modified = modified
        self.iscedF = iscedF
        self.languages = languages
        self.escoSkills = escoSkills
        self.parts = parts
        self.extensions = extensions
        self.location = location
    }
}

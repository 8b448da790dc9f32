/// A qualification: what a learner is awarded, at an EQF level, made of units arranged in groups.
public struct Qualification: Sendable, Hashable {
    /// The qualification's identifier, unique in the catalogue (`Q-9`).
    public var id: String
    /// The national code (`OPH-456-2022`).
    public var code: String?
    /// Further identifiers in named schemes (a register's code, a diary number).
    public var identifiers: [Identifier]
    /// A stable URI from the qualification register, when it has one; Europass output uses it as
    /// the qualification's id.
    public var uri: String?
    /// The qualification's name, in each language.
    public var title: LocalizedText
    /// A description of the qualification, in each language.
    public var description: LocalizedText
    /// The EQF level as written; a rule judges whether it is 1–8.
    public var eqfLevel: EQFLevel?
    /// Levels in national qualifications frameworks (`FiNQF` `4`), in order.
    public var nqfLevels: [NQFLevel]
    /// Fields of education and training: ISCED-F 2013 codes as written (`0714`).
    public var iscedF: [ISCEDFCode]
    /// Languages of instruction and assessment.
    public var languages: [LanguageCode]
    /// The qualification's total points.
    public var credits: CreditPoints?
    /// ISO 8601 duration as written (`P3Y`).
    public var volumeOfLearning: String?
    /// Notional learning hours.
    public var learningHours: DecimalText?
    /// The organisation that awards the qualification, by id.
    public var awardingBody: Reference?
    /// The country where the qualification is awarded, an ISO 3166-1 code as written.
    public var country: CountryCode?
    /// When the qualification is in force; `nil` when not said.
    public var validity: ValidityPeriod?
    /// When its description was last changed, an ISO 8601 date as written (`2023-05-12`).
    public var modified: String?
    /// What a learner needs to enter, in each language.
    public var entryRequirements: LocalizedText
    /// What a holder knows and can do, in brief, in each language.
    public var learningOutcomeSummary: LocalizedText
    /// Learning outcomes of the qualification itself, beside those of its units, by id.
    public var learningOutcomes: [Reference]
    /// `true` for a partial qualification.
    public var isPartial: Bool?
    /// A web page about the qualification (URL), as written.
    public var homepage: String?
    /// Qualifications this one includes (a full qualification's partial ones), by id or URI.
    public var hasPart: [Reference]
    /// Qualifications this one is part of, by id or URI.
    public var isPartOf: [Reference]
    /// Qualifications this one specialises, by id or URI.
    public var specialisationOf: [Reference]
    /// Qualifications that are specialisations of this one, by id or URI.
    public var generalisationOf: [Reference]
    /// The units and the rules for choosing them.
    public var structure: UnitGroup?
    /// Fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the qualification was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation
    /// Where the values rules judge were read (`id`, `volumeOfLearning`…); not in equality.
    public var valueLocations = ValueLocations()

    /// A qualification; what is not given is absent or empty.
    public init(
        id: String,
        code: String? = nil,
        identifiers: [Identifier] = [],
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
        modified: String? = nil,
        entryRequirements: LocalizedText = LocalizedText(),
        learningOutcomeSummary: LocalizedText = LocalizedText(),
        learningOutcomes: [Reference] = [],
        isPartial: Bool? = nil,
        homepage: String? = nil,
        hasPart: [Reference] = [],
        isPartOf: [Reference] = [],
        specialisationOf: [Reference] = [],
        generalisationOf: [Reference] = [],
        structure: UnitGroup? = nil,
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
        self.nqfLevels = nqfLevels
        self.iscedF = iscedF
        self.languages = languages
        self.credits = credits
        self.volumeOfLearning = volumeOfLearning
        self.learningHours = learningHours
        self.awardingBody = awardingBody
        self.country = country
        self.validity = validity
        self.modified = modified
        self.entryRequirements = entryRequirements
        self.learningOutcomeSummary = learningOutcomeSummary
        self.learningOutcomes = learningOutcomes
        self.isPartial = isPartial
        self.homepage = homepage
        self.hasPart = hasPart
        self.isPartOf = isPartOf
        self.specialisationOf = specialisationOf
        self.generalisationOf = generalisationOf
        self.structure = structure
        self.extensions = extensions
        self.location = location
    }

    /// Whether the qualification names related qualifications (`hasPart`, `isPartOf`…).
    public var hasRelations: Bool {
        !(hasPart.isEmpty && isPartOf.isEmpty && specialisationOf.isEmpty && generalisationOf.isEmpty)
    }

    /// Every unit link in the structure, depth first, in order.
    public var unitLinks: [UnitLink] {
        structure?.allUnitLinks ?? []
    }
}

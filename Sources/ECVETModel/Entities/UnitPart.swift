/// A part of a unit (a sub-unit) with its own points, mandatory flag and outcomes.
public struct UnitPart: Sendable, Hashable {
    /// The part's identifier.
    public var id: String
    /// The part's national code, as written.
    public var code: String?
    /// The part's name, in each language.
    public var title: LocalizedText
    /// A description of the part, in each language.
    public var description: LocalizedText
    /// The part's own points.
    public var credits: CreditPoints?
    /// `true` when every learner of the unit takes the part; `nil` when not said.
    public var isMandatory: Bool?
    /// The part's learning outcomes, by id, in order.
    public var learningOutcomes: [Reference]
    /// How the part's outcomes are assessed; `nil` when not said.
    public var assessment: Assessment?
    /// Fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the part was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation
    /// Where the values rules judge were read (`id`, `volumeOfLearning`…); not in equality.
    public var valueLocations = ValueLocations()

    /// A unit part; what is not given is absent or empty.
    public init(
        id: String,
        code: String? = nil,
        title: LocalizedText = LocalizedText(),
        description: LocalizedText = LocalizedText(),
        credits: CreditPoints? = nil,
        isMandatory: Bool? = nil,
        learningOutcomes: [Reference] = [],
        assessment: Assessment? = nil,
        extensions: [ExtensionField] = [],
        location: SourceLocation = .none
    ) {
        self.id = id
        self.code = code
        self.title = title
        self.description = description
        self.credits = credits
        self.isMandatory = isMandatory
        self.learningOutcomes = learningOutcomes
        self.assessment = assessment
        self.extensions = extensions
        self.location = location
    }
}

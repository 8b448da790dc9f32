/// A part of a unit (a sub-unit) with its own points, mandatory flag and outcomes.
public struct UnitPart: Sendable, Hashable {
    public var id: String
    public var code: String?
    public var title: LocalizedText
    public var description: LocalizedText
    public var credits: CreditPoints?
    public var isMandatory: Bool?
    public var learningOutcomes: [Reference]
    public var assessment: Assessment?
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

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

/// How the learning outcomes of a unit are assessed: the procedures and the criteria.
public struct Assessment: Sendable, Hashable {
    public var procedures: LocalizedText
    public var criteria: [AssessmentCriterion]
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

    public init(procedures: LocalizedText = LocalizedText(), criteria: [AssessmentCriterion] = [],
                extensions: [ExtensionField] = [], location: SourceLocation = .none) {
        self.procedures = procedures
        self.criteria = criteria
        self.extensions = extensions
        self.location = location
    }
}

/// One assessment criterion, optionally for a grade (`level` 3, titled "Hyvä H3").
public struct AssessmentCriterion: Sendable, Hashable {
    public var level: String?
    public var title: LocalizedText
    public var text: LocalizedText
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

    public init(level: String? = nil, title: LocalizedText = LocalizedText(),
                text: LocalizedText = LocalizedText(), extensions: [ExtensionField] = [],
                location: SourceLocation = .none) {
        self.level = level
        self.title = title
        self.text = text
        self.extensions = extensions
        self.location = location
    }
}

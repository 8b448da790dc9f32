/// How the learning outcomes of a unit are assessed: the procedures and the criteria.
public struct Assessment: Sendable, Hashable {
    /// How the assessment is carried out, in each language.
    public var procedures: LocalizedText
    /// The criteria the learner is judged by, in order.
    public var criteria: [AssessmentCriterion]
    /// Fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the assessment was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// An assessment; what is not given is empty.
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
    /// The grade the criterion is for, as written (`3`); `nil` where criteria are not graded.
    public var level: String?
    /// The criterion's title, naming the grade where criteria are graded (`Hyvä H3`).
    public var title: LocalizedText
    /// What the learner must show, in each language.
    public var text: LocalizedText
    /// Fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the criterion was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// A criterion; what is not given is absent or empty.
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

/// A learning-outcome statement: what a learner knows, understands and is able to do.
public struct LearningOutcome: Sendable, Hashable {
    public var id: String
    public var category: LearningOutcomeCategory?
    public var text: LocalizedText
    /// ESCO skill URIs.
    public var escoSkills: [Reference]
    public var assessmentCriteria: [AssessmentCriterion]
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

    public init(
        id: String,
        category: LearningOutcomeCategory? = nil,
        text: LocalizedText = LocalizedText(),
        escoSkills: [Reference] = [],
        assessmentCriteria: [AssessmentCriterion] = [],
        extensions: [ExtensionField] = [],
        location: SourceLocation = .none
    ) {
        self.id = id
        self.category = category
        self.text = text
        self.escoSkills = escoSkills
        self.assessmentCriteria = assessmentCriteria
        self.extensions = extensions
        self.location = location
    }
}

/// The domain of a learning outcome as written, with the EQF category it names when it names one.
public struct LearningOutcomeCategory: Sendable, Hashable {
    /// The EQF descriptor domains, and the legacy `competence`.
    public enum Kind: String, Sendable, CaseIterable {
        case knowledge
        case skills
        case responsibilityAndAutonomy = "responsibility-and-autonomy"
        case competence
    }

    public var written: String
    @ExcludedFromEquality public var location: SourceLocation

    public init(_ written: String, location: SourceLocation = .none) {
        // A canonical name is kept as the literal it equals: hundreds of thousands of outcomes
        // name the same few, and a literal needs no heap copy each, whichever reader made it.
        self.written = Kind(rawValue: written)?.rawValue ?? written
        self.location = location
    }

    public init(_ kind: Kind) {
        self.init(kind.rawValue)
    }

    /// The category, reading `skill`, `Skills`, `responsibility_and_autonomy` and `autonomy` too.
    public var kind: Kind? {
        // The canonical spellings first: they are nearly all of them, and cost no case folding.
        if let exact = Kind(rawValue: written) { return exact }
        let normal = written.lowercased().replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-")
        switch normal {
        case "knowledge": return .knowledge
        case "skills", "skill": return .skills
        case "responsibility-and-autonomy", "autonomy", "responsibility": return .responsibilityAndAutonomy
        case "competence", "competences": return .competence
        default: return nil
        }
    }

    public static func == (lhs: LearningOutcomeCategory, rhs: LearningOutcomeCategory) -> Bool {
        lhs.written == rhs.written
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(written) }
}

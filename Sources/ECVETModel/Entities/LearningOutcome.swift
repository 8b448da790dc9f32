/// A learning-outcome statement: what a learner knows, understands and is able to do.
public struct LearningOutcome: Sendable, Hashable {
    /// The outcome's identifier, unique in the catalogue; units and parts refer to it.
    public var id: String
    /// The EQF domain as written; `nil` when not given.
    public var category: LearningOutcomeCategory?
    /// The statement, in each language.
    public var text: LocalizedText
    /// ESCO skill URIs.
    public var escoSkills: [Reference]
    /// Skills of other frameworks than ESCO that the outcome relates to, by URI.
    public var relatedSkills: [Reference]
    /// How widely the outcome applies, as written: `transversal`, `cross-sector`,
    /// `sector-specific` or `occupation-specific` (the Europass skill reuse levels).
    public var reuseLevel: String?
    /// The criteria for this outcome, in order.
    public var assessmentCriteria: [AssessmentCriterion]
    /// Fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the outcome was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// A learning outcome; what is not given is absent or empty.
    public init(
        id: String,
        category: LearningOutcomeCategory? = nil,
        text: LocalizedText = LocalizedText(),
        escoSkills: [Reference] = [],
        relatedSkills: [Reference] = [],
        reuseLevel: String? = nil,
        assessmentCriteria: [AssessmentCriterion] = [],
        extensions: [ExtensionField] = [],
        location: SourceLocation = .none
    ) {
        self.id = id
        self.category = category
        self.text = text
        self.escoSkills = escoSkills
        self.relatedSkills = relatedSkills
        self.reuseLevel = reuseLevel
        self.assessmentCriteria = assessmentCriteria
        self.extensions = extensions
        self.location = location
    }
}

/// The domain of a learning outcome as written, with the EQF category it names when it names one.
public struct LearningOutcomeCategory: Sendable, Hashable {
    /// The EQF descriptor domains, and the legacy `competence`.
    public enum Kind: String, Sendable, CaseIterable {
        /// Knowledge: theoretical or factual.
        case knowledge
        /// Skills: cognitive and practical.
        case skills
        /// Responsibility and autonomy, the third domain of the EQF since 2017.
        case responsibilityAndAutonomy = "responsibility-and-autonomy"
        /// Competence, the third domain's name in the 2008 EQF.
        case competence
    }

    /// The category exactly as the source had it.
    public var written: String
    /// Where the category was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// A category as written; `kind` tells which domain it names, if any.
    public init(_ written: String, location: SourceLocation = .none) {
        // A canonical name is kept as the literal it equals: hundreds of thousands of outcomes
        // name the same few, and a literal needs no heap copy each, whichever reader made it.
        self.written = Kind(rawValue: written)?.rawValue ?? written
        self.location = location
    }

    /// The category `kind`, by its canonical name.
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

    /// Equal when written alike (`Skills` is not `skills`), whichever kind they name.
    public static func == (lhs: LearningOutcomeCategory, rhs: LearningOutcomeCategory) -> Bool {
        lhs.written == rhs.written
    }

    /// Hashes the text as written, in step with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(written) }
}

extension LearningOutcome {
    /// A learning outcome's fields, in the order of the canonical formats.
    public static let fields: [Field<LearningOutcome>] = [
        Field("id", .identifier(\.id), xml: .attribute("id")),
        Field("category", .category(\.category), xml: .attribute("category")),
        Field("text", .localizedText(\.text)),
        Field("escoSkills", .references(\.escoSkills, inline: false), xml: .element("escoSkill")),
        Field("assessmentCriteria", .nested(), xml: .element("criterion")),
    ]
}

extension AssessmentCriterion {
    /// An assessment criterion's fields, in the order of the canonical formats.
    public static let fields: [Field<AssessmentCriterion>] = [
        Field("level", .text(\.level, noun: "a grade"), xml: .attribute("level")),
        Field("title", .localizedText(\.title)),
        Field("text", .localizedText(\.text)),
    ]
}

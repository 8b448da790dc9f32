extension LearningOutcome {
    /// A learning outcome's fields, in the order of the canonical formats.
    public static let fields: [Field<LearningOutcome>] = [
        Field("id", .identifier(Property({ $0.id }, { $0.id = $1 })), xml: .attribute("id")),
        Field("category", .category(Property({ $0.category }, { $0.category = $1 })), xml: .attribute("category")),
        Field("text", .localizedText(Property({ $0.text }, { $0.text = $1 }))),
        Field("escoSkills", .references(Property({ $0.escoSkills }, { $0.escoSkills = $1 }), inline: false), xml: .element("escoSkill")),
        Field("relatedSkills", .references(Property({ $0.relatedSkills }, { $0.relatedSkills = $1 }), inline: false), xml: .element("relatedSkill")),
        Field("reuseLevel", .text(Property({ $0.reuseLevel }, { $0.reuseLevel = $1 }), noun: "a skill reuse level")),
        Field("assessmentCriteria", .nested(), xml: .element("criterion")),
    ]
}

extension AssessmentCriterion {
    /// An assessment criterion's fields, in the order of the canonical formats.
    public static let fields: [Field<AssessmentCriterion>] = [
        Field("level", .text(Property({ $0.level }, { $0.level = $1 }), noun: "a grade"), xml: .attribute("level")),
        Field("title", .localizedText(Property({ $0.title }, { $0.title = $1 }))),
        Field("text", .localizedText(Property({ $0.text }, { $0.text = $1 }))),
    ]
}

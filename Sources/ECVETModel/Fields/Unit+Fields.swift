extension Unit {
    /// A unit's fields, in the order of the canonical formats.
    public static let fields: [Field<Unit>] = [
        Field("id", .identifier(Property({ $0.id }, { $0.id = $1 })), xml: .attribute("id")),
        Field("code", .text(Property({ $0.code }, { $0.code = $1 }), noun: "a code")),
        Field("identifiers", .identifiers(Property({ $0.identifiers }, { $0.identifiers = $1 })), xml: .element("identifier")),
        Field("uri", .text(Property({ $0.uri }, { $0.uri = $1 }), noun: "a URI")),
        Field("title", .localizedText(Property({ $0.title }, { $0.title = $1 }))),
        Field("description", .localizedText(Property({ $0.description }, { $0.description = $1 }))),
        Field("eqfLevel", .eqfLevel(Property({ $0.eqfLevel }, { $0.eqfLevel = $1 }))),
        Field("credits", .credits(Property({ $0.credits }, { $0.credits = $1 }))),
        Field("volumeOfLearning", .text(Property({ $0.volumeOfLearning }, { $0.volumeOfLearning = $1 }), noun: "an ISO 8601 duration")),
        Field("learningOutcomes", .references(Property({ $0.learningOutcomes }, { $0.learningOutcomes = $1 }), inline: true), xml: .reference("learningOutcome")),
        Field("assessment", .assessment(Property({ $0.assessment }, { $0.assessment = $1 }))),
        Field("validity", .validity(Property({ $0.validity }, { $0.validity = $1 }))),
        Field("awardingBody", .reference(Property({ $0.awardingBody }, { $0.awardingBody = $1 }))),
        Field("modified", .text(Property({ $0.modified }, { $0.modified = $1 }), noun: "a date")),
        Field("iscedF", .codes(Property({ $0.iscedF }, { $0.iscedF = $1 }))),
        Field("languages", .codes(Property({ $0.languages }, { $0.languages = $1 })), xml: .element("language")),
        Field("escoSkills", .references(Property({ $0.escoSkills }, { $0.escoSkills = $1 }), inline: false), xml: .element("escoSkill")),
        Field("parts", .nested(), xml: .element("part")),
    ]
}

extension UnitPart {
    /// A unit part's fields, in the order of the canonical formats.
    public static let fields: [Field<UnitPart>] = [
        Field("id", .identifier(Property({ $0.id }, { $0.id = $1 })), xml: .attribute("id")),
        Field("code", .text(Property({ $0.code }, { $0.code = $1 }), noun: "a code")),
        Field("title", .localizedText(Property({ $0.title }, { $0.title = $1 }))),
        Field("description", .localizedText(Property({ $0.description }, { $0.description = $1 }))),
        Field("credits", .credits(Property({ $0.credits }, { $0.credits = $1 }))),
        Field("mandatory", .flag(Property({ $0.isMandatory }, { $0.isMandatory = $1 }))),
        Field("learningOutcomes", .references(Property({ $0.learningOutcomes }, { $0.learningOutcomes = $1 }), inline: true), xml: .reference("learningOutcome")),
        Field("assessment", .assessment(Property({ $0.assessment }, { $0.assessment = $1 }))),
    ]
}

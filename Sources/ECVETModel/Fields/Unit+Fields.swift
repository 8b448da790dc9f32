extension Unit {
    /// A unit's fields, in the order of the canonical formats.
    public static let fields: [Field<Unit>] = [
        Field("id", .identifier(\.id), xml: .attribute("id")),
        Field("code", .text(\.code, noun: "a code")),
        Field("uri", .text(\.uri, noun: "a URI")),
        Field("title", .localizedText(\.title)),
        Field("description", .localizedText(\.description)),
        Field("eqfLevel", .eqfLevel(\.eqfLevel)),
        Field("credits", .credits(\.credits)),
        Field("learningOutcomes", .references(\.learningOutcomes, inline: true), xml: .reference("learningOutcome")),
        Field("assessment", .assessment(\.assessment)),
        Field("validity", .validity(\.validity)),
        Field("iscedF", .codes(\.iscedF)),
        Field("languages", .codes(\.languages), xml: .element("language")),
        Field("escoSkills", .references(\.escoSkills, inline: false), xml: .element("escoSkill")),
        Field("parts", .nested(), xml: .element("part")),
    ]
}

extension UnitPart {
    /// A unit part's fields, in the order of the canonical formats.
    public static let fields: [Field<UnitPart>] = [
        Field("id", .identifier(\.id), xml: .attribute("id")),
        Field("code", .text(\.code, noun: "a code")),
        Field("title", .localizedText(\.title)),
        Field("description", .localizedText(\.description)),
        Field("credits", .credits(\.credits)),
        Field("mandatory", .flag(\.isMandatory)),
        Field("learningOutcomes", .references(\.learningOutcomes, inline: true), xml: .reference("learningOutcome")),
        Field("assessment", .assessment(\.assessment)),
    ]
}

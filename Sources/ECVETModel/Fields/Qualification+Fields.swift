extension Qualification {
    /// A qualification's fields, in the order of the canonical formats.
    public static let fields: [Field<Qualification>] = [
        Field("id", .identifier(Property({ $0.id }, { $0.id = $1 })), xml: .attribute("id")),
        Field("code", .text(Property({ $0.code }, { $0.code = $1 }), noun: "a code")),
        Field("identifiers", .identifiers(Property({ $0.identifiers }, { $0.identifiers = $1 })), xml: .element("identifier")),
        Field("uri", .text(Property({ $0.uri }, { $0.uri = $1 }), noun: "a URI")),
        Field("title", .localizedText(Property({ $0.title }, { $0.title = $1 }))),
        Field("description", .localizedText(Property({ $0.description }, { $0.description = $1 }))),
        Field("eqfLevel", .eqfLevel(Property({ $0.eqfLevel }, { $0.eqfLevel = $1 }))),
        Field("nqf", .nested(csvColumns: ["nqfFramework", "nqfLevel", "nqfURI"])),
        Field("iscedF", .codes(Property({ $0.iscedF }, { $0.iscedF = $1 }))),
        Field("languages", .codes(Property({ $0.languages }, { $0.languages = $1 })), xml: .element("language")),
        Field("credits", .credits(Property({ $0.credits }, { $0.credits = $1 }))),
        Field("volumeOfLearning", .text(Property({ $0.volumeOfLearning }, { $0.volumeOfLearning = $1 }), noun: "an ISO 8601 duration")),
        Field("learningHours", .decimal(Property({ $0.learningHours }, { $0.learningHours = $1 }))),
        Field("awardingBody", .reference(Property({ $0.awardingBody }, { $0.awardingBody = $1 }))),
        Field("country", .code(Property({ $0.country }, { $0.country = $1 }))),
        Field("validity", .validity(Property({ $0.validity }, { $0.validity = $1 }))),
        Field("modified", .text(Property({ $0.modified }, { $0.modified = $1 }), noun: "a date")),
        Field("entryRequirements", .localizedText(Property({ $0.entryRequirements }, { $0.entryRequirements = $1 }))),
        Field("learningOutcomeSummary", .localizedText(Property({ $0.learningOutcomeSummary }, { $0.learningOutcomeSummary = $1 }))),
        Field("learningOutcomes", .references(Property({ $0.learningOutcomes }, { $0.learningOutcomes = $1 }), inline: true), xml: .reference("learningOutcome")),
        Field("partial", .flag(Property({ $0.isPartial }, { $0.isPartial = $1 }))),
        Field("homepage", .text(Property({ $0.homepage }, { $0.homepage = $1 }), noun: "a URL")),
        Field("hasPart", .references(Property({ $0.hasPart }, { $0.hasPart = $1 }), inline: true), xml: .reference("hasPart")),
        Field("isPartOf", .references(Property({ $0.isPartOf }, { $0.isPartOf = $1 }), inline: true), xml: .reference("isPartOf")),
        Field("specialisationOf", .references(Property({ $0.specialisationOf }, { $0.specialisationOf = $1 }), inline: true), xml: .reference("specialisationOf")),
        Field("generalisationOf", .references(Property({ $0.generalisationOf }, { $0.generalisationOf = $1 }), inline: true), xml: .reference("generalisationOf")),
        Field("structure", .nested()),
    ]
}

extension NQFLevel {
    /// An NQF level's fields, in the order of the canonical formats.
    public static let fields: [Field<NQFLevel>] = [
        Field("framework", .text(Property({ $0.framework }, { $0.framework = $1 }), noun: "a framework name"), xml: .attribute("framework")),
        Field("level", .text(Property({ $0.level }, { $0.level = $1 }), noun: "a level"), xml: .attribute("level")),
        Field("uri", .text(Property({ $0.uri }, { $0.uri = $1 }), noun: "a URI"), xml: .attribute("uri")),
    ]
}

extension Qualification {
    /// A qualification's fields, in the order of the canonical formats.
    public static let fields: [Field<Qualification>] = [
        Field("id", .identifier(\.id), xml: .attribute("id")),
        Field("code", .text(\.code, noun: "a code")),
        Field("uri", .text(\.uri, noun: "a URI")),
        Field("title", .localizedText(\.title)),
        Field("description", .localizedText(\.description)),
        Field("eqfLevel", .eqfLevel(\.eqfLevel)),
        Field("nqf", .nested(csvColumns: ["nqfFramework", "nqfLevel", "nqfURI"])),
        Field("iscedF", .codes(\.iscedF)),
        Field("languages", .codes(\.languages), xml: .element("language")),
        Field("credits", .credits(\.credits)),
        Field("volumeOfLearning", .text(\.volumeOfLearning, noun: "an ISO 8601 duration")),
        Field("learningHours", .decimal(\.learningHours)),
        Field("awardingBody", .reference(\.awardingBody)),
        Field("country", .code(\.country)),
        Field("validity", .validity(\.validity)),
        Field("entryRequirements", .localizedText(\.entryRequirements)),
        Field("learningOutcomeSummary", .localizedText(\.learningOutcomeSummary)),
        Field("partial", .flag(\.isPartial)),
        Field("homepage", .text(\.homepage, noun: "a URL")),
        Field("structure", .nested()),
    ]
}

extension NQFLevel {
    /// An NQF level's fields, in the order of the canonical formats.
    public static let fields: [Field<NQFLevel>] = [
        Field("framework", .text(\.framework, noun: "a framework name"), xml: .attribute("framework")),
        Field("level", .text(\.level, noun: "a level"), xml: .attribute("level")),
        Field("uri", .text(\.uri, noun: "a URI"), xml: .attribute("uri")),
    ]
}

extension Catalogue {
    /// The catalogue's own fields, in the order of the canonical formats (after `format`, which
    /// names the format rather than the catalogue).
    public static let fields: [Field<Catalogue>] = [
        Field("id", .text(\.id, noun: "an id"), xml: .attribute("id")),
        Field("title", .localizedText(\.title)),
        Field("description", .localizedText(\.description)),
        Field("publisher", .reference(\.publisher)),
        Field("country", .code(\.country)),
        Field("version", .text(\.version, noun: "a version")),
        Field("issued", .text(\.issued, noun: "a date")),
        Field("defaultLanguage", .code(\.defaultLanguage)),
        Field("qualifications", .nested()),
        Field("units", .nested()),
        Field("learningOutcomes", .nested()),
        Field("organisations", .nested()),
    ]
}

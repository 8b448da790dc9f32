extension Catalogue {
    /// The catalogue's own fields, in the order of the canonical formats (after `format`, which
    /// names the format rather than the catalogue).
    public static let fields: [Field<Catalogue>] = [
        Field("id", .text(Property({ $0.id }, { $0.id = $1 }), noun: "an id"), xml: .attribute("id")),
        Field("title", .localizedText(Property({ $0.title }, { $0.title = $1 }))),
        Field("description", .localizedText(Property({ $0.description }, { $0.description = $1 }))),
        Field("publisher", .reference(Property({ $0.publisher }, { $0.publisher = $1 }))),
        Field("country", .code(Property({ $0.country }, { $0.country = $1 }))),
        Field("version", .text(Property({ $0.version }, { $0.version = $1 }), noun: "a version")),
        Field("issued", .text(Property({ $0.issued }, { $0.issued = $1 }), noun: "a date")),
        Field("defaultLanguage", .code(Property({ $0.defaultLanguage }, { $0.defaultLanguage = $1 }))),
        Field("qualifications", .nested()),
        Field("units", .nested()),
        Field("learningOutcomes", .nested()),
        Field("organisations", .nested()),
    ]
}

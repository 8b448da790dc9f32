extension Organisation {
    /// An organisation's fields, in the order of the canonical formats.
    public static let fields: [Field<Organisation>] = [
        Field("id", .identifier(\.id), xml: .attribute("id")),
        Field("name", .localizedText(\.name)),
        Field("country", .code(\.country)),
        Field("address", .localizedText(\.address)),
        Field("homepage", .text(\.homepage, noun: "a URL")),
        Field("email", .text(\.email, noun: "an e-mail address")),
        Field("identifiers", .nested(csvColumns: ["identifiers"]), xml: .element("identifier")),
    ]
}

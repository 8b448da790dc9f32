extension Organisation {
    /// An organisation's fields, in the order of the canonical formats.
    public static let fields: [Field<Organisation>] = [
        Field("id", .identifier(Property({ $0.id }, { $0.id = $1 })), xml: .attribute("id")),
        Field("name", .localizedText(Property({ $0.name }, { $0.name = $1 }))),
        Field("country", .code(Property({ $0.country }, { $0.country = $1 }))),
        Field("address", .localizedText(Property({ $0.address }, { $0.address = $1 }))),
        Field("homepage", .text(Property({ $0.homepage }, { $0.homepage = $1 }), noun: "a URL")),
        Field("email", .text(Property({ $0.email }, { $0.email = $1 }), noun: "an e-mail address")),
        Field("identifiers", .identifiers(Property({ $0.identifiers }, { $0.identifiers = $1 })), xml: .element("identifier")),
    ]
}

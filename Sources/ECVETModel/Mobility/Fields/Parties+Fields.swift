extension MobilityOrganisation {
    /// The roles an organisation can have in a partnership.
    public static let roleNames = ["home", "host", "intermediary", "awarding", "assessing", "validating", "recognising"]

    /// An organisation's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<MobilityOrganisation>] = [
        DocumentField("id", .text(Property(\.id)), xml: .attribute("id"), "the organisation's key in the partnership, which the documents name it by"),
        DocumentField("roles", .texts(Property(\.roles)), xml: .element("role"), "what it does: " + roleNames.joined(separator: ", ")),
        DocumentField("name", .localizedText(Property(\.name)), "its name, by language"),
        DocumentField("country", .code(Property(\.country)), "ISO 3166-1 country code"),
        DocumentField("address", .text(Property(\.address)), "postal address"),
        DocumentField("phone", .text(Property(\.phone)), "telephone"),
        DocumentField("email", .text(Property(\.email)), "e-mail address"),
        DocumentField("website", .text(Property(\.website)), "web site"),
        DocumentField("legalIdentifier", .text(Property(\.legalIdentifier)), "national legal or business identifier"),
        DocumentField("eidasIdentifier", .text(Property(\.eidasIdentifier)), "eIDAS identifier, where known"),
        DocumentField("involvement", .localizedText(Property(\.involvement)), "what it does for the partnership, in words"),
        DocumentField("contact", .one(ChildProperty(one: { $0.contact }, { $0.contact = $1 })), "the person to contact"),
    ]
}

extension Person {
    /// A person's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<Person>] = [
        DocumentField("name", .text(Property(\.name)), "full name"),
        DocumentField("position", .text(Property(\.position)), "position or job title"),
        DocumentField("role", .text(Property(\.role)), "what they do in this document, in words"),
        DocumentField("organisation", .text(Property(\.organisation)), "their organisation's key in the partnership, or its name"),
        DocumentField("email", .text(Property(\.email)), "e-mail address"),
        DocumentField("phone", .text(Property(\.phone)), "telephone"),
        DocumentField("address", .text(Property(\.address)), "postal address"),
    ]
}

extension Learner {
    /// A learner's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<Learner>] = [
        DocumentField("id", .text(Property(\.id)), xml: .attribute("id"), "an identifier of the learner, such as a student number"),
        DocumentField("givenName", .text(Property(\.givenName)), "given name"),
        DocumentField("familyName", .text(Property(\.familyName)), "family name"),
        DocumentField("dateOfBirth", .date(Property(\.dateOfBirth)), "date of birth, YYYY-MM-DD"),
        DocumentField("gender", .text(Property(\.gender)), "as the learner gives it"),
        DocumentField("nationality", .code(Property(\.nationality)), "ISO 3166-1 country code"),
        DocumentField("address", .text(Property(\.address)), "postal address"),
        DocumentField("phone", .text(Property(\.phone)), "telephone"),
        DocumentField("email", .text(Property(\.email)), "e-mail address"),
    ]
}

extension Signature {
    /// A signature's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<Signature>] = [
        DocumentField("party", .text(Property(\.party)), xml: .attribute("party"), "who signs: an organisation's key, learner or guardian"),
        DocumentField("name", .text(Property(\.name)), "the signatory's name"),
        DocumentField("position", .text(Property(\.position)), "the signatory's position"),
        DocumentField("place", .text(Property(\.place)), "where it was signed"),
        DocumentField("date", .date(Property(\.date)), "when it was signed, YYYY-MM-DD"),
    ]
}

extension MemorandumOfUnderstanding {
    /// An MoU's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<MemorandumOfUnderstanding>] = [
        DocumentField("id", .text(Property(\.id)), xml: .attribute("id"), "the partnership's reference for the MoU (its file code)"),
        DocumentField("language", .code(Property(\.language)), "the language it is written in"),
        DocumentField("objectives", .localizedText(Property(\.objectives)), "objectives beyond mutual trust and acceptance of procedures"),
        DocumentField("organisations", .many(ChildProperty({ $0.organisations }, { $0.organisations = $1 })),
                      xml: .element("organisation"), "the organisations that sign"),
        DocumentField("otherOrganisations", .many(ChildProperty({ $0.otherOrganisations }, { $0.otherOrganisations = $1 })),
                      xml: .element("otherOrganisation"), "other organisations covered"),
        DocumentField("qualifications", .many(ChildProperty({ $0.qualifications }, { $0.qualifications = $1 })),
                      xml: .element("qualification"), "the qualifications covered and their units open to mobility"),
        DocumentField("assessment", .one(ChildProperty(one: { $0.assessment }, { $0.assessment = $1 })), "who assesses, and how"),
        DocumentField("documentation", .one(ChildProperty(one: { $0.documentation }, { $0.documentation = $1 })), "who documents the results, and how"),
        DocumentField("validation", .one(ChildProperty(one: { $0.validation }, { $0.validation = $1 })), "who validates, and how"),
        DocumentField("recognition", .one(ChildProperty(one: { $0.recognition }, { $0.recognition = $1 })), "who recognises, and how"),
        DocumentField("minimumWeeks", .integer(Property(\.minimumWeeks)), "the shortest mobility planned, in weeks"),
        DocumentField("maximumWeeks", .integer(Property(\.maximumWeeks)), "the longest mobility planned, in weeks"),
        DocumentField("validity", .validity(Property(\.validity)), "when the MoU is in force"),
        DocumentField("review", .one(ChildProperty(one: { $0.review }, { $0.review = $1 })), "who reviews the MoU, how and when"),
        DocumentField("signatures", .many(ChildProperty({ $0.signatures }, { $0.signatures = $1 })), xml: .element("signature"),
                      "one per signing organisation"),
        DocumentField("annexes", .texts(Property(\.annexes)), xml: .element("annex"), "annexes, by title"),
    ]
}

extension LearningAgreement {
    /// A learning agreement's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<LearningAgreement>] = [
        DocumentField("id", .text(Property(\.id)), xml: .attribute("id"), "the agreement's reference"),
        DocumentField("memorandum", .text(Property(\.memorandum)), "the id of the MoU it is made within"),
        DocumentField("language", .code(Property(\.language)), "the language it is written in"),
        DocumentField("home", .one(ChildProperty(one: { $0.home }, { $0.home = $1 })), "the sending institution"),
        DocumentField("host", .one(ChildProperty(one: { $0.host }, { $0.host = $1 })), "the receiving institution"),
        DocumentField("intermediary", .one(ChildProperty(one: { $0.intermediary }, { $0.intermediary = $1 })), "an intermediary organisation, if involved"),
        DocumentField("learner", .one(ChildProperty(one: { $0.learner }, { $0.learner = $1 })), "the learner"),
        DocumentField("guardian", .one(ChildProperty(one: { $0.guardian }, { $0.guardian = $1 })), "a parent or legal guardian, for a minor"),
        DocumentField("period", .one(ChildProperty(one: { $0.period }, { $0.period = $1 })), "when the learner is abroad"),
        DocumentField("qualification", .one(ChildProperty(one: { $0.qualification }, { $0.qualification = $1 })), "the qualification taken at home"),
        DocumentField("enclosures", .texts(Property(\.enclosures)), xml: .element("enclosure"), "documents enclosed"),
        DocumentField("units", .many(ChildProperty({ $0.units }, { $0.units = $1 })), xml: .element("unit"),
                      "the units, parts or learning outcomes to achieve abroad"),
        DocumentField("assessment", .one(ChildProperty(one: { $0.assessment }, { $0.assessment = $1 })), "who assesses at the host, how and when"),
        DocumentField("validation", .one(ChildProperty(one: { $0.validation }, { $0.validation = $1 })), "who validates at home, and how"),
        DocumentField("recognition", .one(ChildProperty(one: { $0.recognition }, { $0.recognition = $1 })), "who recognises at home, and how"),
        DocumentField("signatures", .many(ChildProperty({ $0.signatures }, { $0.signatures = $1 })), xml: .element("signature"),
                      "home, host and learner"),
    ]
}

extension PersonalTranscript {
    /// A transcript's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<PersonalTranscript>] = [
        DocumentField("id", .text(Property(\.id)), xml: .attribute("id"), "the transcript's reference"),
        DocumentField("learningAgreement", .text(Property(\.learningAgreement)), "the id of the learning agreement it reports on"),
        DocumentField("language", .code(Property(\.language)), "the language it is written in"),
        DocumentField("learner", .one(ChildProperty(one: { $0.learner }, { $0.learner = $1 })), "the learner"),
        DocumentField("qualification", .one(ChildProperty(one: { $0.qualification }, { $0.qualification = $1 })), "the qualification taken at home"),
        DocumentField("assessing", .one(ChildProperty(one: { $0.assessing }, { $0.assessing = $1 })), "the institution that assessed (the host)"),
        DocumentField("recognising", .one(ChildProperty(one: { $0.recognising }, { $0.recognising = $1 })), "the institution that validates and recognises (the home)"),
        DocumentField("period", .one(ChildProperty(one: { $0.period }, { $0.period = $1 })), "the period abroad"),
        DocumentField("units", .many(ChildProperty({ $0.units }, { $0.units = $1 })), xml: .element("unit"), "what was assessed, unit by unit"),
        DocumentField("differences", .localizedText(Property(\.differences)), "differences from the agreement"),
        DocumentField("validation", .one(ChildProperty(one: { $0.validation }, { $0.validation = $1 })), "the validation at home"),
        DocumentField("recognition", .one(ChildProperty(one: { $0.recognition }, { $0.recognition = $1 })), "the recognition at home"),
        DocumentField("issued", .date(Property(\.issued)), "when the transcript was issued, YYYY-MM-DD"),
        DocumentField("signatures", .many(ChildProperty({ $0.signatures }, { $0.signatures = $1 })), xml: .element("signature"), "signatures"),
    ]
}

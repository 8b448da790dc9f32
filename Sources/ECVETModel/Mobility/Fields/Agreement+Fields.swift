extension MobilityPeriod {
    /// A period's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<MobilityPeriod>] = [
        DocumentField("start", .date(Property(\.start)), "the first day abroad, YYYY-MM-DD"),
        DocumentField("end", .date(Property(\.end)), "the last day abroad, YYYY-MM-DD"),
        DocumentField("weeks", .integer(Property(\.weeks)), "the length in weeks"),
    ]
}

extension AgreedOutcome {
    /// A learning outcome's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<AgreedOutcome>] = [
        DocumentField("id", .text(Property(\.id)), xml: .attribute("id"), "the outcome's id in the home catalogue"),
        DocumentField("statement", .localizedText(Property(\.statement)), "the statement as agreed, by language"),
    ]
}

extension AgreedUnit {
    /// How much of a unit an agreement covers.
    public static let scopes = ["whole-unit", "part-of-unit", "learning-outcomes"]

    /// An agreed unit's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<AgreedUnit>] = [
        DocumentField("id", .text(Property(\.id)), xml: .attribute("id"), "the unit's id in the home catalogue"),
        DocumentField("uri", .text(Property(\.uri)), "the unit's URI"),
        DocumentField("part", .text(Property(\.part)), "the id of the part of the unit, when only a part is agreed"),
        DocumentField("title", .localizedText(Property(\.title)), "the title as agreed, by language"),
        DocumentField("scope", .choice(Property(\.scope), options: scopes), "how much of the unit"),
        DocumentField("points", .decimal(Property(\.points)), "ECVET points"),
        DocumentField("learningOutcomes", .many(ChildProperty({ $0.learningOutcomes }, { $0.learningOutcomes = $1 })),
                      xml: .element("learningOutcome"), "the learning outcomes to achieve"),
        DocumentField("learningActivities", .localizedText(Property(\.learningActivities)), "places, tasks and courses abroad"),
    ]
}

extension AgreedQualification {
    /// An agreed qualification's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<AgreedQualification>] = [
        DocumentField("id", .text(Property(\.id)), xml: .attribute("id"), "the qualification's id in its catalogue"),
        DocumentField("uri", .text(Property(\.uri)), "the qualification's URI"),
        DocumentField("owner", .text(Property(\.owner)), "the key of the partner whose qualification it is"),
        DocumentField("country", .code(Property(\.country)), "ISO 3166-1 country code"),
        DocumentField("title", .localizedText(Property(\.title)), "the title as agreed, by language"),
        DocumentField("eqfLevel", .eqfLevel(Property(\.eqfLevel)), "EQF level 1-8"),
        DocumentField("nqfLevel", .nqfLevel(Property(\.nqfLevel)), "national framework and level"),
        DocumentField("points", .decimal(Property(\.points)), "ECVET points of the whole qualification"),
        DocumentField("progress", .localizedText(Property(\.progress)), "what the learner has already achieved"),
        DocumentField("units", .many(ChildProperty({ $0.units }, { $0.units = $1 })), xml: .element("unit"),
                      "the units open to mobility"),
    ]
}

extension Arrangement {
    /// An arrangement's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<Arrangement>] = [
        DocumentField("by", .text(Property(\.by)), xml: .attribute("by"), "the key of the organisation responsible"),
        DocumentField("responsible", .many(ChildProperty({ $0.responsible }, { $0.responsible = $1 })), "the people responsible"),
        DocumentField("how", .localizedText(Property(\.how)), "how it is done"),
        DocumentField("documents", .texts(Property(\.documents)), xml: .element("document"), "documents used or produced"),
        DocumentField("dates", .texts(Property(\.dates)), xml: .element("date"), "dates planned, YYYY-MM-DD"),
        DocumentField("schedule", .localizedText(Property(\.schedule)), "when, in words"),
    ]
}

extension AssessedUnit {
    /// The results a transcript records.
    public static let results = ["passed", "failed", "not-assessed"]

    /// An assessed unit's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<AssessedUnit>] = [
        DocumentField("id", .text(Property(\.id)), xml: .attribute("id"), "the unit's id in the home catalogue"),
        DocumentField("part", .text(Property(\.part)), "the id of the part, when only a part was assessed"),
        DocumentField("title", .localizedText(Property(\.title)), "the title as recorded, by language"),
        DocumentField("points", .decimal(Property(\.points)), "ECVET points awarded"),
        DocumentField("learningOutcomes", .many(ChildProperty({ $0.learningOutcomes }, { $0.learningOutcomes = $1 })),
                      xml: .element("learningOutcome"), "the learning outcomes achieved"),
        DocumentField("result", .choice(Property(\.result), options: results), "the result"),
        DocumentField("grade", .text(Property(\.grade)), "the grade, where grades are given"),
        DocumentField("assessed", .date(Property(\.assessed)), "the day of the assessment, YYYY-MM-DD"),
        DocumentField("assessor", .one(ChildProperty(one: { $0.assessor }, { $0.assessor = $1 })), "who assessed"),
        DocumentField("remarks", .localizedText(Property(\.remarks)), "strong and weak points, differences from the agreement"),
    ]
}

extension Decision {
    /// A decision's fields, in the order of the canonical formats.
    public static let fields: [DocumentField<Decision>] = [
        DocumentField("by", .text(Property(\.by)), xml: .attribute("by"), "the key of the organisation that decided"),
        DocumentField("person", .one(ChildProperty(one: { $0.person }, { $0.person = $1 })), "who decided"),
        DocumentField("date", .date(Property(\.date)), "when, YYYY-MM-DD"),
        DocumentField("outcome", .localizedText(Property(\.outcome)), "what was decided"),
    ]
}

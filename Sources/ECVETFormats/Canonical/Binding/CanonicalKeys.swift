/// The keys of the canonical format, per kind of object, in the order writers emit them.
enum CanonicalKeys {
    static let catalogue = [
        "format", "id", "title", "description", "publisher", "country", "version", "issued",
        "defaultLanguage", "qualifications", "units", "learningOutcomes", "organisations",
    ]
    static let qualification = [
        "id", "code", "uri", "title", "description", "eqfLevel", "nqf", "iscedF", "languages",
        "credits", "volumeOfLearning", "learningHours", "awardingBody", "country", "validity",
        "entryRequirements", "learningOutcomeSummary", "partial", "homepage", "structure",
    ]
    static let nqf = ["framework", "level", "uri"]
    static let group = [
        "id", "title", "description", "mandatory", "minPoints", "maxPoints", "minUnits", "maxUnits",
        "members",
    ]
    static let member = ["unit", "points", "mandatory", "group"]
    static let unit = [
        "id", "code", "uri", "title", "description", "eqfLevel", "credits", "learningOutcomes",
        "assessment", "validity", "iscedF", "languages", "escoSkills", "parts",
    ]
    static let part = [
        "id", "code", "title", "description", "credits", "mandatory", "learningOutcomes", "assessment",
    ]
    static let assessment = ["procedures", "criteria"]
    static let criterion = ["level", "title", "text"]
    static let learningOutcome = ["id", "category", "text", "escoSkills", "assessmentCriteria"]
    static let organisation = ["id", "name", "country", "address", "homepage", "email", "identifiers"]
    static let identifier = ["scheme", "value"]
}

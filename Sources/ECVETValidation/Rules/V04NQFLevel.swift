import ECVETModel

/// V04: a qualification gives its national framework level, one Europass knows.
struct NQFLevelGiven: CatalogueRule {
    let id = DiagnosticID("V04", "nqf-level", .warning)
    let summary = "A qualification gives its NQF level, as a framework and level that the Europass NQF vocabulary knows or as a Europass NQF URI; the europass profile requires it."
    let source = "ECVET Recommendation 2009, Annex II §1 ('where appropriate, the NQF level'); Europass LOQ XSD: NQFLevel minOccurs=1"
    let hint = "add \"nqf\": [{\"framework\": \"FiNQF\", \"level\": \"4\"}], or a Europass NQF URI"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        for qualification in context.catalogue.qualifications {
            if qualification.nqfLevels.isEmpty {
                findings.append(finding("\(Naming.qualification(qualification)) has no NQF level",
                                        at: qualification.location, entity: qualification.id))
            }
            for level in qualification.nqfLevels {
                if let uri = level.uri {
                    if CodeLists.nqfLevelByURI[uri] == nil {
                        findings.append(finding("NQF level URI \(uri) is not in the Europass NQF vocabulary",
                                                at: level.location, entity: qualification.id))
                    }
                } else if let framework = level.framework, let value = level.level {
                    if CodeLists.nqfURI(framework: framework, level: value) == nil {
                        findings.append(finding(
                            "NQF level \"\(framework) \(value)\" is not in the Europass NQF vocabulary",
                            at: level.location, entity: qualification.id,
                            hint: "use the framework's name as Europass writes it (FiNQF, DQR, NLQF…), or give the level's Europass URI"))
                    }
                } else {
                    findings.append(finding("an NQF level of \(Naming.qualification(qualification)) needs a framework and a level, or a URI",
                                            at: level.location, entity: qualification.id))
                }
            }
        }
    }
}

import ECVETModel

/// V27: what a Europass LOQ export needs that no other rule already checks.
struct EuropassContent: CatalogueRule {
    let id = DiagnosticID("V27", "europass-content", .error)
    let summary = "What a Europass LOQ export needs: a qualification has a title, a language and learning outcomes (through its units) (its EQF level is V03's, its NQF level V04's and its ISCED-F code V20's); credit points name their framework (ECVET, ECTS) and a number; every unit has a title, an ISCED-F code, a language and learning outcomes. Only in the europass profile; files are checked against the official XSD with --xsd, not here."
    let source = "Europass ELM LOQ application profile XSD v3.1.0"
    let hint = "fill in what the Europass Qualification Dataset Register requires, or give it through .ecvet.yaml defaults"
    var severities: [Severity] { [.error, .warning] }

    func check(_ context: ValidationContext, into findings: inout Findings) {
        for (index, qualification) in context.catalogue.qualifications.enumerated() {
            let name = Naming.qualification(qualification)
            func missing(_ what: String) {
                findings.append(finding("\(name) has no \(what), which a Europass export needs",
                                        at: qualification.location, entity: qualification.id))
            }
            if !qualification.title.hasText {
                // A title of white space or bare HTML is named where it stands.
                findings.append(finding("\(name) has no title, which a Europass export needs",
                                        at: qualification.title.blankLocation(key: "title", in: qualification.location),
                                        entity: qualification.id))
            }
            if qualification.languages.isEmpty { missing("language") }
            if let validity = qualification.validity, !validity.isEmpty, qualification.awardingBody == nil {
                // LOQ keeps a validity only in an awarding opportunity, which names its awarding body.
                findings.append(finding(
                    "the validity of \(name) cannot be written to LOQ: LOQ keeps it only with an awarding body, and it has none",
                    at: validity.location, severity: .warning, entity: qualification.id,
                    hint: "give the qualification an awardingBody (an organisation of the catalogue), or defaults.awardingBody in .ecvet.yaml"))
            }
            let outcomes = !qualification.learningOutcomes.isEmpty || context.unitLinks(ofQualificationAt: index).contains { link in
                context.unit(link.unit.id).map { !context.outcomeReferences(of: $0).isEmpty } ?? false
            }
            if !outcomes { missing("learning outcomes (of its own or through its units)") }
            if let credits = qualification.credits, credits.amount == nil {
                findings.append(finding("the credits of \(name) name a system but no points, which a Europass credit point needs",
                                        at: credits.location, entity: qualification.id, hint: "give \"points\", or remove the credits"))
            }
            if let credits = qualification.credits, case .national(let system, let factor) = credits.effectiveSystem, factor == nil {
                findings.append(finding(
                    "the points of \(name) count in \"\(system)\", which Europass does not know and which has no ECVET factor",
                    at: credits.valueLocations.location(of: "system", else: credits.location), entity: qualification.id,
                    hint: "give \"system\": \"ECVET\" or \"ECTS\", or an \"ecvetFactor\""))
            }
        }
        for unit in context.catalogue.units where !context.qualifications(linkingUnit: unit.id).isEmpty {
            let name = Naming.unit(unit)
            func missing(_ what: String) {
                findings.append(finding("\(name) has no \(what), which a Europass export needs", at: unit.location, entity: unit.id))
            }
            if unit.iscedF.isEmpty { missing("ISCED-F code") }
            if let credits = unit.credits, credits.amount == nil {
                findings.append(finding("the credits of \(name) name a system but no points, which a Europass credit point needs",
                                        at: credits.location, entity: unit.id, hint: "give \"points\", or remove the credits"))
            }
            if unit.languages.isEmpty { missing("language") }
        }
    }
}

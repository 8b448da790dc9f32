import ECVETModel

/// V03: every qualification carries an EQF level 1–8.
struct QualificationHasEQFLevel: CatalogueRule {
    let id = DiagnosticID("V03", "qualification-has-eqf-level", .error)
    let summary = "A qualification has an EQF level, a whole number 1–8 ('EQF 4' and the EQF URI are read too)."
    let source = "ECVET Recommendation 2009, Annex II §1 ('reference of the qualification according to the EQF level'); EQF Recommendation 2017/C 189/03, Annex II; Europass LOQ XSD: EQFLevel minOccurs=1"
    let hint = "set eqfLevel to the level of the qualification, 1 to 8"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        for qualification in context.catalogue.qualifications {
            guard let level = qualification.eqfLevel else {
                findings.append(finding("\(Naming.qualification(qualification)) has no EQF level",
                                        at: qualification.location, entity: qualification.id))
                continue
            }
            guard let value = level.value else {
                findings.append(finding("EQF level \"\(level.written)\" of \(Naming.qualification(qualification)) is not a level 1–8",
                                        at: level.location, entity: qualification.id))
                continue
            }
            if !(1...8).contains(value) {
                findings.append(finding("EQF level \(value) of \(Naming.qualification(qualification)) is not 1–8",
                                        at: level.location, entity: qualification.id))
            }
        }
    }
}

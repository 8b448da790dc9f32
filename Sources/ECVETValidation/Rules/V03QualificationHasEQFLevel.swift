import ECVETModel

/// V03: every qualification carries an EQF level 1–8.
struct QualificationHasEQFLevel: CatalogueRule {
    let id = DiagnosticID("V03", "qualification-has-eqf-level", .error)
    let summary = "A qualification has an EQF level, a whole number 1–8 ('EQF 4' and the EQF URI are read too)."
    let source = "ECVET Recommendation 2009, Annex II §1 ('reference of the qualification according to the EQF level'); EQF Recommendation 2017/C 189/03, Annex II; Europass LOQ XSD: EQFLevel minOccurs=1"
    let hint = "set eqfLevel to the level of the qualification, 1 to 8"

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.catalogue.qualifications.compactMap { qualification in
            guard let level = qualification.eqfLevel else {
                return finding("\(Naming.qualification(qualification)) has no EQF level",
                               at: qualification.location, entity: qualification.id)
            }
            guard let value = level.value else {
                return finding("EQF level \"\(level.written)\" of \(Naming.qualification(qualification)) is not a level 1–8",
                               at: level.location, entity: qualification.id)
            }
            guard (1...8).contains(value) else {
                return finding("EQF level \(value) of \(Naming.qualification(qualification)) is not 1–8",
                               at: level.location, entity: qualification.id)
            }
            return nil
        }
    }
}

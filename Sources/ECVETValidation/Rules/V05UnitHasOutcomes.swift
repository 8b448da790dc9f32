import ECVETModel

/// V05: every unit contains learning outcomes.
struct UnitHasOutcomes: CatalogueRule {
    let id = DiagnosticID("V05", "unit-has-outcomes", .error)
    let summary = "A unit contains at least one learning-outcome statement (its own or its parts')."
    let source = "ECVET Recommendation 2009, Annex II §1 ('the learning outcomes contained in the unit'); Annex I(b)–(c); Europass LOQ XSD: learningOutcome minOccurs=1"
    let hint = "list the unit's learning outcomes in \"learningOutcomes\""

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let units = context.catalogue.units
        for index in units.indices where context.outcomes(ofUnitAt: index).isEmpty {
            findings.append(finding("\(Naming.unit(units[index])) has no learning outcomes", at: units[index].location,
                                    entity: units[index].id))
        }
    }
}

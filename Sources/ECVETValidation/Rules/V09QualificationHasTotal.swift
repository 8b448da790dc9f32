import ECVETModel

/// V09: a qualification gives its total points when its units have points.
struct QualificationHasTotal: CatalogueRule {
    let id = DiagnosticID("V09", "qualification-has-total", .error)
    let summary = "A qualification gives its total points when any of its units carries points."
    let source = "ECVET Recommendation 2009, Annex II §1 ('with the ECVET credit points associated with the qualification'); Annex II §3"
    let hint = "give the qualification \"credits\": {\"points\": \"…\"}"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        for qualification in context.catalogue.qualifications {
            guard qualification.credits?.amount == nil,
                  qualification.unitLinks.contains(where: { context.points(of: $0) != nil }) else { continue }
            findings.append(finding("\(Naming.qualification(qualification)) has units with points but no total points",
                                    at: qualification.location, entity: qualification.id))
        }
    }
}

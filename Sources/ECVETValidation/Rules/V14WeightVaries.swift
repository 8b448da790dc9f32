import ECVETModel

/// V14: a principle, not a check: the same unit may weigh differently in different
/// qualifications. Points are keyed by (qualification, unit), so no rule reports it as a conflict.
struct WeightVaries: CatalogueRule {
    let id = DiagnosticID("V14", "unit-weight-varies", .note)
    let summary = "The same unit may weigh differently in different qualifications: points live on the qualification→unit link as well as on the unit, and a difference is never reported as a conflict. A principle, not a check."
    let source = "ECVET Recommendation 2009, Annex II §3 (the relative weight of a unit common to several qualifications may vary)"
    let hint = "give a unit's points in a qualification on its link: {\"unit\": \"U-1\", \"points\": \"20\"}"

    func check(_ context: ValidationContext, into findings: inout Findings) {}
}

import ECVETModel

/// V01: every unit has a generic title.
struct UnitHasTitle: CatalogueRule {
    let id = DiagnosticID("V01", "unit-has-title", .error)
    let summary = "A unit has a title in at least one language (after trimming and removing HTML)."
    let source = "ECVET Recommendation 2009/C 155/02, Annex II §1: unit specification, 'generic title of the unit'"
    let hint = "give the unit a title, e.g. \"title\": {\"en\": \"Welding\"}"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        for unit in context.catalogue.units where !unit.title.hasText {
            findings.append(finding("Unit \"\(unit.id)\" has no title",
                                    at: unit.title.blankLocation(key: "title", in: unit.location), entity: unit.id))
        }
    }
}

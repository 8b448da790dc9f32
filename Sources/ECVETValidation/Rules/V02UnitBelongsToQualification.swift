import ECVETModel

/// V02: a unit names the qualifications it belongs to (through their structures); a
/// qualification must not name a unit the catalogue does not have.
struct UnitBelongsToQualification: CatalogueRule {
    let id = DiagnosticID("V02", "unit-belongs-to-qualification", .warning)
    let summary = "A unit belongs to at least one qualification; every unit a qualification names exists."
    let source = "ECVET Recommendation 2009, Annex II §1: 'generic title of the qualification(s) to which the unit relates, where applicable'"
    let hint = "link the unit from a qualification's structure, or remove it"
    var severities: [Severity] { [.warning, .error] }

    func check(_ context: ValidationContext, into findings: inout Findings) {
        for unit in context.catalogue.units where context.qualifications(linkingUnit: unit.id).isEmpty {
            findings.append(finding("\(Naming.unit(unit)) belongs to no qualification of the catalogue",
                                    at: unit.location, entity: unit.id))
        }
        for (index, qualification) in context.catalogue.qualifications.enumerated() {
            for link in context.unitLinks(ofQualificationAt: index) where context.unitsByID[link.unit.id] == nil {
                findings.append(finding(
                    "\(Naming.qualification(qualification)) names unit \"\(link.unit.id)\", which is not in the catalogue",
                    at: link.unit.location, severity: .error, entity: qualification.id,
                    hint: "add unit \"\(link.unit.id)\" to the units, or correct the id"))
            }
        }
    }
}

import ECVETModel

/// V06: how a unit is assessed is described.
struct AssessmentDescribed: CatalogueRule {
    let id = DiagnosticID("V06", "assessment-described", .warning)
    let summary = "A unit describes its assessment: procedures, or at least one criterion (its own, its parts' or its outcomes'), with text once trimmed and stripped of HTML."
    let source = "ECVET Recommendation 2009, Annex II §1 ('procedures and criteria for assessment of these learning outcomes')"
    let hint = "add \"assessment\": {\"procedures\": {…}, \"criteria\": […]}"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let outcomes = context.catalogue.learningOutcomes
        let units = context.catalogue.units
        for index in units.indices {
            let unit = units[index]
            func described(_ assessment: Assessment?) -> Bool {
                guard let assessment else { return false }
                return assessment.procedures.hasText || assessment.criteria.contains(where: \.hasText)
            }
            if described(unit.assessment) || unit.parts.contains(where: { described($0.assessment) }) { continue }
            let outcomeCriteria = context.outcomes(ofUnitAt: index).contains { named in
                named.map { outcomes[$0].assessmentCriteria.contains(where: \.hasText) } ?? false
            }
            if !outcomeCriteria {
                findings.append(finding("\(Naming.unit(unit)) does not say how it is assessed", at: unit.location, entity: unit.id))
            }
        }
    }
}

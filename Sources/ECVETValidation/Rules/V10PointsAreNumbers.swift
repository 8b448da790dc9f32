import ECVETModel

/// V10: points are non-negative decimal numbers.
struct PointsAreNumbers: CatalogueRule {
    let id = DiagnosticID("V10", "points-are-numbers", .error)
    let summary = "Points are decimal numbers (\"7,5\" is read as 7.5), never negative; a warning on 0."
    let source = "ECVET Recommendation 2009, Annex I (ECVET points: a numerical representation); Europass LOQ XSD: creditPoint/point is xs:string"
    let hint = "write points as a number such as 15 or 7.5"
    var severities: [Severity] { [.error, .warning] }

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let catalogue = context.catalogue
        for item in PointValues.all(in: catalogue) {
            guard let value = item.points.value else {
                findings.append(finding("\(item.noun) \"\(item.points.written)\" of \(item.owner.name(in: catalogue)) are not a number", at: item.location, entity: item.entity))
                continue
            }
            if value < 0 {
                findings.append(finding("\(item.noun) \(item.points.canonical) of \(item.owner.name(in: catalogue)) are negative", at: item.location, entity: item.entity))
            } else if value == 0 {
                findings.append(finding("\(item.noun) of \(item.owner.name(in: catalogue)) are 0", at: item.location, severity: .warning, entity: item.entity,
                                        hint: "give the real points, or leave them out"))
            }
        }
    }
}

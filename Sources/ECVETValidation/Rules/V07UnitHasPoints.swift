import ECVETModel

/// V07: a unit carries ECVET points.
struct UnitHasPoints: CatalogueRule {
    let id = DiagnosticID("V07", "unit-has-points", .warning)
    let summary = "A unit carries points, its own or on every link to it; an error when a qualification that has points links it without any."
    let source = "ECVET Recommendation 2009, Annex II §1 ('ECVET points associated with the unit'); Annex II §3 (points allocated to the qualification, then to its units)"
    let hint = "give the unit \"credits\", or give points on its links in the structures"
    var severities: [Severity] { [.warning, .error] }

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let qualifications = context.catalogue.qualifications
        var withoutPoints: [Int: Bool] = [:]
        for unit in context.catalogue.units where unit.credits?.amount == nil {
            let linking = context.qualifications(linkingUnit: unit.id)
            let links = linking.flatMap { context.unitLinks(ofQualificationAt: $0).filter { $0.unit.id == unit.id } }
            if !links.isEmpty && links.allSatisfy({ $0.points != nil }) { continue }
            // A qualification with no points anywhere is one finding of V15, not one per unit.
            let noPoints = { (index: Int) -> Bool in
                if let known = withoutPoints[index] { return known }
                let found = QualificationWithoutPoints.hasNoPoints(index, context)
                withoutPoints[index] = found
                return found
            }
            if !linking.isEmpty && linking.allSatisfy(noPoints) {
                continue
            }
            if let total = linking.first(where: { qualifications[$0].credits?.amount != nil }) {
                findings.append(finding(
                    "\(Naming.unit(unit)) has no points, but \(Naming.qualification(qualifications[total])) that it belongs to has",
                    at: unit.location, severity: .error, entity: unit.id))
            } else {
                findings.append(finding("\(Naming.unit(unit)) has no points", at: unit.location, entity: unit.id))
            }
        }
    }
}

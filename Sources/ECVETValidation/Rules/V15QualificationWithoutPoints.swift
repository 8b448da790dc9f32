import ECVETModel

/// V15: a qualification with units but no points anywhere is ECVET-incomplete.
struct QualificationWithoutPoints: CatalogueRule {
    let id = DiagnosticID("V15", "qualification-without-points", .warning)
    let summary = "A qualification with units but no points at all (neither its total nor any unit's) is ECVET-incomplete."
    let source = "ECVET Recommendation 2009, Annex II §1 and §3 (points are part of the unit and qualification specification); e.g. FI näyttötutkinto 2008, NL werkprocessen"
    let hint = "allocate points to the qualification and its units, or validate with --profile eqf, where points are voluntary"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let qualifications = context.catalogue.qualifications
        for index in qualifications.indices where Self.hasNoPoints(index, context) {
            findings.append(finding("\(Naming.qualification(qualifications[index])) has \(context.unitLinks(ofQualificationAt: index).count) units but no points at all",
                                    at: qualifications[index].location, entity: qualifications[index].id))
        }
    }

    /// Units, and no points on the qualification (by its index), its links or its units.
    static func hasNoPoints(_ index: Int, _ context: ValidationContext) -> Bool {
        let links = context.unitLinks(ofQualificationAt: index)
        return context.catalogue.qualifications[index].credits?.amount == nil && !links.isEmpty
            && links.allSatisfy { context.points(of: $0) == nil }
    }
}

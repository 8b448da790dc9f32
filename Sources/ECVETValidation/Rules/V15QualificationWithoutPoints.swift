import ECVETModel

/// V15: a qualification with units but no points anywhere is ECVET-incomplete.
struct QualificationWithoutPoints: Rule {
    let id = DiagnosticID("V15", "qualification-without-points", .warning)
    let summary = "A qualification with units but no points at all (neither its total nor any unit's) is ECVET-incomplete."
    let source = "ECVET Recommendation 2009, Annex II §1 and §3 (points are part of the unit and qualification specification); e.g. FI näyttötutkinto 2008, NL werkprocessen"
    let hint = "allocate points to the qualification and its units, or validate with --profile eqf, where points are voluntary"

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.catalogue.qualifications.compactMap { qualification in
            guard Self.hasNoPoints(qualification, context) else { return nil }
            return finding("\(Naming.qualification(qualification)) has \(qualification.unitLinks.count) units but no points at all",
                           at: qualification.location, entity: qualification.id)
        }
    }

    /// Units, and no points on the qualification, its links or its units.
    static func hasNoPoints(_ qualification: Qualification, _ context: ValidationContext) -> Bool {
        let links = qualification.unitLinks
        return !links.isEmpty && qualification.credits == nil && links.allSatisfy { context.points(of: $0) == nil }
    }
}

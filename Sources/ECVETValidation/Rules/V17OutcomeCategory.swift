import ECVETModel

/// V17: a typed learning outcome uses the EQF triad.
struct OutcomeCategory: CatalogueRule {
    let id = DiagnosticID("V17", "outcome-category", .warning)
    let summary = "A learning outcome's category, when given, is knowledge, skills or responsibility-and-autonomy (the legacy 'competence' maps to responsibility-and-autonomy)."
    let source = "EQF Recommendation 2017, Annex I (definitions) and Annex II (descriptor columns); Europass skill-type vocabulary"
    let hint = "use knowledge, skills or responsibility-and-autonomy"
    var severities: [Severity] { [.warning, .note] }

    func check(_ context: ValidationContext, into findings: inout Findings) {
        // Only the written name is read, and the canonical names of the EQF domains are nearly
        // all of them: the category (its location too) is copied only for the others.
        let outcomes = context.catalogue.learningOutcomes
        for index in outcomes.indices {
            guard let written = outcomes[index].category?.written else { continue }
            if let kind = LearningOutcomeCategory.Kind(rawValue: written), kind != .competence { continue }
            let category = outcomes[index].category!
            switch category.kind {
            case .knowledge?, .skills?, .responsibilityAndAutonomy?:
                continue
            case .competence?:
                // Catalogues written to the EQF of 2008 say it of every outcome: past the limit
                // these are counted, not written out.
                findings.append(severity: .note, finding("learning outcome \"\(outcomes[index].id)\" uses \"\(category.written)\", read as responsibility-and-autonomy",
                                        at: category.location, severity: .note, entity: outcomes[index].id,
                                        hint: "competence is the EQF 2008 word for what the EQF of 2017 calls responsibility and autonomy; write responsibility-and-autonomy"))
            case nil:
                findings.append(severity: id.defaultSeverity, finding("category \"\(category.written)\" of learning outcome \"\(outcomes[index].id)\" is not an EQF domain",
                                        at: category.location, entity: outcomes[index].id))
            }
        }
    }
}

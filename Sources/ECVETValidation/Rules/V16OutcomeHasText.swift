import ECVETModel

/// V16: a learning-outcome statement is non-empty text.
struct OutcomeHasText: StatementRule {
    let id = DiagnosticID("V16", "outcome-has-text", .error)
    let summary = "A learning outcome states something: no language's text is empty after trimming and removing HTML (<p>, escaped &lt;h1&gt;)."
    let source = "ECVET Recommendation 2009, Annex I(b) (definition of learning outcomes)"
    let hint = "write the statement, or remove the empty language"

    func check(_ context: ValidationContext, statements: StatementFacts, into findings: inout Findings) {
        let outcomes = context.catalogue.learningOutcomes
        // Fields are read through the array, so no outcome is copied whole, and the texts only
        // for a finding.
        for index in outcomes.indices {
            let range = statements.statements(ofOutcome: index)
            if range.isEmpty {
                findings.append(finding("learning outcome \"\(outcomes[index].id)\" has no statement",
                                        at: outcomes[index].location, entity: outcomes[index].id))
                continue
            }
            for statement in range where statements.blank[statement] {
                let entry = outcomes[index].text.entries[statement - range.lowerBound]
                findings.append(finding("the \(entry.language) statement of learning outcome \"\(outcomes[index].id)\" is empty",
                                        at: outcomes[index].text.location(of: entry.language, key: "text", in: outcomes[index].location),
                                        entity: outcomes[index].id))
            }
        }
    }
}

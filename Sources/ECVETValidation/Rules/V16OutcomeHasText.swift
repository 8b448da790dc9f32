import ECVETModel

/// V16: a learning-outcome statement is non-empty text.
struct OutcomeHasText: Rule {
    let id = DiagnosticID("V16", "outcome-has-text", .error)
    let summary = "A learning outcome states something: no language's text is empty after trimming and removing HTML (<p>, escaped &lt;h1&gt;)."
    let source = "ECVET Recommendation 2009, Annex I(b) (definition of learning outcomes)"
    let hint = "write the statement, or remove the empty language"

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let outcomes = context.catalogue.learningOutcomes
        // Fields are read through the array, so no outcome is copied whole.
        for index in outcomes.indices {
            if outcomes[index].text.isEmpty {
                findings.append(finding("learning outcome \"\(outcomes[index].id)\" has no statement",
                                        at: outcomes[index].location, entity: outcomes[index].id))
                continue
            }
            for (entry, statement) in zip(outcomes[index].text.entries, context.statements.statements(ofOutcome: index))
            where context.statements.blank[statement] {
                findings.append(finding("the \(entry.language) statement of learning outcome \"\(outcomes[index].id)\" is empty",
                                        at: outcomes[index].location, entity: outcomes[index].id))
            }
        }
        return findings
    }
}

import ECVETModel

/// V16: a learning-outcome statement is non-empty text.
struct OutcomeHasText: Rule {
    let id = DiagnosticID("V16", "outcome-has-text", .error)
    let summary = "A learning outcome states something: no language's text is empty after trimming and removing HTML (<p>, escaped &lt;h1&gt;)."
    let source = "ECVET Recommendation 2009, Annex I(b) (definition of learning outcomes)"
    let hint = "write the statement, or remove the empty language"

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for outcome in context.catalogue.learningOutcomes {
            if outcome.text.isEmpty {
                findings.append(finding("learning outcome \"\(outcome.id)\" has no statement", at: outcome.location, entity: outcome.id))
                continue
            }
            for entry in outcome.text.entries where PlainText.from(html: entry.text).isEmpty {
                findings.append(finding("the \(entry.language) statement of learning outcome \"\(outcome.id)\" is empty",
                                        at: outcome.location, entity: outcome.id))
            }
        }
        return findings
    }
}

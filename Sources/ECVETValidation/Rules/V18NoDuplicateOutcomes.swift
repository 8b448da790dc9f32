import ECVETModel
import ECVETBytes

/// V18: a unit does not state the same outcome twice.
struct NoDuplicateOutcomes: StatementRule {
    let id = DiagnosticID("V18", "no-duplicate-outcomes", .warning)
    let summary = "A unit does not hold the same statement twice in a language (case and white space ignored)."
    let source = "ECVET Recommendation 2009, Annex II §1 (units described in legible, understandable terms); a heuristic"
    let hint = "remove the repeated statement, or say what differs"

    func check(_ context: ValidationContext, statements: StatementFacts, into findings: inout Findings) {
        let outcomes = context.catalogue.learningOutcomes
        // Each statement is fingerprinted once (in the context), however many units and parts
        // name its outcome.
        let units = context.catalogue.units
        var seen: [UInt64: (outcome: Int, entry: Int)] = [:]
        for unitIndex in units.indices {
            seen.removeAll(keepingCapacity: true)
            var reported = Set<String>()
            var references: [Reference]?
            for (referenceIndex, named) in context.outcomes(ofUnitAt: unitIndex).enumerated() {
                guard let index = named else { continue }
                for (position, key) in statements.prints[statements.statements(ofOutcome: index)].enumerated() {
                    guard let first = seen[key] else {
                        seen[key] = (index, position)
                        continue
                    }
                    let outcomeID = outcomes[index].id
                    guard outcomes[first.outcome].id != outcomeID else { continue }
                    // A fingerprint match is confirmed on the plain texts themselves.
                    let earlier = outcomes[first.outcome].text.entries[first.entry].text
                    let entry = outcomes[index].text.entries[position]
                    guard PlainText.from(html: earlier).lowercased() == PlainText.from(html: entry.text).lowercased() else {
                        continue
                    }
                    if reported.insert(outcomeID).inserted {
                        references = references ?? context.outcomeReferences(of: units[unitIndex])
                        findings.append(finding(
                            "\(Naming.unit(units[unitIndex])) states the same \(entry.language) outcome twice: \"\(outcomes[first.outcome].id)\" and \"\(outcomeID)\"",
                            at: references![referenceIndex].location, entity: units[unitIndex].id))
                    }
                }
            }
        }
    }
}

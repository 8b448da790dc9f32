import ECVETModel

/// V18: a unit does not state the same outcome twice.
struct NoDuplicateOutcomes: Rule {
    let id = DiagnosticID("V18", "no-duplicate-outcomes", .warning)
    let summary = "A unit does not hold the same statement twice in a language (case and white space ignored)."
    let source = "ECVET Recommendation 2009, Annex II §1 (units described in legible, understandable terms); a heuristic"
    let hint = "remove the repeated statement, or say what differs"

    /// Lower-cased for comparison; ASCII text without Unicode case tables.
    static func folded(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for unit in context.catalogue.units {
            var seen: [String: String] = [:]
            var reported = Set<String>()
            for reference in context.outcomeReferences(of: unit) {
                guard let outcome = context.outcome(reference.id) else { continue }
                for entry in outcome.text.entries {
                    let key = entry.language + "\u{0}" + Self.folded(PlainText.from(html: entry.text))
                    if let first = seen[key], first != outcome.id {
                        if reported.insert(outcome.id).inserted {
                            findings.append(finding(
                                "\(Naming.unit(unit)) states the same \(entry.language) outcome twice: \"\(first)\" and \"\(outcome.id)\"",
                                at: reference.location, entity: unit.id))
                        }
                    } else {
                        seen[key] = outcome.id
                    }
                }
            }
        }
        return findings
    }
}

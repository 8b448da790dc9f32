import ECVETKit

/// How many findings each check reported, by severity: the table that ends a text report, so
/// that thousands of findings are seen at a glance.
struct RuleCounts {
    private var counts: [DiagnosticID: [Severity: Int]] = [:]

    mutating func add(_ id: DiagnosticID, _ severity: Severity, _ count: Int) {
        counts[id, default: [:]][severity, default: 0] += count
    }

    /// `findings by check:` and a line per check, the checks in id order; empty without findings.
    var table: String {
        guard !counts.isEmpty else { return "" }
        let ids = counts.keys.sorted()
        let width = ids.map { "\($0.id) \($0.name)".count }.max() ?? 0
        var text = "findings by check:\n"
        for id in ids {
            let label = "\(id.id) \(id.name)"
            let parts = Severity.allCases.reversed().compactMap { severity in
                counts[id]?[severity].map { counted($0, severity.rawValue) }
            }
            text += "  " + label + String(repeating: " ", count: width - label.count + 2) + parts.joined(separator: ", ") + "\n"
        }
        return text
    }
}

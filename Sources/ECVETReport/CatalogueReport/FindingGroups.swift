import ECVETModel

/// Findings grouped by rule, in the order of rule ids, each group's findings in output order
/// (file, line, column), with the counts of each severity.
struct FindingGroups {
    struct Group {
        var id: DiagnosticID
        var errors = 0
        var warnings = 0
        var notes = 0
        /// The findings the page shows.
        var shown: [Diagnostic] = []
        /// Counted summaries of findings the checks did not keep (past 1,000 of a rule in a
        /// file), each standing for `findingCount` findings.
        var summaries: [Diagnostic] = []
        /// How many findings the page leaves out for its own limit.
        var capped: Int { total - shown.count - summaries.reduce(0) { $0 + $1.findingCount } }
        /// How many findings the group stands for (a counted summary stands for many).
        var total: Int { errors + warnings + notes }
    }

    private(set) var groups: [Group] = []

    /// Groups `findings`, keeping at most `limit` of each rule to show.
    init(_ findings: [Diagnostic], limit: Int) {
        var byRule: [String: Group] = [:]
        for finding in Diagnostic.sortedForOutput(findings) {
            var group = byRule[finding.id.id] ?? Group(id: finding.id)
            switch finding.severity {
            case .error: group.errors += finding.findingCount
            case .warning: group.warnings += finding.findingCount
            case .note: group.notes += finding.findingCount
            }
            if finding.findingCount != 1 {
                group.summaries.append(finding)
            } else if group.shown.count < limit {
                group.shown.append(finding)
            }
            byRule[finding.id.id] = group
        }
        groups = byRule.values.sorted { $0.id < $1.id }
    }

    /// Counts of every severity over all groups.
    var totals: (errors: Int, warnings: Int, notes: Int) {
        groups.reduce((0, 0, 0)) { ($0.0 + $1.errors, $0.1 + $1.warnings, $0.2 + $1.notes) }
    }
}

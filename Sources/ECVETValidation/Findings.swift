import ECVETModel

/// The findings of one rule about one catalogue, kept up to `limit`; past it they are only
/// counted by severity, and `diagnostics(summarisingAt:)` sums them up in one finding each.
///
/// A rule appends findings as it finds them, and a finding past the limit is never made (its
/// message is not even written): a catalogue of half a million faulty qualifications costs a
/// thousand findings per rule, not gigabytes.
package struct Findings: Sendable {
    /// How many findings of a rule are kept for one catalogue.
    package static let limit = 1000

    package private(set) var kept: [Diagnostic] = []
    /// The first finding left out, made for the summary, and how many were left out per severity.
    private var firstLeftOut: Diagnostic?
    private var leftOut: [Severity: Int] = [:]
    private let limit: Int
    /// The severity a finding of each severity is reported with (the profile's and the
    /// configuration's), `nil` for one that is not reported.
    private let reported: @Sendable (Severity) -> Severity?
    /// The one severity every finding has, when the rule's cases share one: a finding past the
    /// limit is then counted without being made.
    private let onlySeverity: Severity?

    /// Findings of a rule whose cases have `severities`, reported as `reported` says.
    package init(limit: Int = Findings.limit, severities: [Severity] = [],
                 reported: @escaping @Sendable (Severity) -> Severity? = { $0 }) {
        self.limit = limit
        self.reported = reported
        onlySeverity = Set(severities).count == 1 ? severities[0] : nil
    }

    /// Adds the finding `make` makes, if there is room; else counts it.
    package mutating func append(_ make: @autoclosure () -> Diagnostic) {
        if kept.count >= limit, firstLeftOut != nil, let only = onlySeverity {
            if let severity = reported(only) { leftOut[severity, default: 0] += 1 }
            return
        }
        var finding = make()
        guard let severity = reported(finding.severity) else { return }
        finding.severity = severity
        if kept.count < limit {
            kept.append(finding)
            return
        }
        if firstLeftOut == nil { firstLeftOut = finding }
        leftOut[severity, default: 0] += 1
    }

    /// Adds the finding `make` makes, whose case has `severity`: past the limit it is counted
    /// without being made, whatever the rule's other cases.
    package mutating func append(severity: Severity, _ make: @autoclosure () -> Diagnostic) {
        if kept.count >= limit, firstLeftOut != nil {
            if let reported = reported(severity) { leftOut[reported, default: 0] += 1 }
            return
        }
        append(make())
    }

    /// Adds findings made together (a rule's part that reports few).
    package mutating func append(contentsOf findings: [Diagnostic]) {
        for finding in findings { append(finding) }
    }

    /// How many findings were reported, kept or not.
    package var count: Int { kept.count + leftOut.values.reduce(0, +) }

    /// The findings kept, then one summary per severity of those left out
    /// (`… and 499,000 more, from cat.json:1204:7 on: …`), which stands for all of them.
    package var diagnostics: [Diagnostic] {
        guard let first = firstLeftOut else { return kept }
        var all = kept
        for severity in Severity.allCases.reversed() {
            guard let number = leftOut[severity], number > 0 else { continue }
            var summary = first
            summary.severity = severity
            summary.message = "… and \(GroupedNumber(number)) more \(first.id.id) \(first.id.name) findings, from \(first.location.map { "\($0)" } ?? "here") on: \(first.message)"
            summary.location = first.location.map { SourceLocation(file: $0.file) }
            summary.hint = "only the first \(limit) findings of a rule are kept for each file"
            summary.entityID = nil
            summary.findingCount = number
            all.append(summary)
        }
        return all
    }
}

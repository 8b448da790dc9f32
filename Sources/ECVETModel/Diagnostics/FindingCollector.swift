/// Findings as a reader collects them, each kind of finding (its id and message) kept at most
/// `limit` times; the rest are only counted and summarised at the end (`… and 499,990 more`), so
/// that a file repeating one typo half a million times costs a few findings, not gigabytes.
package struct FindingCollector: Sendable {
    /// How often one finding is kept before it is only counted.
    package static let limit = 100

    private var kept: [Diagnostic] = []
    private var seen: [String: Int] = [:]
    private var firstLeftOut: [String: Diagnostic] = [:]
    private var order: [String] = []

    package init() {}

    package var isEmpty: Bool { kept.isEmpty }

    package mutating func append(_ diagnostic: Diagnostic) {
        let key = diagnostic.id.id + "\u{0}" + diagnostic.message
        let count = (seen[key] ?? 0) + 1
        seen[key] = count
        if count <= Self.limit {
            kept.append(diagnostic)
        } else if count == Self.limit + 1 {
            firstLeftOut[key] = diagnostic
            order.append(key)
        }
    }

    /// The findings kept, then a summary of each finding left out.
    package var findings: [Diagnostic] {
        kept + order.compactMap { key in
            guard let first = firstLeftOut[key], let count = seen[key] else { return nil }
            var summary = first
            summary.message = "… and \(GroupedNumber(count - Self.limit)) more, from \(first.location.map { "\($0)" } ?? "here") on: \(first.message)"
            summary.location = first.location.map { SourceLocation(file: $0.file) }
            summary.hint = nil
            summary.findingCount = count - Self.limit
            return summary
        }
    }
}

import ECVETKit

/// A mapping's coverage as `ecvet inspect` prints it: each entry with the records its `at:`
/// selected, each field with the records it found a value in; a field that found nothing, or an
/// entry that selected nothing, is marked, since that is where a mapping is wrong.
enum MappingCoverageText {
    static func lines(_ coverage: MappingCoverage) -> [String] {
        var lines = ["  mapping            records per entry, and for each field the records it found a value in"]
        for entry in coverage.entries {
            let depth = entry.name.components(separatedBy: " › ").count - 1
            let indent = String(repeating: "  ", count: depth + 2)
            let selected = counted(entry.records, "record") + (entry.searchedIn.map { ", looked for in \($0)" } ?? "")
            let at = entry.at.isEmpty ? "" : "  at: \(entry.at)"
            let mark = entry.records == 0 ? "  ← selects nothing" : ""
            lines.append("\(indent)\(entry.name.components(separatedBy: " › ").last!) (line \(entry.line ?? 0)): \(selected)\(at)\(mark)")
            for field in entry.fields {
                let values = field.values > field.found ? " (\(field.values) values)" : ""
                let mark = field.read > 0 && field.found == 0 ? "  ← found nothing" : ""
                lines.append("\(indent)  \(field.name): \(field.found) of \(field.read)\(values)\(mark)")
            }
        }
        if !coverage.trace.isEmpty {
            lines.append("  trace")
            for traced in coverage.trace {
                let values = traced.values.isEmpty ? "nothing" : traced.values.map { "\"\($0.text)\" (\($0.location))" }.joined(separator: ", ")
                lines.append("    \(traced.field) ← \(traced.paths): \(values)")
            }
        }
        return lines
    }
}

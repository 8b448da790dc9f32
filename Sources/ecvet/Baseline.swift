import ECVETKit
import Foundation

/// Findings accepted earlier (`--write-baseline`), so that `--baseline` reports only new ones:
/// how a team adopts the checks on an existing catalogue. A finding is known by its rule, file,
/// entity path and message, not its line, so edits elsewhere in the file do not revive it.
struct Baseline: Codable {
    struct Entry: Codable, Hashable {
        let id: String
        let file: String
        let path: String
        let message: String
    }

    var version = 1
    var findings: [Entry]

    init(_ diagnostics: [Diagnostic]) {
        findings = Diagnostic.sortedForOutput(diagnostics).map(Self.entry)
    }

    static func entry(_ diagnostic: Diagnostic) -> Entry {
        Entry(id: diagnostic.id.id, file: diagnostic.location?.file ?? "", path: diagnostic.location?.path ?? "",
              message: diagnostic.message)
    }

    static func load(_ path: String) throws -> Baseline {
        try JSONDecoder().decode(Baseline.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The diagnostics the baseline does not hold.
    func filter(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let known = Set(findings)
        return diagnostics.filter { !known.contains(Self.entry($0)) }
    }

    func encoded() throws -> Data {
        try ReportEncoding.json(self)
    }
}

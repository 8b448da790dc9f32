import ECVETKit
import Foundation

/// The findings as SARIF 2.1.0, which GitHub code scanning and other CI tools ingest: every
/// check as a rule with its help text, every finding as a result with its place.
struct SARIFReport {
    let diagnostics: [Diagnostic]
    let version: String

    func encoded() throws -> Data {
        var rules: [[String: Any]] = []
        var ruleIndex: [String: Int] = [:]
        func add(_ id: DiagnosticID, summary: String, help: String) {
            guard ruleIndex[id.id] == nil else { return }
            ruleIndex[id.id] = rules.count
            rules.append([
                "id": id.id,
                "name": id.name,
                "shortDescription": ["text": summary],
                "fullDescription": ["text": summary],
                "help": ["text": help],
                "defaultConfiguration": ["level": Self.level(id.defaultSeverity)],
            ])
        }
        for rule in RuleCatalog.all {
            add(rule.id, summary: rule.summary, help: "\(rule.summary) Source: \(rule.source). Fix: \(rule.hint).")
        }
        for diagnostic in diagnostics {
            add(diagnostic.id, summary: diagnostic.id.name, help: diagnostic.hint ?? diagnostic.id.name)
        }
        let results: [[String: Any]] = Diagnostic.sortedForOutput(diagnostics).map { diagnostic in
            var result: [String: Any] = [
                "ruleId": diagnostic.id.id,
                "ruleIndex": ruleIndex[diagnostic.id.id] ?? 0,
                "level": Self.level(diagnostic.severity),
                "message": ["text": diagnostic.message + (diagnostic.hint.map { " (\($0))" } ?? "")],
            ]
            if let location = diagnostic.location, !location.file.isEmpty {
                var region: [String: Any] = [:]
                if let line = location.line { region["startLine"] = line }
                if let column = location.column { region["startColumn"] = column }
                var physical: [String: Any] = ["artifactLocation": ["uri": Self.uri(location.file)]]
                if !region.isEmpty { physical["region"] = region }
                var place: [String: Any] = ["physicalLocation": physical]
                if !location.path.isEmpty {
                    place["logicalLocations"] = [["fullyQualifiedName": location.path, "kind": "object"]]
                }
                result["locations"] = [place]
            }
            if let entity = diagnostic.entityID { result["properties"] = ["entity": entity] }
            return result
        }
        let document: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "ecvet", "version": version, "semanticVersion": version, "rules": rules]],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ]],
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            + Data("\n".utf8)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative path stays relative (to the repository root, as code scanning expects).
    static func uri(_ file: String) -> String {
        file.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }
            .joined(separator: "/")
    }
}

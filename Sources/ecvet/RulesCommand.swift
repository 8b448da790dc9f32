import ArgumentParser
import ECVETKit
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the checks, or explain one (ecvet rules V12)."
    )

    @Argument(help: "A rule id such as V12.")
    var id: String?

    func run() throws {
        if let id {
            guard let rule = RuleCatalog.rule(id) else {
                throw ValidationError("there is no rule \(id); `ecvet rules` lists them")
            }
            var lines = ["\(rule.id.id) \(rule.id.name)", "", rule.summary, ""]
            if let explanation = rule.explanation { lines += [explanation, ""] }
            lines += ["Source: \(rule.source)", "Fix: \(rule.hint)", ""]
            lines.append("Severity by profile:")
            for profile in Profile.allCases {
                let severities = profile.severities(of: rule).map(\.rawValue)
                lines.append("  \(profile.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(severities.isEmpty ? "off" : severities.joined(separator: ", "))")
            }
            lines.append("")
            lines.append("Switch it off or re-grade it with --rule \(rule.id.id)=off|note|warning|error, or in .ecvet.yaml:")
            lines.append("  rules:")
            lines.append("    \(rule.id.id): off")
            try StandardOutput.write(lines.joined(separator: "\n"))
            return
        }
        let cells = RuleCatalog.all.map { rule in
            Profile.allCases.map { profile -> String in
                let severities = profile.severities(of: rule).map(\.rawValue)
                return severities.isEmpty ? "off" : severities.joined(separator: "/")
            }
        }
        // Each profile's column as wide as its widest entry, and two spaces.
        let width = max(16, (cells.flatMap { $0 }.map(\.count).max() ?? 0) + 2)
        var lines = ["ID   NAME                            " + Profile.allCases.map { $0.rawValue.uppercased() }
            .map { $0.padding(toLength: width, withPad: " ", startingAt: 0) }.joined().trimmingCharacters(in: .whitespaces)]
        for (rule, columns) in zip(RuleCatalog.all, cells) {
            lines.append(rule.id.id.padding(toLength: 5, withPad: " ", startingAt: 0)
                         + rule.id.name.padding(toLength: 32, withPad: " ", startingAt: 0)
                         + columns.map { $0.padding(toLength: width, withPad: " ", startingAt: 0) }.joined()
                            .trimmingCharacters(in: .whitespaces))
        }
        lines.append("")
        lines.append("`ecvet rules ID` explains a rule. Reader findings: S01–S16; schemas and Europass: X01–X02; mappings: M01–M17; input and output: IO01–IO02.")
        try StandardOutput.write(lines.joined(separator: "\n"))
    }
}

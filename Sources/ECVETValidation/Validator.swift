import ECVETModel
import Foundation
import ECVETBytes

/// Runs the rules of a profile over a catalogue and adjusts the findings' severities by profile
/// and configuration.
package struct Validator: Sendable {
    /// The rules to run and their severities.
    package var profile: Profile
    /// Settings of the checks: the day, tolerances.
    package var settings: ValidationSettings
    /// Per rule id: a severity to use instead, or `nil` to switch the rule off.
    package var overrides: [String: Severity?]

    package init(profile: Profile = .ecvet, settings: ValidationSettings = ValidationSettings(),
                overrides: [String: Severity?] = [:]) {
        self.profile = profile
        self.settings = settings
        self.overrides = overrides
    }

    /// The findings about `catalogue`, sorted; the rules run in parallel.
    package func validate(_ catalogue: Catalogue) async -> [Diagnostic] {
        let catalogueRules = RuleCatalog.catalogueRules.filter(runs)
        let statementRules = RuleCatalog.statementRules.filter(runs)
        let found = await withTaskGroup(of: Work.self) { group in
            // The statements are looked at on every core while the other rules run.
            if !statementRules.isEmpty {
                let slices = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)
                group.addTask { .statements(await StatementFacts.of(catalogue.learningOutcomes, slices: slices)) }
            }
            let context = ValidationContext(catalogue: catalogue, profile: profile, settings: settings)
            for rule in catalogueRules {
                group.addTask { .findings(adjusted(rule.check(context), of: rule)) }
            }
            var parts: [[Diagnostic]] = []
            for await work in group {
                switch work {
                case .findings(let findings):
                    parts.append(findings)
                case .statements(let statements):
                    for rule in statementRules {
                        group.addTask { .findings(adjusted(rule.check(context, statements: statements), of: rule)) }
                    }
                }
            }
            LateRelease.onOwnThread(context)
            // One rule often reports nearly all findings.
            return Diagnostic.joined(consume parts)
        }
        return Diagnostic.sortedForOutput(consume found)
    }

    /// What a task of `validate` delivers.
    private enum Work: Sendable {
        case findings([Diagnostic])
        case statements(StatementFacts)
    }

    private func adjusted(_ findings: consuming [Diagnostic], of rule: any Rule) -> [Diagnostic] {
        var findings = findings
        adjust(&findings, of: rule.id.id)
        return findings
    }

    /// Whether any finding of `rule` can be reported: rules switched off, or whose findings
    /// the profile drops whatever their severity, are not run at all.
    private func runs(_ rule: any Rule) -> Bool {
        if let override = overrides[rule.id.id], override == nil { return false }
        return rule.severities.contains { profile.adjust($0, of: rule.id.id) != nil }
    }

    /// Gives the findings of rule `id` the profile's and the configuration's severities, in
    /// place: a rule may report tens of thousands.
    private func adjust(_ findings: inout [Diagnostic], of id: String) {
        findings.removeAll { profile.adjust($0.severity, of: id) == nil }
        let override = overrides[id] ?? nil
        for index in findings.indices {
            if let severity = override ?? profile.adjust(findings[index].severity, of: id) {
                findings[index].severity = severity
            }
        }
    }
}

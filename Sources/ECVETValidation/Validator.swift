import ECVETModel
import Foundation
import ECVETBytes

/// Runs the rules of a profile over a catalogue and adjusts the findings' severities by profile
/// and configuration.
public struct Validator: Sendable {
    public var profile: Profile
    public var settings: ValidationSettings
    /// Per rule id: a severity to use instead, or `nil` to switch the rule off.
    public var overrides: [String: Severity?]

    public init(profile: Profile = .ecvet, settings: ValidationSettings = ValidationSettings(),
                overrides: [String: Severity?] = [:]) {
        self.profile = profile
        self.settings = settings
        self.overrides = overrides
    }

    /// The findings about `catalogue`, sorted; the rules run in parallel.
    public func validate(_ catalogue: Catalogue) async -> [Diagnostic] {
        let rules = RuleCatalog.all.filter(runs)
        let slices = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        let context = await ValidationContext.make(catalogue: catalogue, profile: profile, settings: settings,
                                                   slices: slices)
        let found = await withTaskGroup(of: [Diagnostic].self) { group in
            for rule in rules {
                group.addTask { check(rule, context) }
            }
            var parts: [[Diagnostic]] = []
            for await findings in group { parts.append(findings) }
            // One rule often reports nearly all findings.
            return Diagnostic.joined(consume parts)
        }
        LateRelease.onOwnThread(context)
        return Diagnostic.sortedForOutput(consume found)
    }

    private func check(_ rule: any Rule, _ context: ValidationContext) -> [Diagnostic] {
        var findings = rule.check(context)
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

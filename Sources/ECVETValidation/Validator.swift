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
                group.addTask {
                    var findings = findings(of: rule)
                    rule.check(context, into: &findings)
                    return .findings(findings.diagnostics)
                }
            }
            var parts: [[Diagnostic]] = []
            for await work in group {
                switch work {
                case .findings(let findings):
                    parts.append(findings)
                case .statements(let statements):
                    for rule in statementRules {
                        group.addTask {
                            var findings = findings(of: rule)
                            rule.check(context, statements: statements, into: &findings)
                            return .findings(findings.diagnostics)
                        }
                    }
                }
            }
            LateRelease.onOwnThread(context)
            // One rule often reports nearly all findings.
            return Diagnostic.joined(consume parts)
        }
        return Diagnostic.sortedForOutput(Self.oncePerFault(consume found))
    }

    /// The findings about each mobility document, in the order given, checked against each
    /// other and against the catalogues of `home`; documents are checked in parallel.
    package func validate(documents: [MobilityDocument], home: HomeCatalogues) async -> [[Diagnostic]] {
        let rules = RuleCatalog.documentRules.filter(runs)
        let context = MobilityContext(documents: documents, home: home, settings: settings)
        let slices = min(documents.count, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))
        guard slices > 0 else { return [] }
        let found = await withTaskGroup(of: (Int, [[Diagnostic]]).self) { group in
            for slice in 0..<slices {
                group.addTask {
                    let indexes = stride(from: slice, to: documents.count, by: slices)
                    return (slice, indexes.map { index in
                        var diagnostics: [Diagnostic] = []
                        for rule in rules {
                            var findings = findings(of: rule)
                            rule.check(documents[index], in: context, into: &findings)
                            diagnostics += findings.diagnostics
                        }
                        return Diagnostic.sortedForOutput(diagnostics)
                    })
                }
            }
            var bySlice: [[[Diagnostic]]] = Array(repeating: [], count: slices)
            for await (slice, part) in group { bySlice[slice] = part }
            return bySlice
        }
        return documents.indices.map { found[$0 % slices][$0 / slices] }
    }

    /// One fault, one finding: where two rules report the same thing at the same place (a
    /// structure naming a unit the catalogue lacks is V02's and V23's), the first rule's stays.
    private static func oncePerFault(_ findings: consuming [Diagnostic]) -> [Diagnostic] {
        let findings = findings
        let keys = findings.map { "\($0.location.map { "\($0)" } ?? "")\u{0}\($0.message)" }
        var first: [String: DiagnosticID] = [:]
        for (key, finding) in zip(keys, findings) where first[key].map({ finding.id < $0 }) ?? true {
            first[key] = finding.id
        }
        guard first.count < findings.count else { return findings }
        return zip(keys, findings).filter { first[$0.0] == $0.1.id }.map(\.1)
    }

    /// What a task of `validate` delivers.
    private enum Work: Sendable {
        case findings([Diagnostic])
        case statements(StatementFacts)
    }

    /// Where the findings of `rule` go: with the profile's and the configuration's severities,
    /// and a finding whose severity they take away dropped.
    private func findings(of rule: any Rule) -> Findings {
        let id = rule.id.id
        let override = overrides[id] ?? nil
        let profile = self.profile
        return Findings(severities: rule.severities) { severity in
            guard let adjusted = profile.adjust(severity, of: id) else { return nil }
            return override ?? adjusted
        }
    }

    /// Whether any finding of `rule` can be reported: rules switched off, or whose findings
    /// the profile drops whatever their severity, are not run at all.
    private func runs(_ rule: any Rule) -> Bool {
        if let override = overrides[rule.id.id], override == nil { return false }
        return rule.severities.contains { profile.adjust($0, of: rule.id.id) != nil }
    }
}

import ECVETModel

/// A rule profile: which rules run, and with what severity.
public enum Profile: String, Sendable, CaseIterable {
    /// The 2009 ECVET Recommendation: points are expected.
    case ecvet
    /// The EQF and the 2020 VET Recommendation: ECVET points are voluntary, so missing points
    /// are notes, not warnings or errors.
    case eqf
    /// What a Europass LOQ export needs: NQF level, ISCED-F, languages and learning outcomes are
    /// required (V04, V20, V27 and V28 as errors); credit points are not (V07 and V09 are
    /// warnings), as in the official `loq.xsd`.
    case europass

    /// What a profile does to one finding: its severity, or `nil` to drop it.
    public func adjust(_ diagnostic: Diagnostic) -> Diagnostic? {
        guard let severity = adjust(diagnostic.severity, of: diagnostic.id.id) else { return nil }
        var adjusted = diagnostic
        adjusted.severity = severity
        return adjusted
    }

    /// The severity a finding of rule `id` with `severity` has in this profile, or `nil` when
    /// the profile drops it.
    public func adjust(_ severity: Severity, of id: String) -> Severity? {
        switch (self, id) {
        case (.ecvet, "V27"), (.eqf, "V27"), (.ecvet, "V37"), (.eqf, "V37"):
            nil
        case (.eqf, "V07"), (.eqf, "V09"), (.eqf, "V11"), (.eqf, "V15"):
            .note
        case (.europass, "V04"), (.europass, "V28"):
            .error
        case (.europass, "V07"), (.europass, "V09"):
            // LOQ requires no credit points, on a unit or a qualification (loq.xsd).
            min(severity, .warning)
        case (.ecvet, "V28"), (.eqf, "V28"):
            .warning
        default:
            severity
        }
    }

    /// The severities a rule's findings can have in this profile, or `[]` when it does not run.
    public func severities(of rule: any Rule) -> [Severity] {
        let probes = rule.severities.compactMap { adjust($0, of: rule.id.id) }
        return Array(Set(probes)).sorted(by: >)
    }
}

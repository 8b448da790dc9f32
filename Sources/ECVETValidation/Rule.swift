import ECVETModel

/// One check of the catalogue: an ECVET, EQF or Europass rule.
///
/// A rule reads the catalogue and reports findings; it never changes it and never parses.
/// Findings carry the severity of their case; profiles and configuration may change or silence
/// them afterwards.
public protocol Rule: Sendable {
    /// The rule's id, short name and default severity.
    var id: DiagnosticID { get }
    /// What the rule checks, in a sentence.
    var summary: String { get }
    /// Why: the rule's source (Recommendation, Annex, schema).
    var source: String { get }
    /// How to fix a finding.
    var hint: String { get }
    /// The severities its findings can have (by case).
    var severities: [Severity] { get }
    /// How the rule works, with an example of each finding, when a sentence is not enough.
    var explanation: String? { get }
}

/// A rule that reads the catalogue through its context: it runs as soon as the indexes are ready.
protocol CatalogueRule: Rule {
    /// Reports the findings in `context` into `findings`.
    func check(_ context: ValidationContext, into findings: inout Findings)
}

/// A rule that reads the facts of the learning-outcome statements, which it is given: it runs
/// once they are worked out, while the other rules run. A rule cannot read the facts without
/// being one.
protocol StatementRule: Rule {
    /// Reports the findings in `context`, whose statements `statements` describes, into
    /// `findings`.
    func check(_ context: ValidationContext, statements: StatementFacts, into findings: inout Findings)
}

extension Rule {
    public var severities: [Severity] { [id.defaultSeverity] }

    public var explanation: String? { nil }

    /// A finding of this rule.
    func finding(_ message: String, at location: SourceLocation, severity: Severity? = nil,
                 entity: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(id, severity: severity, message, at: location, hint: hint ?? self.hint, entityID: entity)
    }
}

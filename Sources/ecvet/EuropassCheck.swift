import ECVETKit

/// What the europass profile finds in one catalogue before a Europass export, and what the
/// document will leave out: notes are left out, errors counted.
struct EuropassCheck: Sendable {
    let findings: [Diagnostic]
    let errors: Int
    /// What the document takes, for writing it.
    let plan: EuropassPlan?

    init(_ catalogue: Catalogue, configuration: Configuration, allowIncomplete: Bool) async {
        (findings, plan) = await ECVET.europassCheck(catalogue, as: .europassXML, configuration: configuration,
                                                     allowIncomplete: allowIncomplete)
        errors = findings.reduce(0) { $0 + ($1.severity == .error ? $1.findingCount : 0) }
    }
}

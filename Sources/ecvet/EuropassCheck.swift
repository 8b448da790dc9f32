import ECVETKit

/// What the europass profile finds in one catalogue before a Europass export, and what the
/// document will leave out: notes are left out, errors counted.
struct EuropassCheck: Sendable {
    let findings: [Diagnostic]
    let errors: Int
    /// What the document takes, for writing it.
    let plan: EuropassPlan?
    /// Whether everything was left out: a document without a qualification or unit is not written,
    /// even with --allow-incomplete.
    var nothingToWrite: Bool { plan?.isEmpty ?? false }
    /// Said when nothing is left to write.
    static let nothingMessage = "every qualification and unit was left out of the Europass document (see the findings above): nothing to write"

    init(_ catalogue: Catalogue, as format: CatalogueFormat = .europassXML, configuration: Configuration, allowIncomplete: Bool) async {
        (findings, plan) = await ECVET.europassCheck(catalogue, as: format, configuration: configuration,
                                                     allowIncomplete: allowIncomplete)
        errors = findings.reduce(0) { $0 + ($1.severity == .error ? $1.findingCount : 0) }
    }
}

import ECVETKit

/// What the europass profile finds in one catalogue before a Europass export, and what the
/// document will leave out: notes are left out, errors counted.
struct EuropassCheck: Sendable {
    let findings: [Diagnostic]
    let errors: Int

    init(_ catalogue: Catalogue, configuration: Configuration, allowIncomplete: Bool) async {
        findings = await ECVET.europassFindings(catalogue, as: .europassXML, configuration: configuration,
                                                allowIncomplete: allowIncomplete)
        errors = findings.filter { $0.severity == .error }.count
    }
}

import ECVETKit

/// What the europass profile finds in one catalogue before a Europass export: its notes are
/// left out, its errors counted.
struct EuropassCheck: Sendable {
    let findings: [Diagnostic]
    let errors: Int

    init(_ catalogue: Catalogue, configuration: Configuration) async {
        findings = await ECVET.europassFindings(catalogue, as: .europassXML, configuration: configuration)
        errors = findings.filter { $0.severity == .error }.count
    }
}

import ECVETModel

/// V36: the person who assessed a unit belongs to the host, or to an organisation the MoU
/// covers for the host's assessment.
struct AssessorFromHost: DocumentRule {
    let id = DiagnosticID("V36", "assessor-from-host", .error)
    let summary = "The assessor of each unit of a transcript belongs to the assessing institution (the host), or to an organisation its MoU covers (a company whose trainer co-assesses); a warning for a unit assessed with no assessor, or an assessor of no organisation."
    let source = "ECVET Recommendation 2009, Annex II (the competent institution hosting the learner assesses); MoU template 2013 §3, §5; ECVET toolkit"
    let hint = "give the assessor's organisation by its key in the MoU (\"organisation\")"
    var severities: [Severity] { [.error, .warning] }

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        guard case .transcript(let transcript) = document else { return }
        let agreement = context.agreement(transcript.learningAgreement)
        // The host is the agreement's where the transcript has one (V30 says when the two differ).
        guard let host = agreement?.host ?? transcript.assessing else { return }
        let name = Naming.document(.transcript, transcript.id)
        let memorandum = context.memorandum(agreement?.memorandum)
        var accepted = Set([host.id].compactMap { $0 } + host.name.entries.map(\.text))
        for other in memorandum?.otherOrganisations ?? [] {
            accepted.formUnion([other.id].compactMap { $0 } + other.name.entries.map(\.text))
        }
        for unit in transcript.units {
            guard let assessor = unit.assessor else {
                if unit.result != nil && unit.result != "not-assessed" {
                    findings.append(finding("unit \(unit.reference) of \(name) names no assessor", at: unit.location, severity: .warning,
                                            hint: "name who assessed it, with their organisation"))
                }
                continue
            }
            guard let organisation = assessor.organisation else {
                findings.append(finding("\(assessor.name ?? "the assessor") of unit \(unit.reference) of \(name) names no organisation: nothing shows they assess for the host",
                                        at: assessor.location, severity: .warning))
                continue
            }
            guard !accepted.contains(organisation) else { continue }
            findings.append(finding("\(assessor.name ?? "the assessor") assessed unit \(unit.reference) of \(name) for \"\(organisation)\", not for the host \"\(host.id ?? host.displayName())\"",
                                    at: assessor.place("organisation")))
        }
    }
}

import ECVETModel

/// V34: a transcript credits what its learning agreement planned, with no more points.
struct TranscriptMatchesAgreement: DocumentRule {
    let id = DiagnosticID("V34", "transcript-matches-agreement", .error)
    let summary = "A transcript credits the units and parts its learning agreement planned, with at most the points agreed for each; a warning for a unit, or a learning outcome of a unit, achieved that was not planned, or a planned unit the transcript does not mention."
    let source = "ECVET toolkit (validation compares the documented results with the learning agreement); ECVET Recommendation 2009, Annex II (transfer of the credit agreed)"
    let hint = "explain unplanned results to the home institution under \"differences\", and award at most the points agreed"
    var severities: [Severity] { [.error, .warning] }

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        guard case .transcript(let transcript) = document, let agreement = context.agreement(transcript.learningAgreement) else { return }
        let name = Naming.document(.transcript, transcript.id)
        let agreementName = Naming.document(.learningAgreement, agreement.id)
        for unit in transcript.units {
            guard let planned = agreement.units.first(where: { $0.id == unit.id && $0.part == unit.part })
                    ?? agreement.units.first(where: { $0.id == unit.id && $0.part == nil }) else {
                if unit.isAchieved {
                    findings.append(finding("\(name) credits unit \(unit.reference), which \(agreementName) did not plan", at: unit.location,
                                            severity: .warning))
                }
                continue
            }
            // Outcomes beyond those planned, where the agreement names some (not the whole unit).
            if unit.isAchieved, !planned.learningOutcomes.isEmpty {
                let plannedIDs = Set(planned.learningOutcomes.compactMap(\.id))
                for outcome in unit.learningOutcomes where outcome.id.map({ !plannedIDs.contains($0) }) ?? false {
                    findings.append(finding("\(name) credits learning outcome \(outcome.id!) of unit \(unit.reference), which \(agreementName) did not plan for it",
                                            at: outcome.location, severity: .warning))
                }
            }
            guard let awarded = unit.points?.value, let agreed = planned.points?.value, awarded > agreed else { continue }
            findings.append(finding("\(name) awards \(unit.points!.canonical) points for unit \(unit.reference); \(agreementName) agreed \(planned.points!.canonical)",
                                    at: unit.place("points")))
        }
        for planned in agreement.units where !transcript.units.contains(where: { $0.id == planned.id && ($0.part == planned.part || planned.part == nil) }) {
            findings.append(finding("\(name) does not mention unit \(planned.reference), which \(agreementName) planned", at: transcript.place("units"),
                                    severity: .warning, hint: "record it as not-assessed, and say why under \"differences\""))
        }
    }
}

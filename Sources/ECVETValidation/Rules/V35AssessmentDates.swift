import ECVETModel

/// V35: assessments take place during the mobility (or just after it), before validation and
/// recognition at home.
struct AssessmentDates: DocumentRule {
    let id = DiagnosticID("V35", "assessment-dates", .warning)
    let summary = "A transcript's assessments are dated within the mobility period (up to 14 days after its end), and on or before the validation and the recognition at home, which come in that order."
    let source = "ECVET toolkit (assessment by the host during or at the end of the period; validation and recognition on return); the 14 days are ECVETKit's"
    let hint = "check the dates of the assessment, validation and recognition"

    /// How long after the period an assessment may still be dated.
    static let graceDays = 14

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        guard case .transcript(let transcript) = document else { return }
        let name = Naming.document(.transcript, transcript.id)
        let period = transcript.period ?? context.agreement(transcript.learningAgreement)?.period
        let start = period?.start.flatMap(CalendarDate.init), end = period?.end.flatMap(CalendarDate.init)
        let validated = transcript.validation?.date.flatMap(CalendarDate.init)
        let recognised = transcript.recognition?.date.flatMap(CalendarDate.init)
        for unit in transcript.units {
            guard let assessed = unit.assessed.flatMap(CalendarDate.init) else { continue }
            let at = unit.place("assessed")
            if let start, assessed < start {
                findings.append(finding("unit \(unit.reference) of \(name) was assessed on \(unit.assessed!), before the mobility started (\(period!.start!))", at: at))
            } else if let end, end.days(to: assessed) > Self.graceDays {
                findings.append(finding("unit \(unit.reference) of \(name) was assessed on \(unit.assessed!), more than \(Self.graceDays) days after the mobility ended (\(period!.end!))", at: at))
            }
            for (what, decision, date) in [("validated", transcript.validation, validated), ("recognised", transcript.recognition, recognised)] {
                guard let date, date < assessed else { continue }
                findings.append(finding("\(name) was \(what) on \(decision!.date!), before unit \(unit.reference) was assessed (\(unit.assessed!))",
                                        at: decision!.valueLocations.location(of: "date", else: decision!.location)))
            }
        }
        if let validated, let recognised, recognised < validated, let recognition = transcript.recognition {
            findings.append(finding("\(name) was recognised (\(recognition.date!)) before it was validated (\(transcript.validation!.date!))",
                                    at: recognition.place("date")))
        }
    }
}

import ECVETModel

/// V24: a learning agreement has what the templates require: learner, home and host, period,
/// qualification, units with outcomes and activities, assessment, validation, recognition and
/// signatures.
struct LearningAgreementContent: DocumentRule {
    let id = DiagnosticID("V24", "learning-agreement-content", .error)
    let summary = "A learning agreement names the learner (name, date of birth), home and host (name, country, contact person), the period (start ≤ end, weeks), the qualification, at least one unit with learning outcomes and learning activities, who assesses, validates and recognises and how, and is signed by home, host and learner before it starts; a warning when a minor's guardian is not named or has not signed, or when the EQF or NQF level or a unit's ECVET points are absent."
    let source = "ECVET Recommendation 2009, Annex II (learning agreement); ECVET users' group LA template 2013; Erasmus+ ECVET Learning Agreement, June 2014, §1–7"
    let hint = "complete the learning agreement as the Erasmus+ ECVET template asks"
    var severities: [Severity] { [.error, .warning] }

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        guard case .learningAgreement(let agreement) = document else { return }
        let name = Naming.document(.learningAgreement, agreement.id)
        func missing(_ what: String, at location: SourceLocation, severity: Severity = .error, hint: String? = nil) {
            findings.append(finding("\(name) has no \(what)", at: location, severity: severity, hint: hint))
        }
        if agreement.id == nil { missing("id", at: agreement.place("id"), hint: "give it an id that transcripts can name it by") }

        if let learner = agreement.learner {
            if learner.givenName == nil || learner.familyName == nil {
                missing("learner's given and family name", at: learner.location)
            }
            if learner.dateOfBirth == nil { missing("learner's date of birth", at: learner.place("dateOfBirth")) }
            _ = DateReading.read(learner.dateOfBirth, "the learner's date of birth",
                                 at: learner.place("dateOfBirth"), rule: self, into: &findings)
        } else {
            missing("learner", at: agreement.place("learner"))
        }

        for (key, party) in [("home", agreement.home), ("host", agreement.host)] {
            guard let party else {
                missing("\(key) organisation", at: agreement.place(key))
                continue
            }
            if party.name.isEmpty && party.id == nil { missing("name of its \(key) organisation", at: party.place("name")) }
            if party.country == nil { missing("country of its \(key) organisation", at: party.place("country")) }
            if party.contact?.name == nil { missing("contact person at its \(key) organisation", at: party.place("contact")) }
        }

        if let period = agreement.period {
            let start = DateReading.read(period.start, "the start date", at: period.place("start"),
                                         rule: self, into: &findings)
            let end = DateReading.read(period.end, "the end date", at: period.place("end"),
                                       rule: self, into: &findings)
            if period.start == nil { missing("start date", at: period.place("start")) }
            if period.end == nil { missing("end date", at: period.place("end")) }
            if period.weeks == nil { missing("length in weeks", at: period.place("weeks")) }
            if let start, let end, end < start {
                findings.append(finding("\(name) ends (\(period.end!)) before it starts (\(period.start!))",
                                        at: period.place("end")))
            }
        } else {
            missing("period (start, end, weeks)", at: agreement.place("period"))
        }

        if let qualification = agreement.qualification {
            if qualification.title.isEmpty { missing("qualification title", at: qualification.place("title")) }
            if qualification.eqfLevel == nil {
                missing("EQF level of the qualification", at: qualification.place("eqfLevel"), severity: .warning,
                        hint: "the template asks for the EQF level where appropriate")
            }
            if qualification.nqfLevel == nil {
                missing("NQF level of the qualification", at: qualification.place("nqfLevel"), severity: .warning,
                        hint: "the template asks for the NQF level where appropriate")
            }
        } else {
            missing("qualification", at: agreement.place("qualification"))
        }

        if agreement.units.isEmpty { missing("unit or learning outcomes to achieve abroad", at: agreement.place("units")) }
        for unit in agreement.units {
            let unitName = "unit \(unit.reference) of \(name)"
            if unit.learningOutcomes.isEmpty || unit.learningOutcomes.allSatisfy({ $0.statement.isEmpty && $0.id == nil }) {
                findings.append(finding("\(unitName) names no learning outcome to achieve", at: unit.place("learningOutcomes")))
            }
            if unit.learningActivities.isEmpty {
                findings.append(finding("\(unitName) has no learning activities (places, tasks, courses)", at: unit.place("learningActivities")))
            }
            if let scope = unit.scope, !AgreedUnit.scopes.contains(scope) {
                findings.append(finding("the scope \"\(scope)\" of \(unitName) is not one of " + AgreedUnit.scopes.joined(separator: ", "),
                                        at: unit.place("scope")))
            }
            if let points = unit.points, points.value == nil {
                findings.append(finding("the points \"\(points.written)\" of \(unitName) are not a number",
                                        at: unit.place("points")))
            } else if unit.points == nil {
                findings.append(finding("\(unitName) gives no ECVET points", at: unit.place("points"), severity: .warning,
                                        hint: "give the points to be gained abroad, where points are used"))
            }
        }

        for (key, arrangement, what) in [("assessment", agreement.assessment, "who assesses and how"),
                                         ("validation", agreement.validation, "who validates at home and how"),
                                         ("recognition", agreement.recognition, "who recognises at home and how")] {
            guard let arrangement else {
                missing("\(key) arrangement (\(what))", at: agreement.place(key))
                continue
            }
            if !arrangement.isDescribed { missing("\(key) arrangement that says \(what)", at: arrangement.location) }
            for (index, text) in arrangement.dates.enumerated() {
                _ = DateReading.read(text, "the \(key) date", at: arrangement.place("dates/\(index)"), rule: self, into: &findings)
            }
        }

        let signed = Set(agreement.signatures.compactMap(\.party))
        for (party, who) in [(agreement.home?.id, "the home organisation"), (agreement.host?.id, "the host organisation"),
                             ("learner", "the learner")] {
            guard let party, !signed.contains(party) else { continue }
            findings.append(finding("\(name) is not signed by \(who) (no signature with party \"\(party)\")", at: agreement.place("signatures")))
        }
        let start = agreement.period?.start.flatMap(CalendarDate.init)
        for signature in agreement.signatures {
            let location = signature.place("date")
            guard let date = DateReading.read(signature.date, "the signature date", at: location, rule: self, into: &findings) else {
                if signature.date == nil { missing("date of the signature of \(signature.name ?? signature.party ?? "a signatory")", at: signature.place("date")) }
                continue
            }
            if let start, start < date {
                findings.append(finding("\(name) was signed by \(signature.name ?? signature.party ?? "a signatory") on \(signature.date!), after the mobility started (\(agreement.period!.start!))",
                                        at: location, hint: "an agreement is signed before the learner leaves"))
            }
        }
        if let start, let born = agreement.learner?.dateOfBirth.flatMap(CalendarDate.init), born.years(to: start) < 18 {
            if agreement.guardian == nil {
                findings.append(finding("the learner of \(name) is \(born.years(to: start)) when the mobility starts, and no parent or guardian is named",
                                        at: agreement.learner?.location ?? agreement.place("guardian"), severity: .warning,
                                        hint: "name a parent or legal guardian, who signs as \"guardian\""))
            } else if !signed.contains("guardian") {
                findings.append(finding("the learner of \(name) is \(born.years(to: start)) when the mobility starts, and the guardian has not signed",
                                        at: agreement.place("signatures"), severity: .warning, hint: "add the guardian's signature, with party \"guardian\""))
            }
        }
    }
}

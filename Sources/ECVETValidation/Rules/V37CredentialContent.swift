import ECVETModel

/// V37: a transcript holds what a European Digital Credential needs, beyond what ECVET asks.
struct CredentialContent: DocumentRule {
    let id = DiagnosticID("V37", "credential-content", .error)
    let summary = "For a Europass credential (the europass profile): the recognising institution, its issuer, has a name, a country and a legal or eIDAS identifier; the learner a name; the transcript an issue or recognition date, and its dates are dates; each unit achieved is in the home qualification with its points, and the qualification's EQF level is 1–8."
    let source = "ELM 3.1 European Digital Credential, SHACL shapes edc-generic-full (issuer legalName, eIDASIdentifier, location; issued; credentialSubject); ECVETKit checks what the shapes do not (levels, points)"
    let hint = "complete the transcript (and the home catalogue) before making a credential of it"

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        guard case .transcript(let transcript) = document else { return }
        let name = Naming.document(.transcript, transcript.id)
        if let issuer = transcript.recognising {
            let who = "the recognising institution \(issuer.id.map { "\"\($0)\"" } ?? issuer.displayName()) of \(name)"
            if issuer.name.isEmpty { findings.append(finding("\(who) has no name, which a credential's issuer needs", at: issuer.location)) }
            if issuer.country == nil { findings.append(finding("\(who) has no country, which a credential's issuer needs", at: issuer.location)) }
            if issuer.legalIdentifier == nil && issuer.eidasIdentifier == nil {
                findings.append(finding("\(who) has no legal or eIDAS identifier, which a credential's issuer needs", at: issuer.location,
                                        hint: "give its legalIdentifier (a national business or registration number) or eidasIdentifier"))
            }
        }
        if let learner = transcript.learner, learner.fullName == nil {
            findings.append(finding("the learner of \(name) has no name, which a credential's subject needs", at: learner.location))
        }
        if transcript.issued == nil && transcript.recognition?.date == nil {
            findings.append(finding("\(name) has no issue date (\"issued\") nor a recognition date, which a credential needs", at: transcript.place("issued")))
        }
        // The shapes take any text for a date: the credential's dates are checked here.
        let dates: [(String, String?, SourceLocation)] = [
            ("issue date", transcript.issued, transcript.place("issued")),
            ("recognition date", transcript.recognition?.date, transcript.recognition?.place("date") ?? transcript.location),
            ("learner's date of birth", transcript.learner?.dateOfBirth, transcript.learner?.place("dateOfBirth") ?? transcript.location),
        ]
        for (what, text, location) in dates {
            guard let text, CalendarDate(text) == nil else { continue }
            findings.append(finding("the \(what) \"\(text)\" of \(name) is not a date (YYYY-MM-DD), which a credential needs", at: location))
        }
        guard context.hasCatalogues else { return }
        guard let home = context.qualification(transcript.qualification) else { return }
        if let level = home.qualification.eqfLevel, !(1...8).contains(level) {
            findings.append(finding("qualification \(home.id) has EQF level \(level), not a level 1–8", at: transcript.place("qualification")))
        }
        for unit in transcript.achieved {
            guard let found = home.unit(unit.id) else { continue }
            let points = unit.part.flatMap { part in found.unit.parts.first { $0.id == part }?.points } ?? (unit.part == nil ? found.points : nil)
            if points == nil {
                findings.append(finding("unit \(unit.reference) of \(name) has no points in the home catalogue, which its credit in a credential needs",
                                        at: unit.location))
            }
        }
    }
}

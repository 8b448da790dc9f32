import ECVETModel

/// V30: the parties of a learning agreement are partners of its MoU in the roles it gives
/// them, and a transcript's parties and learner are those of its learning agreement.
struct PartiesAgree: DocumentRule {
    let id = DiagnosticID("V30", "parties-agree", .error)
    let summary = "A learning agreement's home and host are two different organisations of its MoU (signing, or covered by it), in the roles the MoU gives them; the host (or an organisation the MoU makes assessing) assesses, the home (or one the MoU makes validating or recognising) validates and recognises; a transcript's assessing institution is the agreement's host, its recognising institution the home, and its learner the agreement's."
    let source = "ECVET team, ECVET European templates (the learning agreement is made within the MoU's partnership); MoU template 2013 §2–3; ECVET Recommendation 2009, Annex II (the transcript names who assessed and who validates)"
    let hint = "name the parties by their keys in the MoU (\"id\")"

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        switch document {
        case .learningAgreement(let agreement):
            let name = Naming.document(.learningAgreement, agreement.id)
            if let home = agreement.home?.id, home == agreement.host?.id {
                findings.append(finding("the home and the host of \(name) are the same organisation \"\(home)\"", at: agreement.host!.location))
            }
            let memorandum = context.memorandum(agreement.memorandum)
            checkArrangements(of: agreement, name: name, memorandum: memorandum, into: &findings)
            guard let memorandum else { return }
            for (role, party) in [("home", agreement.home), ("host", agreement.host), ("intermediary", agreement.intermediary)] {
                guard let party else { continue }
                guard let id = party.id else {
                    findings.append(finding("the \(role) organisation of \(name) gives no key (\"id\") to find it in MoU \"\(memorandum.id ?? "")\"",
                                            at: party.location))
                    continue
                }
                if let partner = memorandum.organisation(id) {
                    if !partner.roles.isEmpty, !partner.roles.contains(role) {
                        findings.append(finding("\"\(id)\" is the \(role) of \(name), but MoU \"\(memorandum.id ?? "")\" gives it the roles \(partner.roles.joined(separator: ", "))",
                                                at: party.location))
                    }
                } else if !memorandum.otherOrganisations.contains(where: { $0.id == id }) {
                    let keys = memorandum.organisations.compactMap(\.id).joined(separator: ", ")
                    findings.append(finding("the \(role) \"\(id)\" of \(name) is not an organisation of MoU \"\(memorandum.id ?? "")\" (\(keys))",
                                            at: party.place("id")))
                }
            }
        case .transcript(let transcript):
            let name = Naming.document(.transcript, transcript.id)
            let agreement = context.agreement(transcript.learningAgreement)
            // The home validates and recognises what was achieved abroad.
            if let home = agreement?.home?.id ?? transcript.recognising?.id {
                let memorandum = context.memorandum(agreement?.memorandum)
                for (what, decision, role) in [("validation", transcript.validation, "validating"), ("recognition", transcript.recognition, "recognising")] {
                    guard let decision, let by = decision.by, by != home, !Self.gives(memorandum, role, to: by) else { continue }
                    findings.append(finding("the \(what) recorded in \(name) is by \"\(by)\"; it is the home's, \"\(home)\"",
                                            at: decision.place("by"), hint: "record the home institution's decision, by its key"))
                }
            }
            guard let agreement else { return }
            let agreementName = Naming.document(.learningAgreement, agreement.id)
            for (role, party, expected) in [("assessing institution", transcript.assessing, agreement.host),
                                            ("recognising institution", transcript.recognising, agreement.home)] {
                guard let party, let id = party.id, let expectedID = expected?.id, id != expectedID else { continue }
                findings.append(finding("the \(role) \"\(id)\" of \(name) is not \"\(expectedID)\", the \(role == "assessing institution" ? "host" : "home") of \(agreementName)",
                                        at: party.place("id")))
            }
            if let learner = transcript.learner, let planned = agreement.learner, !learner.isSamePerson(as: planned) {
                findings.append(finding("the learner \(learner.fullName ?? learner.id ?? "") of \(name) is not \(planned.fullName ?? planned.id ?? "") of \(agreementName)",
                                        at: learner.location))
            }
        case .memorandum:
            break
        }
    }

    /// Who assesses, validates and recognises: the host assesses, the home validates and
    /// recognises (ECVET users' group learning agreement, section 5–6), unless the MoU gives
    /// another partner that role.
    private func checkArrangements(of agreement: LearningAgreement, name: String, memorandum: MemorandumOfUnderstanding?,
                                   into findings: inout Findings) {
        for (what, arrangement, party, role, partyName) in [
            ("assessment", agreement.assessment, agreement.host, "assessing", "host"),
            ("validation", agreement.validation, agreement.home, "validating", "home"),
            ("recognition", agreement.recognition, agreement.home, "recognising", "home"),
        ] {
            guard let arrangement, let by = arrangement.by, let expected = party?.id, by != expected,
                  !Self.gives(memorandum, role, to: by) else { continue }
            findings.append(finding("the \(what) of \(name) is by \"\(by)\"; it is the \(partyName)'s, \"\(expected)\"\(memorandum == nil ? "" : ", or an organisation the MoU makes \(role)")",
                                    at: arrangement.place("by"), hint: "name the \(partyName) by its key, or give the organisation the role \(role) in the MoU"))
        }
    }

    /// Whether the MoU gives the organisation `id` (signing it, or covered by it) the role `role`.
    private static func gives(_ memorandum: MemorandumOfUnderstanding?, _ role: String, to id: String) -> Bool {
        guard let memorandum else { return false }
        let partner = memorandum.organisation(id) ?? memorandum.otherOrganisations.first { $0.id == id }
        return partner?.roles.contains(role) ?? false
    }
}

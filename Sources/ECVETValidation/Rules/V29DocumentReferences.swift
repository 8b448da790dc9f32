import ECVETModel

/// V29: what a document refers to is among the inputs: a learning agreement's MoU, a
/// transcript's learning agreement, and the qualification in a catalogue.
struct DocumentReferences: DocumentRule {
    let id = DiagnosticID("V29", "document-reference", .error)
    let summary = "Each document of a kind has its own id; a learning agreement names its MoU and a transcript its learning agreement, and each is among the inputs; the qualification a document names is in one of the catalogues given. A note, once, when no document or catalogue of that kind was given, so the checks against it did not run."
    let source = "ECVET team, ECVET European templates (the learning agreement is made within an MoU); ECVET Recommendation 2009, Annex II (the transcript documents the agreed learning)"
    let hint = "give the MoU, learning agreements and catalogues the documents refer to as inputs (or with --catalogue)"
    var severities: [Severity] { [.error, .warning, .note] }

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        let name = Naming.document(document.kind, document.id)
        if let earlier = context.earlierDocument(withTheIDOf: document) {
            findings.append(finding("\(name) has the id of another \(document.kind), read at \(earlier)", at: document.location,
                                    hint: "give each document its own id: documents name each other by it"))
        }
        switch document {
        case .learningAgreement(let agreement):
            refer(to: .memorandum, id: agreement.memorandum, key: "memorandum", found: context.memorandum(agreement.memorandum) != nil,
                  from: name, at: agreement, in: document, context: context, into: &findings)
            qualification(agreement.qualification, of: name, in: document, context: context, severity: .error, into: &findings)
        case .transcript(let transcript):
            refer(to: .learningAgreement, id: transcript.learningAgreement, key: "learningAgreement",
                  found: context.agreement(transcript.learningAgreement) != nil, from: name, at: transcript, in: document,
                  context: context, into: &findings)
            qualification(transcript.qualification, of: name, in: document, context: context, severity: .error, into: &findings)
        case .memorandum(let memorandum):
            // A partner's qualification is often in a catalogue not given: only the home one matters.
            for qualification in memorandum.qualifications {
                self.qualification(qualification, of: name, in: document, context: context, severity: .warning, quietWithout: true,
                                   into: &findings)
            }
        }
    }

    private func refer<Entity: DocumentEntity>(to kind: MobilityDocumentKind, id: String?, key: String, found: Bool, from name: String,
                                               at entity: Entity, in document: MobilityDocument, context: MobilityContext,
                                               into findings: inout Findings) {
        let location = entity.valueLocations.location(of: key, else: entity.location)
        guard let id else {
            findings.append(finding("\(name) names no \(kind) (\"\(key)\")", at: location))
            return
        }
        if found { return }
        if context.has(kind) {
            findings.append(finding("\(name) names the \(kind) \"\(id)\", which is not among the inputs", at: location))
        } else if context.isFirst(document, naming: id, of: kind) {
            let others = context.count(naming: id, of: kind) - 1
            findings.append(finding("the \(kind) \"\(id)\" that \(name) names is not among the inputs: the checks against it did not run"
                                    + (others == 1 ? " (nor for the other document that names it)" : others > 1 ? " (nor for the \(others) other documents that name it)" : ""),
                                    at: location, severity: .note))
        }
    }

    private func qualification(_ qualification: AgreedQualification?, of name: String, in document: MobilityDocument,
                               context: MobilityContext, severity: Severity,
                               quietWithout: Bool = false, into findings: inout Findings) {
        guard let qualification else { return }
        guard context.hasCatalogues else {
            if !quietWithout, context.isFirstNamingQualification(document) {
                let others = context.documents.count - 1
                findings.append(finding("no catalogue is among the inputs: the units of \(name) were not checked against one"
                                        + (others > 0 ? ", nor those of the other documents" : ""),
                                        at: qualification.location, severity: .note))
            }
            return
        }
        guard context.qualification(qualification) == nil else { return }
        let reference = qualification.id.map { "\"\($0)\"" } ?? qualification.uri.map { "<\($0)>" }
        guard let reference else {
            findings.append(finding("the qualification of \(name) gives no id or URI to find it in a catalogue", at: qualification.location,
                                    severity: severity, hint: "give the qualification's id in its catalogue"))
            return
        }
        findings.append(finding("the qualification \(reference) of \(name) is in none of the catalogues given", at: qualification.location,
                                severity: severity))
    }
}

import ECVETModel

/// V32: the MoU covers what a learning agreement plans: its qualification and each unit or part.
struct CoveredByMemorandum: DocumentRule {
    let id = DiagnosticID("V32", "covered-by-memorandum", .error)
    let summary = "A learning agreement's qualification is one its MoU covers, and each unit (or part) it plans is open to mobility in the MoU: a whole unit listed covers its parts, a part listed covers that part only."
    let source = "Erasmus+ ECVET Learning Agreement, June 2014, §3–4; MoU template 2013 §4 (qualifications and units covered)"
    let hint = "plan units the MoU opens to mobility, or add them to the MoU"

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        guard case .learningAgreement(let agreement) = document, let memorandum = context.memorandum(agreement.memorandum),
              let qualification = agreement.qualification else { return }
        let name = Naming.document(.learningAgreement, agreement.id)
        let mou = "MoU \"\(memorandum.id ?? "")\""
        guard let covered = memorandum.qualifications.first(where: { Self.same($0, qualification) }) else {
            let listed = memorandum.qualifications.map(\.reference).joined(separator: ", ")
            findings.append(finding("the qualification \(qualification.reference) of \(name) is not one \(mou) covers (\(listed.isEmpty ? "it lists none" : listed))",
                                    at: qualification.location))
            return
        }
        for unit in agreement.units {
            let open = covered.units.contains { listed in
                (listed.id == unit.id || (listed.uri != nil && listed.uri == unit.uri)) && (listed.part == nil || listed.part == unit.part)
            }
            if !open {
                findings.append(finding("unit \(unit.reference) of \(name) is not open to mobility in \(mou) for qualification \(covered.reference)",
                                        at: unit.location))
            }
        }
    }

    /// The same qualification: by id, else by URI.
    static func same(_ one: AgreedQualification, _ other: AgreedQualification) -> Bool {
        if let id = one.id, let otherID = other.id { return id == otherID }
        return one.uri != nil && one.uri == other.uri
    }
}

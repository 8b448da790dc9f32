import ECVETModel

/// V25: an MoU has at least two competent institutions and the scope the template asks for.
struct MemorandumContent: DocumentRule {
    let id = DiagnosticID("V25", "memorandum-content", .error)
    let summary = "An MoU has at least two signing organisations, each with name, country, address and contact person; the qualifications covered (EQF level 1–8 where given) and their units open to mobility; who assesses, documents, validates and recognises and how; a validity period and its review; one signature per signing organisation, none after the validity ends. Warnings: the organisations all from one country, or a qualification without an EQF level."
    let source = "ECVET Recommendation 2009, Annex II (MoU: mutual acceptance of status and procedures, comparability through EQF levels); ECVET users' group MoU template 2013, §0–9"
    let hint = "complete the MoU as the ECVET users' group template asks"
    var severities: [Severity] { [.error, .warning] }

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        guard case .memorandum(let memorandum) = document else { return }
        let name = Naming.document(.memorandum, memorandum.id)
        func missing(_ what: String, at location: SourceLocation, severity: Severity = .error, hint: String? = nil) {
            findings.append(finding("\(name) has no \(what)", at: location, severity: severity, hint: hint))
        }
        if memorandum.id == nil {
            missing("id (file code)", at: memorandum.place("id"), severity: .warning, hint: "give it an id that learning agreements can name it by")
        }

        if memorandum.organisations.count < 2 {
            findings.append(finding("\(name) has \(memorandum.organisations.count) signing organisation\(memorandum.organisations.count == 1 ? "" : "s"); an MoU is made by at least two",
                                    at: memorandum.place("organisations")))
        }
        for organisation in memorandum.organisations {
            let who = "signing organisation \(organisation.id.map { "\"\($0)\"" } ?? organisation.displayName())"
            if organisation.name.isEmpty { missing("name of \(who)", at: organisation.place("name")) }
            if organisation.country == nil { missing("country of \(who)", at: organisation.place("country")) }
            if organisation.address == nil { missing("address of \(who)", at: organisation.place("address")) }
            if organisation.contact?.name == nil { missing("contact person at \(who)", at: organisation.place("contact")) }
        }
        let countries = Set(memorandum.organisations.compactMap { $0.country?.written.uppercased() })
        if memorandum.organisations.count >= 2, countries.count == 1 {
            findings.append(finding("the signing organisations of \(name) are all from \(countries.first!)", at: memorandum.place("organisations"),
                                    severity: .warning, hint: "ECVET MoUs serve mobility between countries"))
        }

        if memorandum.qualifications.isEmpty { missing("qualification it covers", at: memorandum.place("qualifications")) }
        for qualification in memorandum.qualifications {
            let what = "qualification \(qualification.reference)"
            if qualification.title.isEmpty { missing("title of \(what)", at: qualification.place("title")) }
            if let level = qualification.eqfLevel {
                if !(1...8).contains(level.value ?? 0) {
                    findings.append(finding("the EQF level \"\(level.written)\" of \(what) in \(name) is not a level 1–8",
                                            at: qualification.place("eqfLevel")))
                }
            } else {
                missing("EQF level of \(what)", at: qualification.place("eqfLevel"), severity: .warning,
                        hint: "partners compare their qualifications through EQF levels")
            }
            for unit in qualification.units {
                if let scope = unit.scope, !AgreedUnit.scopes.contains(scope) {
                    findings.append(finding("the scope \"\(scope)\" of unit \(unit.reference) in \(name) is not one of " + AgreedUnit.scopes.joined(separator: ", "),
                                            at: unit.place("scope")))
                }
                if let points = unit.points, points.value == nil {
                    findings.append(finding("the points \"\(points.written)\" of unit \(unit.reference) in \(name) are not a number",
                                            at: unit.place("points")))
                }
            }
        }
        if !memorandum.qualifications.isEmpty, memorandum.qualifications.allSatisfy(\.units.isEmpty) {
            missing("unit open to mobility", at: memorandum.place("qualifications"),
                    hint: "list under each qualification the units, parts or learning outcomes open to mobility")
        }

        for (key, arrangement, what) in [("assessment", memorandum.assessment, "who assesses and how"),
                                         ("documentation", memorandum.documentation, "who documents the results and how"),
                                         ("validation", memorandum.validation, "who validates and how"),
                                         ("recognition", memorandum.recognition, "who recognises and how"),
                                         ("review", memorandum.review, "who reviews the MoU, how and when")] {
            guard let arrangement else {
                missing("\(key) arrangement (\(what))", at: memorandum.place(key))
                continue
            }
            if !arrangement.isDescribed { missing("\(key) arrangement that says \(what)", at: arrangement.location) }
        }

        var until: CalendarDate?
        if let validity = memorandum.validity {
            let from = DateReading.read(validity.from, "the validity start", at: validity.place("from"),
                                        rule: self, into: &findings)
            until = DateReading.read(validity.until, "the validity end", at: validity.place("until"),
                                     rule: self, into: &findings)
            if validity.until == nil { missing("date until which it is valid", at: validity.place("until")) }
            if let from, let until, until < from {
                findings.append(finding("the validity of \(name) ends (\(validity.until!)) before it starts (\(validity.from!))",
                                        at: validity.place("until")))
            }
        } else {
            missing("validity period", at: memorandum.place("validity"))
        }

        let signed = Set(memorandum.signatures.compactMap(\.party))
        for organisation in memorandum.organisations {
            guard let id = organisation.id, !signed.contains(id) else { continue }
            findings.append(finding("\(name) is not signed by \"\(id)\" \(organisation.displayName())", at: memorandum.place("signatures")))
        }
        for signature in memorandum.signatures {
            let location = signature.place("date")
            guard let date = DateReading.read(signature.date, "the signature date", at: location, rule: self, into: &findings) else {
                if signature.date == nil { missing("date of the signature of \(signature.name ?? signature.party ?? "a signatory")", at: signature.place("date")) }
                continue
            }
            if let until, until < date {
                findings.append(finding("\(name) was signed on \(signature.date!), after its validity ended (\(memorandum.validity!.until!))", at: location))
            }
        }
    }
}

import ECVETModel

/// Printable pages of mobility documents: one self-contained HTML page per document (inline CSS,
/// no script, nothing from the network), laid out in the sections of the ECVET templates, with
/// the units and learning outcomes written out from the catalogues, and a signature block with a
/// line per signatory. Print CSS gives A4 pages.
public struct MobilityPages: Sendable {
    /// The language of the content where the data has several, and of the headings where
    /// ECVETKit has them in it (`Heading.languages`).
    public let language: String
    private let catalogues: [Catalogue]
    /// The language the document says it is written in: content falls back to it.
    private var documentLanguage: String?
    /// The organisations of the document being written, for arrangements that name them by key.
    private var parties: [MobilityOrganisation] = []
    /// Where each unit and outcome id first stands: (catalogue, position). Positions, so that a
    /// national catalogue's hundreds of thousands of outcomes are not copied.
    private let unitPositions: [String: (Int, Int)]
    private let outcomePositions: [String: (Int, Int)]

    /// Pages that take unit titles and learning outcomes from `catalogues`, in `language`.
    public init(catalogues: [Catalogue] = [], language: String = "en") {
        self.language = language
        self.catalogues = catalogues
        var units: [String: (Int, Int)] = [:]
        var outcomes: [String: (Int, Int)] = [:]
        for (number, catalogue) in catalogues.enumerated() {
            for (index, unit) in catalogue.units.enumerated() where units[unit.id] == nil { units[unit.id] = (number, index) }
            outcomes.reserveCapacity(outcomes.count + catalogue.learningOutcomes.count)
            for (index, outcome) in catalogue.learningOutcomes.enumerated() where outcomes[outcome.id] == nil { outcomes[outcome.id] = (number, index) }
        }
        unitPositions = units
        outcomePositions = outcomes
    }

    private func unit(_ id: String?) -> ECVETModel.Unit? {
        id.flatMap { unitPositions[$0] }.map { catalogues[$0.0].units[$0.1] }
    }

    private func outcome(_ id: String?) -> LearningOutcome? {
        id.flatMap { outcomePositions[$0] }.map { catalogues[$0.0].learningOutcomes[$0.1] }
    }

    /// The page of `document`, as HTML text.
    public func page(_ document: MobilityDocument) -> String {
        var pages = self
        let (title, body): (String, [HTML])
        switch document {
        case .memorandum(let memorandum):
            pages.documentLanguage = memorandum.language?.written
            pages.parties = memorandum.organisations + memorandum.otherOrganisations
            (title, body) = (heading(.memorandum), pages.memorandumBody(memorandum))
        case .learningAgreement(let agreement):
            pages.documentLanguage = agreement.language?.written
            pages.parties = [agreement.home, agreement.host, agreement.intermediary].compactMap { $0 }
            (title, body) = (heading(.agreement), pages.agreementBody(agreement))
        case .transcript(let transcript):
            pages.documentLanguage = transcript.language?.written
            pages.parties = [transcript.assessing, transcript.recognising].compactMap { $0 }
            (title, body) = (heading(.transcript), pages.transcriptBody(transcript))
        }
        let note = heading(.translationNote)
        let page = HTML.tag("html", [("lang", Heading.languages.contains(language) ? language : "en")], [
            .tag("head", [], [
                .tag("meta", [("charset", "utf-8")]),
                .tag("meta", [("name", "generator"), ("content", "ECVETKit")]),
                HTML.tag("title", text: title + (document.id.map { " " + $0 } ?? ""))!,
                .tag("style", [], [.raw(Self.style)]),
            ]),
            .tag("body", [], [
                .tag("header", [], [HTML.tag("h1", text: title)!] + [HTML.tag("p", [("class", "reference")], text: document.id)].compactMap { $0 }),
            ] + body + (note.isEmpty ? [] : [HTML.tag("p", [("class", "note")], text: note)!])),
        ])
        return "<!DOCTYPE html>\n" + page.rendered
    }

    // MARK: - The documents

    private func agreementBody(_ agreement: LearningAgreement) -> [HTML] {
        var participants: [HTML] = []
        if let home = agreement.home { participants.append(organisation(home, as: .homeOrganisation)) }
        if let host = agreement.host { participants.append(organisation(host, as: .hostOrganisation)) }
        if let intermediary = agreement.intermediary { participants.append(organisation(intermediary, as: .intermediary)) }
        if let learner = agreement.learner { participants.append(learnerTable(learner)) }
        if let guardian = agreement.guardian { participants.append(person(guardian, as: .guardian)) }
        var sections = [section(.participants, participants)]
        if let period = agreement.period {
            sections.append(section(.duration, [table([(.start, period.start), (.end, period.end), (.weeks, period.weeks.map(String.init))])]))
        }
        if let qualification = agreement.qualification {
            sections.append(section(.qualification, [qualificationTable(qualification),
                                                     HTML.tag("p", text: nonEmpty(agreement.enclosures).map { heading(.enclosures) + ": " + $0.map(enclosure).joined(separator: ", ") })]
                                        .compactMap { $0 }))
        }
        let total = agreement.units.compactMap { $0.points?.value }.reduce(0, +)
        sections.append(section(.outcomesAbroad, agreement.units.map(unitBlock)
                                + [HTML.tag("p", [("class", "total")], text: "\(heading(.totalPoints)): \(DecimalText(total).canonical)")!]))
        sections.append(section(.assessment, [agreement.assessment.map(arrangement)].compactMap { $0 }))
        sections.append(section(.validationRecognition, [
            agreement.validation.map { arrangement($0, titled: .validation) }, agreement.recognition.map { arrangement($0, titled: .recognition) },
        ].compactMap { $0 }))
        sections.append(signatureBlock(agreement.signatures, parties: [agreement.home, agreement.host].compactMap { $0 }))
        return sections
    }

    private func memorandumBody(_ memorandum: MemorandumOfUnderstanding) -> [HTML] {
        var sections: [HTML] = []
        sections.append(section(.objectives, [HTML.tag("p", text: heading(.standardObjective))!, HTML.tag("p", text: text(memorandum.objectives))].compactMap { $0 }))
        sections.append(section(.signingOrganisations, memorandum.organisations.map { organisation($0, as: nil) }))
        if !memorandum.otherOrganisations.isEmpty {
            sections.append(section(.otherOrganisations, memorandum.otherOrganisations.map { organisation($0, as: nil) }))
        }
        sections.append(section(.qualificationsCovered, memorandum.qualifications.flatMap { qualification in
            [HTML.tag("h3", [("class", "qualification")], text: qualificationTitle(qualification))!, qualificationTable(qualification)]
                + qualification.units.map(unitBlock)
        }))
        sections.append(section(.procedures, [
            memorandum.assessment.map { arrangement($0, titled: .assessmentArrangement) }, memorandum.documentation.map { arrangement($0, titled: .documentation) },
            memorandum.validation.map { arrangement($0, titled: .validation) }, memorandum.recognition.map { arrangement($0, titled: .recognition) },
        ].compactMap { $0 }))
        sections.append(section(.validity, [table([(.validFrom, memorandum.validity?.from), (.validUntil, memorandum.validity?.until),
                                                   (.shortestMobility, memorandum.minimumWeeks.map(String.init)),
                                                   (.longestMobility, memorandum.maximumWeeks.map(String.init))])]))
        if let review = memorandum.review { sections.append(section(.review, [arrangement(review)])) }
        sections.append(signatureBlock(memorandum.signatures, parties: memorandum.organisations, titled: .memorandumSignatures))
        if !memorandum.annexes.isEmpty {
            sections.append(section(.annexes, [.tag("ul", [], memorandum.annexes.compactMap { HTML.tag("li", text: $0) })]))
        }
        return sections
    }

    private func transcriptBody(_ transcript: PersonalTranscript) -> [HTML] {
        var sections: [HTML] = []
        sections.append(section(.learnerSection, [transcript.learner.map(learnerTable),
                                                  table([(.learningAgreement, transcript.learningAgreement)])].compactMap { $0 }))
        sections.append(section(.institutions, [transcript.assessing.map { organisation($0, as: .assessingInstitution) },
                                                transcript.recognising.map { organisation($0, as: .recognisingInstitution) }].compactMap { $0 }))
        if let period = transcript.period {
            sections.append(section(.periodAbroad, [table([(.start, period.start), (.end, period.end)])]))
        }
        let rows = transcript.units.map { unit -> HTML in
            let catalogued = self.unit(unit.id)
            let part = unit.part.flatMap { id in catalogued?.parts.first { $0.id == id } }
            let title = text(among: [part?.title, unit.title, catalogued?.title]) ?? reference(unit.id, unit.part)
            return .tag("tr", [], [
                cell(reference(unit.id, unit.part)), cell(title), cell(unit.points?.canonical), cell(unit.result), cell(unit.grade), cell(unit.assessed),
                cell(unit.assessor?.name),
            ])
        }
        let header = HTML.tag("tr", [], [Heading.unit, .title, .points, .result, .grade, .assessed, .assessor].map { HTML.tag("th", text: heading($0))! })
        sections.append(section(.outcomesAssessed, [.tag("table", [("class", "units")], [header] + rows)]
                                + transcript.units.compactMap { unit in
                                    unit.learningOutcomes.isEmpty && unit.remarks.isEmpty ? nil : .tag("div", [("class", "unit")], [
                                        HTML.tag("h3", text: reference(unit.id, unit.part))!, outcomeList(unit.learningOutcomes),
                                        HTML.tag("p", text: text(unit.remarks).map { heading(.remarks) + ": " + $0 }),
                                    ].compactMap { $0 })
                                }))
        // Always there, as in the template, so that the sections keep their numbers: a dash when there were none.
        sections.append(section(.differences, [HTML.tag("p", text: text(transcript.differences) ?? "—")!]))
        sections.append(section(.validationRecognition, [
            transcript.validation.map { decision($0, titled: .validation) }, transcript.recognition.map { decision($0, titled: .recognition) },
            table([(.issued, transcript.issued)]),
        ].compactMap { $0 }))
        sections.append(signatureBlock(transcript.signatures, parties: [transcript.assessing, transcript.recognising].compactMap { $0 }))
        return sections
    }

    // MARK: - Parts

    private func organisation(_ organisation: MobilityOrganisation, as role: Heading?) -> HTML {
        let rows: [(Heading, String?)] = [(.name, text(organisation.name) ?? organisation.id), (.roles, nonEmpty(organisation.roles)?.joined(separator: ", ")),
                                          (.country, organisation.country?.written), (.address, organisation.address),
                                          (.contact, organisation.contact.map(contactLine))]
        return .tag("div", [("class", "party")], [HTML.tag("h3", text: role.map(heading) ?? text(organisation.name) ?? organisation.id)!, table(rows)])
    }

    private func learnerTable(_ learner: Learner) -> HTML {
        .tag("div", [("class", "party")], [HTML.tag("h3", text: heading(.learner))!,
                                           table([(.name, learner.fullName), (.dateOfBirth, learner.dateOfBirth), (.address, learner.address),
                                                  (.contactDetails, [learner.email, learner.phone].compactMap { $0 }.joined(separator: ", ").nonEmpty)])])
    }

    private func person(_ person: Person, as role: Heading) -> HTML {
        .tag("div", [("class", "party")], [HTML.tag("h3", text: heading(role))!, table([(.name, person.name), (.contact, contactLine(person)), (.address, person.address)])])
    }

    private func contactLine(_ person: Person) -> String {
        [person.name, person.position, person.email, person.phone].compactMap { $0 }.joined(separator: ", ")
    }

    private func qualificationTable(_ qualification: AgreedQualification) -> HTML {
        let nqf = qualification.nqfLevel.map { [$0.framework, $0.level].compactMap { $0 }.joined(separator: " ") }
        return table([(.title, qualificationTitle(qualification)), (.eqfLevel, qualification.eqfLevel?.written), (.nqfLevel, nqf),
                      (.points, qualification.points?.canonical), (.progress, text(qualification.progress))])
    }

    /// The qualification's title: the catalogue's or the document's, in the page's language first.
    private func qualificationTitle(_ qualification: AgreedQualification) -> String {
        let catalogued = qualification.id.flatMap { id in catalogues.lazy.flatMap(\.qualifications).first { $0.id == id } }
        return text(among: [catalogued?.title, qualification.title]) ?? qualification.id ?? ""
    }

    /// A unit agreed: its title (the catalogue's when the agreement names its id), points, the
    /// learning outcomes and activities.
    private func unitBlock(_ unit: AgreedUnit) -> HTML {
        let catalogued = self.unit(unit.id)
        let part = unit.part.flatMap { id in catalogued?.parts.first { $0.id == id } }
        let title = text(among: [part?.title, catalogued?.title, unit.title]) ?? reference(unit.id, unit.part)
        return .tag("div", [("class", "unit")], [
            HTML.tag("h3", text: reference(unit.id, unit.part) + " " + title)!,
            table([(.part, unit.part), (.points, unit.points?.canonical)]),
            outcomeList(unit.learningOutcomes),
            HTML.tag("p", text: text(unit.learningActivities).map { heading(.learningActivities) + ": " + $0 }),
        ].compactMap { $0 })
    }

    /// The outcomes, each as the catalogue states it in the page's language, else as agreed.
    private func outcomeList(_ agreed: [AgreedOutcome]) -> HTML? {
        guard !agreed.isEmpty else { return nil }
        return .tag("div", [], [HTML.tag("p", [("class", "label")], text: heading(.learningOutcomes))!,
                                .tag("ul", [], agreed.compactMap { outcome in
                                    HTML.tag("li", text: text(among: [self.outcome(outcome.id)?.text, outcome.statement]) ?? outcome.id)
                                })])
    }

    private func arrangement(_ arrangement: Arrangement) -> HTML { self.arrangement(arrangement, titled: nil) }

    private func arrangement(_ arrangement: Arrangement, titled title: Heading?) -> HTML {
        .tag("div", [("class", "arrangement")], [title.flatMap { HTML.tag("h3", text: heading($0)) }, table([
            (.responsible, ([party(arrangement.by, among: parties)].compactMap { $0 } + arrangement.responsible.map(contactLine)).joined(separator: "; ").nonEmpty),
            (.how, text(arrangement.how)), (.documents, nonEmpty(arrangement.documents)?.joined(separator: ", ")),
            (.dates, nonEmpty(arrangement.dates)?.joined(separator: ", ")), (.schedule, text(arrangement.schedule)),
        ])].compactMap { $0 })
    }

    private func decision(_ decision: Decision, titled title: Heading) -> HTML {
        .tag("div", [("class", "arrangement")], [HTML.tag("h3", text: heading(title))!, table([
            (.decidedBy, [party(decision.by, among: parties), decision.person?.name].compactMap { $0 }.joined(separator: ", ").nonEmpty),
            (.date, decision.date), (.decision, text(decision.outcome)),
        ])])
    }

    /// A line per signature given, and an empty line for each party yet to sign.
    private func signatureBlock(_ signatures: [Signature], parties: [MobilityOrganisation], titled title: Heading = .signatures) -> HTML {
        var lines = signatures.map { signature in
            HTML.tag("tr", [], [cell(party(signature.party, among: parties)), cell(signature.name), cell(signature.position), cell(signature.place),
                                cell(signature.date), .tag("td", [("class", "line")], [])])
        }
        for organisation in parties where !signatures.contains(where: { $0.party == organisation.id }) {
            lines.append(.tag("tr", [], [cell(text(organisation.name) ?? organisation.id), cell(nil), cell(nil), cell(nil), cell(nil),
                                         .tag("td", [("class", "line")], [])]))
        }
        let header = HTML.tag("tr", [], [Heading.party, .name, .position, .place, .date, .signature].map { HTML.tag("th", text: heading($0))! })
        return .tag("section", [("class", "signatures")], [HTML.tag("h2", text: heading(title))!, .tag("table", [], [header] + lines)])
    }

    private func party(_ key: String?, among parties: [MobilityOrganisation]) -> String? {
        guard let key else { return nil }
        if let organisation = parties.first(where: { $0.id == key }) { return text(organisation.name) ?? key }
        switch key {
        case "learner": return heading(.learner)
        case "guardian": return heading(.guardian)
        default: return key
        }
    }

    // MARK: - HTML

    private func section(_ title: Heading, _ content: [HTML]) -> HTML {
        .tag("section", [], [HTML.tag("h2", text: heading(title))!] + content)
    }

    /// Label and value rows; rows without a value are left out.
    private func table(_ rows: [(Heading, String?)]) -> HTML {
        .tag("table", [("class", "fields")], rows.compactMap { label, value in
            value.map { .tag("tr", [], [HTML.tag("th", text: heading(label))!, HTML.tag("td", text: $0)!]) }
        })
    }

    private func cell(_ value: String?) -> HTML { .tag("td", [], value.map { [.text($0)] } ?? []) }

    private func heading(_ heading: Heading) -> String { heading.text(language) }

    /// The text in the page's language, else in the document's, else the first written.
    private func text(_ text: LocalizedText) -> String? { self.text(among: [text]) }

    /// The first of `texts` written in the page's language, else in the document's, else the
    /// first text written at all.
    private func text(among texts: [LocalizedText?]) -> String? {
        for preferred in [language, documentLanguage].compactMap({ $0 }) {
            for text in texts { if let found = text?[preferred], !found.isEmpty { return found } }
        }
        return texts.lazy.compactMap { $0?.entries.first?.text }.first
    }

    /// A unit, or a part of it, as the page names it: `U-YTO-VV / P-VV-VVVK`, in no language.
    private func reference(_ unit: String?, _ part: String?) -> String {
        [unit ?? "?", part].compactMap { $0 }.joined(separator: " / ")
    }

    /// An enclosure in words where its code is known.
    private func enclosure(_ code: String) -> String {
        Heading.enclosureCodes[code].map(heading) ?? code
    }

    private func nonEmpty<Item>(_ items: [Item]) -> [Item]? { items.isEmpty ? nil : items }

    /// Screen and A4 print styles.
    static let style = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111;
               max-width: 190mm; margin: 1.5em auto; padding: 0 1em; }
        header { border-bottom: 2px solid #123c69; margin-bottom: 1em; }
        h1 { font-size: 18pt; color: #123c69; margin: 0 0 .2em 0; }
        h2 { font-size: 12.5pt; color: #123c69; border-bottom: 1px solid #c8d3e0; margin: 1.4em 0 .5em 0; }
        h3 { font-size: 11pt; margin: .8em 0 .3em 0; }
        .reference { color: #555; margin: 0 0 .6em 0; }
        table { border-collapse: collapse; width: 100%; margin: .2em 0 .6em 0; }
        th, td { text-align: left; vertical-align: top; padding: .25em .5em; border-bottom: 1px solid #e3e8ef; }
        table.fields th { width: 32%; font-weight: 600; color: #333; }
        .unit, .party, .arrangement { break-inside: avoid; }
        .label { font-weight: 600; margin: .3em 0 0 0; }
        ul { margin: .2em 0 .5em 1.2em; padding: 0; }
        .total { font-weight: 600; }
        .signatures td { height: 2.4em; }
        .signatures td.line { border-bottom: 1px solid #111; width: 30%; }
        .note { color: #666; font-size: 8.5pt; margin-top: 2em; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print { body { margin: 0; max-width: none; padding: 0; } section { break-inside: auto; } h2 { break-after: avoid; }
                       .signatures { break-inside: avoid; } }
        """
}

extension String {
    /// `nil` for the empty string.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}

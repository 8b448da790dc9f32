import ECVETModel

/// V21: language tags are ISO 639-1, or ISO 639-2/3 for a Europass language without a two-letter code.
struct LanguageCodeValid: StatementRule {
    let id = DiagnosticID("V21", "language-code", .error)
    let summary = "Language tags, of texts and of language lists, are ISO 639-1 codes; a three-letter code only for a language of the Europass vocabulary that has no two-letter one (sma, nds, gsw; not fin); BCP 47 tags such as sv-FI and en-GB are accepted (the language part is checked, the region kept)."
    let source = "Europass LOQ XSD: language minOccurs=1 (EU Publications Office language authority)"
    let hint = "use a two-letter ISO 639-1 code such as fi, sv or en"

    func check(_ context: ValidationContext, statements: StatementFacts, into findings: inout Findings) {
        var tags = LanguageTags()
        // Owners are named only for a finding: naming every outcome up front costs more than
        // the check.
        func texts(_ text: LocalizedText, _ key: String, _ owner: () -> String, _ entity: String, _ location: SourceLocation) {
            for entry in text.entries where !tags.isKnown(entry.language) {
                findings.append(finding("language \"\(entry.language)\" of a text of \(owner()) is not an ISO 639-1 code\(Self.advice(entry.language))",
                                        at: text.location(of: entry.language, key: key, in: location), entity: entity))
            }
        }
        func codes(_ codes: [Code], _ owner: () -> String, _ entity: String) {
            for code in codes where !tags.isKnown(code.written) {
                findings.append(finding("language \"\(code.written)\" of \(owner()) is not an ISO 639-1 code\(Self.advice(code.written))",
                                        at: code.location, entity: entity))
            }
        }
        let catalogue = context.catalogue
        if let language = catalogue.defaultLanguage { codes([language], { "the catalogue" }, catalogue.id ?? "") }
        texts(catalogue.title, "title", { "the catalogue" }, catalogue.id ?? "", catalogue.location)
        for qualification in catalogue.qualifications {
            let name = { Naming.qualification(qualification) }
            codes(qualification.languages, name, qualification.id)
            for (text, key) in [(qualification.title, "title"), (qualification.description, "description"),
                                (qualification.entryRequirements, "entryRequirements"),
                                (qualification.learningOutcomeSummary, "learningOutcomeSummary")] {
                texts(text, key, name, qualification.id, qualification.location)
            }
        }
        let units = catalogue.units
        for index in units.indices {
            let name = { Naming.unit(units[index]) }
            codes(units[index].languages, name, units[index].id)
            texts(units[index].title, "title", name, units[index].id, units[index].location)
            texts(units[index].description, "description", name, units[index].id, units[index].location)
        }
        // The statements' tags were judged with their text (in the context).
        let outcomes = catalogue.learningOutcomes
        for index in outcomes.indices {
            let range = statements.statements(ofOutcome: index)
            for statement in range where !statements.knownLanguage[statement] {
                let entry = outcomes[index].text.entries[statement - range.lowerBound]
                findings.append(finding("language \"\(entry.language)\" of a text of learning outcome \"\(outcomes[index].id)\" is not an ISO 639-1 code\(Self.advice(entry.language))",
                                        at: outcomes[index].text.location(of: entry.language, key: "text", in: outcomes[index].location),
                                        entity: outcomes[index].id))
            }
        }
        for organisation in catalogue.organisations {
            texts(organisation.name, "name", { "organisation \"\(organisation.id)\"" }, organisation.id, organisation.location)
        }
    }

    /// `: use "fi"` for a three-letter code of a language that has a two-letter one.
    static func advice(_ tag: String) -> String {
        LanguageTags.twoLetterCode(of: tag).map { ": use \"\($0)\"" } ?? ""
    }
}

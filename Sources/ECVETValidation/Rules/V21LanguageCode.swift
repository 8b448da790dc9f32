import ECVETModel

/// V21: language tags are ISO 639-1.
struct LanguageCodeValid: Rule {
    let id = DiagnosticID("V21", "language-code", .error)
    let summary = "Language tags, of texts and of language lists, are ISO 639-1 codes; BCP 47 tags such as sv-FI and en-GB are accepted (the language part is checked, the region kept)."
    let source = "Europass LOQ XSD: language minOccurs=1 (EU Publications Office language authority)"
    let hint = "use a two-letter ISO 639-1 code such as fi, sv or en"

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // A catalogue writes its texts in a few languages: the answers for the first few tags
        // are kept in a short list, where comparing short strings costs less than hashing them.
        var frequent: [(tag: String, known: Bool)] = []
        var known: [String: Bool] = [:]
        func isKnown(_ tag: String) -> Bool {
            for entry in frequent where entry.tag == tag { return entry.known }
            if let answer = known[tag] { return answer }
            let answer = Self.isISO6391(tag)
            if frequent.count < 8 { frequent.append((tag, answer)) } else { known[tag] = answer }
            return answer
        }
        // Owners are named only for a finding: naming every outcome up front costs more than
        // the check.
        func texts(_ text: LocalizedText, _ owner: () -> String, _ entity: String, _ location: SourceLocation) {
            for entry in text.entries where !isKnown(entry.language) {
                findings.append(finding("language \"\(entry.language)\" of a text of \(owner()) is not an ISO 639-1 code",
                                        at: location, entity: entity))
            }
        }
        func codes(_ codes: [Code], _ owner: () -> String, _ entity: String) {
            for code in codes where !isKnown(code.written) {
                findings.append(finding("language \"\(code.written)\" of \(owner()) is not an ISO 639-1 code",
                                        at: code.location, entity: entity))
            }
        }
        let catalogue = context.catalogue
        if let language = catalogue.defaultLanguage { codes([language], { "the catalogue" }, catalogue.id ?? "") }
        texts(catalogue.title, { "the catalogue" }, catalogue.id ?? "", catalogue.location)
        for qualification in catalogue.qualifications {
            let name = { Naming.qualification(qualification) }
            codes(qualification.languages, name, qualification.id)
            for text in [qualification.title, qualification.description, qualification.entryRequirements,
                         qualification.learningOutcomeSummary] {
                texts(text, name, qualification.id, qualification.location)
            }
        }
        let units = catalogue.units
        for index in units.indices {
            let name = { Naming.unit(units[index]) }
            codes(units[index].languages, name, units[index].id)
            texts(units[index].title, name, units[index].id, units[index].location)
            texts(units[index].description, name, units[index].id, units[index].location)
        }
        // Fields are read through the array, so no outcome is copied whole.
        let outcomes = catalogue.learningOutcomes
        for index in outcomes.indices {
            texts(outcomes[index].text, { "learning outcome \"\(outcomes[index].id)\"" }, outcomes[index].id,
                  outcomes[index].location)
        }
        for organisation in catalogue.organisations {
            texts(organisation.name, { "organisation \"\(organisation.id)\"" }, organisation.id, organisation.location)
        }
        return findings
    }

    /// The language part of a BCP 47 tag is an ISO 639-1 code.
    static func isISO6391(_ tag: String) -> Bool {
        let language = tag.split(separator: "-", maxSplits: 1).first.map { String($0).lowercased() } ?? ""
        return language.count == 2 && CodeLists.languageByAlpha2[language] != nil
    }
}

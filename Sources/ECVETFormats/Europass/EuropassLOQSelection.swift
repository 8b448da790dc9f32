import ECVETModel
import ECVETBytes

/// What of a catalogue a Europass LOQ document can take, decided before a byte is written: the
/// entities that have everything the official schema requires of them, and a warning (`X02`)
/// for each entity or value left out, so that every document written is valid.
///
/// When the `europass` rule profile passes, nothing but malformed values is left out; with
/// `--allow-incomplete`, this is what keeps the document valid. An entity left out takes the
/// references to it along: a unit without outcomes leaves its qualifications' links, an
/// organisation without a country leaves the awarding opportunities that name it.
package struct EuropassLOQSelection {
    /// Warnings for what is left out, in document order.
    package private(set) var omissions: [Diagnostic] = []
    /// Whether the document holds no qualification and no unit: everything was left out.
    package var isEmpty: Bool { !writesQualification.contains(true) && !writesUnit.contains(true) }
    /// Whether each qualification, unit, outcome and organisation is written, by index.
    private(set) var writesQualification: [Bool]
    private(set) var writesUnit: [Bool]
    private(set) var writesOutcome: [Bool]
    private(set) var writesOrganisation: [Bool]
    /// The ids of the outcomes and organisations written.
    private(set) var outcomeIDs: Set<String> = []
    private(set) var organisationIDs: Set<String> = []
    /// The ids of the qualifications written.
    private(set) var qualificationIDs: Set<String> = []
    /// Identifiers left out because an earlier one in the document has their notation, which
    /// the schema wants unique: `documentID NUL notation`.
    private var repeatedNotations: Set<String> = []
    /// Units that name an outcome the document does not have (left out, or not in the catalogue).
    private var unitsMissingOutcomes: Set<String> = []
    /// The awarding body of units with a validity and no body of their own, when all their
    /// qualifications in the document name the same one.
    private var inheritedAwardingBodies: [String: String] = [:]

    package init(_ catalogue: Catalogue) {
        writesQualification = Array(repeating: false, count: catalogue.qualifications.count)
        writesUnit = Array(repeating: false, count: catalogue.units.count)
        writesOutcome = Array(repeating: false, count: catalogue.learningOutcomes.count)
        writesOrganisation = Array(repeating: false, count: catalogue.organisations.count)
        // Every specification (qualification, unit, unit part) shares one key in the schema.
        var documentIDs = Set<String>()

        // Outcomes are hundreds of thousands: their fields are read in place, not copied.
        let outcomes = catalogue.learningOutcomes
        for index in outcomes.indices {
            let id = outcomes[index].id
            guard outcomeIDs.insert(id).inserted else {
                leaveOut("learning outcome \"\(id)\" is there twice: the second is left out of the Europass document",
                         outcomes[index].location, id)
                continue
            }
            guard Self.hasText(outcomes[index].text) else {
                outcomeIDs.remove(id)
                leaveOut("learning outcome \"\(id)\" has no statement, which LOQ requires: left out of the Europass document",
                         outcomes[index].location, id)
                continue
            }
            writesOutcome[index] = true
        }
        for (index, organisation) in catalogue.organisations.enumerated() {
            let name = "organisation \"\(organisation.id)\""
            guard !organisationIDs.contains(organisation.id) else {
                leaveOut("\(name) is there twice: the second is left out of the Europass document", organisation.location, organisation.id)
                continue
            }
            guard EuropassLOQEmitter.countryURI(organisation.country ?? catalogue.country) != nil else {
                leaveOut("\(name) has no country of the Europass list, which LOQ requires of its address: left out of the Europass document, with the awarding opportunities that name it",
                         organisation.location, organisation.id)
                continue
            }
            if !Self.hasText(organisation.name) {
                leaveOut("\(name) has no name, which LOQ requires as its legal name: its id \"\(organisation.id)\" stands in for it",
                         organisation.location, organisation.id)
            }
            organisationIDs.insert(organisation.id)
            writesOrganisation[index] = true
        }

        var outcomesOfUnit: [String: Bool] = [:]
        for (index, unit) in catalogue.units.enumerated() {
            let name = "Unit " + Self.name(unit.id, unit.title)
            guard documentIDs.insert(EuropassLOQEmitter.id(unit.uri, "unit", unit.id)).inserted else {
                leaveOut("\(name): its id is taken by another specification; left out of the Europass document", unit.location, unit.id)
                continue
            }
            var missing = Self.missing(title: unit.title, iscedF: unit.iscedF, languages: unit.languages)
            let named = unit.learningOutcomes.count + unit.parts.reduce(0) { $0 + $1.learningOutcomes.count }
            let written = unit.learningOutcomes.count { outcomeIDs.contains($0.id) }
                + unit.parts.reduce(0) { total, part in total + part.learningOutcomes.count { outcomeIDs.contains($0.id) } }
            if written < named { unitsMissingOutcomes.insert(unit.id) }
            if written == 0 { missing.append("learning outcomes") }
            guard missing.isEmpty else {
                leaveOut("\(name) has no \(Self.list(missing)), which LOQ requires: left out of the Europass document, with the links to it",
                         unit.location, unit.id)
                continue
            }
            for part in unit.parts {
                // LOQ requires outcomes of a specification: a part without any is said, not dropped without a word.
                guard part.learningOutcomes.contains(where: { outcomeIDs.contains($0.id) }) else {
                    leaveOut("part \"\(part.id)\" of \(name) has no learning outcomes, which LOQ requires: left out of the Europass document "
                             + "(its unit is written)", part.location, unit.id)
                    continue
                }
                if !documentIDs.insert(EuropassLOQEmitter.partID(unit: unit.id, part: part.id)).inserted {
                    leaveOut("part \"\(part.id)\" of \(name) is there twice: the second is left out of the Europass document", part.location, unit.id)
                }
            }
            outcomesOfUnit[unit.id] = true
            writesUnit[index] = true
        }

        for (index, qualification) in catalogue.qualifications.enumerated() {
            let name = "Qualification " + Self.name(qualification.id, qualification.title)
            guard documentIDs.insert(EuropassLOQEmitter.id(qualification.uri, "qualification", qualification.id)).inserted else {
                leaveOut("\(name): its id is taken by another specification; left out of the Europass document",
                         qualification.location, qualification.id)
                continue
            }
            var missing = Self.missing(title: qualification.title, iscedF: qualification.iscedF, languages: qualification.languages)
            if qualification.eqfLevel?.uri == nil { missing.append("EQF level 1–8") }
            if !qualification.nqfLevels.contains(where: { $0.europassURI.flatMap { CodeLists.nqfLevelByURI[$0] } != nil }) {
                missing.append("NQF level of the Europass list")
            }
            let ownOutcomes = qualification.learningOutcomes.contains { outcomeIDs.contains($0.id) }
            if !ownOutcomes && !qualification.unitLinks.contains(where: { outcomesOfUnit[$0.unit.id] ?? false }) {
                missing.append("learning outcomes (of its own or through its units)")
            }
            guard missing.isEmpty else {
                leaveOut("\(name) has no \(Self.list(missing)), which LOQ requires: left out of the Europass document",
                         qualification.location, qualification.id)
                continue
            }
            qualificationIDs.insert(qualification.id)
            writesQualification[index] = true
        }
        for (index, qualification) in catalogue.qualifications.enumerated() where writesQualification[index] {
            checkValues(of: qualification, name: "Qualification " + Self.name(qualification.id, qualification.title))
        }
        inheritAwardingBodies(catalogue)
        for (index, unit) in catalogue.units.enumerated() where writesUnit[index] {
            checkValues(of: unit, name: "Unit " + Self.name(unit.id, unit.title))
        }
        findRepeatedNotations(catalogue)
    }

    // MARK: - Questions of the emitter

    /// Whether the identifier `notation` of the specification or organisation `documentID` is written.
    func writes(notation: String, of documentID: String) -> Bool {
        repeatedNotations.isEmpty || !repeatedNotations.contains(documentID + "\u{0}" + notation)
    }

    /// Whether every outcome a unit (or its parts) names is in the document, as nearly always:
    /// the emitter then looks none of them up.
    func writesEveryOutcome(of unitID: String) -> Bool {
        unitsMissingOutcomes.isEmpty || !unitsMissingOutcomes.contains(unitID)
    }

    /// The awarding body of a unit's awarding opportunity: its own, else the one all its
    /// qualifications share; `nil` when neither is in the document.
    func awardingBody(of unit: ECVETModel.Unit) -> String? {
        if let own = unit.awardingBody?.id { return organisationIDs.contains(own) ? own : nil }
        return inheritedAwardingBodies[unit.id]
    }

    /// The notations of an entity's identifiers, in the order written: its code, then the others.
    static func notations(code: String?, _ identifiers: [Identifier]) -> [String] {
        (code.map { [$0] } ?? []) + identifiers.map(\.value)
    }

    private mutating func inheritAwardingBodies(_ catalogue: Catalogue) {
        let waiting = Set(catalogue.units.filter { $0.awardingBody == nil && !($0.validity?.isEmpty ?? true) }.map(\.id))
        guard !waiting.isEmpty else { return }
        var bodies: [String: Set<String>] = [:]
        for (index, qualification) in catalogue.qualifications.enumerated() where writesQualification[index] {
            let body = qualification.awardingBody.map(\.id).flatMap { organisationIDs.contains($0) ? $0 : nil } ?? ""
            for link in qualification.unitLinks where waiting.contains(link.unit.id) {
                bodies[link.unit.id, default: []].insert(body)
            }
        }
        for (unit, names) in bodies where names.count == 1 && names.first != "" {
            inheritedAwardingBodies[unit] = names.first
        }
    }

    /// Walks the identifiers in the emitter's order: qualifications, units with their parts,
    /// organisations.
    private mutating func findRepeatedNotations(_ catalogue: Catalogue) {
        var seen = Set<String>()
        func claim(_ notations: [String], of documentID: String, name: String, at location: SourceLocation, entity: String) {
            for notation in notations where !seen.insert(notation).inserted {
                repeatedNotations.insert(documentID + "\u{0}" + notation)
                leaveOut("\(name): identifier \"\(notation)\" is already an identifier of another entity of the Europass document, where identifiers are unique: left out",
                         location, entity)
            }
        }
        for (index, qualification) in catalogue.qualifications.enumerated() where writesQualification[index] {
            claim(Self.notations(code: qualification.code, qualification.identifiers),
                  of: EuropassLOQEmitter.id(qualification.uri, "qualification", qualification.id),
                  name: "Qualification " + Self.name(qualification.id, qualification.title), at: qualification.location, entity: qualification.id)
        }
        for (index, unit) in catalogue.units.enumerated() where writesUnit[index] {
            let name = "Unit " + Self.name(unit.id, unit.title)
            claim(Self.notations(code: unit.code, unit.identifiers), of: EuropassLOQEmitter.id(unit.uri, "unit", unit.id),
                  name: name, at: unit.location, entity: unit.id)
            for part in unit.parts where part.learningOutcomes.contains(where: { outcomeIDs.contains($0.id) }) {
                claim(Self.notations(code: part.code, []), of: EuropassLOQEmitter.partID(unit: unit.id, part: part.id),
                      name: "part \"\(part.id)\" of \(name)", at: part.location, entity: unit.id)
            }
        }
        for (index, organisation) in catalogue.organisations.enumerated() where writesOrganisation[index] {
            claim(organisation.identifiers.map(\.value), of: EuropassLOQEmitter.ownID("organisation", organisation.id),
                  name: "Organisation \"\(organisation.id)\"", at: organisation.location, entity: organisation.id)
        }
    }

    // MARK: - Values

    private mutating func checkValues(of qualification: Qualification, name: String) {
        checkOpportunity(awardingBody: qualification.awardingBody, validity: qualification.validity, name: name,
                         entity: qualification.id, at: qualification.location)
        check(duration: qualification.volumeOfLearning, name: name, entity: qualification.id, at: qualification.location)
        check(modified: qualification.modified, name: name, entity: qualification.id, at: qualification.location)
        let relations = [("hasPart", qualification.hasPart), ("isPartOf", qualification.isPartOf),
                         ("specialisationOf", qualification.specialisationOf), ("generalisationOf", qualification.generalisationOf)]
        for (relation, references) in relations {
            for reference in references where !qualificationIDs.contains(reference.id) {
                leaveOut("\(name): \(relation) \"\(reference.id)\" is not a qualification of the Europass document, and LOQ links only within it: left out",
                         reference.location, qualification.id)
            }
        }
    }

    private mutating func checkValues(of unit: ECVETModel.Unit, name: String) {
        if unit.awardingBody != nil {
            checkOpportunity(awardingBody: unit.awardingBody, validity: unit.validity, name: name, entity: unit.id, at: unit.location)
        } else if let validity = unit.validity, !validity.isEmpty {
            if let body = inheritedAwardingBodies[unit.id] {
                checkOpportunity(awardingBody: Reference(body), validity: validity, name: name, entity: unit.id, at: unit.location)
            } else {
                leaveOut("\(name): its validity is left out of the Europass document, where a validity belongs to an awarding opportunity, which names an awarding body: give the unit an awarding body, or its qualifications one",
                         validity.location, unit.id)
            }
        }
        check(duration: unit.volumeOfLearning, name: name, entity: unit.id, at: unit.location)
        check(modified: unit.modified, name: name, entity: unit.id, at: unit.location)
    }

    /// An awarding opportunity needs an awarding body in the document; its dates must be dates.
    private mutating func checkOpportunity(awardingBody: Reference?, validity: ValidityPeriod?, name: String, entity: String,
                                           at location: SourceLocation) {
        if let awardingBody, !organisationIDs.contains(awardingBody.id) {
            leaveOut("\(name): awarding body \"\(awardingBody.id)\" is not in the Europass document, so neither is its awarding opportunity nor the validity it carries",
                     awardingBody.location, entity)
            return
        }
        guard let validity, !validity.isEmpty else { return }
        for (end, date) in [("start", validity.from), ("end", validity.until)] {
            if let date, LOQValues.dateTime(date) == nil {
                leaveOut("\(name): the validity's \(end) \"\(date)\" is not a date (YYYY-MM-DD): left out of the Europass document",
                         validity.location, entity)
            }
        }
    }

    private mutating func check(duration: String?, name: String, entity: String, at location: SourceLocation) {
        guard let duration, LOQValues.duration(duration) == nil else { return }
        leaveOut("\(name): volume of learning \"\(duration)\" is not an ISO 8601 duration LOQ takes (P3Y, PT1600H): left out of the Europass document",
                 location, entity)
    }

    private mutating func check(modified: String?, name: String, entity: String, at location: SourceLocation) {
        guard let modified, LOQValues.dateTime(modified) == nil else { return }
        leaveOut("\(name): modified \"\(modified)\" is not a date (YYYY-MM-DD): left out of the Europass document", location, entity)
    }

    // MARK: - Pieces

    private mutating func leaveOut(_ message: String, _ location: SourceLocation, _ entity: String) {
        omissions.append(Diagnostic(.leftOutOfEuropass, message.prefix(1).uppercased() + message.dropFirst(),
                                    at: location, entityID: entity))
    }

    /// Whether some language of `text` says something once trimmed and stripped of HTML, as LOQ
    /// writes it: `"  "` and `"<p></p>"` say nothing, and the emitter leaves such languages out.
    static func hasText(_ text: LocalizedText) -> Bool {
        text.entries.contains { !PlainText.from(html: $0.text).isEmpty }
    }

    /// What of a specification's required content is missing.
    private static func missing(title: LocalizedText, iscedF: [Code], languages: [Code]) -> [String] {
        var missing: [String] = []
        if !hasText(title) { missing.append("title") }
        if !iscedF.contains(where: { CodeLists.iscedFByCode[$0.written] != nil }) { missing.append("ISCED-F code") }
        if !languages.contains(where: { EuropassCSV.languageEntry($0.written).map { !$0.uri.isEmpty } ?? false }) {
            missing.append("language of the Europass list")
        }
        return missing
    }

    private static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items.last!
    }

    private static func name(_ id: String, _ title: LocalizedText) -> String {
        guard let text = title.text(), !text.isEmpty else { return "\"\(id)\"" }
        return "\"\(id) \(text)\""
    }
}

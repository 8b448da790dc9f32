import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// Writes a catalogue as a Europass document: the European Learning Model v3 "LOQ" application
/// profile (root `<Courses>`), version 3.1.0.
///
/// - Qualifications become `qualification`; units become `learningAchievementSpecification`
///   linked to each qualification that uses them with `isPartOf` (the 3.1 schema lets a
///   qualification's `hasPart` point only to qualifications); a unit's parts likewise, linked to
///   their unit. Relations between qualifications (`hasPart`, `isPartOf`, `specialisationOf`,
///   `generalisationOf`) are written as they are.
/// - Learning outcomes go to `learningOutcomeReferences`, listed on their units and, since LOQ
///   requires them there too, on every qualification that uses the units, after its own.
/// - Organisations go to `agentReferences` with a location in `locationReferences`; awarding
///   bodies and validity periods become `awardingOpportunity` (a unit without a body of its own
///   takes the one its qualifications share).
/// - Codes become vocabulary URIs (EQF, NQF, ISCED-F, languages, countries, credit frameworks,
///   skill types, reuse levels). Ids are the entities' URIs, or `urn:` ids made from their ids,
///   so an unchanged catalogue gives the same bytes; codes and identifiers keep their schemes.
///
/// What the official schema cannot take is left out, as `EuropassLOQSelection` decides and
/// reports, so the document is always valid. What LOQ has no place for: points per
/// qualification→unit link (a unit's own points are written), unit groups and their min/max
/// rules, assessment procedures and criteria, notes in more than one language (the first is
/// written), and unknown fields.
package struct EuropassLOQEmitter {
    /// The application profile's namespace and version, held in one place.
    package static let namespace = "http://data.europa.eu/snb/model/ap/loq-constraints/"
    package static let version = "3.1.0"

    let writer: XMLWriter
    let catalogue: Catalogue
    let selection: EuropassLOQSelection

    package init(writer: XMLWriter, catalogue: Catalogue, selection: EuropassLOQSelection? = nil) {
        self.writer = writer
        self.catalogue = catalogue
        self.selection = selection ?? EuropassLOQSelection(catalogue)
    }

    /// Writes the document and flushes it.
    package func emit() throws(OutputError) {
        let unitsByID = Dictionary(catalogue.units.indices.filter { selection.writesUnit[$0] }.map { (catalogue.units[$0].id, catalogue.units[$0]) },
                                   uniquingKeysWith: { first, _ in first })
        var qualificationsOfUnit: [String: [String]] = [:]
        for (index, qualification) in catalogue.qualifications.enumerated() where selection.writesQualification[index] {
            for link in qualification.unitLinks where !(qualificationsOfUnit[link.unit.id]?.contains(qualification.id) ?? false) {
                qualificationsOfUnit[link.unit.id, default: []].append(qualification.id)
            }
        }

        writer.startRoot("Courses", namespace: Self.namespace)
        writer.namespace(prefix: "skos", uri: "http://www.w3.org/2004/02/skos/core#")
        writer.namespace(prefix: "dc", uri: "http://purl.org/dc/terms/")
        writer.attribute("xsdVersion", Self.version)

        writer.startElement("learningAchievementSpecificationReferences")
        let qualificationURIs = Dictionary(catalogue.qualifications.map { ($0.id, $0.uri) }, uniquingKeysWith: { first, _ in first })
        func qualificationID(_ id: String) -> String { Self.id(qualificationURIs[id] ?? nil, "qualification", id) }
        for (index, qualification) in catalogue.qualifications.enumerated() where selection.writesQualification[index] {
            emit(qualification, units: unitsByID, qualificationID: qualificationID)
        }
        for (index, unit) in catalogue.units.enumerated() where selection.writesUnit[index] {
            emit(unit, partOf: (qualificationsOfUnit[unit.id] ?? []).map(qualificationID))
        }
        writer.endElement()

        if selection.writesOutcome.contains(true) {
            writer.startElement("learningOutcomeReferences")
            for index in catalogue.learningOutcomes.indices where selection.writesOutcome[index] {
                emit(catalogue.learningOutcomes[index])
            }
            writer.endElement()
        }
        let organisations = catalogue.organisations.indices.filter { selection.writesOrganisation[$0] }.map { catalogue.organisations[$0] }
        if !organisations.isEmpty {
            writer.startElement("agentReferences")
            organisations.forEach { emit($0) }
            writer.endElement()
            writer.startElement("locationReferences")
            organisations.forEach { emitLocation(of: $0) }
            writer.endElement()
        }
        writer.endElement()
        try writer.finish()
    }

    // MARK: - Entities

    private func emit(_ qualification: Qualification, units: [String: ECVETModel.Unit], qualificationID: (String) -> String) {
        let documentID = Self.id(qualification.uri, "qualification", qualification.id)
        writer.startElement("qualification")
        writer.attribute("id", documentID)
        identifiers(of: documentID, code: qualification.code, codeScheme: "national qualification code", qualification.identifiers)
        text("title", qualification.title)
        text("description", qualification.description)
        if let homepage = qualification.homepage {
            writer.startElement("homepage")
            writer.element("contentUrl", homepage)
            writer.endElement()
        }
        writer.element("modified", qualification.modified.flatMap(LOQValues.dateTime))
        note("learningOutcomeSummary", qualification.learningOutcomeSummary)
        qualification.iscedF.compactMap { CodeLists.iscedFByCode[$0.written]?.uri }.forEach { reference("ISCEDFCode", $0) }
        writer.element("volumeOfLearning", qualification.volumeOfLearning.flatMap(LOQValues.duration))
        creditPoint(qualification.credits)
        languages(qualification.languages)
        note("entryRequirement", qualification.entryRequirements)
        // Its own outcomes, then its units', each once and only those in the document.
        var seen = Set<String>()
        func list(_ outcomes: [Reference], checked: Bool) {
            for outcome in outcomes where (!checked || selection.outcomeIDs.contains(outcome.id)) && seen.insert(outcome.id).inserted {
                idReference("learningOutcome", Self.ownID("learning-outcome", outcome.id))
            }
        }
        list(qualification.learningOutcomes, checked: true)
        for link in qualification.unitLinks {
            guard let unit = units[link.unit.id] else { continue }
            let checked = !selection.writesEveryOutcome(of: unit.id)
            list(unit.learningOutcomes, checked: checked)
            unit.parts.forEach { list($0.learningOutcomes, checked: checked) }
        }
        relation("hasPart", qualification.hasPart, qualificationID)
        relation("specialisationOf", qualification.specialisationOf, qualificationID)
        relation("isPartOf", qualification.isPartOf, qualificationID)
        relation("generalisationOf", qualification.generalisationOf, qualificationID)
        awardingOpportunity(body: qualification.awardingBody.map(\.id).flatMap { selection.organisationIDs.contains($0) ? $0 : nil },
                            validity: qualification.validity, of: documentID)
        writer.element("isPartialQualification", qualification.isPartial.map { $0 ? "true" : "false" })
        if let uri = qualification.eqfLevel?.uri { reference("EQFLevel", uri) }
        qualification.nqfLevels.compactMap(\.europassURI).filter { CodeLists.nqfLevelByURI[$0] != nil }
            .forEach { reference("NQFLevel", $0) }
        writer.endElement()
    }

    /// A unit, and its parts; `qualifications` are the document ids of the qualifications using it.
    private func emit(_ unit: ECVETModel.Unit, partOf qualifications: [String]) {
        let unitID = Self.id(unit.uri, "unit", unit.id)
        specification(id: unitID, code: unit.code, identifiers: unit.identifiers, title: unit.title, description: unit.description,
                      modified: unit.modified, iscedF: unit.iscedF, volumeOfLearning: unit.volumeOfLearning,
                      credits: unit.credits, languages: unit.languages,
                      outcomes: unit.learningOutcomes + unit.parts.flatMap(\.learningOutcomes),
                      checked: !selection.writesEveryOutcome(of: unit.id), partOf: qualifications, awardingBody: selection.awardingBody(of: unit), validity: unit.validity)
        for part in unit.parts where part.learningOutcomes.contains(where: { selection.outcomeIDs.contains($0.id) }) {
            specification(id: Self.partID(unit: unit.id, part: part.id), code: part.code, identifiers: [],
                          title: part.title.isEmpty ? unit.title : part.title, description: part.description,
                          modified: nil, iscedF: unit.iscedF, volumeOfLearning: nil, credits: part.credits, languages: unit.languages,
                          outcomes: part.learningOutcomes, checked: !selection.writesEveryOutcome(of: unit.id), partOf: [unitID], awardingBody: nil, validity: nil)
        }
    }

    /// A `learningAchievementSpecification`, in the schema's element order.
    private func specification(id: String, code: String?, identifiers others: [Identifier], title: LocalizedText,
                               description: LocalizedText, modified: String?, iscedF: [Code], volumeOfLearning: String?,
                               credits: CreditPoints?, languages codes: [Code], outcomes: [Reference], checked: Bool,
                               partOf: [String], awardingBody: String?, validity: ValidityPeriod?) {
        writer.startElement("learningAchievementSpecification")
        writer.attribute("id", id)
        identifiers(of: id, code: code, codeScheme: "national unit code", others)
        text("title", title)
        text("description", description)
        writer.element("modified", modified.flatMap(LOQValues.dateTime))
        iscedF.compactMap { CodeLists.iscedFByCode[$0.written]?.uri }.forEach { reference("ISCEDFCode", $0) }
        writer.element("volumeOfLearning", volumeOfLearning.flatMap(LOQValues.duration))
        creditPoint(credits)
        languages(codes)
        var seen = Set<String>()
        for outcome in outcomes where (!checked || selection.outcomeIDs.contains(outcome.id)) && seen.insert(outcome.id).inserted {
            idReference("learningOutcome", Self.ownID("learning-outcome", outcome.id))
        }
        partOf.forEach { idReference("isPartOf", $0) }
        awardingOpportunity(body: awardingBody, validity: validity, of: id)
        writer.endElement()
    }

    private func emit(_ outcome: LearningOutcome) {
        writer.startElement("learningOutcome")
        writer.attribute("id", Self.ownID("learning-outcome", outcome.id))
        text("title", outcome.text)
        switch outcome.category?.kind {
        case .knowledge: reference("type", "http://data.europa.eu/snb/skill-type/knowledge")
        case .skills: reference("type", "http://data.europa.eu/snb/skill-type/skill")
        default: break
        }
        if let level = outcome.reuseLevel.flatMap(Self.reuseLevelURI) { reference("reusabilityLevel", level) }
        outcome.relatedSkills.forEach { reference("relatedSkill", $0.id) }
        outcome.escoSkills.forEach { reference("relatedESCOSkill", $0.id) }
        writer.endElement()
    }

    private func emit(_ organisation: Organisation) {
        let documentID = Self.ownID("organisation", organisation.id)
        writer.startElement("organisation")
        writer.attribute("id", documentID)
        // Without a name (the selection warns of it), its id stands in for the legal name LOQ requires.
        text("legalName", EuropassLOQSelection.hasText(organisation.name) ? organisation.name : LocalizedText(["en": organisation.id]))
        identifiers(of: documentID, code: nil, codeScheme: "", organisation.identifiers)
        if let homepage = organisation.homepage {
            writer.startElement("homepage")
            writer.element("contentUrl", homepage)
            writer.endElement()
        }
        idReference("location", Self.id(nil, "location", organisation.id))
        if let email = organisation.email, !email.isEmpty {
            writer.startElement("contactPoint")
            writer.element("emailAddress", email.contains(":") ? email : "mailto:" + email)
            writer.endElement()
        }
        writer.endElement()
    }

    private func emitLocation(of organisation: Organisation) {
        let country = Self.countryURI(organisation.country ?? catalogue.country)
        writer.startElement("location")
        writer.attribute("id", Self.id(nil, "location", organisation.id))
        if let country { reference("spatialCode", country) }
        writer.startElement("address")
        if let text = organisation.address.entries.first {
            writer.startElement("fullAddress")
            writer.element("noteLiteral", text.text, attributes: [("language", Self.language(text.language))])
            writer.endElement()
        }
        if let country { reference("countryCode", country) }
        writer.endElement()
        writer.endElement()
    }

    /// An awarding opportunity, when there is an awarding body in the document: with the
    /// validity's dates that are dates.
    private func awardingOpportunity(body: String?, validity: ValidityPeriod?, of specification: String) {
        guard let body else { return }
        writer.startElement("awardingOpportunity")
        idReference("awardingBody", Self.ownID("organisation", body))
        let start = validity?.from.flatMap(LOQValues.dateTime), end = validity?.until.flatMap(LOQValues.dateTime)
        if start != nil || end != nil {
            writer.startElement("temporal")
            writer.element("startDate", start)
            writer.element("endDate", end)
            writer.endElement()
        }
        idReference("learningAchievementSpecification", specification)
        writer.endElement()
    }

    /// Links to other qualifications of the document (LOQ links only within it).
    private func relation(_ name: String, _ references: [Reference], _ documentID: (String) -> String) {
        for reference in references where selection.qualificationIDs.contains(reference.id) {
            idReference(name, documentID(reference.id))
        }
    }

    // MARK: - Pieces

    /// The code (in `codeScheme`) and the other identifiers, with their schemes; one whose
    /// notation the document has already is left out, as the selection reported.
    private func identifiers(of documentID: String, code: String?, codeScheme: String, _ others: [Identifier]) {
        let all = (code.map { [Identifier(scheme: codeScheme, value: $0)] } ?? []) + others
        for identifier in all where selection.writes(notation: identifier.value, of: documentID) {
            writer.startElement("identifier")
            writer.element("skos:notation", identifier.value)
            writer.element("schemeName", identifier.scheme)
            writer.endElement()
        }
    }

    /// A text in each language it is written in; a language whose text is only white space or
    /// markup has nothing to say and is left out.
    private func text(_ name: String, _ text: LocalizedText) {
        for entry in text.entries {
            let plain = PlainText.from(html: entry.text)
            guard !plain.isEmpty else { continue }
            writer.element(name, plain, attributes: [("language", Self.language(entry.language))])
        }
    }

    /// A note holds one `noteLiteral` in LOQ 3.1: the first language written.
    private func note(_ name: String, _ text: LocalizedText) {
        for entry in text.entries {
            let plain = PlainText.from(html: entry.text)
            guard !plain.isEmpty else { continue }
            writer.startElement(name)
            writer.element("noteLiteral", plain, attributes: [("language", Self.language(entry.language))])
            writer.endElement()
            return
        }
    }

    private func reference(_ name: String, _ uri: String) {
        writer.startElement(name)
        writer.attribute("uri", uri)
        writer.endElement()
    }

    private func idReference(_ name: String, _ id: String) {
        writer.startElement(name)
        writer.attribute("idref", id)
        writer.endElement()
    }

    private func languages(_ codes: [Code]) {
        var seen = Set<String>()
        for code in codes {
            guard let uri = EuropassCSV.languageEntry(code.written)?.uri, !uri.isEmpty, seen.insert(uri).inserted else { continue }
            reference("language", uri)
        }
    }

    /// `creditPoint` with its framework: ECVET or ECTS; a national system with a factor is
    /// converted to ECVET points, one without is left out (LOQ has no framework for it).
    private func creditPoint(_ credits: CreditPoints?) {
        guard let converted = EuropassPoints(credits), let framework = converted.framework else { return }
        writer.startElement("creditPoint")
        reference("framework", framework)
        writer.element("point", converted.points)
        writer.endElement()
    }

    // MARK: - Values

    /// The id itself where it is already a URI (`urn:…`, `http://…`, `https://…`, as a LOQ
    /// document read gives them), so that a document read and written again keeps its ids;
    /// else `urn:ecvetkit:KIND:ID`.
    static func ownID(_ kind: String, _ id: String) -> String {
        isURI(id) ? id : Self.id(nil, kind, id)
    }

    /// A part's id: its own where it is a URI, else made of its unit's and its own.
    static func partID(unit: String, part: String) -> String {
        isURI(part) ? part : id(nil, "unit-part", unit + "/" + part)
    }

    private static func isURI(_ id: String) -> Bool {
        (id.hasPrefix("urn:") || id.hasPrefix("http://") || id.hasPrefix("https://"))
            && !id.utf8.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") })
    }

    /// The entity's own URI, else `urn:ecvetkit:KIND:ID` (the id percent-encoded).
    static func id(_ uri: String?, _ kind: String, _ id: String) -> String {
        if let uri, !uri.isEmpty { return uri }
        // RFC 3986 unreserved bytes stay; every other byte of the UTF-8 is percent-encoded.
        func unreserved(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
        }
        let prefix = "urn:ecvetkit:" + kind + ":"
        var plain = true
        for byte in id.utf8 where !unreserved(byte) {
            plain = false
            break
        }
        if plain { return prefix + id }
        let hex = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(id.utf8.count * 3)
        for byte in id.utf8 {
            if unreserved(byte) {
                encoded.append(byte)
            } else {
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return prefix + String(decoding: encoded, as: UTF8.self)
    }

    /// The language part of a tag, lower-cased (`sv-FI` → `sv`).
    static func language(_ tag: String) -> String {
        // Nearly every tag is a lower-case code already: no splitting, no new string.
        if tag.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) { return tag }
        return tag.split(separator: "-").first.map { $0.lowercased() } ?? tag.lowercased()
    }

    static func countryURI(_ code: Code?) -> String? {
        guard let code else { return nil }
        return EuropassCSV.countryEntry(code.written).flatMap { $0.uri.isEmpty ? nil : $0.uri }
    }

    /// The Europass URI of a skill reuse level (`sector-specific`).
    static func reuseLevelURI(_ level: String) -> String? {
        let known = ["transversal", "cross-sector", "sector-specific", "occupation-specific"]
        let normal = level.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        return known.contains(normal) ? "http://data.europa.eu/snb/skill-reuse-level/" + normal : nil
    }
}

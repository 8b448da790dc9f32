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
///   their unit.
/// - Learning outcomes go to `learningOutcomeReferences`, listed on their units and, since LOQ
///   requires them there too, on every qualification that uses the units.
/// - Organisations go to `agentReferences` with a location in `locationReferences`; awarding
///   bodies and validity periods become `awardingOpportunity`.
/// - Codes become vocabulary URIs (EQF, NQF, ISCED-F, languages, countries, credit frameworks,
///   skill types). Ids are the entities' URIs, or `urn:` ids made from their ids, so an unchanged
///   catalogue gives the same bytes.
///
/// What LOQ cannot carry, and so is left out: points per qualification→unit link (a unit's own
/// points are written), unit groups and their min/max rules, assessment procedures and criteria,
/// notes (learning-outcome summary, entry requirements, addresses) in more than one language (the
/// first is written), and unknown fields. The writer assumes the `europass` rule profile has passed; values it cannot express
/// (an unknown code) are left out rather than invented.
package struct EuropassLOQEmitter {
    /// The application profile's namespace and version, held in one place.
    package static let namespace = "http://data.europa.eu/snb/model/ap/loq-constraints/"
    package static let version = "3.1.0"

    let writer: XMLWriter
    let catalogue: Catalogue
    private var notations = Set<String>()

    package init(writer: XMLWriter, catalogue: Catalogue) {
        self.writer = writer
        self.catalogue = catalogue
    }

    /// Writes the document and flushes it.
    package mutating func emit() throws(OutputError) {
        let unitsByID = Dictionary(catalogue.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var qualificationsOfUnit: [String: [String]] = [:]
        for qualification in catalogue.qualifications {
            for link in qualification.unitLinks where !(qualificationsOfUnit[link.unit.id]?.contains(qualification.id) ?? false) {
                qualificationsOfUnit[link.unit.id, default: []].append(qualification.id)
            }
        }

        writer.startRoot("Courses", namespace: Self.namespace)
        writer.namespace(prefix: "skos", uri: "http://www.w3.org/2004/02/skos/core#")
        writer.namespace(prefix: "dc", uri: "http://purl.org/dc/terms/")
        writer.attribute("xsdVersion", Self.version)

        writer.startElement("learningAchievementSpecificationReferences")
        for qualification in catalogue.qualifications {
            emit(qualification, units: unitsByID)
        }
        let qualificationURIs = Dictionary(catalogue.qualifications.map { ($0.id, $0.uri) }, uniquingKeysWith: { first, _ in first })
        for unit in catalogue.units {
            emit(unit, partOf: (qualificationsOfUnit[unit.id] ?? []).map { id in
                Self.id(qualificationURIs[id] ?? nil, "qualification", id)
            })
        }
        writer.endElement()

        if !catalogue.learningOutcomes.isEmpty {
            writer.startElement("learningOutcomeReferences")
            catalogue.learningOutcomes.forEach { emit($0) }
            writer.endElement()
        }
        let organisations = catalogue.organisations
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

    private mutating func emit(_ qualification: Qualification, units: [String: ECVETModel.Unit]) {
        writer.startElement("qualification")
        writer.attribute("id", Self.id(qualification.uri, "qualification", qualification.id))
        identifier(qualification.code ?? qualification.id, scheme: qualification.code == nil ? "ECVETKit qualification id" : "national qualification code")
        text("title", qualification.title)
        text("description", qualification.description)
        if let homepage = qualification.homepage {
            writer.startElement("homepage")
            writer.element("contentUrl", homepage)
            writer.endElement()
        }
        writer.element("modified", Self.modified(qualification.modified))
        note("learningOutcomeSummary", qualification.learningOutcomeSummary)
        qualification.iscedF.compactMap { CodeLists.iscedFByCode[$0.written]?.uri }.forEach { reference("ISCEDFCode", $0) }
        writer.element("volumeOfLearning", qualification.volumeOfLearning)
        creditPoint(qualification.credits)
        languages(qualification.languages)
        note("entryRequirement", qualification.entryRequirements)
        var outcomes: [String] = []
        var seen = Set<String>()
        for link in qualification.unitLinks {
            guard let unit = units[link.unit.id] else { continue }
            for reference in unit.learningOutcomes + unit.parts.flatMap(\.learningOutcomes) where seen.insert(reference.id).inserted {
                outcomes.append(reference.id)
            }
        }
        outcomes.forEach { idReference("learningOutcome", Self.id(nil, "learning-outcome", $0)) }
        if let body = qualification.awardingBody {
            writer.startElement("awardingOpportunity")
            idReference("awardingBody", Self.id(nil, "organisation", body.id))
            if let validity = qualification.validity, !validity.isEmpty {
                writer.startElement("temporal")
                writer.element("startDate", validity.from.map(Self.dateTime))
                writer.element("endDate", validity.until.map(Self.dateTime))
                writer.endElement()
            }
            idReference("learningAchievementSpecification", Self.id(qualification.uri, "qualification", qualification.id))
            writer.endElement()
        }
        writer.element("isPartialQualification", qualification.isPartial.map { $0 ? "true" : "false" })
        if let uri = qualification.eqfLevel?.uri { reference("EQFLevel", uri) }
        qualification.nqfLevels.compactMap(\.europassURI).filter { CodeLists.nqfLevelByURI[$0] != nil }
            .forEach { reference("NQFLevel", $0) }
        writer.endElement()
    }

    /// A unit, and its parts; `qualifications` are the document ids of the qualifications using it.
    private mutating func emit(_ unit: ECVETModel.Unit, partOf qualifications: [String]) {
        let unitID = Self.id(unit.uri, "unit", unit.id)
        specification(id: unitID, notation: unit.code ?? unit.id, title: unit.title, description: unit.description,
                      modified: unit.modified, iscedF: unit.iscedF, credits: unit.credits, languages: unit.languages,
                      outcomes: unit.learningOutcomes + unit.parts.flatMap(\.learningOutcomes),
                      partOf: qualifications)
        for part in unit.parts where !part.learningOutcomes.isEmpty {
            specification(id: Self.id(nil, "unit-part", unit.id + "/" + part.id), notation: part.code ?? "\(unit.id)/\(part.id)",
                          title: part.title.isEmpty ? unit.title : part.title, description: part.description,
                          modified: nil, iscedF: unit.iscedF, credits: part.credits, languages: unit.languages,
                          outcomes: part.learningOutcomes, partOf: [unitID])
        }
    }

    /// A `learningAchievementSpecification`, in the schema's element order.
    private mutating func specification(id: String, notation: String, title: LocalizedText, description: LocalizedText,
                                        modified: String?, iscedF: [Code], credits: CreditPoints?, languages codes: [Code],
                                        outcomes: [Reference], partOf: [String]) {
        writer.startElement("learningAchievementSpecification")
        writer.attribute("id", id)
        identifier(notation, scheme: "national unit code")
        text("title", title)
        text("description", description)
        writer.element("modified", Self.modified(modified))
        iscedF.compactMap { CodeLists.iscedFByCode[$0.written]?.uri }.forEach { reference("ISCEDFCode", $0) }
        creditPoint(credits)
        languages(codes)
        var seen = Set<String>()
        for outcome in outcomes where seen.insert(outcome.id).inserted {
            idReference("learningOutcome", Self.id(nil, "learning-outcome", outcome.id))
        }
        partOf.forEach { idReference("isPartOf", $0) }
        writer.endElement()
    }

    private mutating func emit(_ outcome: LearningOutcome) {
        writer.startElement("learningOutcome")
        writer.attribute("id", Self.id(nil, "learning-outcome", outcome.id))
        identifier(outcome.id, scheme: "learning outcome id")
        text("title", outcome.text)
        switch outcome.category?.kind {
        case .knowledge: reference("type", "http://data.europa.eu/snb/skill-type/knowledge")
        case .skills: reference("type", "http://data.europa.eu/snb/skill-type/skill")
        default: break
        }
        outcome.escoSkills.forEach { reference("relatedESCOSkill", $0.id) }
        writer.endElement()
    }

    private mutating func emit(_ organisation: Organisation) {
        writer.startElement("organisation")
        writer.attribute("id", Self.id(nil, "organisation", organisation.id))
        text("legalName", organisation.name.isEmpty ? LocalizedText(["en": organisation.id]) : organisation.name)
        for identifier in organisation.identifiers {
            writer.startElement("identifier")
            writer.element("skos:notation", identifier.value)
            writer.element("schemeName", identifier.scheme)
            writer.endElement()
        }
        if let homepage = organisation.homepage {
            writer.startElement("homepage")
            writer.element("contentUrl", homepage)
            writer.endElement()
        }
        idReference("location", Self.id(nil, "location", organisation.id))
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

    // MARK: - Pieces

    private mutating func identifier(_ notation: String, scheme: String) {
        var unique = notation
        var counter = 2
        while !notations.insert(unique).inserted {
            unique = "\(notation) (\(counter))"
            counter += 1
        }
        writer.startElement("identifier")
        writer.element("skos:notation", unique)
        writer.element("schemeName", scheme)
        writer.endElement()
    }

    private func text(_ name: String, _ text: LocalizedText) {
        for entry in text.entries where !entry.text.isEmpty {
            writer.element(name, PlainText.from(html: entry.text), attributes: [("language", Self.language(entry.language))])
        }
    }

    /// A note holds one `noteLiteral` in LOQ 3.1: the first language written.
    private func note(_ name: String, _ text: LocalizedText) {
        guard let entry = text.entries.first(where: { !$0.text.isEmpty }) else { return }
        writer.startElement(name)
        writer.element("noteLiteral", PlainText.from(html: entry.text), attributes: [("language", Self.language(entry.language))])
        writer.endElement()
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

    /// The entity's own URI, else `urn:ecvetkit:KIND:ID` (the id percent-encoded).
    static func id(_ uri: String?, _ kind: String, _ id: String) -> String {
        if let uri, !uri.isEmpty { return uri }
        // Ids are nearly always plain ASCII; only others go through percent-encoding.
        let plain = id.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
        }
        if plain { return "urn:ecvetkit:" + kind + ":" + id }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return "urn:ecvetkit:\(kind):" + (id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id)
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

    /// A date as `xs:dateTime` at midnight UTC.
    static func dateTime(_ date: String) -> String {
        date.count == 10 ? date + "T00:00:00Z" : date
    }

    /// `modified` as LOQ's `xs:dateTime`, when it is an ISO 8601 date (`2023-05-12`); other text
    /// cannot be written there.
    static func modified(_ date: String?) -> String? {
        guard let date, date.utf8.count == 10 else { return nil }
        let digits = date.utf8.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return digits ? dateTime(date) : nil
    }
}

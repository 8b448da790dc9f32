import ECVETModel
import ECVETBytes
import ECVETSyntax

/// Writes a catalogue as canonical XML, in the element order of the schema's documentation;
/// unknown fields become `<field name="…" type="…">` elements.
package struct CanonicalXMLEmitter {
    let writer: XMLWriter

    package init(writer: XMLWriter) {
        self.writer = writer
    }

    package func emit(_ catalogue: Catalogue) throws(OutputError) {
        writer.startRoot("catalogue", namespace: CanonicalXMLBinder.namespace)
        writer.attribute("version", "1")
        writer.attribute("id", catalogue.id)
        text("title", catalogue.title)
        text("description", catalogue.description)
        writer.element("publisher", catalogue.publisher?.id)
        writer.element("country", catalogue.country?.written)
        writer.element("version", catalogue.version)
        writer.element("issued", catalogue.issued)
        writer.element("defaultLanguage", catalogue.defaultLanguage?.written)
        list("qualifications", catalogue.qualifications, emit)
        list("units", catalogue.units, emit)
        list("learningOutcomes", catalogue.learningOutcomes, emit)
        list("organisations", catalogue.organisations, emit)
        extensions(catalogue.extensions)
        writer.endElement()
        try writer.finish()
    }

    func emit(_ qualification: Qualification) {
        writer.startElement("qualification")
        writer.attribute("id", qualification.id)
        writer.element("code", qualification.code)
        writer.element("uri", qualification.uri)
        text("title", qualification.title)
        text("description", qualification.description)
        level(qualification.eqfLevel)
        for level in qualification.nqfLevels {
            writer.startElement("nqf")
            writer.attribute("framework", level.framework)
            writer.attribute("level", level.level)
            writer.attribute("uri", level.uri)
            writer.endElement()
        }
        qualification.iscedF.forEach { writer.element("iscedF", $0.written) }
        qualification.languages.forEach { writer.element("language", $0.written) }
        credits(qualification.credits)
        writer.element("volumeOfLearning", qualification.volumeOfLearning)
        writer.element("learningHours", qualification.learningHours?.canonical)
        writer.element("awardingBody", qualification.awardingBody?.id)
        writer.element("country", qualification.country?.written)
        validity(qualification.validity)
        text("entryRequirements", qualification.entryRequirements)
        text("learningOutcomeSummary", qualification.learningOutcomeSummary)
        writer.element("partial", qualification.isPartial.map { $0 ? "true" : "false" })
        writer.element("homepage", qualification.homepage)
        if let structure = qualification.structure { emit(structure, as: "structure") }
        extensions(qualification.extensions)
        writer.endElement()
    }

    func emit(_ group: UnitGroup, as name: String) {
        writer.startElement(name)
        writer.attribute("id", group.id)
        writer.attribute("mandatory", group.isMandatory.map { $0 ? "true" : "false" })
        writer.attribute("minPoints", group.minPoints?.canonical)
        writer.attribute("maxPoints", group.maxPoints?.canonical)
        writer.attribute("minUnits", group.minUnits.map(String.init))
        writer.attribute("maxUnits", group.maxUnits.map(String.init))
        text("title", group.title)
        text("description", group.description)
        for member in group.members {
            switch member {
            case .unit(let link):
                writer.startElement("unit")
                writer.attribute("ref", link.unit.id)
                writer.attribute("points", link.points?.canonical)
                writer.attribute("mandatory", link.isMandatory.map { $0 ? "true" : "false" })
                extensions(link.extensions)
                writer.endElement()
            case .group(let nested):
                emit(nested, as: "group")
            }
        }
        extensions(group.extensions)
        writer.endElement()
    }

    func emit(_ unit: Unit) {
        writer.startElement("unit")
        writer.attribute("id", unit.id)
        writer.element("code", unit.code)
        writer.element("uri", unit.uri)
        text("title", unit.title)
        text("description", unit.description)
        level(unit.eqfLevel)
        credits(unit.credits)
        unit.learningOutcomes.forEach(reference)
        assessment(unit.assessment)
        validity(unit.validity)
        unit.iscedF.forEach { writer.element("iscedF", $0.written) }
        unit.languages.forEach { writer.element("language", $0.written) }
        unit.escoSkills.forEach { writer.element("escoSkill", $0.id) }
        for part in unit.parts {
            writer.startElement("part")
            writer.attribute("id", part.id)
            writer.element("code", part.code)
            text("title", part.title)
            text("description", part.description)
            credits(part.credits)
            writer.element("mandatory", part.isMandatory.map { $0 ? "true" : "false" })
            part.learningOutcomes.forEach(reference)
            assessment(part.assessment)
            extensions(part.extensions)
            writer.endElement()
        }
        extensions(unit.extensions)
        writer.endElement()
    }

    func emit(_ outcome: LearningOutcome) {
        writer.startElement("learningOutcome")
        writer.attribute("id", outcome.id)
        writer.attribute("category", outcome.category?.written)
        text("text", outcome.text)
        outcome.escoSkills.forEach { writer.element("escoSkill", $0.id) }
        outcome.assessmentCriteria.forEach(criterion)
        extensions(outcome.extensions)
        writer.endElement()
    }

    func emit(_ organisation: Organisation) {
        writer.startElement("organisation")
        writer.attribute("id", organisation.id)
        text("name", organisation.name)
        writer.element("country", organisation.country?.written)
        text("address", organisation.address)
        writer.element("homepage", organisation.homepage)
        writer.element("email", organisation.email)
        for identifier in organisation.identifiers {
            writer.element("identifier", identifier.value, attributes: [("scheme", identifier.scheme)])
        }
        extensions(organisation.extensions)
        writer.endElement()
    }

    // MARK: - Pieces

    private func list<Item>(_ name: String, _ items: [Item], _ body: (Item) -> Void) {
        guard !items.isEmpty else { return }
        writer.startElement(name)
        items.forEach(body)
        writer.endElement()
    }

    private func text(_ name: String, _ text: LocalizedText) {
        for entry in text.entries {
            writer.element(name, entry.text, attributes: [("language", entry.language)])
        }
    }

    private func level(_ level: EQFLevel?) {
        writer.element("eqfLevel", level.map { $0.value.map(String.init) ?? $0.written })
    }

    private func reference(_ reference: Reference) {
        writer.startElement("learningOutcome")
        writer.attribute("ref", reference.id)
        writer.endElement()
    }

    private func credits(_ credits: CreditPoints?) {
        guard let credits else { return }
        writer.startElement("credits")
        if let amount = credits.amount { writer.attribute("points", amount.canonical) }
        if let system = credits.system, !system.name.isEmpty { writer.attribute("system", system.name) }
        writer.attribute("ecvetFactor", credits.system?.ecvetFactor?.canonical)
        writer.endElement()
    }

    private func validity(_ validity: ValidityPeriod?) {
        guard let validity, !validity.isEmpty else { return }
        writer.startElement("validity")
        writer.attribute("from", validity.from)
        writer.attribute("until", validity.until)
        writer.endElement()
    }

    private func assessment(_ assessment: Assessment?) {
        guard let assessment else { return }
        writer.startElement("assessment")
        text("procedures", assessment.procedures)
        assessment.criteria.forEach(criterion)
        extensions(assessment.extensions)
        writer.endElement()
    }

    private func criterion(_ criterion: AssessmentCriterion) {
        writer.startElement("criterion")
        writer.attribute("level", criterion.level)
        text("title", criterion.title)
        text("text", criterion.text)
        extensions(criterion.extensions)
        writer.endElement()
    }

    private func extensions(_ fields: [ExtensionField]) {
        for field in fields { value(field.value, name: field.key) }
    }

    private func value(_ value: ExtensionValue, name: String?) {
        writer.startElement("field")
        writer.attribute("name", name)
        switch value {
        case .string(let text):
            writer.attribute("type", "string")
            writer.text(text)
        case .number(let text):
            writer.attribute("type", "number")
            writer.text(text)
        case .bool(let flag):
            writer.attribute("type", "boolean")
            writer.text(flag ? "true" : "false")
        case .null:
            writer.attribute("type", "null")
        case .list(let items):
            writer.attribute("type", "list")
            items.forEach { self.value($0, name: nil) }
        case .object(let fields):
            writer.attribute("type", "object")
            fields.forEach { self.value($0.value, name: $0.key) }
        }
        writer.endElement()
    }
}

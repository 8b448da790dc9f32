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
        emitFields(of: catalogue, XMLFieldLookups.catalogue.plan) { key in
            switch key {
            case "qualifications": list(key, catalogue.qualifications, emit)
            case "units": list(key, catalogue.units, emit)
            case "learningOutcomes": list(key, catalogue.learningOutcomes, emit)
            case "organisations": list(key, catalogue.organisations, emit)
            default: break
            }
        }
        extensions(catalogue.extensions)
        writer.endElement()
        try writer.finish()
    }

    func emit(_ qualification: Qualification) {
        writer.startElement("qualification")
        emitFields(of: qualification, XMLFieldLookups.qualification.plan) { key in
            switch key {
            case "nqf":
                for level in qualification.nqfLevels {
                    writer.startElement("nqf")
                    emitFields(of: level, XMLFieldLookups.nqf.plan)
                    writer.endElement()
                }
            case "structure":
                if let structure = qualification.structure { emit(structure, as: "structure") }
            default: break
            }
        }
        extensions(qualification.extensions)
        writer.endElement()
    }

    func emit(_ group: UnitGroup, as name: String) {
        writer.startElement(name)
        emitFields(of: group, XMLFieldLookups.group.plan) { _ in
            for member in group.members {
                switch member {
                case .unit(let link):
                    writer.startElement("unit")
                    emitFields(of: link, XMLFieldLookups.link.plan)
                    extensions(link.extensions)
                    writer.endElement()
                case .group(let nested):
                    emit(nested, as: "group")
                }
            }
        }
        extensions(group.extensions)
        writer.endElement()
    }

    func emit(_ unit: Unit) {
        writer.startElement("unit")
        emitFields(of: unit, XMLFieldLookups.unit.plan) { _ in
            for part in unit.parts {
                writer.startElement("part")
                emitFields(of: part, XMLFieldLookups.part.plan)
                extensions(part.extensions)
                writer.endElement()
            }
        }
        extensions(unit.extensions)
        writer.endElement()
    }

    func emit(_ outcome: LearningOutcome) {
        writer.startElement("learningOutcome")
        emitFields(of: outcome, XMLFieldLookups.learningOutcome.plan) { _ in outcome.assessmentCriteria.forEach(criterion) }
        extensions(outcome.extensions)
        writer.endElement()
    }

    func emit(_ organisation: Organisation) {
        writer.startElement("organisation")
        emitFields(of: organisation, XMLFieldLookups.organisation.plan)
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

    func text(_ name: String, _ text: LocalizedText) {
        for entry in text.entries {
            writer.element(name, entry.text, attribute: "language", entry.language)
        }
    }

    func credits(_ name: String, _ credits: CreditPoints?) {
        guard let credits else { return }
        writer.startElement(name)
        if let amount = credits.amount { writer.attribute("points", amount.canonical) }
        if let system = credits.system, !system.name.isEmpty { writer.attribute("system", system.name) }
        writer.attribute("ecvetFactor", credits.system?.ecvetFactor?.canonical)
        writer.endElement()
    }

    func validity(_ name: String, _ validity: ValidityPeriod?) {
        guard let validity, !validity.isEmpty else { return }
        writer.startElement(name)
        writer.attribute("from", validity.from)
        writer.attribute("until", validity.until)
        writer.endElement()
    }

    func assessment(_ name: String, _ assessment: Assessment?) {
        guard let assessment else { return }
        writer.startElement(name)
        text("procedures", assessment.procedures)
        assessment.criteria.forEach(criterion)
        extensions(assessment.extensions)
        writer.endElement()
    }

    private func criterion(_ criterion: AssessmentCriterion) {
        writer.startElement("criterion")
        emitFields(of: criterion, XMLFieldLookups.criterion.plan)
        extensions(criterion.extensions)
        writer.endElement()
    }

    func extensions(_ fields: [ExtensionField]) {
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

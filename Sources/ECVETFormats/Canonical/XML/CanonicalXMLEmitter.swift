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
        fields(of: catalogue, Catalogue.fields) { key in
            switch key {
            case "qualifications": list(key, catalogue.qualifications, emit)
            case "units": list(key, catalogue.units, emit)
            case "learningOutcomes": list(key, catalogue.learningOutcomes, emit)
            default: list(key, catalogue.organisations, emit)
            }
        }
        extensions(catalogue.extensions)
        writer.endElement()
        try writer.finish()
    }

    func emit(_ qualification: Qualification) {
        writer.startElement("qualification")
        fields(of: qualification, Qualification.fields) { key in
            if key == "nqf" {
                for level in qualification.nqfLevels {
                    writer.startElement("nqf")
                    fields(of: level, NQFLevel.fields)
                    writer.endElement()
                }
            } else if let structure = qualification.structure {
                emit(structure, as: "structure")
            }
        }
        extensions(qualification.extensions)
        writer.endElement()
    }

    func emit(_ group: UnitGroup, as name: String) {
        writer.startElement(name)
        fields(of: group, UnitGroup.fields) { _ in
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
        }
        extensions(group.extensions)
        writer.endElement()
    }

    func emit(_ unit: Unit) {
        writer.startElement("unit")
        fields(of: unit, Unit.fields) { _ in
            for part in unit.parts {
                writer.startElement("part")
                fields(of: part, UnitPart.fields)
                extensions(part.extensions)
                writer.endElement()
            }
        }
        extensions(unit.extensions)
        writer.endElement()
    }

    func emit(_ outcome: LearningOutcome) {
        writer.startElement("learningOutcome")
        fields(of: outcome, LearningOutcome.fields) { _ in
            outcome.assessmentCriteria.forEach(criterion)
        }
        extensions(outcome.extensions)
        writer.endElement()
    }

    func emit(_ organisation: Organisation) {
        writer.startElement("organisation")
        fields(of: organisation, Organisation.fields) { _ in
            for identifier in organisation.identifiers {
                writer.element("identifier", identifier.value, attributes: [("scheme", identifier.scheme)])
            }
        }
        extensions(organisation.extensions)
        writer.endElement()
    }

    // MARK: - Fields

    /// Writes the fields of `entity`: those the table puts in attributes first, then the others
    /// as elements in the table's order; `nested` writes the nested fields, given their keys.
    func fields<Entity>(of entity: Entity, _ fields: [Field<Entity>], nested: (String) -> Void = { _ in }) {
        for field in fields {
            guard case .attribute(let name) = field.xml, let value = attributeValue(field.value, of: entity) else { continue }
            writer.attribute(name, value)
        }
        for field in fields {
            if case .attribute = field.xml { continue }
            let name = field.xml.name
            switch field.value {
            case .identifier(let property): writer.element(name, property.get(entity))
            case .text(let property, _): writer.element(name, property.get(entity))
            case .localizedText(let property): text(name, property.get(entity))
            case .eqfLevel(let property): level(name, property.get(entity))
            case .code(let property): writer.element(name, property.get(entity)?.written)
            case .codes(let property): property.get(entity).forEach { writer.element(name, $0.written) }
            case .reference(let property): writer.element(name, property.get(entity)?.id)
            case .references(let property, _):
                if case .reference = field.xml {
                    property.get(entity).forEach { reference($0, as: name) }
                } else {
                    property.get(entity).forEach { writer.element(name, $0.id) }
                }
            case .decimal(let property): writer.element(name, property.get(entity)?.canonical)
            case .integer(let property): writer.element(name, property.get(entity).map(String.init))
            case .flag(let property): writer.element(name, property.get(entity).map { $0 ? "true" : "false" })
            case .credits(let property): credits(name, property.get(entity))
            case .validity(let property): validity(name, property.get(entity))
            case .assessment(let property): assessment(name, property.get(entity))
            case .category(let property): writer.element(name, property.get(entity)?.written)
            case .nested: nested(field.key)
            }
        }
    }

    /// The text of a field the table puts in an attribute; `nil` when absent.
    private func attributeValue<Entity>(_ value: FieldValue<Entity>, of entity: Entity) -> String? {
        switch value {
        case .identifier(let property): property.get(entity)
        case .text(let property, _): property.get(entity)
        case .decimal(let property): property.get(entity)?.canonical
        case .integer(let property): property.get(entity).map(String.init)
        case .flag(let property): property.get(entity).map { $0 ? "true" : "false" }
        case .category(let property): property.get(entity)?.written
        case .code(let property): property.get(entity)?.written
        case .reference(let property): property.get(entity)?.id
        default: nil
        }
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

    private func level(_ name: String, _ level: EQFLevel?) {
        writer.element(name, level.map { $0.value.map(String.init) ?? $0.written })
    }

    private func reference(_ reference: Reference, as name: String) {
        writer.startElement(name)
        writer.attribute("ref", reference.id)
        writer.endElement()
    }

    private func credits(_ name: String, _ credits: CreditPoints?) {
        guard let credits else { return }
        writer.startElement(name)
        writer.attribute("points", credits.amount.canonical)
        if let system = credits.system, !system.name.isEmpty { writer.attribute("system", system.name) }
        writer.attribute("ecvetFactor", credits.system?.ecvetFactor?.canonical)
        writer.endElement()
    }

    private func validity(_ name: String, _ validity: ValidityPeriod?) {
        guard let validity, !validity.isEmpty else { return }
        writer.startElement(name)
        writer.attribute("from", validity.from)
        writer.attribute("until", validity.until)
        writer.endElement()
    }

    private func assessment(_ name: String, _ assessment: Assessment?) {
        guard let assessment else { return }
        writer.startElement(name)
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

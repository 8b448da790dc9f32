import ECVETModel

extension CanonicalXMLEmitter {
    /// Writes the fields of `entity` as its table says: the attribute fields on the element just
    /// started, then the element fields in the table's order; `nested` writes the fields that
    /// hold entities of their own.
    func emitFields<Entity>(of entity: Entity, _ fields: [Field<Entity>], nested: (String) -> Void = { _ in }) {
        for index in fields.indices {
            guard case .attribute(let name) = fields[index].xml else { continue }
            writer.attribute(name, Self.scalar(fields[index].value, of: entity))
        }
        for index in fields.indices {
            let xml = fields[index].xml
            if case .attribute = xml { continue }
            let name = xml.name
            switch fields[index].value {
            case .localizedText(let property): text(name, property.get(entity))
            case .codes(let property): property.get(entity).forEach { writer.element(name, $0.written) }
            case .references(let property, _):
                for reference in property.get(entity) {
                    if case .reference = xml {
                        writer.startElement(name)
                        writer.attribute("ref", reference.id)
                        writer.endElement()
                    } else {
                        writer.element(name, reference.id)
                    }
                }
            case .identifiers(let property):
                for identifier in property.get(entity) {
                    writer.element(name, identifier.value, attributes: [("scheme", identifier.scheme)])
                }
            case .credits(let property): credits(name, property.get(entity))
            case .validity(let property): validity(name, property.get(entity))
            case .assessment(let property): assessment(name, property.get(entity))
            case .nested: nested(fields[index].key)
            case let value: writer.element(name, Self.scalar(value, of: entity))
            }
        }
    }

    /// A one-value field as text: its attribute's value or its element's content.
    private static func scalar<Entity>(_ value: FieldValue<Entity>, of entity: Entity) -> String? {
        switch value {
        case .identifier(let property): property.get(entity)
        case .text(let property, _): property.get(entity)
        case .eqfLevel(let property): property.get(entity).map { $0.value.map(String.init) ?? $0.written }
        case .code(let property): property.get(entity)?.written
        case .reference(let property): property.get(entity)?.id
        case .decimal(let property): property.get(entity)?.canonical
        case .integer(let property): property.get(entity).map(String.init)
        case .flag(let property): property.get(entity).map { $0 ? "true" : "false" }
        case .category(let property): property.get(entity)?.written
        case .localizedText, .codes, .references, .identifiers, .credits, .validity, .assessment, .nested: nil
        }
    }
}

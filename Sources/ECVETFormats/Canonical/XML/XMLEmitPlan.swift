import ECVETModel

/// How canonical XML writes one entity's fields, worked out once from its table: a function
/// per attribute and per element, each reading its property directly. Writing a catalogue then
/// walks functions, rather than matching every field's kind for each of hundreds of thousands
/// of entities.
struct XMLEmitPlan<Entity>: Sendable {
    /// One element field: written by `write`, or, for entities of their own, by the caller
    /// (`nested` names the field).
    enum Element: Sendable {
        case write(@Sendable (CanonicalXMLEmitter, Entity) -> Void)
        case nested(String)
    }

    let attributes: [(name: String, value: @Sendable (Entity) -> String?)]
    let elements: [Element]

    init(_ fields: [Field<Entity>]) {
        var attributes: [(name: String, value: @Sendable (Entity) -> String?)] = []
        var elements: [Element] = []
        for field in fields {
            if case .attribute(let name) = field.xml {
                if let value = Self.scalar(field.value) { attributes.append((name, value)) }
                continue
            }
            let name = field.xml.name
            let isReference = if case .reference = field.xml { true } else { false }
            switch field.value {
            case .localizedText(let property):
                elements.append(.write { emitter, entity in emitter.text(name, property.get(entity)) })
            case .codes(let property):
                elements.append(.write { emitter, entity in property.get(entity).forEach { emitter.writer.element(name, $0.written) } })
            case .references(let property, _):
                elements.append(.write { emitter, entity in
                    let writer = emitter.writer
                    for reference in property.get(entity) {
                        if isReference {
                            writer.startElement(name)
                            writer.attribute("ref", reference.id)
                            writer.endElement()
                        } else {
                            writer.element(name, reference.id)
                        }
                    }
                })
            case .identifiers(let property):
                elements.append(.write { emitter, entity in
                    for identifier in property.get(entity) {
                        emitter.writer.element(name, identifier.value, attribute: "scheme", identifier.scheme)
                    }
                })
            case .credits(let property):
                elements.append(.write { emitter, entity in emitter.credits(name, property.get(entity)) })
            case .validity(let property):
                elements.append(.write { emitter, entity in emitter.validity(name, property.get(entity)) })
            case .assessment(let property):
                elements.append(.write { emitter, entity in emitter.assessment(name, property.get(entity)) })
            case .nested:
                elements.append(.nested(field.key))
            case let value:
                guard let scalar = Self.scalar(value) else { continue }
                elements.append(.write { emitter, entity in emitter.writer.element(name, scalar(entity)) })
            }
        }
        self.attributes = attributes
        self.elements = elements
    }

    /// A one-value field as text: its attribute's value or its element's content.
    private static func scalar(_ value: FieldValue<Entity>) -> (@Sendable (Entity) -> String?)? {
        switch value {
        case .identifier(let property): { property.get($0) }
        case .text(let property, _): { property.get($0) }
        case .eqfLevel(let property): { property.get($0).map { $0.value.map(String.init) ?? $0.written } }
        case .code(let property): { property.get($0)?.written }
        case .reference(let property): { property.get($0)?.id }
        case .decimal(let property): { property.get($0)?.canonical }
        case .integer(let property): { property.get($0).map(String.init) }
        case .flag(let property): { property.get($0).map { $0 ? "true" : "false" } }
        case .category(let property): { property.get($0)?.written }
        case .localizedText, .codes, .references, .identifiers, .credits, .validity, .assessment, .nested: nil
        }
    }
}

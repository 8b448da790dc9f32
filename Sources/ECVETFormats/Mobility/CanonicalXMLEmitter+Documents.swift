import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalXMLEmitter {
    /// The namespace of mobility documents in canonical XML.
    package static let documentNamespace = "urn:ecvetkit:mobility:1"

    /// Writes a whole mobility document as canonical XML and flushes.
    package func emit(_ document: MobilityDocument) throws(OutputError) {
        writer.startRoot(document.kind.xmlRoot, namespace: Self.documentNamespace)
        writer.attribute("version", "1")
        switch document {
        case .memorandum(let memorandum): emitContent(of: memorandum)
        case .learningAgreement(let agreement): emitContent(of: agreement)
        case .transcript(let transcript): emitContent(of: transcript)
        }
        writer.endElement()
        try writer.finish()
    }

    /// The attributes of the element just started, then the elements of the entity's fields in
    /// the order of its table, then its unknown fields.
    private func emitContent<Entity: DocumentEntity>(of entity: Entity) {
        for documentField in Entity.fields {
            guard case .attribute(let name) = documentField.xml else { continue }
            switch documentField.value {
            case .text(let property), .choice(let property, _), .date(let property): writer.attribute(name, property.get(entity))
            default: break
            }
        }
        for documentField in Entity.fields {
            guard case .element(let name) = documentField.xml else { continue }
            switch documentField.value {
            case .text(let property), .choice(let property, _), .date(let property):
                writer.element(name, property.get(entity))
            case .localizedText(let property):
                for entry in property.get(entity).entries {
                    writer.element(name, entry.text, attribute: "language", entry.language)
                }
            case .decimal(let property): writer.element(name, property.get(entity)?.canonical)
            case .integer(let property): writer.element(name, property.get(entity).map(String.init))
            case .code(let property): writer.element(name, property.get(entity)?.written)
            case .eqfLevel(let property):
                writer.element(name, property.get(entity).map { $0.value.map(String.init) ?? $0.written })
            case .nqfLevel(let property):
                guard let level = property.get(entity) else { continue }
                emptyElement(name, [("framework", level.framework), ("level", level.level), ("uri", level.uri)])
            case .validity(let property):
                guard let period = property.get(entity), !period.isEmpty else { continue }
                emptyElement(name, [("from", period.from), ("until", period.until)])
            case .texts(let property):
                for text in property.get(entity) { writer.element(name, text) }
            case .one(let children), .many(let children):
                emitChildren(children, of: entity, name: name)
            }
        }
        extensions(entity.extensions)
    }

    /// `<name attributes…/>`.
    private func emptyElement(_ name: String, _ attributes: [(String, String?)]) {
        writer.startElement(name)
        for (key, value) in attributes { writer.attribute(key, value) }
        writer.endElement()
    }

    private func emitChildren<Children: DocumentChildren>(_ children: Children, of parent: Children.Parent, name: String) {
        for child in children.children(of: parent) {
            writer.startElement(name)
            emitContent(of: child)
            writer.endElement()
        }
    }
}

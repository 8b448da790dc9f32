import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalEmitter {
    /// Writes a whole mobility document and flushes.
    package mutating func emit(_ document: MobilityDocument) throws(OutputError) {
        switch document {
        case .memorandum(let memorandum): emitDocument(memorandum, kind: .memorandum)
        case .learningAgreement(let agreement): emitDocument(agreement, kind: .learningAgreement)
        case .transcript(let transcript): emitDocument(transcript, kind: .transcript)
        }
        try writer.finish()
    }

    private mutating func emitDocument<Entity: DocumentEntity>(_ entity: Entity, kind: MobilityDocumentKind) {
        writer.beginObject()
        field("format", kind.rawValue)
        emitFields(of: entity)
        writer.endObject()
    }

    /// An entity of a mobility document as an object, in the order of its table; absent values
    /// are left out, unknown fields come back after the known ones.
    mutating func emitEntity<Entity: DocumentEntity>(_ entity: Entity) {
        writer.beginObject()
        emitFields(of: entity)
        writer.endObject()
    }

    private mutating func emitFields<Entity: DocumentEntity>(of entity: Entity) {
        for documentField in Entity.fields {
            let key = documentField.key
            switch documentField.value {
            case .text(let property), .choice(let property, _), .date(let property): field(key, property.get(entity))
            case .localizedText(let property): text(key, property.get(entity))
            case .decimal(let property): field(key, property.get(entity)?.canonical)
            case .integer(let property): integer(key, property.get(entity))
            case .code(let property): field(key, property.get(entity)?.written)
            case .eqfLevel(let property): level(key, property.get(entity))
            case .nqfLevel(let property):
                guard let level = property.get(entity) else { continue }
                writer.key(key)
                writer.beginObject()
                field("framework", level.framework)
                field("level", level.level)
                field("uri", level.uri)
                writer.endObject()
            case .validity(let property): validity(key, property.get(entity))
            case .texts(let property): strings(key, property.get(entity))
            case .one(let children): emitOne(key, children, of: entity)
            case .many(let children): emitMany(key, children, of: entity)
            }
        }
        extensions(entity.extensions)
    }

    private mutating func emitOne<Children: DocumentChildren>(_ key: String, _ children: Children, of parent: Children.Parent) {
        guard let child = children.children(of: parent).first else { return }
        writer.key(key)
        emitEntity(child)
    }

    private mutating func emitMany<Children: DocumentChildren>(_ key: String, _ children: Children, of parent: Children.Parent) {
        list(key, children.children(of: parent)) { emitter, child in emitter.emitEntity(child) }
    }
}

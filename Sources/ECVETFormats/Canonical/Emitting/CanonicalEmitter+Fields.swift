import ECVETModel
import ECVETSyntax

extension CanonicalEmitter {
    /// Writes the fields of `entity` in the order of its table, each kind of value the same way
    /// for every entity; `nested` writes the fields that hold entities of their own.
    mutating func emitFields<Entity>(of entity: Entity, _ fields: [Field<Entity>],
                                     nested: (inout Self, String) -> Void = { _, _ in }) {
        for index in fields.indices {
            let key = fields[index].key
            switch fields[index].value {
            case .identifier(let property): field(key, property.get(entity))
            case .text(let property, _): field(key, property.get(entity))
            case .localizedText(let property): text(key, property.get(entity))
            case .eqfLevel(let property): level(key, property.get(entity))
            case .code(let property): field(key, property.get(entity)?.written)
            case .codes(let property): codes(key, property.get(entity).map(\.written))
            case .reference(let property): field(key, property.get(entity)?.id)
            case .references(let property, let inline):
                let ids = property.get(entity).map(\.id)
                if inline { codes(key, ids) } else { strings(key, ids) }
            case .identifiers(let property):
                list(key, property.get(entity)) { emitter, identifier in
                    emitter.writer.beginObject()
                    emitter.field("scheme", identifier.scheme)
                    emitter.field("value", identifier.value)
                    emitter.writer.endObject()
                }
            case .decimal(let property): field(key, property.get(entity)?.canonical)
            case .integer(let property): integer(key, property.get(entity))
            case .flag(let property): flag(key, property.get(entity))
            case .credits(let property): credits(key, property.get(entity))
            case .validity(let property): validity(key, property.get(entity))
            case .assessment(let property): assessment(key, property.get(entity))
            case .category(let property): field(key, property.get(entity)?.written)
            case .nested: nested(&self, key)
            }
        }
    }
}

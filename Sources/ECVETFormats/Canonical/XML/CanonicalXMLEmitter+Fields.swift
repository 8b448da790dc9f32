import ECVETModel

extension CanonicalXMLEmitter {
    /// Writes the fields of `entity` as its plan says: the attribute fields on the element just
    /// started, then the element fields in the table's order; `nested` writes the fields that
    /// hold entities of their own.
    func emitFields<Entity>(of entity: Entity, _ plan: XMLEmitPlan<Entity>, nested: (String) -> Void = { _ in }) {
        for attribute in plan.attributes {
            writer.attribute(attribute.name, attribute.value(entity))
        }
        for element in plan.elements {
            switch element {
            case .write(let write): write(self, entity)
            case .nested(let key): nested(key)
            }
        }
    }
}

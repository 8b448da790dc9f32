import ECVETModel

extension MappingBinder {
    /// Sets the one-value fields of `entity` that the mapping reads, as the entity's table says,
    /// each kind of value one way for every entity. Ids (read first, to find the record), fields
    /// in `skipping` and records of their own (credits, validity, assessment, nested entities)
    /// are the entity's own code's.
    ///
    /// The mapping's few fields are walked, each found in the table by name: a record is bound
    /// for every one of tens of thousands of records, and most tables have more fields than a
    /// mapping names.
    func bindValues<Entity>(_ entity: inout Entity, _ fields: FieldLookup<Entity>, from spec: RecordSpec,
                            at cursor: SourceCursor, skipping: [String] = []) {
        for (key, value) in spec.values.pairs {
            guard let index = fields.index(of: key), !skipping.contains(key) else { continue }
            switch fields.values[index] {
            case .text(let property, _): property.set(&entity, text(value, at: cursor))
            case .localizedText(let property): property.set(&entity, localized(value, at: cursor))
            case .eqfLevel(let property):
                property.set(&entity, first(value, at: cursor).map { EQFLevel($0.text, location: location($0.place)) })
            case .code(let property):
                let found = values(value, at: cursor)
                property.set(&entity, single(found, value).map { Code($0.text, location: location($0.place)) })
            case .codes(let property):
                var seen: Set<String> = []
                property.set(&entity, codes(value, at: cursor).filter { seen.insert($0.written).inserted })
            case .reference(let property):
                let found = values(value, at: cursor)
                property.set(&entity, single(found, value).map { Reference($0.text, location: location($0.place)) })
            case .references(let property, _): property.set(&entity, references(value, at: cursor))
            case .decimal(let property): property.set(&entity, decimal(value, at: cursor))
            case .integer(let property): property.set(&entity, integer(value, at: cursor))
            case .flag(let property): property.set(&entity, flag(value, at: cursor))
            case .category(let property):
                property.set(&entity, first(value, at: cursor).map { LearningOutcomeCategory($0.text, location: location($0.place)) })
            case .identifier, .identifiers, .credits, .validity, .assessment, .nested:
                break
            }
        }
        bindIdentifiers(&entity, fields, from: spec, at: cursor)
    }

    /// Identifiers are records of their own in a mapping (`identifiers: {at:, scheme:, value:}`):
    /// one identifier per record with a value.
    private func bindIdentifiers<Entity>(_ entity: inout Entity, _ fields: FieldLookup<Entity>, from spec: RecordSpec,
                                         at cursor: SourceCursor) {
        guard let identifierSpec = spec.records["identifiers"], let index = fields.index(of: "identifiers"),
              case .identifiers(let property) = fields.values[index] else { return }
        property.set(&entity, records(identifierSpec, in: cursor).compactMap { place in
            guard let value = text(identifierSpec.values["value"], at: place) else { return nil }
            return Identifier(scheme: text(identifierSpec.values["scheme"], at: place), value: value)
        })
    }
}

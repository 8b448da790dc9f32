import ECVETModel
import ECVETBytes
import ECVETSyntax

/// An entity's fields as canonical XML names them: attributes of the entity's element, and
/// child elements found by name when reading; the plan that writes them.
struct XMLFields<Entity>: Sendable {
    /// The fields by element name (attribute fields are not found here).
    let elements: FieldLookup<Entity>
    /// The canonical key of each field: the last step of its values' paths.
    let keys: [String]
    /// The attribute fields: their index and attribute name.
    let attributes: [(index: Int, name: String)]
    /// Whether each field is a list of `<name ref="…"/>` elements.
    let isReference: [Bool]
    /// How the fields are written.
    let plan: XMLEmitPlan<Entity>

    init(_ fields: [Field<Entity>]) {
        elements = FieldLookup(fields) { field in
            if case .attribute = field.xml { return "" }
            return field.xml.name
        }
        keys = fields.map(\.key)
        attributes = fields.indices.compactMap { index in
            if case .attribute(let name) = fields[index].xml { return (index, name) }
            return nil
        }
        isReference = fields.map { if case .reference = $0.xml { true } else { false } }
        plan = XMLEmitPlan(fields)
    }
}

/// The entities' XML names and plans, worked out once, used while binding and writing.
enum XMLFieldLookups {
    static let catalogue = XMLFields(Catalogue.fields)
    static let qualification = XMLFields(Qualification.fields)
    static let nqf = XMLFields(NQFLevel.fields)
    static let group = XMLFields(UnitGroup.fields)
    static let link = XMLFields(UnitLink.fields)
    static let unit = XMLFields(ECVETModel.Unit.fields)
    static let part = XMLFields(UnitPart.fields)
    static let learningOutcome = XMLFields(LearningOutcome.fields)
    static let criterion = XMLFields(AssessmentCriterion.fields)
    static let organisation = XMLFields(Organisation.fields)
}

extension CanonicalXMLBinder {
    /// Sets the attribute fields of `entity` from its element's attributes, found at `location`.
    func bindAttributes<Entity>(_ attributes: Attributes, into entity: inout Entity, _ fields: XMLFields<Entity>,
                                at location: SourceLocation) {
        for (index, name) in fields.attributes {
            guard let text = attribute(name, in: attributes) else { continue }
            Self.set(fields.elements.values[index], text, into: &entity, at: location.appending(path: fields.keys[index]))
        }
    }

    /// As `bindAttributes`, recording where each value was read (on the element's line).
    func bindAttributes<Entity: ValueLocated>(_ attributes: Attributes, into entity: inout Entity,
                                              _ fields: XMLFields<Entity>, at location: SourceLocation) {
        for (index, name) in fields.attributes {
            guard let text = attribute(name, in: attributes) else { continue }
            let valueLocation = location.appending(path: fields.keys[index])
            Self.set(fields.elements.values[index], text, into: &entity, at: valueLocation)
            entity.valueLocations[fields.keys[index]] = valueLocation
        }
    }

    /// Reads the child element `name` (just started) into `entity` when it is one of its fields,
    /// each kind of value the same way for every entity. `false` for another element, and for a
    /// field that holds entities of its own, which the entity's own code reads.
    mutating func bindElement<Entity>(_ name: String, _ attributes: Attributes, into entity: inout Entity,
                                      _ fields: XMLFields<Entity>, path: String) throws(SyntaxError) -> Bool {
        guard let index = fields.elements.index(of: name) else { return false }
        return try bindElement(at: index, attributes, into: &entity, fields, path: path)
    }

    /// As `bindElement`, recording where a one-value field was read, for findings about it.
    mutating func bindElement<Entity: ValueLocated>(_ name: String, _ attributes: Attributes, into entity: inout Entity,
                                                    _ fields: XMLFields<Entity>, path: String) throws(SyntaxError) -> Bool {
        guard let index = fields.elements.index(of: name) else { return false }
        let first = entity.valueLocations[fields.keys[index]]
        switch fields.elements.values[index] {
        case .identifier, .text, .decimal, .integer:
            // Taken before the value is read: its line is the element's.
            if first == nil { entity.valueLocations[fields.keys[index]] = here(path + "/" + fields.keys[index]) }
        default:
            break
        }
        return try bindElement(at: index, attributes, into: &entity, fields, path: path, first: first)
    }

    private mutating func bindElement<Entity>(at index: Int, _ attributes: Attributes, into entity: inout Entity,
                                              _ fields: XMLFields<Entity>, path: String,
                                              first: SourceLocation? = nil) throws(SyntaxError) -> Bool {
        // Items of a list of codes or ids carry the list's path, as in JSON and YAML. Made only
        // where a value keeps a location: texts, the most frequent, keep their line alone.
        var fieldPath: String { path + "/" + fields.keys[index] }
        if fields.elements.values[index].holdsOneValue(in: entity) {
            let firstLine = first?.line.map { " (first given on line \($0))" } ?? ""
            diagnostics.append(Diagnostic(.duplicateKey, "<\(fields.keys[index])> is given again in the element at \(path)\(firstLine); the first is kept",
                                          at: here(fieldPath), hint: "keep one of them"))
            try skip()
            return true
        }
        switch fields.elements.values[index] {
        case .localizedText(let property):
            // Taken out and put back, so that appending does not copy the texts.
            var text = property.get(entity)
            property.set(&entity, LocalizedText())
            try append(attributes, to: &text)
            property.set(&entity, text)
        case .codes(let property):
            var codes = property.get(entity)
            property.set(&entity, [])
            codes.append(try code(fieldPath))
            property.set(&entity, codes)
        case .references(let property, _):
            var references = property.get(entity)
            property.set(&entity, [])
            if fields.isReference[index] {
                let location = here(fieldPath)
                try skip()
                references.append(Reference(attribute("ref", in: attributes) ?? "", location: location))
            } else {
                references.append(try reference(fieldPath))
            }
            property.set(&entity, references)
        case .identifiers(let property):
            var identifiers = property.get(entity)
            property.set(&entity, [])
            identifiers.append(Identifier(scheme: attribute("scheme", in: attributes), value: try trimmed()))
            property.set(&entity, identifiers)
        case .credits(let property): property.set(&entity, try credits(attributes, path: fieldPath))
        case .validity(let property): property.set(&entity, try validity(attributes, path: fieldPath))
        case .assessment(let property): property.set(&entity, try assessment(path: fieldPath))
        case .nested:
            return false
        case let value:
            let location = here(fieldPath)
            Self.set(value, try trimmed(), into: &entity, at: location)
        }
        return true
    }

    /// Sets a one-value field from its text, read at `location`.
    private static func set<Entity>(_ value: FieldValue<Entity>, _ text: String, into entity: inout Entity,
                                    at location: SourceLocation) {
        switch value {
        case .identifier(let property): property.set(&entity, text)
        case .text(let property, _): property.set(&entity, text)
        case .eqfLevel(let property): property.set(&entity, EQFLevel(text, location: location))
        case .code(let property): property.set(&entity, Code(text, location: location))
        case .reference(let property): property.set(&entity, Reference(text, location: location))
        case .decimal(let property): property.set(&entity, DecimalText(text))
        case .integer(let property): property.set(&entity, Int(text))
        case .flag(let property): property.set(&entity, boolean(text))
        case .category(let property): property.set(&entity, LearningOutcomeCategory(text, location: location))
        case .localizedText, .codes, .references, .identifiers, .credits, .validity, .assessment, .nested: break
        }
    }
}

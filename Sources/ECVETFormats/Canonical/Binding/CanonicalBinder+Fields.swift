import ECVETBytes
import ECVETModel
import ECVETSyntax

/// An entity's fields found by key.
struct FieldLookup<Entity>: Sendable {
    private let byKey: [String: Field<Entity>]

    init(_ fields: [Field<Entity>]) {
        byKey = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0) })
    }

    subscript(key: String) -> Field<Entity>? { byKey[key] }
}

extension CanonicalBinder {
    /// Reads the value of `field` into `entity`, the same way for every entity with a field of
    /// that kind. `false` for a nested field, which the entity's own code reads.
    mutating func bindField<Entity>(_ field: Field<Entity>, into entity: inout Entity,
                               path: some BindingPath) throws(SyntaxError) -> Bool {
        switch field.value {
        case .identifier(let property): entity[keyPath: property] = try text(path, what: "an id") ?? ""
        case .text(let property, let noun): entity[keyPath: property] = try text(path, what: noun)
        case .localizedText(let property): entity[keyPath: property] = try localizedText(path)
        case .eqfLevel(let property): entity[keyPath: property] = try eqfLevel(path)
        case .code(let property): entity[keyPath: property] = try code(path)
        case .codes(let property): entity[keyPath: property] = try codes(path)
        case .reference(let property): entity[keyPath: property] = try reference(path)
        case .references(let property, _): entity[keyPath: property] = try references(path)
        case .decimal(let property): entity[keyPath: property] = try decimal(path)
        case .integer(let property): entity[keyPath: property] = try integer(path)
        case .flag(let property): entity[keyPath: property] = try boolean(path)
        case .credits(let property): entity[keyPath: property] = try creditPoints(path)
        case .validity(let property): entity[keyPath: property] = try validity(path)
        case .assessment(let property): entity[keyPath: property] = try assessment(path)
        case .category(let property):
            if let (text, location) = try locatedText(path, what: "a category") {
                entity[keyPath: property] = LearningOutcomeCategory(text, location: location)
            }
        case .nested:
            return false
        }
        return true
    }
}

/// The entities' tables, looked up by key while binding.
enum FieldLookups {
    static let catalogue = FieldLookup(Catalogue.fields)
    static let qualification = FieldLookup(Qualification.fields)
    static let nqf = FieldLookup(NQFLevel.fields)
    static let group = FieldLookup(UnitGroup.fields)
    static let unit = FieldLookup(ECVETModel.Unit.fields)
    static let part = FieldLookup(UnitPart.fields)
    static let learningOutcome = FieldLookup(LearningOutcome.fields)
    static let criterion = FieldLookup(AssessmentCriterion.fields)
    static let organisation = FieldLookup(Organisation.fields)
}

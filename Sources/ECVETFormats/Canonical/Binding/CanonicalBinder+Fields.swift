import ECVETBytes
import ECVETModel
import ECVETSyntax

/// An entity's fields found by key. A key is looked up by its length and first two bytes, then
/// compared: hashing every key of a large catalogue cost more than the binding it leads to.
struct FieldLookup<Entity>: Sendable {
    private let fields: [Field<Entity>]
    /// Candidates' indexes in `fields`, by `bucket(of:)`.
    private let buckets: [[Int]]

    private static var bucketCount: Int { 1 << 12 }

    init(_ fields: [Field<Entity>]) {
        self.fields = fields
        var buckets = [[Int]](repeating: [], count: Self.bucketCount)
        for (index, field) in fields.enumerated() {
            buckets[Self.bucket(of: field.key)].append(index)
        }
        self.buckets = buckets
    }

    private static func bucket(of key: String) -> Int {
        let bytes = key.utf8
        var iterator = bytes.makeIterator()
        let first = Int(iterator.next() ?? 0), second = Int(iterator.next() ?? 0)
        return (bytes.count & 0xF) << 8 | (first &* 31 &+ second) & 0xFF
    }

    subscript(key: String) -> Field<Entity>? {
        for index in buckets[Self.bucket(of: key)] where fields[index].key == key {
            return fields[index]
        }
        return nil
    }
}

extension CanonicalBinder {
    /// Reads the value of `field` into `entity`, the same way for every entity with a field of
    /// that kind. `false` for a nested field, which the entity's own code reads.
    mutating func bindField<Entity>(_ field: Field<Entity>, into entity: inout Entity,
                               path: some BindingPath) throws(SyntaxError) -> Bool {
        try bindValue(field, into: &entity, path: path)
    }

    /// As `bindField`, for an entity that keeps where its values were read: a scalar value's
    /// location is recorded under its key, for findings about it (V08, V10, V23, V28…).
    mutating func bindField<Entity: ValueLocated>(_ field: Field<Entity>, into entity: inout Entity,
                                                  path: some BindingPath) throws(SyntaxError) -> Bool {
        guard try bindValue(field, into: &entity, path: path) else { return false }
        switch field.value {
        case .identifier, .text, .decimal, .integer:
            // The value's event was the last one read.
            entity.valueLocations[field.key] = here(path)
        default:
            break
        }
        return true
    }

    private mutating func bindValue<Entity>(_ field: Field<Entity>, into entity: inout Entity,
                                            path: some BindingPath) throws(SyntaxError) -> Bool {
        switch field.value {
        case .identifier(let property): property.set(&entity, try text(path, what: "an id") ?? "")
        case .text(let property, let noun): property.set(&entity, try text(path, what: noun))
        case .localizedText(let property): property.set(&entity, try localizedText(path))
        case .eqfLevel(let property): property.set(&entity, try eqfLevel(path))
        case .code(let property): property.set(&entity, try code(path))
        case .codes(let property): property.set(&entity, try codes(path))
        case .reference(let property): property.set(&entity, try reference(path))
        case .references(let property, _): property.set(&entity, try references(path))
        case .decimal(let property): property.set(&entity, try decimal(path))
        case .integer(let property): property.set(&entity, try integer(path))
        case .flag(let property): property.set(&entity, try boolean(path))
        case .credits(let property): property.set(&entity, try creditPoints(path))
        case .validity(let property): property.set(&entity, try validity(path))
        case .assessment(let property): property.set(&entity, try assessment(path))
        case .category(let property):
            if let (text, location) = try locatedText(path, what: "a category") {
                property.set(&entity, LearningOutcomeCategory(text, location: location))
            }
        case .nested:
            return false
        }
        return true
    }
}

/// An entity that keeps where its values were read (`Qualification.valueLocations`…).
protocol ValueLocated {
    var valueLocations: ValueLocations { get set }
}

extension Qualification: ValueLocated {}
extension ECVETModel.Unit: ValueLocated {}
extension UnitPart: ValueLocated {}
extension UnitGroup: ValueLocated {}
extension Organisation: ValueLocated {}

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

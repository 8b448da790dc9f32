import ECVETBytes
import ECVETModel
import ECVETSyntax

/// An entity's fields found by key, as their index in the entity's table.
///
/// A key is looked up by its length and first byte in a small open-addressed table, then
/// compared: hashing every key of a large catalogue cost more than the binding it leads to.
/// Lookups hand back an index rather than the `Field`, so that finding a field copies nothing
/// (a copy retains the key, the XML name and the accessors, and releases them again).
struct FieldLookup<Entity>: Sendable {
    /// The kind of value of each field, in the order of the table.
    let values: [FieldValue<Entity>]
    /// The key of each field, in the order of the table.
    let keys: [String]
    /// Each slot holds a field's index plus one, or 0 when empty. At most a quarter of the
    /// slots are taken, so a lookup rarely looks at more than one.
    private let slots: [UInt8]

    /// The fields of a table, found by `name` (the key, unless said otherwise); an empty name
    /// is never found.
    init(_ fields: [Field<Entity>], by name: (Field<Entity>) -> String = \.key) {
        precondition(fields.count < Int(UInt8.max), "a field table is too large for FieldLookup")
        values = fields.map(\.value)
        keys = fields.map(name)
        var slotCount = 16
        while slotCount < 4 * fields.count { slotCount *= 2 }
        var slots = [UInt8](repeating: 0, count: slotCount)
        for (index, key) in keys.enumerated() where !key.isEmpty {
            var slot = Self.firstSlot(of: key, mask: slotCount - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = UInt8(index + 1)
        }
        self.slots = slots
    }

    @inline(__always)
    private static func firstSlot(of key: String, mask: Int) -> Int {
        // The bytes in place rather than `utf8.first`, which is a call.
        let first = key.utf8.withContiguousStorageIfAvailable { $0.first ?? 0 } ?? key.utf8.first ?? 0
        return (key.utf8.count &* 7 &+ Int(first)) & mask
    }

    /// The index in the table of the field with this key.
    func index(of key: String) -> Int? {
        let mask = slots.count - 1
        var slot = Self.firstSlot(of: key, mask: mask)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            // Keys of up to 15 bytes are stored in the string itself: equal ones have the same
            // bits, which `==` checks first, without a call.
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }
}

extension CanonicalBinder {
    /// Reads the value of the field at `index` of `fields` into `entity`, the same way for every
    /// entity with a field of that kind. `false` for a nested field, which the entity's own code
    /// reads.
    mutating func bindField<Entity>(at index: Int, of fields: FieldLookup<Entity>, into entity: inout Entity,
                                    path: some BindingPath) throws(SyntaxError) -> Bool {
        try bindValue(at: index, of: fields, into: &entity, path: path)
    }

    /// As `bindField`, for an entity that keeps where its values were read: a scalar value's
    /// location is recorded under its key, for findings about it (V08, V10, V23, V28…).
    mutating func bindField<Entity: ValueLocated>(at index: Int, of fields: FieldLookup<Entity>, into entity: inout Entity,
                                                  path: some BindingPath) throws(SyntaxError) -> Bool {
        guard try bindValue(at: index, of: fields, into: &entity, path: path) else { return false }
        switch fields.values[index] {
        case .identifier, .text, .decimal, .integer:
            // The value's event was the last one read.
            entity.valueLocations[fields.keys[index]] = here(path)
        default:
            break
        }
        return true
    }

    private mutating func bindValue<Entity>(at index: Int, of fields: FieldLookup<Entity>, into entity: inout Entity,
                                            path: some BindingPath) throws(SyntaxError) -> Bool {
        switch fields.values[index] {
        case .identifier(let property): property.set(&entity, try text(path, what: "an id") ?? "")
        case .text(let property, let noun): property.set(&entity, try text(path, what: noun))
        case .localizedText(let property): property.set(&entity, try localizedText(path))
        case .eqfLevel(let property): property.set(&entity, try eqfLevel(path))
        case .code(let property): property.set(&entity, try code(path))
        case .codes(let property): property.set(&entity, try codes(path))
        case .reference(let property): property.set(&entity, try reference(path))
        case .references(let property, _): property.set(&entity, try references(path))
        case .identifiers(let property): property.set(&entity, try identifiers(path))
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
extension UnitLink: ValueLocated {}
extension Organisation: ValueLocated {}

/// The entities' tables, looked up by key while binding.
enum FieldLookups {
    static let catalogue = FieldLookup(Catalogue.fields)
    static let qualification = FieldLookup(Qualification.fields)
    static let nqf = FieldLookup(NQFLevel.fields)
    static let group = FieldLookup(UnitGroup.fields)
    static let link = FieldLookup(UnitLink.fields)
    static let unit = FieldLookup(ECVETModel.Unit.fields)
    static let part = FieldLookup(UnitPart.fields)
    static let learningOutcome = FieldLookup(LearningOutcome.fields)
    static let criterion = FieldLookup(AssessmentCriterion.fields)
    static let organisation = FieldLookup(Organisation.fields)
}

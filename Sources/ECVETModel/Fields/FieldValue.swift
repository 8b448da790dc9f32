/// The kind of value a field holds, with the property of `Entity` that holds it. Each kind is
/// read and written the same way for every entity that has it.
public enum FieldValue<Entity>: Sendable {
    /// The entity's required id (`"U-12"`); a missing one is reported.
    case identifier(Property<Entity, String>)
    /// Plain text; `noun` says what it is in messages ("a URI", "an ISO 8601 duration").
    case text(Property<Entity, String?>, noun: String)
    /// Text in several languages, an object keyed by language.
    case localizedText(Property<Entity, LocalizedText>)
    /// An EQF level, a number 1–8 as written.
    case eqfLevel(Property<Entity, EQFLevel?>)
    /// One code of a code list (ISO 3166-1 country, ISO 639-1 language).
    case code(Property<Entity, Code?>)
    /// Codes of a code list, written on one line.
    case codes(Property<Entity, [Code]>)
    /// The id of another entity (an organisation).
    case reference(Property<Entity, Reference?>)
    /// Ids of other entities, or URIs; `inline` lists are written on one line.
    case references(Property<Entity, [Reference]>, inline: Bool)
    /// Identifiers in named schemes: `[{"scheme": …, "value": …}]`.
    case identifiers(Property<Entity, [Identifier]>)
    /// A decimal number kept as written (`7,5` reads as 7.5).
    case decimal(Property<Entity, DecimalText?>)
    /// A whole number.
    case integer(Property<Entity, Int?>)
    /// `true` or `false`.
    case flag(Property<Entity, Bool?>)
    /// Credit points with their system: `{"points": …, "system": …, "ecvetFactor": …}`.
    case credits(Property<Entity, CreditPoints?>)
    /// A validity period: `{"from": …, "until": …}`, ISO 8601 dates.
    case validity(Property<Entity, ValidityPeriod?>)
    /// How the entity is assessed: procedures and graded criteria.
    case assessment(Property<Entity, Assessment?>)
    /// A learning outcome's EQF domain, as written.
    case category(Property<Entity, LearningOutcomeCategory?>)
    /// Entities of their own (a unit's parts, a qualification's structure): each format reads
    /// and writes them with the code of their entity; `csvColumns` are the columns they take in
    /// the owner's canonical CSV table, if any.
    case nested(csvColumns: [String] = [])
}

extension FieldValue {
    /// Whether the value is an object of its own in the canonical formats (credits, a validity
    /// period, an assessment), which a mapping describes as a record.
    public var isStructured: Bool {
        switch self {
        case .credits, .validity, .assessment, .identifiers: true
        default: false
        }
    }

    /// Whether the field holds entities of their own, read and written by their entity's code.
    public var isNested: Bool {
        if case .nested = self { return true }
        return false
    }

    /// Whether the field takes one value and `entity` already holds one: a reader that meets the
    /// field again would otherwise keep one of the two without a word.
    package func holdsOneValue(in entity: Entity) -> Bool {
        switch self {
        case .identifier(let property): !property.get(entity).isEmpty
        case .text(let property, _): property.get(entity) != nil
        case .eqfLevel(let property): property.get(entity) != nil
        case .code(let property): property.get(entity) != nil
        case .reference(let property): property.get(entity) != nil
        case .decimal(let property): property.get(entity) != nil
        case .integer(let property): property.get(entity) != nil
        case .flag(let property): property.get(entity) != nil
        case .credits(let property): property.get(entity) != nil
        case .validity(let property): property.get(entity) != nil
        case .assessment(let property): property.get(entity) != nil
        case .category(let property): property.get(entity) != nil
        case .localizedText, .codes, .references, .identifiers, .nested: false
        }
    }
}

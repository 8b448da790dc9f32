/// The kind of value a field holds, with the property of `Entity` that holds it. Each kind is
/// read and written the same way for every entity that has it.
public enum FieldValue<Entity>: Sendable {
    /// The entity's required id (`"U-12"`); a missing one is reported.
    case identifier(WritableKeyPath<Entity, String> & Sendable)
    /// Plain text; `noun` says what it is in messages ("a URI", "an ISO 8601 duration").
    case text(WritableKeyPath<Entity, String?> & Sendable, noun: String)
    /// Text in several languages, an object keyed by language.
    case localizedText(WritableKeyPath<Entity, LocalizedText> & Sendable)
    /// An EQF level, a number 1–8 as written.
    case eqfLevel(WritableKeyPath<Entity, EQFLevel?> & Sendable)
    /// One code of a code list (ISO 3166-1 country, ISO 639-1 language).
    case code(WritableKeyPath<Entity, Code?> & Sendable)
    /// Codes of a code list, written on one line.
    case codes(WritableKeyPath<Entity, [Code]> & Sendable)
    /// The id of another entity (an organisation).
    case reference(WritableKeyPath<Entity, Reference?> & Sendable)
    /// Ids of other entities, or URIs; `inline` lists are written on one line.
    case references(WritableKeyPath<Entity, [Reference]> & Sendable, inline: Bool)
    /// A decimal number kept as written (`7,5` reads as 7.5).
    case decimal(WritableKeyPath<Entity, DecimalText?> & Sendable)
    /// A whole number.
    case integer(WritableKeyPath<Entity, Int?> & Sendable)
    /// `true` or `false`.
    case flag(WritableKeyPath<Entity, Bool?> & Sendable)
    /// Credit points with their system: `{"points": …, "system": …, "ecvetFactor": …}`.
    case credits(WritableKeyPath<Entity, CreditPoints?> & Sendable)
    /// A validity period: `{"from": …, "until": …}`, ISO 8601 dates.
    case validity(WritableKeyPath<Entity, ValidityPeriod?> & Sendable)
    /// How the entity is assessed: procedures and graded criteria.
    case assessment(WritableKeyPath<Entity, Assessment?> & Sendable)
    /// A learning outcome's EQF domain, as written.
    case category(WritableKeyPath<Entity, LearningOutcomeCategory?> & Sendable)
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
        case .credits, .validity, .assessment: true
        default: false
        }
    }

    /// Whether the field holds entities of their own, read and written by their entity's code.
    public var isNested: Bool {
        if case .nested = self { return true }
        return false
    }
}

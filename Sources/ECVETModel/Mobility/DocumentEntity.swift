/// An entity of a mobility document (an agreement, an organisation, a unit agreed): made empty,
/// then filled field by field from its table, which every reader and writer of the canonical
/// formats follows.
public protocol DocumentEntity: Sendable, Equatable {
    /// An entity with no field given.
    init()
    /// The entity's fields, in the order of the canonical formats.
    static var fields: [DocumentField<Self>] { get }
    /// Where the entity was read; takes no part in equality.
    var location: SourceLocation { get set }
    /// Where the values rules judge were read (dates, points); takes no part in equality.
    var valueLocations: ValueLocations { get set }
    /// Fields the canonical formats do not know, kept so that they are written back.
    var extensions: [ExtensionField] { get set }
}

/// One field of a mobility document's entity, described once: its key in canonical JSON and
/// YAML, where canonical XML puts it, and what kind of value it holds.
public struct DocumentField<Entity: DocumentEntity>: Sendable {
    /// The key in canonical JSON and YAML.
    public let key: String
    /// Where canonical XML puts the value: an attribute, or an element (per item, for a list).
    public let xml: XMLName
    /// The kind of value, and the property that holds it.
    public let value: DocumentValue<Entity>
    /// What the field holds, for the schemas and the documentation.
    public let summary: String

    /// A field whose XML element has the key's name unless `xml` says otherwise.
    public init(_ key: String, _ value: DocumentValue<Entity>, xml: XMLName? = nil, _ summary: String) {
        self.key = key
        self.value = value
        self.xml = xml ?? .element(key)
        self.summary = summary
    }
}

/// The kind of value a document field holds, with the property that holds it. Values are kept
/// as written (dates, points, codes) for the rules to judge.
public enum DocumentValue<Entity: DocumentEntity>: Sendable {
    /// Plain text.
    case text(Property<Entity, String?>)
    /// One of a few words (`home`, `passed`); others are kept as written for a rule to report.
    case choice(Property<Entity, String?>, options: [String])
    /// An ISO 8601 date as written (`2025-04-07`).
    case date(Property<Entity, String?>)
    /// Text in several languages, an object keyed by language.
    case localizedText(Property<Entity, LocalizedText>)
    /// A decimal number kept as written (`7,5` reads as 7.5): points.
    case decimal(Property<Entity, DecimalText?>)
    /// A whole number.
    case integer(Property<Entity, Int?>)
    /// One code of a code list (a country, a language), as written.
    case code(Property<Entity, Code?>)
    /// An EQF level as written.
    case eqfLevel(Property<Entity, EQFLevel?>)
    /// A national framework level: `{"framework", "level", "uri"}`.
    case nqfLevel(Property<Entity, NQFLevel?>)
    /// A period `{"from", "until"}` of ISO 8601 dates.
    case validity(Property<Entity, ValidityPeriod?>)
    /// Texts in a list (`documents: [...]`).
    case texts(Property<Entity, [String]>)
    /// One entity of its own (`learner`), read and written by its own table.
    case one(any DocumentChildren<Entity>)
    /// Entities of their own in a list (`units`), each read and written by its table.
    case many(any DocumentChildren<Entity>)
}

/// Access to the entities of one kind that an entity holds, as a list (of at most one, for
/// `.one`): what lets the readers and writers go from an entity's table to its children's.
public protocol DocumentChildren<Parent>: Sendable {
    /// The entity that holds the children.
    associatedtype Parent: DocumentEntity
    /// The kind of child.
    associatedtype Child: DocumentEntity
    /// The children, in order.
    func children(of parent: Parent) -> [Child]
    /// Replaces the children.
    func set(_ children: [Child], in parent: inout Parent)
}

/// The children of one property: a list, or one optional entity.
public struct ChildProperty<Parent: DocumentEntity, Child: DocumentEntity>: DocumentChildren {
    private let get: @Sendable (Parent) -> [Child]
    private let put: @Sendable (inout Parent, [Child]) -> Void

    /// The entities of a list property.
    public init(_ get: @escaping @Sendable (Parent) -> [Child], _ set: @escaping @Sendable (inout Parent, [Child]) -> Void) {
        self.get = get
        self.put = set
    }

    /// The entity of an optional property, as a list of at most one.
    public init(one get: @escaping @Sendable (Parent) -> Child?, _ set: @escaping @Sendable (inout Parent, Child?) -> Void) {
        self.get = { get($0).map { [$0] } ?? [] }
        self.put = { set(&$0, $1.first) }
    }

    public func children(of parent: Parent) -> [Child] { get(parent) }

    public func set(_ children: [Child], in parent: inout Parent) { put(&parent, children) }
}

extension Property {
    /// The accessors of the property at `path`: for the tables of mobility documents, which are
    /// small enough for a key path's cost.
    public init(_ path: WritableKeyPath<Entity, Value> & Sendable) {
        self.init({ $0[keyPath: path] }, { $0[keyPath: path] = $1 })
    }
}

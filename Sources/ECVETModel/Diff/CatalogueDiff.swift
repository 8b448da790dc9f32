/// What changed between two versions of a catalogue: the catalogue's own fields, then each
/// qualification, unit, learning outcome and organisation added, removed, renamed or changed,
/// field by field. Made by `Catalogue.difference(from:)`.
public struct CatalogueDiff: Sendable, Hashable, Codable {
    /// Changes of the catalogue's own fields (title, version, issued…).
    public var catalogue: [FieldChange]
    /// The entities that changed: qualifications, units, learning outcomes, organisations, each
    /// kind in the new catalogue's order, then those removed in the old one's.
    public var entities: [EntityChange]

    /// A difference of `catalogue` fields and `entities`.
    public init(catalogue: [FieldChange] = [], entities: [EntityChange] = []) {
        self.catalogue = catalogue
        self.entities = entities
    }

    /// Whether the two versions are the same (sources, order and locations aside).
    public var isEmpty: Bool { catalogue.isEmpty && entities.isEmpty }

    /// How many entities of `kind` changed in `way`.
    public func count(_ kind: EntityChange.Entity, _ way: EntityChange.Kind) -> Int {
        entities.reduce(0) { $0 + ($1.entity == kind && $1.kind == way ? 1 : 0) }
    }
}

/// One qualification, unit, learning outcome or organisation that is not the same in both
/// versions.
public struct EntityChange: Sendable, Hashable, Codable {
    /// The kinds of entity compared.
    public enum Entity: String, Sendable, Hashable, Codable, CaseIterable {
        case qualification, unit, learningOutcome, organisation

        /// The entity's name for people: `learning outcome`.
        public var noun: String { self == .learningOutcome ? "learning outcome" : rawValue }
    }

    /// How the entity changed.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Only in the new version.
        case added
        /// Only in the old version.
        case removed
        /// In both, under the same id, with fields that differ.
        case changed
        /// In both under different ids, recognised by its URI, its code or its content.
        case renamed
    }

    public var entity: Entity
    public var kind: Kind
    /// The id in the new version (the old one for a removed entity).
    public var id: String
    /// The id in the old version, for a renamed entity.
    public var oldID: String?
    /// The title (or statement) in its first language, to tell people which one it is.
    public var title: String?
    /// Where it stands in the old version (`file:line:column`), when it is in it.
    public var oldPlace: String?
    /// Where it stands in the new version, when it is in it.
    public var newPlace: String?
    /// The fields that differ; empty for an entity added or removed.
    public var fields: [FieldChange]

    /// A change of `entity` `id`.
    public init(entity: Entity, kind: Kind, id: String, oldID: String? = nil, title: String? = nil,
                oldPlace: String? = nil, newPlace: String? = nil, fields: [FieldChange] = []) {
        self.entity = entity
        self.kind = kind
        self.id = id
        self.oldID = oldID
        self.title = title
        self.oldPlace = oldPlace
        self.newPlace = newPlace
        self.fields = fields
    }
}

/// One field whose value differs: `title@fi`, `eqfLevel`, `structure/U-7` (the group a unit is
/// in), `structure/U-7/points`, `parts/P-1/credits`. A value absent from one version is `nil`.
public struct FieldChange: Sendable, Hashable, Codable {
    /// The field, by its canonical key, with the language or the member it is about.
    public var field: String
    /// The value in the old version, as written.
    public var old: String?
    /// The value in the new version, as written.
    public var new: String?

    /// A change of `field` from `old` to `new`.
    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}

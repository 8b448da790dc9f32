/// One field of an entity, described once: its key in canonical JSON and YAML (which is also its
/// name in canonical CSV headers and mapping files), where canonical XML puts it, and what kind
/// of value it holds where.
///
/// Every reader and writer of the canonical formats, and the mapping's field names, follow from
/// the entities' tables (`Unit.fields`…): adding a field to an entity is a line in its table, and
/// what no format can say on its own (the schemas, the documentation, the fixtures).
public struct Field<Entity>: Sendable {
    /// The key in canonical JSON and YAML, the CSV column (or column stem: `title@fi`) and the
    /// field's name in mapping files.
    public let key: String
    /// Where canonical XML puts the value.
    public let xml: XMLName
    /// The kind of value, and the property that holds it.
    public let value: FieldValue<Entity>

    /// A field whose XML element has the key's name.
    public init(_ key: String, _ value: FieldValue<Entity>, xml: XMLName? = nil) {
        self.key = key
        self.value = value
        self.xml = xml ?? .element(key)
    }
}

/// Where canonical XML puts a field.
public enum XMLName: Sendable, Equatable {
    /// An element of this name, one per item for a list (`<language>fi</language>`).
    case element(String)
    /// An attribute of the entity's element (`id="U-12"`).
    case attribute(String)
    /// An element of this name per item, naming another entity in its `ref` attribute
    /// (`<learningOutcome ref="LO-1"/>`).
    case reference(String)

    /// The element or attribute name.
    public var name: String {
        switch self {
        case .element(let name), .attribute(let name), .reference(let name): name
        }
    }
}

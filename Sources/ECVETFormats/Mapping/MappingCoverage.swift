import ECVETModel

/// How a mapping met one export: for each entry of the mapping (an entity, a lookup table, a
/// record inside a record), how many records its `at:` selected, and in how many of them each
/// field found a value; so a wrong path shows at once. With a traced id, which source values
/// made which fields of that record.
public struct MappingCoverage: Sendable, Hashable, Codable {
    /// One entry of the mapping and what it selected.
    public struct Entry: Sendable, Hashable, Codable {
        /// The entry's name (`qualifications`, `units › outcomes`, `lookup unitReferences`).
        public var name: String
        /// Its record path as written (`tutkinnonOsat[*]`); empty for the enclosing record.
        public var at: String
        /// Its line in the mapping file.
        public var line: Int?
        /// The records it selected.
        public var records: Int
        /// For a record inside records, how many records it was looked for in.
        public var searchedIn: Int?
        /// Its fields, in the mapping's order.
        public var fields: [Field]
    }

    /// One field of an entry and what it found.
    public struct Field: Sendable, Hashable, Codable {
        /// The model field (`title`, `credits.points`).
        public var name: String
        /// Its line in the mapping file.
        public var line: Int?
        /// How often it was read (once per record, or per record it is inside).
        public var read: Int
        /// How often that gave at least one value.
        public var found: Int
        /// The values it gave in all.
        public var values: Int
    }

    /// One field of the traced record and the source values that made it.
    public struct Traced: Sendable, Hashable, Codable {
        /// The model field.
        public var field: String
        /// The paths it reads, as written.
        public var paths: String
        /// The values it gave after its transforms, each with where it was read.
        public var values: [Value]

        /// A value and its place in the export.
        public struct Value: Sendable, Hashable, Codable {
            public var text: String
            public var location: String
        }
    }

    /// The mapping's entries, entities first, then lookup tables.
    public var entries: [Entry]
    /// The fields of the traced record (`--trace ID`), in the order they were read.
    public var trace: [Traced]
}

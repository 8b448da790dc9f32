/// When an entity is in force: ISO 8601 dates as written, either end open.
public struct ValidityPeriod: Sendable, Hashable {
    /// The first day in force, an ISO 8601 date as written (`2022-08-01`); `nil` when open.
    public var from: String?
    /// The last day in force, an ISO 8601 date as written; `nil` when open.
    public var until: String?
    /// Where the period was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation
    /// Where the values rules judge were read (`id`, `volumeOfLearning`…); not in equality.
    public var valueLocations = ValueLocations()

    /// A period from `from` until `until`, either end open.
    public init(from: String? = nil, until: String? = nil, location: SourceLocation = .none) {
        self.from = from
        self.until = until
        self.location = location
    }

    /// `true` when neither end is given.
    public var isEmpty: Bool { from == nil && until == nil }
}

/// When an entity is in force: ISO 8601 dates as written, either end open.
public struct ValidityPeriod: Sendable, Hashable {
    public var from: String?
    public var until: String?
    @ExcludedFromEquality public var location: SourceLocation

    public init(from: String? = nil, until: String? = nil, location: SourceLocation = .none) {
        self.from = from
        self.until = until
        self.location = location
    }

    public var isEmpty: Bool { from == nil && until == nil }
}

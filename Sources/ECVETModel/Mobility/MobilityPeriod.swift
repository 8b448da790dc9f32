/// When a learner is abroad: the first and last day, and the length in weeks the agreement
/// gives.
public struct MobilityPeriod: DocumentEntity {
    /// The first day, an ISO 8601 date as written.
    public var start: String?
    /// The last day, an ISO 8601 date as written.
    public var end: String?
    /// The length in weeks, as the agreement states it.
    public var weeks: Int?
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}
}

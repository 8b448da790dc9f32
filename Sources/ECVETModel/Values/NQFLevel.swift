/// A national qualifications framework level: a framework and its level as written
/// (`FiNQF` `4`, `NLQF` `4+`, `DQR` `4`), or a Europass NQF vocabulary URI, or both.
public struct NQFLevel: Sendable, Hashable {
    public var framework: String?
    public var level: String?
    public var uri: String?
    @ExcludedFromEquality public var location: SourceLocation

    public init(framework: String? = nil, level: String? = nil, uri: String? = nil,
                location: SourceLocation = .none) {
        self.framework = framework
        self.level = level
        self.uri = uri
        self.location = location
    }

    /// The Europass vocabulary URI: the one given, else the one of the framework and level.
    public var europassURI: String? {
        if let uri { return uri }
        guard let framework, let level else { return nil }
        return CodeLists.nqfURI(framework: framework, level: level)
    }
}

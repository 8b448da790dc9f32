/// A national qualifications framework level: a framework and its level as written
/// (`FiNQF` `4`, `NLQF` `4+`, `DQR` `4`), or a Europass NQF vocabulary URI, or both.
public struct NQFLevel: Sendable, Hashable {
    /// The framework's name as written (`FiNQF`, `NLQF`); `nil` when only a URI is given.
    public var framework: String?
    /// The level in that framework, as written (`4`, `4+`).
    public var level: String?
    /// A Europass NQF vocabulary URI, as written; `nil` when not given.
    public var uri: String?
    /// Where the level was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// A level given by framework and level, by URI, or both.
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

/// A condition on the nodes a path step reaches, written in brackets after the step:
/// `profiel[@nr]`, `profiel[@soort='basis']`, `kerntaak[code]`, `profiel[not(@ref)]`.
indirect enum PathCondition: Sendable, Hashable, CustomStringConvertible {
    /// The path, relative to the node, reaches a value that is not empty.
    case exists(SourcePath)
    /// The path, relative to the node, reaches a value whose text is this.
    case equals(SourcePath, String)
    /// The condition does not hold.
    case not(PathCondition)

    /// Whether the condition holds at `cursor`.
    func holds(at cursor: SourceCursor) -> Bool {
        switch self {
        case .exists(let path):
            // Most conditions test one key of the node: looked up directly, as every record may be tested.
            if let key = path.singleKey, case .object(let pairs, _) = cursor.node {
                return pairs.contains { $0.key == key && Self.isValue($0.value) }
            }
            return path.evaluate(from: cursor, keepingAncestors: false).nodes.contains { Self.isValue($0.node) }
        case .equals(let path, let value):
            if let key = path.singleKey, case .object(let pairs, _) = cursor.node {
                return pairs.contains { $0.key == key && $0.value.text == value }
            }
            return path.evaluate(from: cursor, keepingAncestors: false).nodes.contains { $0.text == value }
        case .not(let condition):
            return !condition.holds(at: cursor)
        }
    }

    /// Whether a node holds a value: text that is not empty, or a container.
    private static func isValue(_ node: SourceNode) -> Bool {
        if let text = node.text { return !text.isEmpty }
        return node.isContainer
    }

    /// Whether it tests only attributes of the node itself (`@nr`, `@soort='x'`), which an XML
    /// stream knows when the element starts.
    var testsAttributesOnly: Bool {
        switch self {
        case .exists(let path), .equals(let path, _):
            return path.singleKey?.hasPrefix("@") ?? false
        case .not(let condition): return condition.testsAttributesOnly
        }
    }

    /// Whether the condition holds for an element with these attributes (`@name`: value);
    /// meaningful when `testsAttributesOnly`.
    func holds(attributes: [(name: String, value: String)]) -> Bool {
        switch self {
        case .exists(let path):
            guard let name = path.singleKey else { return false }
            return attributes.contains { $0.name == name && !$0.value.isEmpty }
        case .equals(let path, let value):
            guard let name = path.singleKey else { return false }
            return attributes.contains { $0.name == name && $0.value == value }
        case .not(let condition):
            return !condition.holds(attributes: attributes)
        }
    }

    /// The paths it reads, for what a record must keep.
    var paths: [SourcePath] {
        switch self {
        case .exists(let path), .equals(let path, _): [path]
        case .not(let condition): condition.paths
        }
    }

    var description: String {
        switch self {
        case .exists(let path): path.description
        case .equals(let path, let value): "\(path.description)='\(value)'"
        case .not(let condition): "not(\(condition))"
        }
    }
}

import ECVETModel
import ECVETBytes
import ECVETSyntax

/// A small document held whole, with the place of every node: what configuration and mapping
/// files are read into (catalogues stream through the binder instead).
package indirect enum TreeNode: Sendable, Equatable {
    case scalar(String, ScalarKind, SourceLocation)
    case mapping([(key: String, keyLocation: SourceLocation, value: TreeNode)], SourceLocation)
    case sequence([TreeNode], SourceLocation)

    package static func == (lhs: TreeNode, rhs: TreeNode) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a, kindA, _), .scalar(b, kindB, _)): a == b && kindA == kindB
        case let (.sequence(a, _), .sequence(b, _)): a == b
        case let (.mapping(a, _), .mapping(b, _)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// Reads a whole YAML file (`path`, or `-`) into nodes.
    package static func readYAML(path: String) throws(SyntaxError) -> TreeNode {
        try read(YAMLEventReader(input: ByteInput(path: path)))
    }

    /// Reads YAML text into nodes; `name` is used in diagnostics.
    package static func readYAML(_ text: String, name: String) throws(SyntaxError) -> TreeNode {
        try read(YAMLEventReader(input: ByteInput(bytes: Array(text.utf8), name: name)))
    }

    /// Reads one document from any tree event source.
    package static func read<Source: TreeEventSource>(_ source: Source) throws(SyntaxError) -> TreeNode {
        var source = source
        let first = try source.next()
        if first == .end {
            return .mapping([], SourceLocation(file: source.fileName, line: 1, column: 1))
        }
        return try node(startingWith: first, from: &source)
    }

    private static func node<Source: TreeEventSource>(startingWith event: TreeEvent,
                                                      from source: inout Source) throws(SyntaxError) -> TreeNode {
        let location = SourceLocation(file: source.fileName, line: source.eventLine, column: source.eventColumn())
        switch event {
        case .scalar(let text, let kind):
            return .scalar(text, kind, location)
        case .arrayStart:
            var items: [TreeNode] = []
            while true {
                let next = try source.next()
                if next == .arrayEnd { return .sequence(items, location) }
                items.append(try node(startingWith: next, from: &source))
            }
        case .objectStart:
            var pairs: [(key: String, keyLocation: SourceLocation, value: TreeNode)] = []
            while case .key(let key) = try source.next() {
                let keyLocation = SourceLocation(file: source.fileName, line: source.eventLine, column: source.eventColumn())
                let value = try node(startingWith: source.next(), from: &source)
                pairs.append((key, keyLocation, value))
            }
            return .mapping(pairs, location)
        default:
            throw SyntaxError(Diagnostic(.unexpectedValue, "unexpected \(event) in the document", at: location))
        }
    }

    /// Where the node stands.
    package var location: SourceLocation {
        switch self {
        case .scalar(_, _, let location), .mapping(_, let location), .sequence(_, let location): location
        }
    }

    /// The value of `key` in a mapping.
    package subscript(key: String) -> TreeNode? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// The text of a scalar (`nil` for null, mappings and sequences).
    package var text: String? {
        guard case .scalar(let text, let kind, _) = self, kind != .null else { return nil }
        return text
    }

    /// The items of a sequence.
    package var items: [TreeNode] {
        guard case .sequence(let items, _) = self else { return [] }
        return items
    }

    /// The pairs of a mapping, in order.
    package var pairs: [(key: String, keyLocation: SourceLocation, value: TreeNode)] {
        guard case .mapping(let pairs, _) = self else { return [] }
        return pairs
    }
}

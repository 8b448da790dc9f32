import Foundation
import ECVETModel

/// Builds one record's nodes from events, as they come. Finished values wait in one flat list
/// until their container closes, so building costs no copying of half-built containers.
struct TreeNodeBuilder {
    private typealias Entry = (key: String, keyLocation: SourceLocation, value: TreeNode)

    private var open: [(isMapping: Bool, location: SourceLocation, start: Int)] = []
    private var entries: [Entry] = []
    private var pendingKeys: [(String, SourceLocation)] = []

    var isEmpty: Bool { open.isEmpty }

    mutating func startMapping(at location: SourceLocation) { open.append((true, location, entries.count)) }
    mutating func startSequence(at location: SourceLocation) { open.append((false, location, entries.count)) }
    mutating func key(_ key: String, at location: SourceLocation) { pendingKeys.append((key, location)) }

    /// Adds a finished value to the open container; returns it when it is the record itself.
    mutating func add(_ value: TreeNode) -> TreeNode? {
        guard let container = open.last else { return value }
        if container.isMapping {
            let (key, keyLocation) = pendingKeys.removeLast()
            entries.append((key, keyLocation, value))
        } else {
            entries.append(("", value.location, value))
        }
        return nil
    }

    /// Closes the innermost container; returns the record when it was the outermost.
    mutating func end(element: Bool = false) -> TreeNode? {
        guard let container = open.popLast() else { return nil }
        let node: TreeNode
        if element {
            node = Self.element(entries[container.start...], at: container.location)
        } else if container.isMapping {
            node = .mapping(Array(entries[container.start...]), container.location)
        } else {
            node = .sequence(entries[container.start...].map(\.value), container.location)
        }
        entries.removeSubrange(container.start...)
        return add(node)
    }

    /// Drops the key of a value that went to another record instead.
    mutating func dropKey() {
        if open.last?.isMapping == true { pendingKeys.removeLast() }
    }

    /// An XML element: its text joined into one `#text` value, and an element with nothing but
    /// text made a plain scalar.
    private static func element(_ children: ArraySlice<Entry>, at location: SourceLocation) -> TreeNode {
        var pairs: [Entry] = []
        var text = ""
        var textLocation: SourceLocation?
        for child in children {
            if child.key == TreeNode.textKey {
                text += child.value.text ?? ""
                if textLocation == nil { textLocation = child.value.location }
            } else {
                pairs.append(child)
            }
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if pairs.isEmpty { return .scalar(trimmed, .string, location) }
        if !trimmed.isEmpty {
            pairs.append((TreeNode.textKey, location, .scalar(trimmed, .string, textLocation ?? location)))
        }
        return .mapping(pairs, location)
    }
}

import Foundation

/// Builds one record's nodes from events, as they come. Finished values wait in one flat list
/// until their container closes, so building costs no copying of half-built containers.
struct RecordBuilder {
    private typealias Entry = (key: String, value: SourceNode)

    private var open: [(isObject: Bool, place: SourcePlace, start: Int)] = []
    private var entries: [Entry] = []
    private var pendingKeys: [String] = []

    var isEmpty: Bool { open.isEmpty }

    mutating func startObject(at place: SourcePlace) { open.append((true, place, entries.count)) }
    mutating func startList(at place: SourcePlace) { open.append((false, place, entries.count)) }
    mutating func key(_ key: String) { pendingKeys.append(key) }

    /// Adds a finished value to the open container; returns it when it is the record itself.
    mutating func add(_ value: SourceNode) -> SourceNode? {
        guard let container = open.last else { return value }
        entries.append((container.isObject ? pendingKeys.removeLast() : "", value))
        return nil
    }

    /// Closes the innermost container; returns the record when it was the outermost. An XML
    /// `element` has its text joined into one `#text` value, and becomes a plain scalar when it
    /// has nothing but text.
    mutating func end(element: Bool = false) -> SourceNode? {
        guard let container = open.popLast() else { return nil }
        let node: SourceNode
        if element {
            node = Self.element(entries[container.start...], at: container.place)
        } else if container.isObject {
            node = .object(Array(entries[container.start...]), container.place)
        } else {
            node = .list(entries[container.start...].map(\.value), container.place)
        }
        entries.removeSubrange(container.start...)
        return add(node)
    }

    /// The record as far as it is built, its open containers closed: what a record being read
    /// holds so far (XML `elements` joined as `end` joins them).
    func snapshot(elements: Bool) -> SourceNode? {
        var copy = self
        while !copy.open.isEmpty {
            if let node = copy.end(element: elements && copy.open.count > 1) { return node }
        }
        return nil
    }

    /// Drops the key of a value that went to another record instead.
    mutating func dropKey() {
        if open.last?.isObject == true { pendingKeys.removeLast() }
    }

    private static func element(_ children: ArraySlice<Entry>, at place: SourcePlace) -> SourceNode {
        var pairs: [Entry] = []
        var own = ""
        var textPlace: SourcePlace?
        var mixed = false
        for child in children {
            if child.key == SourceNode.textKey {
                own += child.value.text ?? ""
                if textPlace == nil { textPlace = child.value.place }
            } else {
                pairs.append(child)
                if !child.key.hasPrefix("@") { mixed = true }
            }
        }
        if pairs.isEmpty { return .scalar(own.trimmingWhiteSpace, .string, place) }
        // Mixed content (`Foo <b>bar</b> baz`): the text is all of it, child elements' included.
        // Only then is the children's text gathered: most elements hold elements and no text.
        let trimmed = own.trimmingWhiteSpace
        if !trimmed.isEmpty {
            let text = mixed ? mixedText(children).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") : trimmed
            pairs.append((SourceNode.textKey, .scalar(text, .string, textPlace ?? place)))
        }
        return .object(pairs, place)
    }

    /// The text of an element's children in document order: its own text, and all the text of
    /// its child elements.
    private static func mixedText(_ children: ArraySlice<Entry>) -> String {
        var all = ""
        for child in children {
            if child.key == SourceNode.textKey {
                all += child.value.text ?? ""
            } else if !child.key.hasPrefix("@") {
                all += " " + fullText(child.value) + " "
            }
        }
        return all
    }

    /// All the text in a node, its children's included.
    private static func fullText(_ node: SourceNode) -> String {
        switch node {
        case .scalar(let text, _, _): return text
        case .object(let pairs, _):
            if let text = node[SourceNode.textKey]?.text { return text }
            return pairs.filter { !$0.key.hasPrefix("@") }.map { fullText($0.value) }.joined(separator: " ")
        case .list(let items, _): return items.map(fullText).joined(separator: " ")
        }
    }
}

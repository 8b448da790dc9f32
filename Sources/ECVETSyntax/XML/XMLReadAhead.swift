internal import CLibXML2
import ECVETBytes

/// An XML event reader run on a thread of its own, ahead of the binder: libxml2 (and the schema
/// check) on one core, the model on the other. Events arrive in document order with their lines,
/// and fatal errors where the reader met them.
///
/// The reading thread only copies bytes: the strings of the events are made on the consumer's
/// side, so that the two threads share the work.
package final class XMLReadAhead {
    // One caller drives the reader and it never re-enters itself: its state needs no run-time
    // exclusivity checks, which would cost a dozen calls per event.
    package let fileName: String
    @exclusivity(unchecked) package private(set) var eventLine = 1
    private let events: ReadAhead<XMLNodeBatch>
    private let outcome: ReaderOutcome
    @exclusivity(unchecked) private var current = XMLNodeBatch()
    @exclusivity(unchecked) private var index = 0
    @exclusivity(unchecked) private var names: [String] = []
    @exclusivity(unchecked) private var ended = false

    /// Starts reading with `reader`, which belongs to this reader from now on.
    package init(_ reader: XMLEventReader) {
        fileName = reader.fileName
        let outcome = ReaderOutcome()
        self.outcome = outcome
        events = ReadAhead { events in
            var names = NameNumbers()
            let failure: SyntaxError? = reader.reading {
                do throws(SyntaxError) {
                    while true {
                        let node = try reader.advance()
                        events.batch.append(node, line: reader.eventLine, reader: reader, names: &names)
                        if case .endOfDocument = node { return nil }
                        if !events.handOverIfFull() { return nil }
                    }
                } catch {
                    return error
                }
            }
            outcome.problems = reader.problems
            return failure
        }
    }

    deinit {
        events.close()
    }

    /// The next event, as `XMLEventReader.next()` gives it.
    package func next() throws(SyntaxError) -> XMLEvent {
        if index == current.nodes.count {
            guard try refill() else { return .endOfDocument }
        }
        let node = current.nodes[index]
        index += 1
        switch node.kind {
        case .start:
            eventLine = node.line
            var attributes: [XMLAttribute] = []
            // The numbers of names first met in the attributes are defined among them.
            while index < current.nodes.count, current.nodes[index].kind == .attribute || current.nodes[index].kind == .name {
                let attribute = current.nodes[index]
                if attribute.kind == .name {
                    names.append(current.text(of: attribute))
                    index += 1
                    continue
                }
                attributes.append(XMLAttribute(name: names[attribute.name], namespace: names[attribute.namespace],
                                               value: current.text(of: attribute)))
                index += 1
            }
            return .start(name: names[node.name], namespace: names[node.namespace], attributes: attributes)
        case .end:
            return .end
        case .text:
            return .text(current.text(of: node))
        case .name:
            names.append(current.text(of: node))
            return try next()
        case .attribute, .endOfDocument:
            return .endOfDocument
        }
    }

    private func refill() throws(SyntaxError) -> Bool {
        guard !ended else { return false }
        index = 0
        guard try events.next(replacing: &current) else {
            ended = true
            return false
        }
        return true
    }

    /// The schema errors the reader collected. Complete once `next()` has returned
    /// `.endOfDocument` or thrown.
    package var problems: [SyntaxProblem] { outcome.problems }
}

/// What the reading thread leaves behind, written before it says it has finished.
private final class ReaderOutcome: @unchecked Sendable {
    // Unchecked: written by the reading thread before `ReadAhead` marks it finished (under its
    // lock), read by the consumer only after it has seen that.
    var problems: [SyntaxProblem] = []
}

/// Numbers the names of libxml2's dictionary in the order they are first met.
private struct NameNumbers {
    var numbers: [UnsafeRawPointer: Int] = [:]

    mutating func number(_ name: UnsafePointer<xmlChar>?, defining batch: inout XMLNodeBatch) -> Int {
        // No name (libxml2 has none for a node without a namespace) is the empty name.
        let key = name.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(bitPattern: 1)!
        if let known = numbers[key] { return known }
        let number = numbers.count
        numbers[key] = number
        batch.add(.name, line: 0, text: name)
        return number
    }
}

/// XML nodes as the reading thread copies them: kinds, lines, name numbers, and the bytes of
/// texts and attribute values.
struct XMLNodeBatch: ReadAheadBatch {
    struct Node {
        enum Kind: UInt8 {
            case start, attribute, end, text, endOfDocument
            /// Defines the next name number: its text is the name.
            case name
        }
        var kind: Kind
        var line: Int
        var name = 0
        var namespace = 0
        var textStart = 0
        var textCount = 0
    }

    var nodes: [Node] = []
    var bytes: [UInt8] = []

    var count: Int { nodes.count }

    mutating func reset() {
        nodes.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    fileprivate mutating func append(_ node: XMLEventReader.Node, line: Int, reader: XMLEventReader, names: inout NameNumbers) {
        switch node {
        case .start(let name, let namespace):
            var start = Node(kind: .start, line: line)
            start.name = names.number(name, defining: &self)
            start.namespace = names.number(namespace, defining: &self)
            nodes.append(start)
            reader.forEachAttribute { name, namespace, value in
                let nameNumber = names.number(name, defining: &self)
                let namespaceNumber = names.number(namespace, defining: &self)
                add(.attribute, line: line, text: value)
                nodes[nodes.count - 1].name = nameNumber
                nodes[nodes.count - 1].namespace = namespaceNumber
            }
        case .end:
            nodes.append(Node(kind: .end, line: line))
        case .text(let value):
            add(.text, line: line, text: value)
        case .endOfDocument:
            nodes.append(Node(kind: .endOfDocument, line: line))
        }
    }

    fileprivate mutating func add(_ kind: Node.Kind, line: Int, text: UnsafePointer<xmlChar>?) {
        let start = bytes.count
        if let text {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
        }
        nodes.append(Node(kind: kind, line: line, textStart: start, textCount: bytes.count - start))
    }

    func text(of node: Node) -> String {
        guard node.textCount > 0 else { return "" }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[node.textStart..<node.textStart + node.textCount]), as: UTF8.self)
        }
    }
}

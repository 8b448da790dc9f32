internal import CLibYAML
import ECVETModel

/// A streaming YAML reader on the libyaml event parser: it yields the same tree events as the JSON
/// reader, with libyaml's marks made 1-based.
///
/// Anchors and aliases are expanded, within a budget, so an alias bomb is refused instead of
/// eating memory. Comments are ignored, a byte order mark is accepted, and only one document is
/// read. Unquoted `~`, `null` and empty scalars are null; every other scalar keeps its text.
public final class YAMLEventReader: TreeEventSource {
    public let fileName: String
    /// The most events alias expansion may add to a document.
    public let aliasBudget: Int
    /// The deepest nesting of mappings and sequences accepted.
    public let maxDepth: Int

    private let input: ByteInput
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var event = yaml_event_t()

    public private(set) var eventLine = 1
    private var column = 1

    /// Per open container: is it a mapping, and does it expect a key next?
    private var openMappings: [Bool] = []
    private var expectsKey: [Bool] = []
    private var documents = 0
    private var finished = false

    private struct Recorded {
        var event: TreeEvent
        var line: Int
        var column: Int
    }

    private struct Recording {
        var anchor: String
        var depth: Int
        var events: [Recorded]
    }

    private var anchors: [String: [Recorded]] = [:]
    private var recordings: [Recording] = []
    private var replay: [Recorded] = []
    private var replayIndex = 0
    private var expanded = 0
    private var recorded = 0

    public init(input: ByteInput, aliasBudget: Int = 1_000_000, maxDepth: Int = 256) {
        self.input = input
        self.fileName = input.name
        self.aliasBudget = aliasBudget
        self.maxDepth = maxDepth
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_input(parser, { context, buffer, size, sizeRead in
            let input = Unmanaged<ByteInput>.fromOpaque(context!).takeUnretainedValue()
            let got = input.readRecordingFailure(into: buffer!, count: size)
            if got < 0 { return 0 }
            sizeRead!.pointee = got
            return 1
        }, Unmanaged.passUnretained(input).toOpaque())
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    public func eventColumn() -> Int { column }

    public func next() throws(SyntaxError) -> TreeEvent {
        if replayIndex < replay.count {
            let recorded = replay[replayIndex]
            replayIndex += 1
            if replayIndex == replay.count {
                replay.removeAll(keepingCapacity: true)
                replayIndex = 0
            }
            eventLine = recorded.line
            column = recorded.column
            return try deliver(recorded.event, anchor: nil)
        }
        while true {
            if finished { return .end }
            guard yaml_parser_parse(parser, &event) == 1 else { throw parseError() }
            defer { yaml_event_delete(&event) }
            eventLine = Int(event.start_mark.line) + 1
            column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT, YAML_NO_EVENT:
                continue
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw failure("the file holds more than one YAML document; a catalogue is one document")
                }
            case YAML_STREAM_END_EVENT:
                finished = true
                return .end
            case YAML_MAPPING_START_EVENT:
                return try deliver(.objectStart, anchor: text(event.data.mapping_start.anchor))
            case YAML_SEQUENCE_START_EVENT:
                return try deliver(.arrayStart, anchor: text(event.data.sequence_start.anchor))
            case YAML_MAPPING_END_EVENT:
                return try deliver(.objectEnd, anchor: nil)
            case YAML_SEQUENCE_END_EVENT:
                return try deliver(.arrayEnd, anchor: nil)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = scalarText(scalar.value, Int(scalar.length), isKey: expectsKey.last == true)
                let kind: ScalarKind
                if scalar.style == YAML_PLAIN_SCALAR_STYLE {
                    kind = scalar.tag == nil && Self.isNull(value) ? .null : .plain
                } else {
                    kind = .string
                }
                return try deliver(.scalar(value, kind), anchor: text(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = text(event.data.alias.anchor) ?? ""
                guard let events = anchors[name] else {
                    throw failure("the alias *\(name) names no anchor defined before it")
                }
                expanded += events.count
                guard expanded <= aliasBudget else {
                    throw failure("aliases expand to more than \(aliasBudget) values; refusing an alias bomb",
                                  id: .aliasExpansion)
                }
                replay = events
                replayIndex = 0
                return try next()
            default:
                continue
            }
        }
    }

    /// Turns a node event into a tree event in context (a scalar where a key is expected is a
    /// key), keeps the container state and feeds the anchors being recorded.
    private func deliver(_ raw: TreeEvent, anchor: String?) throws(SyntaxError) -> TreeEvent {
        var delivered = raw
        let inKeyPosition = expectsKey.last == true
        switch raw {
        case .objectStart, .arrayStart:
            if inKeyPosition { throw failure("a mapping key must be plain text, not a mapping or a list") }
            guard openMappings.count < maxDepth else {
                throw failure("mappings and lists nest deeper than \(maxDepth) levels", id: .nestingTooDeep)
            }
            try record(raw)
            openMappings.append(raw == .objectStart)
            expectsKey.append(raw == .objectStart)
            if let anchor { recordings.append(Recording(anchor: anchor, depth: openMappings.count, events: [current(raw)])) }
            return raw
        case .objectEnd, .arrayEnd:
            try record(raw)
            let depth = openMappings.count
            openMappings.removeLast()
            expectsKey.removeLast()
            finishRecordings(atDepth: depth)
            completeNode()
            return raw
        case .scalar(let value, _):
            if inKeyPosition {
                delivered = .key(value)
                try record(raw)
                expectsKey[expectsKey.count - 1] = false
            } else {
                try record(raw)
                completeNode()
            }
            if let anchor { anchors[anchor] = [current(raw)] }
            return delivered
        case .key, .end:
            return raw
        }
    }

    private func completeNode() {
        if openMappings.last == true { expectsKey[expectsKey.count - 1] = true }
    }

    private func current(_ event: TreeEvent) -> Recorded {
        Recorded(event: event, line: eventLine, column: column)
    }

    /// Events kept for anchors count against the budget too: nested anchors copy every event
    /// once per open anchor, so without a bound they could hold many copies of the document.
    private func record(_ event: TreeEvent) throws(SyntaxError) {
        guard !recordings.isEmpty else { return }
        recorded += recordings.count
        guard recorded <= aliasBudget * 10 else {
            throw failure("anchors hold more than \(aliasBudget * 10) values; refusing an anchor bomb", id: .aliasExpansion)
        }
        let copy = current(event)
        for index in recordings.indices {
            recordings[index].events.append(copy)
        }
    }

    private func finishRecordings(atDepth depth: Int) {
        while let last = recordings.last, last.depth == depth {
            anchors[last.anchor] = last.events
            recordings.removeLast()
        }
    }

    // MARK: - Text

    private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private var keys = KeyInterner()

    /// libyaml has checked the encoding already. Keys repeat endlessly, so they are interned;
    /// values are made directly.
    private func scalarText(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int, isKey: Bool) -> String {
        guard let pointer, length > 0 else { return "" }
        let bytes = UnsafeBufferPointer(start: pointer, count: length)
        if isKey, length <= 32, let known = keys.string(for: bytes) { return known }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isNull(_ value: String) -> Bool {
        value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }

    // MARK: - Errors

    private func parseError() -> SyntaxError {
        if let failure = input.readFailure { return failure }
        let mark = parser.pointee.problem_mark
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "the YAML cannot be read"
        var message = problem
        if let context = parser.pointee.context.map({ String(cString: $0) }) {
            message = "\(problem) \(context)"
        }
        var id = DiagnosticID.yamlSyntax
        if problem.contains("cannot start any token") && scannerIsOnTab() {
            message = "a tab in the indentation; YAML indents with spaces only"
        } else if parser.pointee.error == YAML_READER_ERROR {
            id = .invalidEncoding
            if problem.contains("UTF-8") || problem.contains("utf") || problem.contains("octet") {
                message = "the text is not valid UTF-8 (\(problem))"
            }
        }
        let location = SourceLocation(file: fileName, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        return SyntaxError(Diagnostic(id, message, at: location))
    }

    /// libyaml reports a tab as a character that cannot start a token, with its scanner still on
    /// that character.
    private func scannerIsOnTab() -> Bool {
        parser.pointee.buffer.pointer?.pointee == 0x09
    }

    private func failure(_ message: String, id: DiagnosticID = .yamlSyntax) -> SyntaxError {
        SyntaxError(Diagnostic(id, message, at: SourceLocation(file: fileName, line: eventLine, column: column)))
    }
}

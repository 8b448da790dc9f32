internal import CLibYAML
import ECVETBytes

/// One libyaml event as the YAML reader needs it. The buffers point into memory that stays valid
/// only while the event is being handled.
package struct YAMLRawEvent {
    package enum Kind: UInt8 {
        case documentStart, streamEnd, mappingStart, sequenceStart, mappingEnd, sequenceEnd, scalar, alias
        /// Events the reader passes over (stream start, document end).
        case other
    }

    package var kind: Kind
    /// 1-based, from libyaml's 0-based marks.
    package var line: Int
    package var column: Int
    /// A scalar written without quotes or block indicators.
    package var isPlain = false
    /// A scalar with an explicit tag such as `!!str`.
    package var isTagged = false
    /// The anchor of a node, or the name an alias refers to.
    package var anchor: UnsafeBufferPointer<UInt8>?
    /// A scalar's text.
    package var value = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
}

/// libyaml's event parser over an input, one raw event at a time.
package final class YAMLParser {
    package let fileName: String
    private let input: ByteInput
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    // One caller drives the parser and it never re-enters itself: the state touched for every
    // event needs no run-time exclusivity checks.
    @exclusivity(unchecked) private var event = yaml_event_t()
    @exclusivity(unchecked) private var holdsEvent = false

    package init(input: ByteInput) {
        self.input = input
        self.fileName = input.name
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
        if holdsEvent { yaml_event_delete(&event) }
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Parses the next event: its buffers stay valid until the next call.
    package func next() throws(SyntaxError) -> YAMLRawEvent {
        if holdsEvent {
            yaml_event_delete(&event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, &event) == 1 else { throw parseError() }
        holdsEvent = true
        var raw = YAMLRawEvent(kind: .other, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT: raw.kind = .documentStart
        case YAML_STREAM_END_EVENT: raw.kind = .streamEnd
        case YAML_MAPPING_START_EVENT:
            raw.kind = .mappingStart
            raw.anchor = Self.buffer(event.data.mapping_start.anchor)
        case YAML_SEQUENCE_START_EVENT:
            raw.kind = .sequenceStart
            raw.anchor = Self.buffer(event.data.sequence_start.anchor)
        case YAML_MAPPING_END_EVENT: raw.kind = .mappingEnd
        case YAML_SEQUENCE_END_EVENT: raw.kind = .sequenceEnd
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            raw.kind = .scalar
            raw.isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
            raw.isTagged = scalar.tag != nil
            raw.anchor = Self.buffer(scalar.anchor)
            raw.value = UnsafeBufferPointer(start: scalar.value, count: scalar.value == nil ? 0 : Int(scalar.length))
        case YAML_ALIAS_EVENT:
            raw.kind = .alias
            raw.anchor = Self.buffer(event.data.alias.anchor) ?? UnsafeBufferPointer(start: nil, count: 0)
        default:
            break
        }
        return raw
    }

    private static func buffer(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> UnsafeBufferPointer<UInt8>? {
        guard let pointer else { return nil }
        var end = pointer
        while end.pointee != 0 { end += 1 }
        return UnsafeBufferPointer(start: pointer, count: end - pointer)
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
        var id = SyntaxProblem.Kind.yamlSyntax
        if problem.contains("cannot start any token") && scannerIsOnTab() {
            message = "a tab in the indentation; YAML indents with spaces only"
        } else if parser.pointee.error == YAML_READER_ERROR {
            id = .invalidEncoding
            if problem.contains("UTF-8") || problem.contains("utf") || problem.contains("octet") {
                message = "the text is not valid UTF-8 (\(problem))"
            }
        }
        var location = TextPlace(file: fileName, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        // A reader error (bytes that are not UTF-8) comes with a byte offset and no mark.
        if parser.pointee.error == YAML_READER_ERROR,
           let place = FileLines.place(ofOffset: Int(parser.pointee.problem_offset), in: fileName) {
            location = TextPlace(file: fileName, line: place.line, column: place.column)
        }
        return SyntaxError(SyntaxProblem(id, message, at: location))
    }

    /// libyaml reports a tab as a character that cannot start a token, with its scanner still on
    /// that character.
    private func scannerIsOnTab() -> Bool {
        parser.pointee.buffer.pointer?.pointee == 0x09
    }
}

/// Raw YAML events copied by a reading thread: the events, and the bytes of their anchors and
/// scalars.
struct YAMLEventBatch: ReadAheadBatch {
    struct Stored {
        var kind: YAMLRawEvent.Kind
        var isPlain: Bool
        var isTagged: Bool
        var line: Int
        var column: Int
        /// -1: no anchor.
        var anchorStart: Int
        var anchorCount: Int
        var valueStart: Int
        var valueCount: Int
    }

    var events: [Stored] = []
    var bytes: [UInt8] = []

    var count: Int { events.count }

    mutating func reset() {
        events.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func append(_ raw: YAMLRawEvent) {
        var anchorStart = -1
        if let anchor = raw.anchor {
            anchorStart = bytes.count
            bytes.append(contentsOf: anchor)
        }
        let valueStart = bytes.count
        bytes.append(contentsOf: raw.value)
        events.append(Stored(kind: raw.kind, isPlain: raw.isPlain, isTagged: raw.isTagged, line: raw.line,
                             column: raw.column, anchorStart: anchorStart, anchorCount: raw.anchor?.count ?? 0,
                             valueStart: valueStart, valueCount: raw.value.count))
    }

    /// The event at `index`, its buffers pointing into `bytes` (which `bytes` must outlive).
    static func event(_ stored: Stored, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLRawEvent {
        var raw = YAMLRawEvent(kind: stored.kind, line: stored.line, column: stored.column,
                               isPlain: stored.isPlain, isTagged: stored.isTagged)
        if stored.anchorStart >= 0 {
            raw.anchor = UnsafeBufferPointer(rebasing: bytes[stored.anchorStart..<stored.anchorStart + stored.anchorCount])
        }
        raw.value = UnsafeBufferPointer(rebasing: bytes[stored.valueStart..<stored.valueStart + stored.valueCount])
        return raw
    }
}

import ECVETBytes


/// A streaming YAML reader on the libyaml event parser: it yields the same tree events as the JSON
/// reader, with libyaml's marks made 1-based.
///
/// Anchors and aliases are expanded, within a budget, so an alias bomb is refused instead of
/// eating memory. Comments are ignored, a byte order mark is accepted, and only one document is
/// read. Unquoted `~`, `null` and empty scalars are null; every other scalar keeps its text.
package final class YAMLEventReader: TreeEventSource {
    // One caller drives the reader and it never re-enters itself: its state needs no run-time
    // exclusivity checks, which would cost a dozen calls per event.
    package let fileName: String
    /// The most events alias expansion may add to a document.
    package let aliasBudget: Int
    /// The deepest nesting of mappings and sequences accepted.
    package let maxDepth: Int

    /// Where raw events come from: libyaml on this thread, or libyaml on a thread of its own.
    private enum Source {
        case parser(YAMLParser)
        case readAhead(ReadAhead<YAMLEventBatch>)
    }

    private let source: Source
    @exclusivity(unchecked) private var batch = YAMLEventBatch()
    @exclusivity(unchecked) private var batchIndex = 0

    @exclusivity(unchecked) package private(set) var eventLine = 1
    @exclusivity(unchecked) private var column = 1

    /// Per open container: is it a mapping, and does it expect a key next?
    @exclusivity(unchecked) private var openMappings: [Bool] = []
    /// The keys of the open mappings: a key given twice in one mapping is an error.
    @exclusivity(unchecked) private var objectKeys = ObjectKeys()
    @exclusivity(unchecked) private var expectsKey: [Bool] = []
    @exclusivity(unchecked) private var documents = 0
    @exclusivity(unchecked) private var finished = false

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

    @exclusivity(unchecked) private var anchors: [String: [Recorded]] = [:]
    @exclusivity(unchecked) private var recordings: [Recording] = []
    @exclusivity(unchecked) private var replay: [Recorded] = []
    @exclusivity(unchecked) private var replayIndex = 0
    @exclusivity(unchecked) private var expanded = 0
    @exclusivity(unchecked) private var recorded = 0

    /// Opens `input`. With `readAhead`, libyaml parses on a thread of its own while the caller
    /// uses the events, so that a large file is read on two cores.
    package init(input: ByteInput, aliasBudget: Int = 1_000_000, maxDepth: Int = 256, readAhead: Bool = false) {
        self.fileName = input.name
        self.aliasBudget = aliasBudget
        self.maxDepth = maxDepth
        let parser = YAMLParser(input: input)
        guard readAhead else {
            source = .parser(parser)
            return
        }
        source = .readAhead(ReadAhead { events in
            do throws(SyntaxError) {
                while true {
                    let raw = try parser.next()
                    events.batch.append(raw)
                    if raw.kind == .streamEnd { return nil }
                    if !events.handOverIfFull() { return nil }
                }
            } catch {
                return error
            }
        })
    }

    deinit {
        if case .readAhead(let events) = source { events.close() }
    }

    package func eventColumn() -> Int { column }

    package func next() throws(SyntaxError) -> TreeEvent {
        while true {
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
            if finished { return .end }
            if let event = try withNextEvent(interpret) { return event }
        }
    }

    /// Calls `body` with the next raw event, wherever it comes from.
    private func withNextEvent(_ body: (YAMLRawEvent) throws(SyntaxError) -> TreeEvent?) throws(SyntaxError) -> TreeEvent? {
        switch source {
        case .parser(let parser):
            return try body(parser.next())
        case .readAhead(let events):
            if batchIndex == batch.events.count {
                batchIndex = 0
                // The reading thread ends with the stream end or an error, so a batch always follows.
                guard try events.next(replacing: &batch) else { return .end }
            }
            let stored = batch.events[batchIndex]
            batchIndex += 1
            return try batch.bytes.withUnsafeBufferPointer { bytes throws(SyntaxError) in
                try body(YAMLEventBatch.event(stored, in: bytes))
            }
        }
    }

    /// The tree event a raw event makes, `nil` for events that make none.
    private func interpret(_ event: YAMLRawEvent) throws(SyntaxError) -> TreeEvent? {
        eventLine = event.line
        column = event.column
        switch event.kind {
        case .other:
            return nil
        case .documentStart:
            documents += 1
            if documents > 1 {
                throw failure("the file holds more than one YAML document; a catalogue is one document")
            }
            return nil
        case .streamEnd:
            finished = true
            return .end
        case .mappingStart:
            return try deliver(.objectStart, anchor: text(event.anchor))
        case .sequenceStart:
            return try deliver(.arrayStart, anchor: text(event.anchor))
        case .mappingEnd:
            return try deliver(.objectEnd, anchor: nil)
        case .sequenceEnd:
            return try deliver(.arrayEnd, anchor: nil)
        case .scalar:
            // Only a double-quoted scalar's escapes can make a control character: libyaml
            // refuses them written raw.
            if !event.isPlain, let bad = event.value.first(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
                throw failure("\\x\(String(bad, radix: 16, uppercase: true).leftPadded(to: 2)) is a " + ForbiddenControl.readerWords,
                              id: .unexpectedValue)
            }
            let value = scalarText(event.value, isKey: expectsKey.last == true)
            let kind: ScalarKind
            if event.isPlain {
                kind = !event.isTagged && Self.isNull(event.value) ? .null : .plain
            } else {
                kind = .string
            }
            return try deliver(.scalar(value, kind), anchor: text(event.anchor))
        case .alias:
            let name = text(event.anchor) ?? ""
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
            return nil
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
            if raw == .objectStart { objectKeys.open() }
            openMappings.append(raw == .objectStart)
            expectsKey.append(raw == .objectStart)
            if let anchor { recordings.append(Recording(anchor: anchor, depth: openMappings.count, events: [current(raw)])) }
            return raw
        case .objectEnd, .arrayEnd:
            try record(raw)
            let depth = openMappings.count
            if openMappings.removeLast() { objectKeys.close() }
            expectsKey.removeLast()
            finishRecordings(atDepth: depth)
            completeNode()
            return raw
        case .scalar(let value, let kind):
            if inKeyPosition {
                if kind == .plain && value == "<<" {
                    throw failure("YAML merge keys (<<) are not read: write the merged keys out in this mapping",
                                  id: .unexpectedValue)
                }
                if let first = objectKeys.add(value, at: ObjectKeys.Place(line: eventLine, column: column)) {
                    throw SyntaxError(SyntaxProblem(.duplicateKey,
                        "the key \"\(value)\" is given twice in this mapping, first at line \(first.line), column \(first.column ?? 1)",
                        at: TextPlace(file: fileName, line: eventLine, column: column),
                        hint: "keep one of them: a reader would take one value and lose the other"))
                }
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

    private func text(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
        bytes.map { String(decoding: $0, as: UTF8.self) }
    }

    @exclusivity(unchecked) private var keys = KeyInterner()

    /// libyaml has checked the encoding already. Keys repeat endlessly, so they are interned;
    /// values are made directly.
    private func scalarText(_ bytes: UnsafeBufferPointer<UInt8>, isKey: Bool) -> String {
        guard bytes.count > 0 else { return "" }
        if isKey, bytes.count <= 32, let known = keys.string(for: bytes) { return known }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Unquoted `~`, `null`, `Null`, `NULL` and nothing are null.
    package static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4: return bytes.elementsEqual("null".utf8) || bytes.elementsEqual("Null".utf8) || bytes.elementsEqual("NULL".utf8)
        default: return false
        }
    }

    private func failure(_ message: String, id: SyntaxProblem.Kind = .yamlSyntax) -> SyntaxError {
        SyntaxError(SyntaxProblem(id, message, at: TextPlace(file: fileName, line: eventLine, column: column)))
    }
}

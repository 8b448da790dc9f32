import ECVETBytes


/// A streaming, byte-level JSON reader: it pulls tree events with their line and column from
/// fixed-size chunks of the input and never holds the whole document.
///
/// It accepts RFC 8259 JSON with a leading UTF-8 byte order mark. Every syntax error stops
/// reading with a diagnostic at the offending character; nesting is limited to `maxDepth`.
@usableFromInline
package final class JSONEventReader: TreeEventSource {
    @usableFromInline package let fileName: String
    /// The deepest nesting of objects and arrays accepted.
    package let maxDepth: Int

    // The reader is driven by one caller at a time and never re-enters itself, so its state
    // needs no run-time exclusivity checks: without this, every event paid for a dozen of them,
    // a twentieth of reading a catalogue.
    private let input: ByteInput
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// Index of the next unread byte, and one past the last byte read, in `buffer`.
    @exclusivity(unchecked) private var pos = 0
    @exclusivity(unchecked) private var end = 0
    /// Absolute offset of `buffer[0]` in the input.
    @exclusivity(unchecked) private var base = 0
    @exclusivity(unchecked) private var reachedEnd = false
    @exclusivity(unchecked) private var started = false

    @exclusivity(unchecked) private var line = 1
    /// Columns are counted in code points from a known point on the current line.
    @exclusivity(unchecked) private var columns = ColumnCounter()

    @exclusivity(unchecked) @usableFromInline package private(set) var eventLine = 1
    @exclusivity(unchecked) private var eventOffset = 0

    private enum State {
        case value, valueAfterComma, valueOrArrayEnd, keyOrObjectEnd, key, colon, commaOrEnd
        case afterRoot, finished
    }

    @exclusivity(unchecked) private var state = State.value
    /// Open containers (a fixed stack of `maxDepth`): `true` for an object, and their opening
    /// lines for end-of-file messages.
    private let openObjects: UnsafeMutablePointer<Bool>
    private let openLines: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var depth = 0
    @exclusivity(unchecked) private var scratch: [UInt8] = []
    @exclusivity(unchecked) private var keys = KeyInterner()
    /// While a value is skipped: strings are checked, not made.
    @exclusivity(unchecked) private var discarding = false
    /// The keys of the open objects: a key given twice in one object is an error.
    @exclusivity(unchecked) private var objectKeys = ObjectKeys()
    /// The hash of the last key read, for the interner and `objectKeys`.
    @exclusivity(unchecked) private var keyHash: UInt64 = 0
    @exclusivity(unchecked) private var keyLength = 0

    package init(input: ByteInput, chunkSize: Int = 1 << 20, maxDepth: Int = 256) {
        self.input = input
        self.fileName = input.name
        self.capacity = max(chunkSize, 16)
        self.maxDepth = maxDepth
        self.buffer = .allocate(capacity: capacity)
        self.openObjects = .allocate(capacity: maxDepth + 1)
        self.openLines = .allocate(capacity: maxDepth + 1)
    }

    deinit {
        buffer.deallocate()
        openObjects.deallocate()
        openLines.deallocate()
    }

    // MARK: - Events

    @usableFromInline
    package func next() throws(SyntaxError) -> TreeEvent {
        if !started { try start() }
        while true {
            try skipWhitespace()
            eventOffset = base + pos
            eventLine = line
            guard pos < end else { return try endOfInput() }
            let byte = buffer[pos]
            switch state {
            case .colon:
                guard byte == UInt8(ascii: ":") else {
                    throw error("expected ':' after the key, found \(describe(byte))")
                }
                pos += 1
                state = .value
            case .commaOrEnd:
                let inObject = openObjects[depth - 1]
                if byte == UInt8(ascii: ",") {
                    pos += 1
                    state = inObject ? .key : .valueAfterComma
                } else if inObject && byte == UInt8(ascii: "}") {
                    pos += 1
                    close()
                    return .objectEnd
                } else if !inObject && byte == UInt8(ascii: "]") {
                    pos += 1
                    close()
                    return .arrayEnd
                } else {
                    let expected = inObject ? "',' or '}'" : "',' or ']'"
                    throw error("expected \(expected), found \(describe(byte))")
                }
            case .keyOrObjectEnd, .key:
                if byte == UInt8(ascii: "\"") {
                    let text = try lexString(interned: true)
                    if !discarding, let first = objectKeys.add(hash: keyHash, length: keyLength, at: ObjectKeys.Place(line: eventLine, offset: eventOffset)) {
                        throw duplicateKey(text, first: first)
                    }
                    state = .colon
                    return .key(text)
                }
                if byte == UInt8(ascii: "}") {
                    if state == .key {
                        throw error("unexpected '}' after ','; remove the trailing comma")
                    }
                    pos += 1
                    close()
                    return .objectEnd
                }
                throw error("expected a key in double quotes, found \(describe(byte))")
            case .valueOrArrayEnd where byte == UInt8(ascii: "]"):
                pos += 1
                close()
                return .arrayEnd
            case .value, .valueAfterComma, .valueOrArrayEnd:
                if state == .valueAfterComma && (byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")) {
                    throw error("unexpected \(describe(byte)) after ','; remove the trailing comma")
                }
                return try value(startingWith: byte)
            case .afterRoot:
                throw error("unexpected \(describe(byte)) after the end of the document")
            case .finished:
                return .end
            }
        }
    }

    @usableFromInline
    package func eventColumn() -> Int {
        column(atOffset: eventOffset)
    }

    /// Skips the next value whole: its syntax and its UTF-8 are checked as always, but no
    /// strings are made of it.
    @usableFromInline
    package func skipValue() throws(SyntaxError) {
        discarding = true
        defer { discarding = false }
        let outer = depth
        switch try next() {
        case .objectStart, .arrayStart:
            while depth > outer { _ = try next() }
        default:
            break
        }
    }

    // MARK: - Values

    private func value(startingWith byte: UInt8) throws(SyntaxError) -> TreeEvent {
        switch byte {
        case UInt8(ascii: "{"):
            try open(object: true)
            return .objectStart
        case UInt8(ascii: "["):
            try open(object: false)
            return .arrayStart
        case UInt8(ascii: "\""):
            let text = try lexString(interned: false)
            closeValue()
            return .scalar(text, .string)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let text = try lexNumber()
            closeValue()
            return .scalar(text, .number)
        case UInt8(ascii: "t"):
            try lexLiteral("true")
            closeValue()
            return .scalar("true", .boolean)
        case UInt8(ascii: "f"):
            try lexLiteral("false")
            closeValue()
            return .scalar("false", .boolean)
        case UInt8(ascii: "n"):
            try lexLiteral("null")
            closeValue()
            return .scalar("null", .null)
        default:
            throw error("expected a value, found \(describe(byte))")
        }
    }

    private func open(object: Bool) throws(SyntaxError) {
        guard depth < maxDepth else {
            throw error("objects and lists nest deeper than \(maxDepth) levels", id: .nestingTooDeep)
        }
        pos += 1
        openObjects[depth] = object
        openLines[depth] = line
        if object { objectKeys.open() }
        depth += 1
        state = object ? .keyOrObjectEnd : .valueOrArrayEnd
    }

    private func close() {
        depth -= 1
        if openObjects[depth] { objectKeys.close() }
        closeValue()
    }

    private func closeValue() {
        state = depth == 0 ? .afterRoot : .commaOrEnd
    }

    private func endOfInput() throws(SyntaxError) -> TreeEvent {
        switch state {
        case .afterRoot, .finished:
            state = .finished
            return .end
        default:
            if depth == 0 {
                throw error("the input ends before any JSON value; expected a catalogue object")
            }
            let kind = openObjects[depth - 1] ? "object" : "list"
            let opened = openLines[depth - 1]
            let closer = openObjects[depth - 1] ? "}" : "]"
            throw error("the input ends before the \(kind) opened on line \(opened) is closed; expected '\(closer)'")
        }
    }

    // MARK: - Tokens

    /// Reads a string at `pos` (the opening quote) and returns its text.
    private func lexString(interned: Bool) throws(SyntaxError) -> String {
        var p = pos + 1
        while true {
            // Locals keep the hot loop free of property accesses (and their exclusivity checks).
            let bytes = buffer, limit = end
            while p < limit {
                let byte = bytes[p]
                if byte == 0x22 || byte == 0x5C || byte < 0x20 { break }
                p += 1
            }
            if p == end {
                let shift = pos
                guard try refill() else { throw error("the input ends inside a string; expected '\"'") }
                p -= shift
                continue
            }
            let byte = buffer[p]
            if byte == 0x22 {
                let start = pos + 1
                let count = p - start
                pos = p + 1
                let bytes = UnsafeBufferPointer(start: buffer + start, count: count)
                return try makeString(bytes, interned: interned, offset: base + start)
            }
            if byte == 0x5C {
                return try lexEscapedString(from: p, interned: interned)
            }
            throw error(at: base + p, "control character \(describe(byte)) in a string; write it as an escape such as \\n")
        }
    }

    /// The slow path for strings with escapes: decodes into `scratch`.
    private func lexEscapedString(from escape: Int, interned: Bool) throws(SyntaxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: buffer + pos + 1, count: escape - pos - 1))
        var p = escape
        while true {
            if p == end {
                let shift = pos
                guard try refill() else { throw error("the input ends inside a string; expected '\"'") }
                p -= shift
                continue
            }
            let byte = buffer[p]
            if byte == 0x22 {
                let startOffset = base + pos + 1
                pos = p + 1
                if interned {
                    keyHash = scratch.withUnsafeBufferPointer { KeyInterner.hash($0) }
                    keyLength = scratch.count
                }
                let result: String? = scratch.withUnsafeBufferPointer { UTF8Text.make($0) }
                guard let result else {
                    throw error(at: startOffset, "the string is not valid UTF-8", id: .invalidEncoding)
                }
                return result
            }
            if byte < 0x20 {
                throw error(at: base + p, "control character \(describe(byte)) in a string; write it as an escape such as \\n")
            }
            if byte != 0x5C {
                scratch.append(byte)
                p += 1
                continue
            }
            // An escape needs up to 12 bytes (a surrogate pair): make sure they are in the buffer.
            while end - p < 12 && !reachedEnd {
                let shift = pos
                _ = try refill()
                p -= shift
            }
            guard p + 1 < end else { throw error("the input ends inside a string; expected '\"'") }
            let escaped = buffer[p + 1]
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escaped)
            case UInt8(ascii: "b"), UInt8(ascii: "f"):
                // Text every format carries: XML 1.0 cannot hold a backspace or a form feed. A
                // value skipped unread is not judged.
                guard discarding else { throw error(at: base + p, "\\\(Character(Unicode.Scalar(escaped))) is a " + ForbiddenControl.readerWords) }
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hexQuad(at: p + 2)
                var length = 6
                if (0xD800...0xDBFF).contains(scalar) {
                    guard p + 11 < end, buffer[p + 6] == 0x5C, buffer[p + 7] == UInt8(ascii: "u") else {
                        throw error(at: base + p, "a \\u escape of a high surrogate must be followed by a low surrogate")
                    }
                    let low = try hexQuad(at: p + 8)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw error(at: base + p + 6, "expected a low surrogate after a high surrogate")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    length = 12
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error(at: base + p, "a \\u escape names a lone low surrogate")
                } else if scalar < 0x20 && scalar != 0x09 && scalar != 0x0A && scalar != 0x0D && !discarding {
                    // Text every format carries: XML 1.0 cannot, not even as a reference.
                    throw error(at: base + p, "\\u\(String(scalar, radix: 16, uppercase: true).leftPadded(to: 4)) is a " + ForbiddenControl.readerWords)
                }
                UTF8Text.append(scalar, to: &scratch)
                p += length
                continue
            default:
                throw error(at: base + p, "unknown escape '\\\(Character(Unicode.Scalar(escaped)))' in a string")
            }
            p += 2
        }
    }

    private func hexQuad(at index: Int) throws(SyntaxError) -> UInt32 {
        guard index + 4 <= end else { throw error(at: base + index, "expected four hex digits after \\u") }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = buffer[index + offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw error(at: base + index + offset, "expected four hex digits after \\u")
            }
            value = value << 4 | digit
        }
        return value
    }

    private func makeString(_ bytes: UnsafeBufferPointer<UInt8>, interned: Bool,
                            offset: Int) throws(SyntaxError) -> String {
        if discarding {
            if let bad = UTF8Text.firstInvalidByte(bytes) {
                throw error(at: offset + bad, "the text is not valid UTF-8", id: .invalidEncoding)
            }
            return ""
        }
        if interned {
            keyHash = KeyInterner.hash(bytes)
            keyLength = bytes.count
        }
        let made = interned && bytes.count <= 64 ? keys.string(for: bytes, hash: keyHash) : UTF8Text.make(bytes)
        guard let made else {
            throw error(at: offset + (UTF8Text.firstInvalidByte(bytes) ?? 0), "the text is not valid UTF-8", id: .invalidEncoding)
        }
        return made
    }

    private func lexNumber() throws(SyntaxError) -> String {
        var p = pos
        while true {
            while p < end {
                switch buffer[p] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                     UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                    p += 1
                    continue
                default:
                    break
                }
                break
            }
            if p == end {
                let shift = pos
                if try refill() {
                    p -= shift
                    continue
                }
                p -= shift
            }
            break
        }
        let bytes = UnsafeBufferPointer(start: buffer + pos, count: p - pos)
        guard JSONEventReader.isNumber(bytes) else {
            throw error("'\(String(decoding: bytes, as: UTF8.self))' is not a JSON number")
        }
        pos = p
        return discarding ? "" : String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `text` is a JSON number.
    package static func isNumber(_ text: String) -> Bool {
        text.withUTF8Bytes(isNumber)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    package static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        guard integerDigits > 0, !(integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0")) else {
            return false
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }

    private func lexLiteral(_ literal: StaticString) throws(SyntaxError) {
        let count = literal.utf8CodeUnitCount
        while end - pos < count && !reachedEnd { _ = try refill() }
        var matches = end - pos >= count
        if matches {
            let expected = literal.utf8Start
            for index in 0..<count where buffer[pos + index] != expected[index] {
                matches = false
                break
            }
        }
        guard matches else { throw error("expected a value, found \(describe(buffer[pos]))") }
        pos += count
    }

    // MARK: - Bytes, lines and columns

    private func start() throws(SyntaxError) {
        started = true
        _ = try refill()
        if end - pos >= 3, buffer[pos] == 0xEF, buffer[pos + 1] == 0xBB, buffer[pos + 2] == 0xBF {
            pos += 3
            columns.startLine(at: 3)
        } else if end - pos >= 2,
                  (buffer[pos] == 0xFF && buffer[pos + 1] == 0xFE) || (buffer[pos] == 0xFE && buffer[pos + 1] == 0xFF) {
            throw error("the file is UTF-16; ECVETKit reads JSON in UTF-8 (convert it, e.g. with iconv -f UTF-16 -t UTF-8)",
                        id: .invalidEncoding)
        }
    }

    private func skipWhitespace() throws(SyntaxError) {
        while true {
            let bytes = buffer, limit = end
            var index = pos
            var lines = 0
            var lastLineStart = -1
            while index < limit {
                let byte = bytes[index]
                if byte == 0x20 {
                    index += 1
                    // Indentation comes in runs of spaces: eight at a time.
                    while index + 8 <= limit,
                          UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 {
                        index += 8
                    }
                } else if byte == 0x09 || byte == 0x0D {
                    index += 1
                } else if byte == 0x0A {
                    index += 1
                    lines += 1
                    lastLineStart = index
                } else {
                    break
                }
            }
            pos = index
            if lines > 0 {
                line += lines
                columns.startLine(at: base + lastLineStart)
            }
            if index < limit { return }
            guard try refill() else { return }
        }
    }

    /// Keeps the bytes from `pos` on, moves them to the front and reads more after them.
    /// Returns `false` at the end of the input.
    private func refill() throws(SyntaxError) -> Bool {
        // Compact first, also at the end of the input: callers shift their indices by the old
        // `pos` whatever the answer.
        columns.advance(to: base + pos, in: buffer, base: base)
        let kept = end - pos
        if pos > 0 {
            if kept > 0 { buffer.update(from: buffer + pos, count: kept) }
            base += pos
            end = kept
            pos = 0
        }
        if reachedEnd { return false }
        if end == capacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = larger
            capacity *= 2
        }
        let got = try input.read(into: buffer + end, count: capacity - end)
        if got == 0 {
            reachedEnd = true
            return false
        }
        end += got
        return true
    }

    private func column(atOffset offset: Int) -> Int {
        if offset >= columns.offset && offset - base <= end {
            columns.advance(to: offset, in: buffer, base: base)
        }
        return columns.column
    }

    // MARK: - Errors

    private func error(_ message: String, id: SyntaxProblem.Kind = .jsonSyntax) -> SyntaxError {
        error(at: base + pos, message, id: id)
    }

    private func error(at offset: Int, _ message: String, id: SyntaxProblem.Kind = .jsonSyntax) -> SyntaxError {
        let location = TextPlace(file: fileName, line: line, column: column(atOffset: offset))
        return SyntaxError(SyntaxProblem(id, message, at: location))
    }

    /// A key given a second time in its object, reported at the second with the place of the
    /// first.
    private func duplicateKey(_ key: String, first: ObjectKeys.Place) -> SyntaxError {
        let column = first.offset.flatMap { FileLines.place(ofOffset: $0, in: fileName)?.column }
        let place = "line \(first.line)" + (column.map { ", column \($0)" } ?? "")
        let location = TextPlace(file: fileName, line: eventLine, column: eventColumn())
        return SyntaxError(SyntaxProblem(.duplicateKey, "the key \"\(key)\" is given twice in this object, first at \(place)",
                                         at: location, hint: "keep one of them: a reader would take one value and lose the other"))
    }

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x20...0x7E: "'\(Character(Unicode.Scalar(byte)))'"
        case 0x0A: "a line break"
        default: "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }
}

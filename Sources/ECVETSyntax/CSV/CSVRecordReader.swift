import ECVETBytes

/// A chunked, byte-level RFC 4180 reader: it yields one record at a time with the place of every
/// field, whatever the dialect.
///
/// - Delimiters `,` `;` and tab are detected from the header line unless given.
/// - UTF-8 with or without a byte order mark, UTF-16 with one, or Windows-1252 when named.
/// - CRLF, LF and CR line ends; quoted fields with delimiters, doubled quotes and line breaks
///   (a CRLF inside a quoted field reads as LF).
/// - A field's place is the physical line where it starts and its 1-based position in code points.
/// - Blank lines are skipped. A problem that does not stop reading (text after a closing quote)
///   is kept in `problems`.
package final class CSVRecordReader {
    // One caller drives the reader and it never re-enters itself: its state needs no run-time
    // exclusivity checks, which would cost a dozen calls per event.
    package let fileName: String
    /// The delimiter in use, once the first record has been read (or as given).
    @exclusivity(unchecked) package private(set) var delimiter: UInt8?
    /// The encoding in use, once reading has started.
    @exclusivity(unchecked) package private(set) var encoding: TextEncoding?
    /// The fields of the current record.
    @exclusivity(unchecked) package private(set) var fields: [String] = []
    /// Problems found so far that did not stop reading.
    @exclusivity(unchecked) package private(set) var problems: [SyntaxProblem] = []

    private let input: ByteInput
    @exclusivity(unchecked) private var transcoder: UTF8Transcoder?
    @exclusivity(unchecked) private var raw: [UInt8] = []
    @exclusivity(unchecked) private var transcoded: [UInt8] = []

    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var pos = 0
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var base = 0
    @exclusivity(unchecked) private var reachedEnd = false
    /// Whether the bytes read so far hold a control character catalogue text cannot: only then
    /// are fields looked at one by one for it (a pass over each chunk costs less than one per field).
    @exclusivity(unchecked) private var controlsSeen = false
    @exclusivity(unchecked) private var started = false

    /// How many bytes of the text the reader has consumed (after a byte order mark, and once
    /// transcoded to UTF-8).
    package var bytesRead: Int { base + pos }

    /// The physical line the reader has reached.
    @exclusivity(unchecked) package private(set) var line = 1
    @exclusivity(unchecked) private var columns = ColumnCounter()
    @exclusivity(unchecked) private var fieldLines: [Int] = []
    @exclusivity(unchecked) private var fieldColumns: [Int] = []
    @exclusivity(unchecked) private var scratch: [UInt8] = []

    package init(input: ByteInput, delimiter: UInt8? = nil, encoding: TextEncoding? = nil, chunkSize: Int = 1 << 20) {
        self.input = input
        self.fileName = input.name
        self.delimiter = delimiter
        self.encoding = encoding
        self.capacity = max(chunkSize, 16)
        self.buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// The place of field `index` of the current record.
    package func place(ofField index: Int) -> TextPlace {
        guard index < fieldLines.count else { return recordPlace }
        return TextPlace(file: fileName, line: fieldLines[index], column: fieldColumns[index])
    }

    /// The place where the current record starts.
    package var recordPlace: TextPlace {
        TextPlace(file: fileName, line: fieldLines.first ?? line, column: 1)
    }

    /// Reads the next record into `fields`; `false` at the end of the input.
    package func next() throws(SyntaxError) -> Bool {
        if !started { try start() }
        fields.removeAll(keepingCapacity: true)
        fieldLines.removeAll(keepingCapacity: true)
        fieldColumns.removeAll(keepingCapacity: true)
        // Skip blank lines.
        while true {
            if pos == end, !(try refill()) { return false }
            let byte = buffer[pos]
            if byte == 0x0A {
                pos += 1
                newLine()
            } else if byte == 0x0D {
                pos += 1
                if pos == end { _ = try refill() }
                if pos < end, buffer[pos] == 0x0A { pos += 1 }
                newLine()
            } else {
                break
            }
        }
        if delimiter == nil {
            // Look at the whole first line, even when it spans chunks.
            while !reachedEnd, !bufferHoldsLineEnd() { _ = try refill() }
            delimiter = detectDelimiter()
        }
        while true {
            let ended = try readField()
            if ended { return true }
        }
    }

    // MARK: - Fields

    /// Reads one field at `pos`; returns `true` when it was the last of its record.
    private func readField() throws(SyntaxError) -> Bool {
        let separator = delimiter ?? UInt8(ascii: ",")
        fieldLines.append(line)
        fieldColumns.append(column(atOffset: base + pos))
        if pos == end { _ = try refill() }
        if pos < end, buffer[pos] == UInt8(ascii: "\"") {
            return try readQuotedField(separator: separator)
        }
        var p = pos
        while true {
            while p < end {
                let byte = buffer[p]
                if byte == separator || byte == 0x0A || byte == 0x0D { break }
                p += 1
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
        fields.append(try makeString(UnsafeBufferPointer(start: buffer + pos, count: p - pos), at: fieldColumns.count - 1))
        pos = p
        return try endOfField(separator: separator)
    }

    private func readQuotedField(separator: UInt8) throws(SyntaxError) -> Bool {
        let openingLine = line
        let openingColumn = fieldColumns[fieldColumns.count - 1]
        scratch.removeAll(keepingCapacity: true)
        pos += 1
        var p = pos
        while true {
            while p < end {
                let byte = buffer[p]
                if byte == 0x22 || byte == 0x0A || byte == 0x0D { break }
                p += 1
            }
            if p > pos { scratch.append(contentsOf: UnsafeBufferPointer(start: buffer + pos, count: p - pos)) }
            pos = p
            if p == end {
                guard try refill() else {
                    throw SyntaxError(SyntaxProblem(.csvSyntax,
                                                 "the quoted field opened on line \(openingLine), column \(openingColumn) is never closed",
                                                 at: TextPlace(file: fileName, line: openingLine, column: openingColumn),
                                                 hint: "close it with \"; a quote inside a field is written twice (\"\")"))
                }
                p = pos
                continue
            }
            let byte = buffer[p]
            if byte == 0x0A || byte == 0x0D {
                // A line break inside the field: keep it as LF and count the line.
                pos = p + 1
                if byte == 0x0D {
                    if pos == end { _ = try refill() }
                    if pos < end, buffer[pos] == 0x0A { pos += 1 }
                }
                scratch.append(0x0A)
                newLine()
                p = pos
                continue
            }
            // A quote: doubled, or the end of the field.
            pos = p + 1
            if pos == end { _ = try refill() }
            if pos < end, buffer[pos] == 0x22 {
                scratch.append(0x22)
                pos += 1
                p = pos
                continue
            }
            break
        }
        // After the closing quote only a delimiter or a line end may follow.
        if pos < end, buffer[pos] != separator, buffer[pos] != 0x0A, buffer[pos] != 0x0D {
            let column = column(atOffset: base + pos)
            problems.append(SyntaxProblem(.csvSyntax, "text after the closing quote of a field; it is kept as part of the field",
                                       at: TextPlace(file: fileName, line: line, column: column),
                                       hint: "quote the whole field, and double any quote inside it"))
            var p = pos
            while true {
                while p < end, buffer[p] != separator, buffer[p] != 0x0A, buffer[p] != 0x0D { p += 1 }
                scratch.append(contentsOf: UnsafeBufferPointer(start: buffer + pos, count: p - pos))
                pos = p
                if p == end, try refill() {
                    p = pos
                    continue
                }
                break
            }
        }
        let text = try scratch.withUnsafeBufferPointer { bytes throws(SyntaxError) in
            try makeString(bytes, at: fieldColumns.count - 1)
        }
        fields.append(text)
        return try endOfField(separator: separator)
    }

    /// At a delimiter, a line end or the end of input after a field.
    private func endOfField(separator: UInt8) throws(SyntaxError) -> Bool {
        if pos == end, !(try refill()) { return true }
        let byte = buffer[pos]
        if byte == separator {
            pos += 1
            return false
        }
        pos += 1
        if byte == 0x0D {
            if pos == end { _ = try refill() }
            if pos < end, buffer[pos] == 0x0A { pos += 1 }
        }
        newLine()
        return true
    }

    private func makeString(_ bytes: UnsafeBufferPointer<UInt8>, at field: Int) throws(SyntaxError) -> String {
        guard let text = UTF8Text.make(bytes) else {
            throw SyntaxError(SyntaxProblem(.invalidEncoding,
                                         "the field is not valid UTF-8; if the file is Windows-1252, read it with --encoding windows-1252",
                                         at: TextPlace(file: fileName, line: fieldLines[field], column: fieldColumns[field])))
        }
        // Text every format carries: XML 1.0 cannot hold other control characters. The field is
        // reported where it starts, with the character's place in it.
        if controlsSeen, let bad = UTF8Text.firstForbiddenControl(bytes) {
            let position = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<bad]), as: UTF8.self).unicodeScalars.count + 1
            throw SyntaxError(SyntaxProblem(.csvSyntax,
                "character \(position) of the field is \\x\(String(bytes[bad], radix: 16, uppercase: true).leftPadded(to: 2)), a " + ForbiddenControl.readerWords,
                at: TextPlace(file: fileName, line: fieldLines[field], column: fieldColumns[field])))
        }
        return text
    }

    private func bufferHoldsLineEnd() -> Bool {
        var index = pos
        while index < end {
            if buffer[index] == 0x0A || buffer[index] == 0x0D { return true }
            index += 1
        }
        return false
    }

    /// The candidate (`,` `;` tab) found most often outside quotes on the first line.
    private func detectDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var quoted = false
        var index = pos
        while index < end {
            let byte = buffer[index]
            if byte == 0x22 { quoted.toggle() }
            if !quoted && (byte == 0x0A || byte == 0x0D) { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
            index += 1
        }
        let best = counts.max { left, right in
            left.value != right.value ? left.value < right.value : left.key > right.key
        }
        return (best?.value ?? 0) > 0 ? best!.key : UInt8(ascii: ",")
    }

    // MARK: - Bytes, lines and columns

    private func start() throws(SyntaxError) {
        started = true
        if let mark = TextEncoding.byteOrderMark(in: try input.peek(4)) {
            try input.skip(mark.length)
            encoding = mark.encoding
        }
        let chosen = encoding ?? .utf8
        encoding = chosen
        if chosen != .utf8 { transcoder = UTF8Transcoder(encoding: chosen) }
        _ = try refill()
    }

    private func newLine() {
        line += 1
        columns.startLine(at: base + pos)
    }

    /// Keeps the bytes from `pos` on and reads more after them; `false` at the end of the input.
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
        guard var transcoder else {
            let got = try input.read(into: buffer + end, count: capacity - end)
            if got == 0 { reachedEnd = true }
            noteControls(from: end, count: got)
            end += got
            return got > 0
        }
        // Transcoded text can grow (Windows-1252 to UTF-8 up to threefold): read a third.
        while transcoded.isEmpty {
            raw = [UInt8](repeating: 0, count: max(4, (capacity - end) / 3))
            let got = try raw.withUnsafeMutableBufferPointer { bytes throws(SyntaxError) in
                try input.read(into: bytes.baseAddress!, count: bytes.count)
            }
            raw.withUnsafeBufferPointer { bytes in
                transcoder.transcode(UnsafeBufferPointer(rebasing: bytes[..<got]), into: &transcoded, final: got == 0)
            }
            if got == 0 { break }
        }
        self.transcoder = transcoder
        if transcoded.isEmpty {
            reachedEnd = true
            return false
        }
        let taken = min(transcoded.count, capacity - end)
        transcoded.withUnsafeBufferPointer { (buffer + end).update(from: $0.baseAddress!, count: taken) }
        transcoded.removeFirst(taken)
        noteControls(from: end, count: taken)
        end += taken
        return true
    }

    private func noteControls(from start: Int, count: Int) {
        if !controlsSeen, UTF8Text.firstForbiddenControl(UnsafeBufferPointer(start: buffer + start, count: count)) != nil {
            controlsSeen = true
        }
    }

    private func column(atOffset offset: Int) -> Int {
        columns.advance(to: offset, in: buffer, base: base)
        return columns.column
    }
}

extension ByteInput {
    /// Reads and drops `count` bytes (a byte order mark).
    fileprivate func skip(_ count: Int) throws(SyntaxError) {
        var dropped = [UInt8](repeating: 0, count: count)
        _ = try dropped.withUnsafeMutableBufferPointer { bytes throws(SyntaxError) in
            try read(into: bytes.baseAddress!, count: count)
        }
    }
}

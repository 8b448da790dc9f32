import ECVETBytes

/// A streaming JSON writer with two-space indentation (or none, for one-line JSON). Lists of
/// scalars can be written on one line; everything else gets a line per member. It checks nothing:
/// callers write a valid tree.
@usableFromInline
package struct JSONTreeWriter {
    package let output: ByteOutput
    /// `false` writes everything on one line.
    package let indented: Bool
    /// Per open container: whether it has members yet.
    private var hasMembers: [Bool] = []
    private var afterKey = false
    /// Bytes not yet handed to `output`. The writer is a value its caller changes in place, so
    /// these appends are checked for exclusive access when compiled, not at run time per token,
    /// as writing to the shared output object would be.
    private var pending: PendingBytes
    /// The first text that holds a control character no catalogue format carries.
    private var failure: String?

    package init(output: ByteOutput, indented: Bool = true) {
        self.output = output
        self.indented = indented
        pending = PendingBytes(output: output)
    }

    @usableFromInline
    package mutating func beginObject() {
        beforeValue()
        pending.append(byte: UInt8(ascii: "{"))
        hasMembers.append(false)
    }

    @usableFromInline
    package mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    @usableFromInline
    package mutating func beginArray() {
        beforeValue()
        pending.append(byte: UInt8(ascii: "["))
        hasMembers.append(false)
    }

    @usableFromInline
    package mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    @usableFromInline
    package mutating func key(_ key: String) {
        newMember()
        writeQuoted(key)
        pending.append(": ")
        afterKey = true
    }

    @usableFromInline
    package mutating func string(_ value: String) {
        beforeValue()
        writeQuoted(value)
    }

    /// A number, written as given (the caller passes valid JSON number text).
    @usableFromInline
    package mutating func number(_ text: String) {
        beforeValue()
        pending.append(text)
    }

    @usableFromInline
    package mutating func bool(_ value: Bool) {
        beforeValue()
        pending.append(value ? "true" : "false")
    }

    @usableFromInline
    package mutating func null() {
        beforeValue()
        pending.append("null")
    }

    /// `["fi", "sv"]` on one line.
    @usableFromInline
    package mutating func inlineStrings(_ values: [String]) {
        beforeValue()
        pending.append(byte: UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { pending.append(", ") }
            writeQuoted(value)
        }
        pending.append(byte: UInt8(ascii: "]"))
    }

    /// Hands what was written so far to `output`, without ending the document: for a value
    /// written on its own (a JSON cell of a CSV table).
    package mutating func handOver() {
        pending.flush()
    }

    /// Ends the document with a newline and flushes.
    @usableFromInline
    package mutating func finish() throws(OutputError) {
        pending.append(byte: 0x0A)
        pending.flush()
        if let failure { throw OutputError(message: "cannot write JSON: \(failure)") }
        try output.flush()
    }

    // MARK: -

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else if !hasMembers.isEmpty {
            newMember()
        }
    }

    private mutating func newMember() {
        let last = hasMembers.count - 1
        if hasMembers[last] { pending.append(byte: UInt8(ascii: ",")) }
        hasMembers[last] = true
        newLine(depth: hasMembers.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let had = hasMembers.removeLast()
        if had { newLine(depth: hasMembers.count) }
        pending.append(byte: bracket)
    }

    /// Indentation is cut from a run of spaces, rather than written two spaces at a time.
    private static let spaces: StaticString = "                                "

    private mutating func newLine(depth: Int) {
        guard indented else { return }
        pending.append(byte: 0x0A)
        var remaining = 2 * depth
        while remaining > 0 {
            let piece = min(remaining, Self.spaces.utf8CodeUnitCount)
            pending.append(UnsafeBufferPointer(start: Self.spaces.utf8Start, count: piece))
            remaining -= piece
        }
    }

    private mutating func writeQuoted(_ value: String) {
        pending.append(byte: UInt8(ascii: "\""))
        let original = value
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if index > runStart {
                    pending.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
                runStart = index + 1
                switch byte {
                case 0x22: pending.append("\\\"")
                case 0x5C: pending.append("\\\\")
                case 0x0A: pending.append("\\n")
                case 0x0D: pending.append("\\r")
                case 0x09: pending.append("\\t")
                default:
                    // Readers refuse it (XML 1.0 cannot carry it): written, the file would not read back.
                    if failure == nil { failure = ForbiddenControl.message(original, byte) }
                    let hex: StaticString = "0123456789abcdef"
                    pending.append("\\u00")
                    pending.append(byte: hex.utf8Start[Int(byte >> 4)])
                    pending.append(byte: hex.utf8Start[Int(byte & 0xF)])
                }
            }
            if bytes.count > runStart {
                pending.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            }
        }
        pending.append(byte: UInt8(ascii: "\""))
    }
}

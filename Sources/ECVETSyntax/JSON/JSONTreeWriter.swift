import ECVETBytes


/// A streaming JSON writer with two-space indentation (or none, for one-line JSON). Lists of
/// scalars can be written on one line; everything else gets a line per member. It checks nothing:
/// callers write a valid tree.
package struct JSONTreeWriter {
    package let output: ByteOutput
    /// `false` writes everything on one line.
    package let indented: Bool
    /// Per open container: whether it has members yet.
    private var hasMembers: [Bool] = []
    private var afterKey = false

    package init(output: ByteOutput, indented: Bool = true) {
        self.output = output
        self.indented = indented
    }

    package mutating func beginObject() {
        beforeValue()
        output.write(byte: UInt8(ascii: "{"))
        hasMembers.append(false)
    }

    package mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    package mutating func beginArray() {
        beforeValue()
        output.write(byte: UInt8(ascii: "["))
        hasMembers.append(false)
    }

    package mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    package mutating func key(_ key: String) {
        newMember()
        writeQuoted(key)
        output.write(": ")
        afterKey = true
    }

    package mutating func string(_ value: String) {
        beforeValue()
        writeQuoted(value)
    }

    /// A number, written as given (the caller passes valid JSON number text).
    package mutating func number(_ text: String) {
        beforeValue()
        output.write(text)
    }

    package mutating func bool(_ value: Bool) {
        beforeValue()
        output.write(value ? "true" : "false")
    }

    package mutating func null() {
        beforeValue()
        output.write("null")
    }

    /// `["fi", "sv"]` on one line.
    package mutating func inlineStrings(_ values: [String]) {
        beforeValue()
        output.write(byte: UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { output.write(", ") }
            writeQuoted(value)
        }
        output.write(byte: UInt8(ascii: "]"))
    }

    /// Ends the document with a newline and flushes.
    package mutating func finish() throws(OutputError) {
        output.write(byte: 0x0A)
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
        if hasMembers[last] { output.write(byte: UInt8(ascii: ",")) }
        hasMembers[last] = true
        newLine(depth: hasMembers.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let had = hasMembers.removeLast()
        if had { newLine(depth: hasMembers.count) }
        output.write(byte: bracket)
    }

    private func newLine(depth: Int) {
        guard indented else { return }
        output.write(byte: 0x0A)
        for _ in 0..<depth { output.write("  ") }
    }

    private func writeQuoted(_ value: String) {
        output.write(byte: UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if index > runStart {
                    output.write(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
                runStart = index + 1
                switch byte {
                case 0x22: output.write("\\\"")
                case 0x5C: output.write("\\\\")
                case 0x0A: output.write("\\n")
                case 0x0D: output.write("\\r")
                case 0x09: output.write("\\t")
                case 0x08: output.write("\\b")
                case 0x0C: output.write("\\f")
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    output.write("\\u00")
                    output.write(byte: hex[Int(byte >> 4)])
                    output.write(byte: hex[Int(byte & 0xF)])
                }
            }
            if bytes.count > runStart {
                output.write(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            }
        }
        output.write(byte: UInt8(ascii: "\""))
    }
}

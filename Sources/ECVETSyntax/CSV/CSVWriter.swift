import ECVETBytes

/// Writes CSV records with RFC 4180 quoting: a field is quoted when it holds the delimiter, a
/// quote, a line break, or starts or ends with a space; quotes inside are doubled. UTF-8, LF line
/// ends, an optional byte order mark for spreadsheets. Records reach the output in large pieces:
/// `finish()` hands over the rest.
package struct CSVWriter {
    package let output: ByteOutput
    package let delimiter: UInt8
    private var pending: PendingBytes
    /// The first field that holds a control character no catalogue format carries.
    private var failure: String?

    package init(output: ByteOutput, delimiter: UInt8 = UInt8(ascii: ","), byteOrderMark: Bool = false) {
        self.output = output
        self.delimiter = delimiter
        pending = PendingBytes(output: output)
        if byteOrderMark { pending.append("\u{FEFF}") }
    }

    /// Hands every record written to the output; fails when a field held a control character
    /// that readers refuse (XML 1.0 cannot carry it).
    package mutating func finish() throws(OutputError) {
        pending.flush()
        if let failure { throw OutputError(message: "cannot write CSV: \(failure)") }
    }

    package mutating func writeRecord(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { pending.append(byte: delimiter) }
            write(field)
        }
        pending.append(byte: 0x0A)
    }

    private mutating func write(_ field: String) {
        var field = field
        field.withUTF8 { bytes in
            var needsQuotes = bytes.first == 0x20 || bytes.last == 0x20
            // One pass: what needs quotes, and a control character no reader takes back.
            var control: UInt8?
            for byte in bytes where byte < 0x20 || byte == delimiter || byte == 0x22 {
                if byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                    needsQuotes = true
                } else if byte != 0x09 && control == nil {
                    control = byte
                }
            }
            if failure == nil, let control {
                failure = ForbiddenControl.message(String(decoding: bytes, as: UTF8.self), control)
            }
            guard needsQuotes else {
                pending.append(bytes)
                return
            }
            pending.append(byte: 0x22)
            var runStart = 0
            for index in 0..<bytes.count where bytes[index] == 0x22 {
                pending.append(UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                pending.append(byte: 0x22)
                runStart = index + 1
            }
            pending.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
            pending.append(byte: 0x22)
        }
    }
}

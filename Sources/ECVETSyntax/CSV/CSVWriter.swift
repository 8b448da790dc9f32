import ECVETBytes

/// Writes CSV records with RFC 4180 quoting: a field is quoted when it holds the delimiter, a
/// quote, a line break, or starts or ends with a space; quotes inside are doubled. UTF-8, LF line
/// ends, an optional byte order mark for spreadsheets.
package struct CSVWriter {
    package let output: ByteOutput
    package let delimiter: UInt8

    package init(output: ByteOutput, delimiter: UInt8 = UInt8(ascii: ","), byteOrderMark: Bool = false) {
        self.output = output
        self.delimiter = delimiter
        if byteOrderMark { output.write("\u{FEFF}") }
    }

    package func writeRecord(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.write(byte: delimiter) }
            write(field)
        }
        output.write(byte: 0x0A)
    }

    private func write(_ field: String) {
        var field = field
        field.withUTF8 { bytes in
            var needsQuotes = bytes.first == 0x20 || bytes.last == 0x20
            if !needsQuotes {
                for byte in bytes where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                    needsQuotes = true
                    break
                }
            }
            guard needsQuotes else {
                output.write(bytes)
                return
            }
            output.write(byte: 0x22)
            var runStart = 0
            for index in 0..<bytes.count where bytes[index] == 0x22 {
                output.write(UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                output.write(byte: 0x22)
                runStart = index + 1
            }
            output.write(UnsafeBufferPointer(rebasing: bytes[runStart...]))
            output.write(byte: 0x22)
        }
    }
}

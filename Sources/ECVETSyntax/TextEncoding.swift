import ECVETBytes

/// The text encodings the CSV reader accepts. UTF-8 and UTF-16 are recognised by their byte
/// order mark; Windows-1252 must be named (`--encoding windows-1252`).
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte order mark.
    case utf8 = "utf-8"
    /// UTF-16, little-endian.
    case utf16LittleEndian = "utf-16le"
    /// UTF-16, big-endian.
    case utf16BigEndian = "utf-16be"
    /// Windows-1252 (a superset of ISO-8859-1), as spreadsheets on Windows save CSV.
    case windows1252 = "windows-1252"

    /// The encoding a byte order mark at the start of `head` names, and the mark's length;
    /// `nil` when there is none.
    package static func byteOrderMark(in head: [UInt8]) -> (encoding: TextEncoding, length: Int)? {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if head.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if head.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// Reads a name as users write it: `UTF-8`, `utf8`, `cp1252`, `latin1`…
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le": self = .utf16LittleEndian
        case "utf-16be", "utf16be", "utf-16", "utf16": self = .utf16BigEndian
        case "windows-1252", "cp1252", "win1252", "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .windows1252
        default: return nil
        }
    }
}

/// Turns chunks of text in some encoding into UTF-8, carrying partial characters from one chunk
/// to the next.
package struct UTF8Transcoder {
    package let encoding: TextEncoding
    private var carry: [UInt8] = []

    package init(encoding: TextEncoding) {
        self.encoding = encoding
    }

    /// Appends the UTF-8 form of `chunk` to `output`. Unpaired surrogates become U+FFFD.
    package mutating func transcode(_ chunk: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], final: Bool) {
        switch encoding {
        case .utf8:
            output.append(contentsOf: chunk)
        case .windows1252:
            for byte in chunk {
                if byte < 0x80 {
                    output.append(byte)
                } else {
                    UTF8Text.append(Self.windows1252[Int(byte - 0x80)], to: &output)
                }
            }
        case .utf16LittleEndian, .utf16BigEndian:
            var units = carry + Array(chunk)
            carry.removeAll()
            let usable = units.count & ~1
            if usable < units.count { carry = [units.removeLast()] }
            var index = 0
            while index + 1 < usable {
                let unit = unit(units, index)
                if (0xD800...0xDBFF).contains(unit) {
                    guard index + 3 < usable else {
                        if final {
                            UTF8Text.append(0xFFFD, to: &output)
                            index += 2
                            continue
                        }
                        carry = Array(units[index..<units.count]) + carry
                        return
                    }
                    let low = self.unit(units, index + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        UTF8Text.append(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00), to: &output)
                        index += 4
                    } else {
                        UTF8Text.append(0xFFFD, to: &output)
                        index += 2
                    }
                } else if (0xDC00...0xDFFF).contains(unit) {
                    UTF8Text.append(0xFFFD, to: &output)
                    index += 2
                } else {
                    UTF8Text.append(UInt32(unit), to: &output)
                    index += 2
                }
            }
        }
    }

    private func unit(_ bytes: [UInt8], _ index: Int) -> UInt16 {
        encoding == .utf16LittleEndian
            ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
            : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
    }

    /// Windows-1252 0x80–0xFF as Unicode scalars (the five unassigned bytes map to themselves).
    package static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ] + (0xA0...0xFF).map { UInt32($0) }
}

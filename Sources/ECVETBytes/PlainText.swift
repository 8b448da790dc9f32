/// Text with HTML taken out: tags (also escaped ones such as `&lt;h1&gt;`) removed, the common
/// entities decoded, runs of white space made one space, ends trimmed. National exports often
/// carry rich text (`<p>…</p>`) where plain statements are meant.
package enum PlainText {
    package static func from(html text: String) -> String {
        if isPlain(text) { return text }
        var text = text
        return text.withUTF8 { bytes in
            var output = PlainTextOutput(capacity: bytes.count)
            var index = 0
            var inTag = false
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "&"), let (decoded, length) = entity(in: bytes, at: index) {
                    index += length
                    // An escaped tag (`&lt;p&gt;`) is a tag; what was escaped twice
                    // (`&amp;lt;`) is text.
                    if decoded == [UInt8(ascii: "<")] && !inTag && startsTag(bytes, at: index) {
                        inTag = true
                        output.space()
                    } else if decoded == [UInt8(ascii: ">")] && inTag {
                        inTag = false
                    } else if !inTag {
                        if decoded == [UInt8(ascii: "&")], let (again, more) = entity(in: bytes, at: index, prefixed: true) {
                            index += more
                            output.text(again)
                        } else {
                            output.text(decoded)
                        }
                    }
                    continue
                }
                if inTag {
                    if byte == UInt8(ascii: ">") { inTag = false }
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "<") && startsTag(bytes, at: index + 1) {
                    inTag = true
                    output.space()
                    index += 1
                    continue
                }
                let spaceLength = whiteSpaceLength(bytes, at: index)
                if spaceLength > 0 {
                    output.space()
                    index += spaceLength
                    continue
                }
                if byte >= 0x20 && byte != 0x7F { output.byte(byte) }
                index += 1
            }
            return output.string
        }
    }

    /// Whether a `<` whose next byte is at `index` opens a tag (`<p`, `</p`, `<!--`, `<?`)
    /// rather than standing for itself (`x < 5`).
    private static func startsTag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let next = bytes[index]
        return (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
            || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
    }

    /// The entity at `index` (`&lt;`, `&#233;`, `&#xE9;`…), decoded, and its length in bytes.
    /// With `prefixed`, `index` is just after an `&amp;` already read, and the entity's name
    /// follows without an `&` of its own (`&amp;lt;`).
    private static func entity(in bytes: UnsafeBufferPointer<UInt8>, at index: Int,
                               prefixed: Bool = false) -> ([UInt8], Int)? {
        let start = prefixed ? index : index + 1
        var end = start
        while end < bytes.count && end - start < 10 && bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let length = end + 1 - index
        switch name {
        case "lt": return ([UInt8(ascii: "<")], length)
        case "gt": return ([UInt8(ascii: ">")], length)
        case "amp": return ([UInt8(ascii: "&")], length)
        case "quot": return ([UInt8(ascii: "\"")], length)
        case "apos", "#39": return ([UInt8(ascii: "'")], length)
        case "nbsp": return ([0x20], length)
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (Array(String(Character(scalar)).utf8), length)
        }
    }

    /// How many bytes of white space start at `index` of UTF-8 text: ASCII white space, or a
    /// non-ASCII space (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
    /// U+3000); 0 when there is none.
    package static func whiteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85): return 2
        case 0xE1 where index + 2 < bytes.count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80: return 3
        case 0xE2 where index + 2 < bytes.count && isWideSpace(0xE2, bytes[index + 1], bytes[index + 2]): return 3
        case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: return 3
        default: return 0
        }
    }

    /// Whether `from(html:)` would return the text as it is: no markup, no entity, no control
    /// character, no space to collapse or trim. Most statements are plain already, and one pass
    /// over the bytes tells, without Unicode property look-ups.
    package static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previousWasSpace = true
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight bytes of printable ASCII without a space, `<` or `&`: plain, at once.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let special = word.highBits(ofBytesBelow: 0x21) | (word & 0x8080_8080_8080_8080)
                        | word.highBits(ofBytesEqualTo: 0x7F) | word.highBits(ofBytesEqualTo: 0x3C)
                        | word.highBits(ofBytesEqualTo: 0x26)
                    if special == 0 {
                        previousWasSpace = false
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x00..<0x20, 0x7F:
                    return false
                case 0x20:
                    if previousWasSpace { return false }
                    previousWasSpace = true
                case 0xC2 where index + 1 < count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85):
                    return false  // U+00A0, U+0085
                case 0xE1 where index + 2 < count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80:
                    return false  // U+1680
                case 0xE2 where index + 2 < count && isWideSpace(0xE2, bytes[index + 1], bytes[index + 2]):
                    return false
                case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80:
                    return false  // U+3000
                default:
                    previousWasSpace = false
                }
                index += 1
            }
            return !previousWasSpace
        }
    }

    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F in UTF-8.
    private static func isWideSpace(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF))
            || (second == 0x81 && third == 0x9F)
    }

}


/// Plain text being written: runs of white space become one space, and none is written at
/// either end.
private struct PlainTextOutput {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func space() {
        pendingSpace = true
    }

    mutating func byte(_ byte: UInt8) {
        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
    }

    /// Decoded text: white space (`&#10;`, `&nbsp;`, `&#160;`) is white space, control
    /// characters (`&#0;`) are dropped.
    mutating func text(_ text: [UInt8]) {
        let isSpace = text.withUnsafeBufferPointer { PlainText.whiteSpaceLength($0, at: 0) == $0.count }
        if !text.isEmpty && isSpace {
            space()
            return
        }
        for byte in text {
            switch byte {
            case 0x09...0x0D, 0x20: space()
            case 0x00..<0x20, 0x7F: continue
            default: self.byte(byte)
            }
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

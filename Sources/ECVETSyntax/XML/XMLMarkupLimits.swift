import ECVETBytes

/// A scan of the bytes on their way to libxml2, for markup that libxml2 2.9 takes time beyond
/// measure over: one text or attribute value of millions of entity and character references
/// (its streaming schema validation is quadratic in them) and one start tag of a hundred
/// thousand attributes (its duplicate-attribute check is). No catalogue comes near either
/// limit; a file past one is refused at the place it passed it, before libxml2 sees the bytes.
struct XMLMarkupLimits {
    /// The most references (`&amp;`, `&#233;`) one text or attribute value may hold (the
    /// messages name the limits).
    static let referencesPerText = 100_000
    /// The most attributes (namespace declarations included) one start tag may have.
    static let attributesPerElement = 1_000
    private static let cdataOpening = Array("[CDATA[".utf8)

    /// What the scan stands in.
    private enum State {
        case text
        /// Just after `<`.
        case markupStart
        /// After `<!`, matching `--` (a comment) or `[CDATA[`: how many bytes of each matched.
        case bang(matched: Int)
        case comment(dashes: Int)
        case cdata(brackets: Int)
        case instruction(afterQuestionMark: Bool)
        /// An end tag or a declaration: everything up to `>`.
        case toClose
        case startTag
        case attributeValue(quote: UInt8)
    }

    private var state = State.text
    private var references = 0
    private var attributes = 0
    /// Lines before the current chunk, and the columns (code points) already on its last line.
    private var line = 1
    private var column = 1

    /// Scans the next bytes of the document; the problem, at its place, when one passes a limit.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> SyntaxProblem? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            switch state {
            case .text:
                index = Self.skip(base, from: index, count: count) { word in
                    word.highBits(ofBytesEqualTo: 0x3C) | word.highBits(ofBytesEqualTo: 0x26)
                }
                guard index < count else { break }
                if base[index] == UInt8(ascii: "<") {
                    state = .markupStart
                } else {
                    references += 1
                    if references > Self.referencesPerText {
                        return problem("a text holds more than 100,000 entity or character references", at: index, in: bytes, file: file)
                    }
                }
                index += 1
            case .markupStart:
                switch base[index] {
                case UInt8(ascii: "!"): state = .bang(matched: 0); index += 1
                case UInt8(ascii: "?"): state = .instruction(afterQuestionMark: false); index += 1
                case UInt8(ascii: "/"): state = .toClose; index += 1
                default:
                    state = .startTag
                    attributes = 0
                }
            case .bang(let matched):
                let byte = base[index]
                index += 1
                if matched == 0 && byte == UInt8(ascii: "-") {
                    state = .bang(matched: -1)
                } else if matched == -1 {
                    state = byte == UInt8(ascii: "-") ? .comment(dashes: 0) : .toClose
                } else if matched >= 0 && matched < 7 && byte == Self.cdataOpening[matched] {
                    state = matched == 6 ? .cdata(brackets: 0) : .bang(matched: matched + 1)
                } else {
                    state = .toClose
                }
            case .comment(let dashes):
                let byte = base[index]
                index += 1
                if byte == UInt8(ascii: ">") && dashes >= 2 {
                    startText()
                } else {
                    state = .comment(dashes: byte == UInt8(ascii: "-") ? dashes + 1 : 0)
                }
            case .cdata(let brackets):
                let byte = base[index]
                index += 1
                if byte == UInt8(ascii: ">") && brackets >= 2 {
                    startText()
                } else {
                    state = .cdata(brackets: byte == UInt8(ascii: "]") ? brackets + 1 : 0)
                }
            case .instruction(let afterQuestionMark):
                let byte = base[index]
                index += 1
                if byte == UInt8(ascii: ">") && afterQuestionMark {
                    startText()
                } else {
                    state = .instruction(afterQuestionMark: byte == UInt8(ascii: "?"))
                }
            case .toClose:
                index = Self.skip(base, from: index, count: count) { $0.highBits(ofBytesEqualTo: 0x3E) }
                guard index < count else { break }
                index += 1
                startText()
            case .startTag:
                index = Self.skip(base, from: index, count: count) { word in
                    word.highBits(ofBytesEqualTo: 0x22) | word.highBits(ofBytesEqualTo: 0x27)
                        | word.highBits(ofBytesEqualTo: 0x3D) | word.highBits(ofBytesEqualTo: 0x3E)
                }
                guard index < count else { break }
                switch base[index] {
                case UInt8(ascii: ">"):
                    startText()
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > Self.attributesPerElement {
                        return problem("a start tag has more than 1,000 attributes", at: index, in: bytes, file: file)
                    }
                default:
                    state = .attributeValue(quote: base[index])
                    references = 0
                }
                index += 1
            case .attributeValue(let quote):
                index = Self.skip(base, from: index, count: count) { word in
                    word.highBits(ofBytesEqualTo: quote) | word.highBits(ofBytesEqualTo: 0x26)
                }
                guard index < count else { break }
                if base[index] == quote {
                    state = .startTag
                } else {
                    references += 1
                    if references > Self.referencesPerText {
                        return problem("an attribute value holds more than 100,000 entity or character references", at: index, in: bytes, file: file)
                    }
                }
                index += 1
            }
        }
        advancePlace(over: bytes, upTo: count)
        return nil
    }

    private mutating func startText() {
        state = .text
        references = 0
    }

    /// The index of the first byte at or after `index` that `special` marks, eight bytes tested
    /// at once; `count` when there is none.
    @inline(__always)
    private static func skip(_ base: UnsafePointer<UInt8>, from index: Int, count: Int,
                             _ special: (UInt64) -> UInt64) -> Int {
        var index = index
        while index + 8 <= count {
            let found = special(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < count {
            let byte = UInt64(base[index])
            if special(byte | 0x2020_2020_2020_2000) & 0x80 != 0 { return index }
            index += 1
        }
        return count
    }

    /// Moves the line and column past the first `end` bytes of the chunk: line breaks are
    /// counted eight bytes at a time, and columns only on the last line.
    private mutating func advancePlace(over bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index + 8 <= end {
            line += UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).highBits(ofBytesEqualTo: 0x0A).nonzeroBitCount
            index += 8
        }
        while index < end {
            if base[index] == 0x0A { line += 1 }
            index += 1
        }
        var lineStart = end
        while lineStart > 0 && base[lineStart - 1] != 0x0A { lineStart -= 1 }
        if lineStart > 0 { column = 1 }
        for index in lineStart..<end where base[index] & 0xC0 != 0x80 {
            column += 1
        }
    }

    private func problem(_ message: String, at index: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SyntaxProblem {
        var place = self
        place.advancePlace(over: bytes, upTo: index)
        return SyntaxProblem(.xmlForbidden, message + "; refused, as no catalogue needs it and libxml2 would take minutes over it",
                             at: TextPlace(file: file, line: place.line, column: place.column))
    }
}

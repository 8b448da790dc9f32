/// A 64-bit fingerprint of a text's plain text (a statement's) in a language, with case folded (ASCII and
/// Latin-1 letters) and white space collapsed, and whether that plain text is empty. Hashing
/// statements as Strings (Unicode normalisation, case tables), or making their plain text first,
/// costs many times more; only statements with markup, entities or control characters are made
/// plain text first.
package enum TextFingerprint {
    /// The fingerprint of a language tag, which every statement's starts from.
    package struct Start {
        fileprivate let print: Fingerprint

        package init(language: String) {
            var print = Fingerprint()
            for byte in language.utf8 { print.add(byte) }
            print.add(0)
            self.print = print
        }
    }

    package static func of(_ statement: String, after start: Start) -> (print: UInt64, isBlank: Bool) {
        if let facts = plainFacts(statement, after: start, checking: true) { return facts }
        let plain = PlainText.from(html: statement)
        return plainFacts(plain, after: start, checking: false) ?? (0, plain.isEmpty)
    }

    /// The facts of a statement that needs no more than white space collapsed and case folded;
    /// when `checking`, `nil` for one that must be made plain text first.
    private static func plainFacts(_ statement: String, after start: Start, checking: Bool) -> (print: UInt64, isBlank: Bool)? {
        statement.withUTF8Bytes { scan($0, after: start.print, checking: checking) }
    }

    /// The fingerprint of the statement's bytes, after `start` (the language's): the state lives
    /// in this function's own variables, so that it stays in registers.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, after start: Fingerprint, checking: Bool) -> (print: UInt64, isBlank: Bool)? {
        var print = start
        var pendingSpace = false
        var started = false
        var index = 0
        let count = bytes.count
        // After eight bytes that need more than folding, the next eight go byte by byte.
        var byteByByteUntil = 0
        while index < count {
            // Eight bytes of letters and punctuation with single spaces between words, the
            // bulk of every language's text, are folded and added at once.
            if index >= byteByByteUntil && index + 8 <= count {
                if let word = PlainWord(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self),
                                        spaceFirstAllowed: started && !pendingSpace) {
                    if pendingSpace { print.add(0x20) }
                    started = true
                    switch word.last {
                    case .byte:
                        print.add8(word.folded)
                        pendingSpace = false
                        index += 8
                    case .space:
                        print.add7(word.folded >> 8)
                        pendingSpace = true
                        index += 8
                    case .latinLead:
                        // The letter is taken whole, from the next eight bytes.
                        print.add7(word.folded >> 8)
                        pendingSpace = false
                        index += 7
                    }
                    continue
                }
                byteByByteUntil = index + 8
            }
            let byte = bytes[index]
            if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&") {
                if pendingSpace { print.add(0x20) }
                pendingSpace = false
                started = true
                print.add(byte &- 0x41 < 26 ? byte + 0x20 : byte)
                index += 1
                continue
            }
            let space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1
                : byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3) ? PlainText.whiteSpaceLength(bytes, at: index) : 0
            if space > 0 {
                pendingSpace = started
                index += space
                continue
            }
            // Markup, entities, control characters: plain text decides. In plain text, a
            // `<` or `&` left is text.
            if byte < 0x80 && checking { return nil }
            if pendingSpace { print.add(0x20) }
            pendingSpace = false
            started = true
            if byte >= 0xC3, let length = Self.foldLetter(bytes, at: index, into: &print) {
                index += length
                continue
            }
            print.add(byte)
            index += 1
        }
        return (print.value, !started)
    }

    /// Adds the letter that starts at `index` in lower case, as Unicode maps it: À, Č, Ł, Ő,
    /// Greek and Cyrillic capitals are the same statement as their small letters (for À–Þ the
    /// same bytes as `PlainWord` folds). Returns how many bytes the character has, or `nil` for
    /// bytes that do not start one.
    private static func foldLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into print: inout Fingerprint) -> Int? {
        let lead = bytes[index]
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        if scalar.properties.changesWhenLowercased {
            for byte in scalar.properties.lowercaseMapping.utf8 { print.add(byte) }
        } else {
            for offset in 0..<length { print.add(bytes[index + offset]) }
        }
        return length
    }

    /// Eight bytes of UTF-8, as loaded from memory (the first in the lowest byte), that need
    /// nothing but their capitals folded: printable ASCII other than `<` and `&`, and Latin-1
    /// letters, with no two spaces side by side. Bytes that may start a non-ASCII space (0xC2,
    /// 0xE1–0xE3) or a letter beyond Latin-1 (0xC4 and above), whose case Unicode's tables
    /// fold, are left to the byte-by-byte path. Bit tricks test all eight at once.
    private struct PlainWord {
        /// What the last of the eight bytes is: a space, which may be followed by more white
        /// space, and the lead byte of a Latin-1 letter cut off, are not added with the others.
        enum Last {
            case byte, space, latinLead
        }

        /// The bytes with A–Z made a–z and À–Þ made à–þ, the first in the highest byte as
        /// `Fingerprint` adds them.
        let folded: UInt64
        let last: Last

        private static let ones: UInt64 = 0x0101_0101_0101_0101
        private static let highs: UInt64 = 0x8080_8080_8080_8080
        private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        private static let lastByte: UInt64 = 0x8000_0000_0000_0000

        /// `nil` unless the bytes need no more than folding; `spaceFirstAllowed` when a space
        /// may stand first (a word has been added and no space is pending).
        @inline(__always)
        init?(_ word: UInt64, spaceFirstAllowed: Bool) {
            let ones = Self.ones, highs = Self.highs
            // Any byte below 0x20 (an exact test of whether there is one, not of where).
            let control = (word &- ones &* 0x20) & ~word & highs
            // Sums on seven bits carry into no other byte.
            let sevenBits = word & Self.lows
            // 0xC4 and above: the lead bytes beyond Latin-1 (continuation bytes are below).
            let beyondLatin1 = word & (sevenBits &+ ones &* (0x80 - 0x44)) & highs
            let refused = control | word.highBits(ofBytesEqualTo: 0x7F) | word.highBits(ofBytesEqualTo: 0x3C)
                | word.highBits(ofBytesEqualTo: 0x26) | word.highBits(ofBytesEqualTo: 0xC2) | beyondLatin1
            guard refused == 0 else { return nil }
            let latinLeads = word.highBits(ofBytesEqualTo: 0xC3)
            let spaces = word.highBits(ofBytesEqualTo: 0x20)
            guard spaces & (spaces << 8) == 0, spaceFirstAllowed || spaces & 0x80 == 0 else { return nil }
            last = spaces & Self.lastByte != 0 ? .space : latinLeads & Self.lastByte != 0 ? .latinLead : .byte
            let ascii = ~word & highs
            // A–Z: at least 0x41 and at most 0x5A.
            let atLeastA = (sevenBits &+ ones &* (0x80 - 0x41)) & highs
            let aboveZ = (sevenBits &+ ones &* (0x80 - 0x5B)) & highs
            let capitals = atLeastA & ~aboveZ & ascii
            // After 0xC3: 0x80–0x9E but not 0x97 (×) are À–Þ.
            let latinCapitals = latinLeads << 8 & ~(sevenBits &+ ones &* 0x61) & highs
                & ~word.highBits(ofBytesEqualTo: 0x97)
            folded = (word | (capitals | latinCapitals) >> 2).byteSwapped
        }
    }

    /// A 64-bit hash of bytes that mixes them eight at a time: a multiplication per byte would
    /// chain its latency through every statement.
    fileprivate struct Fingerprint {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        private var pending: UInt64 = 0
        private var count = 0

        @inline(__always)
        mutating func add(_ byte: UInt8) {
            pending = pending << 8 | UInt64(byte)
            count += 1
            if count == 8 { flush() }
        }

        /// Adds seven bytes, the first in the highest of the low seven: the same as adding them
        /// one by one.
        @inline(__always)
        mutating func add7(_ bytes: UInt64) {
            guard count > 0 else {
                pending = bytes
                count = 7
                return
            }
            // `count` is 1...7: the first `taken` bytes complete the pending eight.
            let taken = UInt64(8 - count)
            let rest = 7 - taken
            let completed = pending << (8 * taken) | bytes >> (8 * rest)
            let remaining = bytes & ((1 << (8 * rest)) - 1)
            pending = completed
            flush()
            pending = remaining
            count = Int(rest)
        }

        /// Adds eight bytes, the first in the highest byte: the same as adding them one by one.
        @inline(__always)
        mutating func add8(_ bytes: UInt64) {
            guard count > 0 else {
                pending = bytes
                flush()
                return
            }
            let kept = UInt64(count) * 8
            let completed = pending << (64 - kept) | bytes >> kept
            let rest = bytes & ((1 << kept) - 1)
            let restCount = count
            pending = completed
            flush()
            pending = rest
            count = restCount
        }

        private mutating func flush() {
            hash = (hash ^ pending) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            pending = 0
            count = 0
        }

        var value: UInt64 {
            var copy = self
            copy.pending ^= UInt64(count) << 60
            copy.flush()
            return copy.hash
        }
    }
}

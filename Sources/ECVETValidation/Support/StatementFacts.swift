import ECVETModel

/// What the rules need to know of every learning-outcome statement, found in one pass over its
/// bytes: whether it is blank once made plain text (V16), and a fingerprint of its plain text
/// with case and white space ignored (V18). Catalogues hold hundreds of thousands of
/// statements; looking at each once, on every core, is what keeps the checks cheap.
struct StatementFacts: Sendable {
    /// For each outcome, where its statements start in `prints` and `blank`; one more entry at
    /// the end.
    let starts: [Int]
    let prints: [UInt64]
    let blank: [Bool]

    /// The statements of each outcome, in the order of its text's entries.
    func statements(ofOutcome index: Int) -> Range<Int> { starts[index]..<starts[index + 1] }

    /// The facts of `outcomes`, worked out on this thread.
    init(_ outcomes: ArraySlice<LearningOutcome>) {
        var starts: [Int] = []
        var prints: [UInt64] = []
        var blank: [Bool] = []
        starts.reserveCapacity(outcomes.count + 1)
        prints.reserveCapacity(outcomes.count * 3)
        blank.reserveCapacity(outcomes.count * 3)
        for index in outcomes.indices {
            starts.append(prints.count)
            for entry in outcomes[index].text.entries {
                let facts = StatementFingerprint.of(entry.language, entry.text)
                prints.append(facts.print)
                blank.append(facts.isBlank)
            }
        }
        starts.append(prints.count)
        self.init(starts: starts, prints: prints, blank: blank)
    }

    private init(starts: [Int], prints: [UInt64], blank: [Bool]) {
        self.starts = starts
        self.prints = prints
        self.blank = blank
    }

    /// The facts of `outcomes`, worked out in slices on all cores.
    static func of(_ outcomes: [LearningOutcome], slices: Int) async -> StatementFacts {
        let size = max(1, (outcomes.count + slices - 1) / slices)
        let parts = await withTaskGroup(of: (Int, StatementFacts).self) { group in
            for (number, start) in stride(from: 0, to: outcomes.count, by: size).enumerated() {
                group.addTask { (number, StatementFacts(outcomes[start..<min(outcomes.count, start + size)])) }
            }
            var parts: [(Int, StatementFacts)] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var starts: [Int] = [0]
        var prints: [UInt64] = []
        var blank: [Bool] = []
        starts.reserveCapacity(outcomes.count + 1)
        for part in parts {
            let base = prints.count
            starts += part.starts.dropFirst().map { $0 + base }
            prints += part.prints
            blank += part.blank
        }
        return StatementFacts(starts: starts, prints: prints, blank: blank)
    }
}

/// A 64-bit fingerprint of a statement's plain text in a language, with case folded (ASCII and
/// Latin-1 letters) and white space collapsed, and whether that plain text is empty. Hashing
/// statements as Strings (Unicode normalisation, case tables), or making their plain text first,
/// costs many times more; only statements with markup, entities or control characters are made
/// plain text first.
enum StatementFingerprint {
    static func of(_ language: String, _ statement: String) -> (print: UInt64, isBlank: Bool) {
        if let facts = plainFacts(language, statement, checking: true) { return facts }
        let plain = PlainText.from(html: statement)
        return plainFacts(language, plain, checking: false) ?? (0, plain.isEmpty)
    }

    /// The facts of a statement that needs no more than white space collapsed and case folded;
    /// when `checking`, `nil` for one that must be made plain text first.
    private static func plainFacts(_ language: String, _ statement: String, checking: Bool) -> (print: UInt64, isBlank: Bool)? {
        var text = statement
        var print = Fingerprint()
        for byte in language.utf8 { print.add(byte) }
        print.add(0)
        let languagePrint = print
        return text.withUTF8 { scan($0, after: languagePrint, checking: checking) }
    }

    /// The fingerprint of the statement's bytes, after `start` (the language's): the state lives
    /// in this function's own variables, so that it stays in registers.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, after start: Fingerprint, checking: Bool) -> (print: UInt64, isBlank: Bool)? {
        var print = start
        var pendingSpace = false
        var started = false
        var index = 0
        let count = bytes.count
        // After eight bytes that are not plain ASCII, the next eight go byte by byte.
        var byteByByteUntil = 0
        while index < count {
            // Eight bytes of printable ASCII with single spaces between words, the bulk of
            // every language's text, are folded and added at once.
            if index >= byteByByteUntil && index + 8 <= count {
                if let word = AsciiWord(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self),
                                        spaceFirstAllowed: started && !pendingSpace) {
                    if pendingSpace { print.add(0x20) }
                    pendingSpace = false
                    started = true
                    print.add8(word.folded)
                    index += 8
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
            print.add(byte)
            index += 1
            // À–Þ (U+00C0–U+00DE, but not ×) fold to à–þ.
            if byte == 0xC3 && index < count {
                let next = bytes[index]
                print.add(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next)
                index += 1
            }
        }
        return (print.value, !started)
    }

    /// Eight bytes, as loaded from memory (the first in the lowest byte), that are printable
    /// ASCII other than `<` and `&`, with no two spaces side by side and none last: they need
    /// nothing but their capitals folded. Bit tricks test all eight at once.
    private struct AsciiWord {
        /// The bytes with A–Z made a–z, the first in the highest byte as `Fingerprint` adds them.
        let folded: UInt64

        private static let ones: UInt64 = 0x0101_0101_0101_0101
        private static let highs: UInt64 = 0x8080_8080_8080_8080
        private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

        /// The high bit of each byte of `word` that is zero, exactly.
        private static func zeroBytes(_ word: UInt64) -> UInt64 {
            ~(((word & lows) &+ lows) | word | lows)
        }

        /// `nil` unless the bytes need no more than folding; `spaceFirstAllowed` when a space
        /// may stand first (a word has been added and no space is pending).
        init?(_ word: UInt64, spaceFirstAllowed: Bool) {
            let ones = Self.ones, highs = Self.highs
            // Any byte below 0x20 or above 0x7E.
            let below = (word &- ones &* 0x20) & ~word & highs
            let above = ((word & Self.lows) &+ ones &* 0x01 | word) & highs
            guard below | above == 0 else { return nil }
            guard Self.zeroBytes(word ^ (ones &* 0x3C)) | Self.zeroBytes(word ^ (ones &* 0x26)) == 0 else { return nil }
            let spaces = Self.zeroBytes(word ^ (ones &* 0x20))
            guard spaces & (spaces << 8) == 0, spaces & 0x8000_0000_0000_0000 == 0,
                  spaceFirstAllowed || spaces & 0x80 == 0 else { return nil }
            // A–Z: at least 0x41 and at most 0x5A.
            let atLeastA = (word &+ ones &* (0x80 - 0x41)) & highs
            let aboveZ = (word &+ ones &* (0x80 - 0x5B)) & highs
            let capitals = atLeastA & ~aboveZ
            folded = (word | capitals >> 2).byteSwapped
        }
    }

    /// A 64-bit hash of bytes that mixes them eight at a time: a multiplication per byte would
    /// chain its latency through every statement.
    fileprivate struct Fingerprint {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        private var pending: UInt64 = 0
        private var count = 0

        mutating func add(_ byte: UInt8) {
            pending = pending << 8 | UInt64(byte)
            count += 1
            if count == 8 { flush() }
        }

        /// Adds eight bytes, the first in the highest byte: the same as adding them one by one.
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

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
        var pendingSpace = false
        var started = false
        let plain = text.withUTF8 { bytes -> Bool in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&") {
                    // Printable ASCII, the bulk of every language's text.
                    if pendingSpace { print.add(0x20) }
                    pendingSpace = false
                    started = true
                    print.add(byte &- 0x41 < 26 ? byte + 0x20 : byte)
                    index += 1
                    continue
                }
                let space = PlainText.whiteSpaceLength(bytes, at: index)
                if space > 0 {
                    pendingSpace = started
                    index += space
                    continue
                }
                // Markup, entities, control characters: plain text decides. In plain text, a
                // `<` or `&` left is text.
                if byte < 0x80 && checking { return false }
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
            return true
        }
        return plain ? (print.value, !started) : nil
    }

    /// A 64-bit hash of bytes that mixes them eight at a time: a multiplication per byte would
    /// chain its latency through every statement.
    private struct Fingerprint {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        private var pending: UInt64 = 0
        private var count = 0

        mutating func add(_ byte: UInt8) {
            pending = pending << 8 | UInt64(byte)
            count += 1
            if count == 8 { flush() }
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

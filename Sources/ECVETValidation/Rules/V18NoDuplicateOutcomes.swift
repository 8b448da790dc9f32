import ECVETModel

/// V18: a unit does not state the same outcome twice.
struct NoDuplicateOutcomes: Rule {
    let id = DiagnosticID("V18", "no-duplicate-outcomes", .warning)
    let summary = "A unit does not hold the same statement twice in a language (case and white space ignored)."
    let source = "ECVET Recommendation 2009, Annex II §1 (units described in legible, understandable terms); a heuristic"
    let hint = "remove the repeated statement, or say what differs"

    /// A 64-bit fingerprint of a statement in a language, as plain text: case-folded (ASCII and
    /// Latin-1 letters) and with white space collapsed, byte by byte. Catalogues hold hundreds of
    /// thousands of statements; hashing them as Strings (Unicode normalisation, case tables), or
    /// making their plain text first, costs many times more. Only statements that are not plain
    /// already (markup, entities, odd spaces) are made plain text first.
    static func fingerprint(_ language: String, _ statement: String) -> UInt64 {
        if let print = plainFingerprint(language, statement, checking: true) { return print }
        // Markup, entities, control characters or spaces beyond ASCII: the plain text has none.
        return plainFingerprint(language, PlainText.from(html: statement), checking: false) ?? 0
    }

    /// The fingerprint of a statement that needs no more than ASCII white space collapsed and
    /// case folded; when `checking`, `nil` for one that must be made plain text first.
    private static func plainFingerprint(_ language: String, _ statement: String, checking: Bool) -> UInt64? {
        var text = statement
        var print = Fingerprint()
        for byte in language.utf8 { print.add(byte) }
        print.add(0)
        var afterLatin1Lead = false
        var pendingSpace = false
        var started = false
        let plain = text.withUTF8 { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                var folded = byte
                switch byte {
                case 0x09...0x0D, 0x20:
                    pendingSpace = started
                    afterLatin1Lead = false
                    continue
                case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x00..<0x20, 0x7F, 0xE1, 0xE2, 0xE3:
                    // E1–E3 lead the spaces beyond Latin-1 (and much else): plain text decides.
                    if checking { return false }
                case 0xC2 where index < bytes.count && (bytes[index] == 0xA0 || bytes[index] == 0x85):
                    if checking { return false }
                case 0x41...0x5A:
                    folded = byte + 0x20
                case 0x80...0x9E where afterLatin1Lead && byte != 0x97:
                    folded = byte + 0x20  // À–Þ (U+00C0–U+00DE) to à–þ
                default:
                    break
                }
                if pendingSpace { print.add(0x20) }
                pendingSpace = false
                started = true
                afterLatin1Lead = byte == 0xC3
                print.add(folded)
            }
            return true
        }
        return plain ? print.value : nil
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

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let outcomes = context.catalogue.learningOutcomes
        // Each statement is fingerprinted once, however many units and parts name its outcome.
        var firstPrint: [Int] = []
        var prints: [UInt64] = []
        firstPrint.reserveCapacity(outcomes.count + 1)
        for index in outcomes.indices {
            firstPrint.append(prints.count)
            for entry in outcomes[index].text.entries { prints.append(Self.fingerprint(entry.language, entry.text)) }
        }
        firstPrint.append(prints.count)
        for unit in context.catalogue.units {
            var seen: [UInt64: (outcome: Int, entry: Int)] = [:]
            var reported = Set<String>()
            for reference in context.outcomeReferences(of: unit) {
                guard let index = context.outcomesByID[reference.id] else { continue }
                let entries = outcomes[index].text.entries
                for (position, key) in prints[firstPrint[index]..<firstPrint[index + 1]].enumerated() {
                    guard let first = seen[key] else {
                        seen[key] = (index, position)
                        continue
                    }
                    let outcomeID = outcomes[index].id
                    guard outcomes[first.outcome].id != outcomeID else { continue }
                    // A fingerprint match is confirmed on the plain texts themselves.
                    let earlier = outcomes[first.outcome].text.entries[first.entry].text
                    guard PlainText.from(html: earlier).lowercased() == PlainText.from(html: entries[position].text).lowercased() else {
                        continue
                    }
                    if reported.insert(outcomeID).inserted {
                        findings.append(finding(
                            "\(Naming.unit(unit)) states the same \(entries[position].language) outcome twice: \"\(outcomes[first.outcome].id)\" and \"\(outcomeID)\"",
                            at: reference.location, entity: unit.id))
                    }
                }
            }
        }
        return findings
    }
}

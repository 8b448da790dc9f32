import ECVETModel

/// V18: a unit does not state the same outcome twice.
struct NoDuplicateOutcomes: Rule {
    let id = DiagnosticID("V18", "no-duplicate-outcomes", .warning)
    let summary = "A unit does not hold the same statement twice in a language (case and white space ignored)."
    let source = "ECVET Recommendation 2009, Annex II §1 (units described in legible, understandable terms); a heuristic"
    let hint = "remove the repeated statement, or say what differs"

    /// A 64-bit fingerprint of a statement in a language, case-folded (ASCII and Latin-1
    /// letters) byte by byte: catalogues hold hundreds of thousands of statements, and hashing
    /// them as Strings (Unicode normalisation, case tables) costs many times more.
    static func fingerprint(_ language: String, _ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        for byte in language.utf8 { mix(byte) }
        mix(0)
        var afterLatin1Lead = false
        for byte in text.utf8 {
            var folded = byte
            if byte >= 0x41 && byte <= 0x5A {
                folded = byte + 0x20
            } else if afterLatin1Lead && byte >= 0x80 && byte <= 0x9E && byte != 0x97 {
                folded = byte + 0x20  // À–Þ (U+00C0–U+00DE) to à–þ
            }
            afterLatin1Lead = byte == 0xC3
            mix(folded)
        }
        return hash
    }

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for unit in context.catalogue.units {
            var seen: [UInt64: (id: String, text: String)] = [:]
            var reported = Set<String>()
            let outcomes = context.catalogue.learningOutcomes
            for reference in context.outcomeReferences(of: unit) {
                guard let index = context.outcomesByID[reference.id] else { continue }
                let outcomeID = outcomes[index].id
                for entry in outcomes[index].text.entries {
                    let text = PlainText.from(html: entry.text)
                    let key = Self.fingerprint(entry.language, text)
                    if let first = seen[key], first.id != outcomeID {
                        // A fingerprint match is confirmed on the texts themselves.
                        guard first.text.lowercased() == text.lowercased() else { continue }
                        if reported.insert(outcomeID).inserted {
                            findings.append(finding(
                                "\(Naming.unit(unit)) states the same \(entry.language) outcome twice: \"\(first.id)\" and \"\(outcomeID)\"",
                                at: reference.location, entity: unit.id))
                        }
                    } else if seen[key] == nil {
                        seen[key] = (outcomeID, text)
                    }
                }
            }
        }
        return findings
    }
}

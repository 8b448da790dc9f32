import ECVETModel
import ECVETBytes

/// What the rules need to know of every learning-outcome statement, found in one pass over its
/// bytes: whether it is blank once made plain text (V16), a fingerprint of its plain text with
/// case and white space ignored (V18), and whether its language tag is known (V21). Catalogues
/// hold hundreds of thousands of statements; looking at each once, on every core, is what keeps
/// the checks cheap.
struct StatementFacts: Sendable {
    /// For each outcome, where its statements start in `prints`, `blank` and `knownLanguage`;
    /// one more entry at the end.
    let starts: [Int]
    let prints: [UInt64]
    let blank: [Bool]
    let knownLanguage: [Bool]

    /// The statements of each outcome, in the order of its text's entries.
    func statements(ofOutcome index: Int) -> Range<Int> {
        starts[index]..<starts[index + 1]
    }

    /// The facts of `outcomes`, worked out on this thread.
    init(_ outcomes: ArraySlice<LearningOutcome>) {
        var starts: [Int] = []
        var prints: [UInt64] = []
        var blank: [Bool] = []
        var knownLanguage: [Bool] = []
        var tags = LanguageTags()
        var language = (tag: "", start: TextFingerprint.Start(language: ""), known: tags.isKnown(""))
        starts.reserveCapacity(outcomes.count + 1)
        prints.reserveCapacity(outcomes.count * 3)
        blank.reserveCapacity(outcomes.count * 3)
        knownLanguage.reserveCapacity(outcomes.count * 3)
        for index in outcomes.indices {
            starts.append(prints.count)
            let entries = outcomes[index].text.entries
            for entry in entries.indices {
                // Statements come in a few languages, in runs: a language is looked at when it
                // changes. Bytes are compared: two tags that are equal as Swift strings
                // (canonically equivalent) but not in bytes must not share a fingerprint start.
                if !entries[entry].language.utf8.elementsEqual(language.tag.utf8) {
                    let tag = entries[entry].language
                    language = (tag, TextFingerprint.Start(language: tag), tags.isKnown(tag))
                }
                let facts = TextFingerprint.of(entries[entry].text, after: language.start)
                prints.append(facts.print)
                blank.append(facts.isBlank)
                knownLanguage.append(language.known)
            }
        }
        starts.append(prints.count)
        self.init(starts: starts, prints: prints, blank: blank, knownLanguage: knownLanguage)
    }

    private init(starts: [Int], prints: [UInt64], blank: [Bool], knownLanguage: [Bool]) {
        self.starts = starts
        self.prints = prints
        self.blank = blank
        self.knownLanguage = knownLanguage
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
        var knownLanguage: [Bool] = []
        starts.reserveCapacity(outcomes.count + 1)
        for part in parts {
            let base = prints.count
            starts += part.starts.dropFirst().map { $0 + base }
            prints += part.prints
            blank += part.blank
            knownLanguage += part.knownLanguage
        }
        return StatementFacts(starts: starts, prints: prints, blank: blank, knownLanguage: knownLanguage)
    }
}

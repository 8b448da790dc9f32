import ECVETModel
@testable import ECVETValidation
import Foundation
import Testing

/// The rules find entities by id through `IDIndex`, which hashes ids' bytes itself. It must
/// answer as a `[String: Int]` keeping each id's first index would.
@Suite("Id indexes")
struct IDIndexTests {
    func outcomes(_ ids: [String]) -> [LearningOutcome] {
        ids.map { LearningOutcome(id: $0, text: LocalizedText(["fi": "Opiskelija toimii \($0)"])) }
    }

    @Test("every id is found at its first index, and ids not present are not found")
    func firstIndexes() {
        // Many ids of the same length, as generated catalogues have, some used twice.
        var ids = (0..<5_000).map { String(format: "LO-FI-%06d-ab", $0) }
        ids += ["LO-FI-000007-ab", "LO-FI-004999-ab", "", "ä", "LO-ÄÖ-1"]
        let index = IDIndex(outcomes(ids))
        var expected: [String: Int] = [:]
        for (position, id) in ids.enumerated() where expected[id] == nil { expected[id] = position }
        #expect(index.count == expected.count)
        for (id, position) in expected { #expect(index[id] == position, "\(id)") }
        for missing in ["LO-FI-005000-ab", "LO-FI-000007-a", "LO-FI-000007-abc", "lo-fi-000007-ab", "a"] {
            #expect(index[missing] == nil, "\(missing)")
        }
    }

    @Test("canonically equivalent ids are one id, as Swift strings compare")
    func canonicalEquivalence() {
        let composed = "LO-\u{00E4}", decomposed = "LO-a\u{0308}", kelvin = "\u{212A}", letter = "K"
        let index = IDIndex(outcomes([composed, decomposed, kelvin, letter]))
        #expect(index.count == 2)
        #expect(index[decomposed] == 0)
        #expect(index[composed] == 0)
        #expect(index[letter] == 2)
    }

    @Test("the context finds units, outcomes and organisations by id")
    func contextLookups() {
        let outcomes = outcomes(["LO-1", "LO-2", "LO-2"])
        let unit = ECVETModel.Unit(id: "U-1", title: LocalizedText(["fi": "Osa"]),
                                   learningOutcomes: [Reference("LO-2"), Reference("LO-9")])
        let context = ValidationContext(catalogue: Catalogue(units: [unit], learningOutcomes: outcomes))
        #expect(context.outcomesByID.count == 2)
        #expect(context.outcome("LO-2")?.text["fi"] == "Opiskelija toimii LO-2")
        #expect(context.unit("U-1")?.id == "U-1")
        #expect(context.unit("U-2") == nil)
        #expect(Array(context.outcomes(ofUnitAt: 0)) == [1, nil])
    }
}

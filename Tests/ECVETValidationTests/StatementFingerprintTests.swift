import ECVETModel
@testable import ECVETValidation
import Foundation
import Testing

/// V18 compares statements by a fingerprint worked out eight (or seven) bytes at a time where the
/// text is letters, punctuation and single spaces, in any script, and byte by byte elsewhere.
/// Whatever the mix, statements that differ only in case and white space must match, and
/// statements that differ in a letter must not.
@Suite("Statement fingerprints (V18)")
struct StatementFingerprintTests {
    /// One unit per pair: the findings say which pairs are the same statement.
    func repeatedPairs(_ pairs: [(String, String)], language: String = "fi") async -> Set<Int> {
        var outcomes: [LearningOutcome] = []
        var units: [ECVETModel.Unit] = []
        for (number, pair) in pairs.enumerated() {
            let first = LearningOutcome(id: "LO-\(number)-a", text: LocalizedText([LocalizedText.Entry(language: language, text: pair.0)]))
            let second = LearningOutcome(id: "LO-\(number)-b", text: LocalizedText([LocalizedText.Entry(language: language, text: pair.1)]))
            outcomes += [first, second]
            units.append(ECVETModel.Unit(id: "U-\(number)", title: LocalizedText(["fi": "Osa \(number)"]),
                                         learningOutcomes: [Reference(first.id), Reference(second.id)]))
        }
        let findings = await Validator(profile: .ecvet).validate(Catalogue(units: units, learningOutcomes: outcomes))
        return Set(findings.filter { $0.id.id == "V18" }.compactMap { finding in
            finding.entityID.flatMap { Int($0.dropFirst(2)) }
        })
    }

    static let base = "Opiskelija suunnittelee työnsä ja noudattaa TYÖTURVALLISUUSOHJEITA huolellisesti, Äänekoskella ja Turussa."

    /// The base statement with white space and case changed at every offset, so that the
    /// eight-byte steps fall differently in each.
    static var sameStatements: [String] {
        var variants: [String] = []
        let characters = Array(base)
        for offset in 1..<min(24, characters.count) {
            var changed = characters
            if changed[offset] == " " { changed.insert(" ", at: offset) } else { changed[offset] = Character(changed[offset].uppercased()) }
            variants.append(String(changed))
            variants.append(String(repeating: " ", count: offset % 9) + base.lowercased() + String(repeating: "\t", count: offset % 3))
            variants.append(base.replacingOccurrences(of: " ", with: offset % 2 == 0 ? "  " : "\u{00A0}"))
        }
        variants.append(base.uppercased())
        variants.append(base.replacingOccurrences(of: "ja ", with: "ja\n  "))
        return variants
    }

    @Test("statements that differ only in case and white space are the same, in any language tag",
          arguments: ["fi", "sv-FI", "en"])
    func sameStatements(language: String) async {
        let pairs = Self.sameStatements.map { (Self.base, $0) }
        let found = await repeatedPairs(pairs, language: language)
        #expect(found == Set(pairs.indices), "missed: \(Set(pairs.indices).subtracting(found).sorted())")
    }

    @Test("Latin-1 capitals and spaces at every place in an eight-byte step")
    func everyAlignment() async {
        // Words of many lengths, full of two-byte letters, so that a space, the first byte of
        // a letter and its second byte each fall last in a step at one shift or another.
        let text = "Äänestää ÖLJYÄ å ÅÅ öÖ äÄä ÄÄÄÄÄÄÄ Ölkkä ää Å ÄÖÅäöå x Äx xÄ ÉÈÊËÍÎÏ ÜÝÞ"
        var pairs: [(String, String)] = []
        for shift in 0..<16 {
            let pad = String(repeating: " ", count: shift)
            pairs.append((pad + text, text.lowercased()))
            pairs.append((text.uppercased(), pad + text.lowercased().replacingOccurrences(of: " ", with: "  ")))
            pairs.append((pad + text.replacingOccurrences(of: " ", with: shift % 2 == 0 ? " \t" : "\u{00A0}"), text))
        }
        let found = await repeatedPairs(pairs)
        #expect(found == Set(pairs.indices), "missed: \(Set(pairs.indices).subtracting(found).sorted())")
    }

    @Test("capitals beyond Latin-1 fold too: Czech, Polish, Hungarian, Greek, Cyrillic")
    func otherScripts() async {
        let statements = ["Žák PŘIPRAVÍ pracoviště a ŘÍDÍ práci", "UCZEŃ PRZYGOTOWUJE ŁÓDŹ i Źródło",
                          "A TANULÓ ELŐKÉSZÍTI a Munkát ŐSSZEL", "Ο ΜΑΘΗΤΗΣ ΠΡΟΕΤΟΙΜΑΖΕΙ την εργασία",
                          "УЧЕНИК ГОТОВИТ Рабочее МЕСТО", "Œuvre ŒUVRE Ǆ ǅ ǆ Ẽ ẽ"]
        var pairs: [(String, String)] = []
        for statement in statements {
            for shift in 0..<8 {
                pairs.append((String(repeating: " ", count: shift) + statement, statement.lowercased()))
                pairs.append((statement.uppercased(), String(repeating: " ", count: shift) + statement.lowercased()))
            }
        }
        let found = await repeatedPairs(pairs)
        #expect(found == Set(pairs.indices), "missed: \(Set(pairs.indices).subtracting(found).sorted())")
    }

    @Test("statements that differ in one letter are not the same")
    func differentStatements() async {
        let characters = Array(Self.base)
        var pairs: [(String, String)] = []
        for offset in stride(from: 0, to: characters.count, by: 3) where characters[offset] != " " {
            var changed = characters
            changed[offset] = changed[offset] == "x" ? "y" : "x"
            pairs.append((Self.base, String(changed)))
        }
        pairs.append((Self.base, Self.base + "!"))
        pairs.append(("ab cd", "abcd"))
        let found = await repeatedPairs(pairs)
        #expect(found.isEmpty, "matched: \(found.sorted())")
    }
}

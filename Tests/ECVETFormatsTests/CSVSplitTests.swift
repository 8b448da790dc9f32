import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

/// A learning-outcomes table of 8 MB or more is read by two threads at once, cut after a line
/// break near its middle. These tests check that nothing of that can be seen: the same outcomes
/// in the same order, the places of a table read in one piece, criteria on the right outcomes,
/// and the same diagnostics, also when the cut falls inside a quoted multi-line cell.
@Suite("Large CSV tables read in two parts")
struct CSVSplitTests {
    static let count = 24_000

    /// A catalogue whose learning-outcomes table is over 8 MB: Finnish, Swedish and English
    /// statements, some with quotes and line breaks, criteria on outcomes across the table,
    /// and one id used twice (once early, once late).
    func bigCatalogue(longCell: Int? = nil) -> Catalogue {
        var catalogue = Catalogue()
        catalogue.title = LocalizedText(["fi": "Suuri luettelo"])
        for index in 0..<Self.count {
            let id = index == 10 || index == Self.count - 10 ? "LO-twice" : "LO-\(index)"
            var fi = "Opiskelija suunnittelee työnsä \(index) ja toimii työturvallisuusmääräysten mukaisesti, käyttää välineitä ergonomisesti ja säästää energiaa."
            if index % 97 == 0 { fi += "\n\"Lainaus\" toisella rivillä;\nja kolmannella." }
            if index == longCell { fi = String(repeating: "pitkä rivi, \"lainattu\"\n", count: 40_000) }
            var outcome = LearningOutcome(id: id, category: LearningOutcomeCategory(index % 2 == 0 ? "knowledge" : "skills"),
                                          text: LocalizedText(["fi": fi,
                                                               "sv": "Den studerande planerar sitt arbete \(index) självständigt och följer säkerhetsföreskrifterna.",
                                                               "en": "The student plans the work \(index) and follows the safety regulations – ergonomically."]),
                                          escoSkills: [Reference("http://data.europa.eu/esco/skill/\(index)-a"), Reference("http://data.europa.eu/esco/skill/\(index)-b")])
            if index % 1_000 == 7 || id == "LO-twice" {
                outcome.assessmentCriteria = [AssessmentCriterion(level: "1", title: LocalizedText(["fi": "Tyydyttävä T1"]),
                                                                  text: LocalizedText(["fi": "Arvio \(index)"]))]
            }
            catalogue.learningOutcomes.append(outcome)
        }
        catalogue.units = [ECVETModel.Unit(id: "U-1", title: LocalizedText(["fi": "Osa"]),
                                           learningOutcomes: [Reference("LO-0"), Reference("LO-\(Self.count - 1)")])]
        return catalogue
    }

    func tables(of catalogue: Catalogue) throws -> String {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("tables").path
        try ECVET.writeWithoutChecks(catalogue, as: .csvTables, to: folder)
        return folder
    }

    /// The 1-based line where each row of `table` starts, by its first cell.
    func rowLines(_ path: String) throws -> [String: [Int]] {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        var lines: [String: [Int]] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix("LO-") {
            lines[String(line.prefix { $0 != "," }), default: []].append(index + 1)
        }
        return lines
    }

    func check(_ read: Catalogue, against written: Catalogue, lines: [String: [Int]]) {
        #expect(read.learningOutcomes.count == written.learningOutcomes.count)
        #expect(read.learningOutcomes.map(\.id) == written.learningOutcomes.map(\.id))
        #expect(read.learningOutcomes.map(\.text) == written.learningOutcomes.map(\.text))
        var seen: [String: Int] = [:]
        for (index, outcome) in read.learningOutcomes.enumerated() {
            let occurrence = seen[outcome.id, default: 0]
            seen[outcome.id] = occurrence + 1
            guard index % 499 == 0 || index == read.learningOutcomes.count - 1 || outcome.id == "LO-twice" else { continue }
            #expect(outcome.location.line == lines[outcome.id]?[occurrence], "outcome \(index)")
            #expect(outcome.location.path == "/learningOutcomes/\(index)")
            #expect(outcome.category?.location.path == "/learningOutcomes/\(index)/category")
            #expect(outcome.category?.location.line == outcome.location.line)
            #expect(outcome.escoSkills.map(\.location.path) == ["/learningOutcomes/\(index)/escoSkills", "/learningOutcomes/\(index)/escoSkills"])
        }
        // Criteria of an id used twice belong to its last outcome, as in a table read in one piece.
        let twice = read.learningOutcomes.indices.filter { read.learningOutcomes[$0].id == "LO-twice" }
        #expect(twice.count == 2)
        #expect(read.learningOutcomes[twice[0]].assessmentCriteria.isEmpty)
        #expect(read.learningOutcomes[twice[1]].assessmentCriteria.count == 2)
        for index in stride(from: 7, to: Self.count, by: 1_000) {
            let criteria = read.learningOutcomes[index].assessmentCriteria
            #expect(criteria.map(\.text) == written.learningOutcomes[index].assessmentCriteria.map(\.text))
            #expect(criteria.first?.location.path == "/learningOutcomes/\(index)/assessmentCriteria/0")
        }
    }

    @Test("a large table read in two parts gives the outcomes, places and criteria of the table")
    func sameAsWhole() throws {
        let written = bigCatalogue()
        let folder = try tables(of: written)
        let table = "\(folder)/learning-outcomes.csv"
        let size = try #require(try FileManager.default.attributesOfItem(atPath: table)[.size] as? Int)
        #expect(size > 8 << 20, "the table must be large enough to be cut")
        let loaded = ECVET.read(path: folder)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.prefix(3).map(\.formatted))")
        check(try #require(loaded.catalogue), against: written, lines: try rowLines(table))
    }

    @Test("a cut inside a quoted cell of many lines is found, and the table read again whole")
    func cutInsideQuotedCell() throws {
        // A cell of 40,000 lines around the middle of the table: the cut falls inside it.
        let written = bigCatalogue(longCell: Self.count / 2 + 500)
        let folder = try tables(of: written)
        let loaded = ECVET.read(path: folder)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.prefix(3).map(\.formatted))")
        check(try #require(loaded.catalogue), against: written, lines: try rowLines("\(folder)/learning-outcomes.csv"))
    }

    @Test("problems late in a large table are reported at their lines and paths")
    func lateProblems() throws {
        let folder = try tables(of: bigCatalogue())
        let table = "\(folder)/learning-outcomes.csv"
        var text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: table)), as: UTF8.self)
        let lines = try rowLines(table)
        let missingLine = try #require(lines["LO-\(Self.count - 100)"]?.first)
        let shortLine = try #require(lines["LO-\(Self.count - 50)"]?.first)
        text = text.replacingOccurrences(of: "\nLO-\(Self.count - 100),", with: "\n,")
        text = text.replacingOccurrences(of: "\nLO-\(Self.count - 50),", with: "\nLO-\(Self.count - 50)\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: table))
        let loaded = ECVET.read(path: folder)
        let missing = try #require(loaded.diagnostics.first { $0.id == .missingKey })
        #expect(missing.location?.line == missingLine)
        #expect(missing.location?.path == "/learningOutcomes/\(Self.count - 100)")
        let short = try #require(loaded.diagnostics.first { $0.id == .csvSyntax })
        #expect(short.location?.line == shortLine)
    }

    @Test("invalid UTF-8 late in a large table stops the reading at its line")
    func lateInvalidBytes() throws {
        let folder = try tables(of: bigCatalogue())
        let table = "\(folder)/learning-outcomes.csv"
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: table)))
        let line = try #require(try rowLines(table)["LO-\(Self.count - 20)"]?.first)
        let marker = Array("\nLO-\(Self.count - 20),".utf8)
        let at = try #require(bytes.indices.first { bytes[$0] == 0x0A && bytes[$0..<min(bytes.count, $0 + marker.count)].elementsEqual(marker) })
        bytes[at + marker.count + 2] = 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: table))
        let loaded = ECVET.read(path: folder)
        #expect(loaded.catalogue == nil)
        #expect(loaded.diagnostics.last?.id == .invalidEncoding)
        #expect(loaded.diagnostics.last?.location?.line == line)
    }
}

import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// The mobility documents through the `ecvet` binary: validate, convert, inspect, recognise.
@Suite("Mobility commands")
struct MobilityCommandTests {
    static let catalogues = ["--catalogue", "Fixtures/valid/fi-vocational-catalogue.json",
                             "--catalogue", "Fixtures/valid/eu-multilingual-catalogue.json"]

    @Test("validate: a folder of an MoU, agreements and transcripts against both catalogues is clean")
    func validateFolder() throws {
        let result = try CommandRunner.run(["validate", "Fixtures/mobility"] + Self.catalogues)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "checked 8 files, 10 mobility documents: 0 errors, 0 warnings\n")
    }

    @Test("validate: catalogues may be plain inputs, and are then checked themselves")
    func cataloguesAsInputs() throws {
        let result = try CommandRunner.run(["validate", "Fixtures/mobility/mou-fi-de-logistics.yaml", "Fixtures/mobility/la-aino-esimerkki.yaml",
                                            "Fixtures/valid/fi-vocational-catalogue.json", "--today", "2026-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("checked 3 files, 3 qualifications, 19 units, 2 mobility documents: 0 errors"), "\(result.stderr)")
    }

    @Test("validate: a fault is an error at its place, with exit status 1")
    func validateFault() throws {
        let result = try CommandRunner.run(["validate", "Fixtures/mobility/mou-fi-de-logistics.yaml",
                                            "Fixtures/invalid/mobility/V33-la-points-exceed-unit.yaml"] + Self.catalogues)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Fixtures/invalid/mobility/V33-la-points-exceed-unit.yaml:40:13: error: [V33 agreed-units-in-catalogue] "),
                "\(result.stderr)")
        #expect(result.stderr.contains("    points: \"16\"\n"), "the source line is shown")
    }

    @Test("convert: YAML to XML to JSON keeps the document, and a Europass format is refused")
    func convert() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = folder.appendingPathComponent("la.xml").path
        let first = try CommandRunner.run(["convert", "Fixtures/mobility/la-aino-esimerkki.yaml", "-o", xml])
        #expect(first.status == 0, "\(first.stderr)")
        let viaXML = try CommandRunner.run(["convert", xml, "--to", "json"])
        let direct = try CommandRunner.run(["convert", "Fixtures/mobility/la-aino-esimerkki.yaml", "--to", "json"])
        #expect(viaXML.status == 0 && direct.status == 0)
        #expect(viaXML.stdout == direct.stdout)
        #expect(direct.stdout.hasPrefix("{\n  \"format\": \"ecvet-learning-agreement/1\",\n  \"id\": \"LA-2025-FI-DE-017\","))
        let europass = try CommandRunner.run(["convert", "Fixtures/mobility/la-aino-esimerkki.yaml", "--to", "europass-xml", "-o",
                                              folder.appendingPathComponent("loq.xml").path])
        #expect(europass.status == 2)
        #expect(europass.stderr.contains("a learning agreement is converted to json, yaml, xml, not europass-xml"), "\(europass.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("loq.xml").path))
    }

    @Test("convert: a batch of documents into a folder, one output each")
    func convertBatch() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["convert", "Fixtures/mobility/mou-fi-de-logistics.yaml", "Fixtures/mobility/la-sofia-nieminen.xml",
                                            "Fixtures/mobility/transcript-sofia-nieminen.xml", "--to", "yaml", "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["la-sofia-nieminen.yaml", "mou-fi-de-logistics.yaml", "transcript-sofia-nieminen.yaml"])
        let back = try CommandRunner.run(["validate", folder.path] + Self.catalogues)
        #expect(back.stderr.contains("checked 3 files, 3 mobility documents: 0 errors"), "\(back.stderr)")
    }

    @Test("recognise: the units achieved, their points, and the points towards the qualification")
    func recognise() throws {
        let result = try CommandRunner.run(["recognise", "Fixtures/mobility/transcript-elias-virtanen.json",
                                            "--agreement", "Fixtures/mobility/la-elias-virtanen.json",
                                            "--catalogue", "Fixtures/valid/fi-vocational-catalogue.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Transcript PT-2025-FI-DE-018 of learning agreement LA-2025-FI-DE-018")
        #expect(lines[1] == "Learner: Elias Virtanen")
        #expect(lines[2] == "Qualification: Q-LOG-PT Logistiikan perustutkinto (EQF 4), 180 points")
        #expect(lines.contains { $0.hasPrefix("  U-LOG-104 ") && $0.hasSuffix("15 points    unit achieved 2025-10-31") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("  U-YTO-VV part P-VV-VVVK ") && $0.hasSuffix("(3 planned)  failed 2025-11-05") }, "\(result.stdout)")
        #expect(lines.contains("Recognised: 15 points of 18 planned; 15 of 180 towards the qualification (8.3 %)"))
    }

    @Test("recognise --format json, and exit 1 when the transcript has errors")
    func recogniseJSON() throws {
        let result = try CommandRunner.run(["recognise", "Fixtures/invalid/mobility/V26-transcript-points-differ-from-unit.yaml",
                                            "--agreement", "Fixtures/mobility/la-aino-esimerkki.yaml",
                                            "--catalogue", "Fixtures/valid/fi-vocational-catalogue.json", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[V26 transcript-credit]"))
        let summary = try JSONDecoder().decode(RecognitionSummary.self, from: Data(result.stdout.utf8))
        #expect(summary.items.map(\.unit) == ["U-LOG-107", "U-YTO-VV"])
        // The catalogue's 15 points count, not the 12 the transcript wrongly awards.
        #expect(summary.items.map(\.pointsRecognised) == ["15", "3"])
        #expect(summary.pointsRecognised == "18")
        #expect(summary.pointsPlanned == "18")
        #expect(summary.items.map(\.completesUnit) == [true, false])
    }

    @Test("recognise refuses a document that is not a transcript")
    func recogniseWrongDocument() throws {
        let result = try CommandRunner.run(["recognise", "Fixtures/mobility/la-aino-esimerkki.yaml",
                                            "--catalogue", "Fixtures/valid/fi-vocational-catalogue.json"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: Fixtures/mobility/la-aino-esimerkki.yaml is not a personal transcript\n")
    }

    @Test("recognise refuses another learner's agreement, naming both")
    func recogniseOtherAgreement() throws {
        let result = try CommandRunner.run(["recognise", "Fixtures/mobility/transcript-elias-virtanen.json",
                                            "--agreement", "Fixtures/mobility/la-aino-esimerkki.yaml",
                                            "--catalogue", "Fixtures/valid/fi-vocational-catalogue.json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("is the learning agreement LA-2025-FI-DE-017; the transcript reports on LA-2025-FI-DE-018"), "\(result.stderr)")
    }

    @Test("several outputs and -o named like a file: refused, no folder of that name made", arguments: [
        ["convert", "Fixtures/mobility/la-group-autumn-2026-semicolon-bom-crlf.csv", "--to", "json", "-o", "OUT/group.json"],
        ["render", "Fixtures/mobility/la-aino-esimerkki.yaml", "Fixtures/mobility/la-elias-virtanen.json", "-o", "OUT/two.html"],
        ["convert", "Fixtures/valid/fi-vocational-catalogue.json", "Fixtures/valid/eu-multilingual-catalogue.json", "--to", "yaml", "-o", "OUT/two.yaml"],
    ])
    func folderNamedLikeFile(_ arguments: [String]) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(arguments.map { $0.replacingOccurrences(of: "OUT", with: folder.path) })
        #expect(result.status == 2)
        #expect(result.stderr.contains("need -o FOLDER, a file each"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a finding far into a long CSV row shows the part of the row around it, with its caret")
    func longRowExcerpt() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOfFile: Fixtures.path("mobility/la-group-autumn-2026-semicolon-bom-crlf.csv"), encoding: .utf8)
        let rows = text.components(separatedBy: "\r\n")
        let row = rows[2]
        let end = try #require(row.range(of: ";2026-11-13;"))
        text = text.replacingOccurrences(of: row, with: row.replacingCharacters(in: end, with: ";2028-01-01;"))
        let csv = folder.appendingPathComponent("group.csv")
        try Data(text.utf8).write(to: csv)
        let result = try CommandRunner.run(["validate", "Fixtures/mobility/mou-fi-de-logistics.yaml", csv.path,
                                            "--catalogue", "Fixtures/valid/fi-vocational-catalogue.json"])
        let lines = result.stderr.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex { $0.contains("[V31 mobility-period]") }, "\(result.stderr)")
        let excerpt = lines[at + 1], caret = lines[at + 2]
        #expect(excerpt.hasPrefix("    …"), "cut before the column: \(excerpt)")
        let column = caret.distance(from: caret.startIndex, to: try #require(caret.firstIndex(of: "^")))
        #expect(excerpt.dropFirst(column).hasPrefix("2028-"), "\(excerpt)\n\(caret)")
    }

    @Test("recognise refuses an agreement of another learner, even under the id the transcript names")
    func recogniseOtherLearner() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elias = try String(contentsOfFile: Fixtures.path("mobility/la-elias-virtanen.json"), encoding: .utf8)
        let renamed = folder.appendingPathComponent("la.json")
        try Data(elias.replacingOccurrences(of: "LA-2025-FI-DE-018", with: "LA-2025-FI-DE-017").utf8).write(to: renamed)
        let result = try CommandRunner.run(["recognise", "Fixtures/mobility/transcript-aino-esimerkki.yaml", "--agreement", renamed.path,
                                            "--catalogue", "Fixtures/valid/fi-vocational-catalogue.json"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("is the learning agreement of Elias Virtanen; the transcript is Aino Esimerkki's"), "\(result.stderr)")
    }

    @Test("inspect: what each document holds")
    func inspect() throws {
        let result = try CommandRunner.run(["inspect", "Fixtures/mobility/la-sofia-nieminen.xml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Fixtures/mobility/la-sofia-nieminen.xml (learning agreement, xml)
              id                 LA-2025-FI-DE-019  (within MoU-2024-FI-DE-LOG-01)
              organisations      fi-home Pohjanrannikon ammattiopisto; de-host Berufsschule Elbhafen
              learner            Sofia Nieminen
              period             2025-04-07 – 2025-05-30
              qualifications     Q-LOG-PT
              units              1  (15 points)
              signatures         3

            """)
    }
}

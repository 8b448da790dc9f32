import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

@Suite("YAML catalogues")
struct YAMLTests {
    func events(_ text: String) throws(SyntaxError) -> [(TreeEvent, Int, Int)] {
        let reader = YAMLEventReader(input: ByteInput(bytes: Array(text.utf8), name: "t.yaml"))
        var result: [(TreeEvent, Int, Int)] = []
        while true {
            let event = try reader.next()
            result.append((event, reader.eventLine, reader.eventColumn()))
            if event == .end { return result }
        }
    }

    func failure(_ text: String, aliasBudget: Int = 1_000_000) -> Diagnostic? {
        failure(Array(text.utf8), aliasBudget: aliasBudget)
    }

    func failure(_ bytes: [UInt8], aliasBudget: Int = 1_000_000) -> Diagnostic? {
        let reader = YAMLEventReader(input: ByteInput(bytes: bytes, name: "t.yaml"), aliasBudget: aliasBudget)
        do {
            while try reader.next() != .end {}
            return nil
        } catch {
            return error.diagnostic
        }
    }

    /// The 1-based line of the handwritten fixture that holds `text`.
    func lineOf(_ text: String) throws -> Int {
        let content = String(decoding: try Fixtures.bytes("valid/fi-sv-restaurang-handwritten.yaml"), as: UTF8.self)
        let lines = content.components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test("events carry 1-based lines and columns in code points")
    func locations() throws {
        let found = try events("# comment\nnimi:\n  fi: \"Sähkö\"  # trailing\n  sv: El\nlaajuus: [7,5, yes]\n")
        let expected: [(TreeEvent, Int, Int)] = [
            (.objectStart, 2, 1),
            (.key("nimi"), 2, 1),
            (.objectStart, 3, 3),
            (.key("fi"), 3, 3),
            (.scalar("Sähkö", .string), 3, 7),
            (.key("sv"), 4, 3),
            (.scalar("El", .plain), 4, 7),
            (.objectEnd, 5, 1),
            (.key("laajuus"), 5, 1),
            (.arrayStart, 5, 10),
            (.scalar("7", .plain), 5, 11),
            (.scalar("5", .plain), 5, 13),
            (.scalar("yes", .plain), 5, 16),
            (.arrayEnd, 5, 19),
            (.objectEnd, 6, 1),
            (.end, 6, 1),
        ]
        #expect(found.count == expected.count)
        for (got, want) in zip(found, expected) {
            #expect(got.0 == want.0)
            #expect(got.1 == want.1, "line of \(want.0)")
            #expect(got.2 == want.2, "column of \(want.0)")
        }
    }

    @Test("aliases are expanded where they stand")
    func aliases() throws {
        let found = try events("a: &x {k: [1, 2]}\nb: *x\n").map(\.0)
        #expect(found == [
            .objectStart, .key("a"), .objectStart, .key("k"), .arrayStart, .scalar("1", .plain), .scalar("2", .plain),
            .arrayEnd, .objectEnd, .key("b"), .objectStart, .key("k"), .arrayStart, .scalar("1", .plain),
            .scalar("2", .plain), .arrayEnd, .objectEnd, .objectEnd, .end,
        ])
    }

    @Test("an alias bomb is refused quickly, in bounded memory")
    func aliasBomb() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in 1...12 {
            let name = "l\(level)"
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let started = ContinuousClock.now
        let diagnostic = failure(text)
        #expect(diagnostic?.id == .aliasExpansion)
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test("syntax problems get clear messages at their place")
    func syntaxErrors() {
        let tab = failure("a:\n\tb: 1\n")
        #expect(tab?.id == .yamlSyntax)
        #expect(tab?.message.contains("tab") == true)
        #expect(tab?.location?.line == 2)

        let unclosed = failure("a: [1, 2\nb: 3\n")
        #expect(unclosed?.id == .yamlSyntax)

        let twoDocuments = failure("a: 1\n---\nb: 2\n")
        #expect(twoDocuments?.message.contains("more than one YAML document") == true)
        #expect(twoDocuments?.location?.line == 2)

        let unknownAlias = failure("a: *nowhere\n")
        #expect(unknownAlias?.message.contains("names no anchor") == true)

        let invalid = failure(Array("a: ab".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        #expect(invalid?.id == .invalidEncoding)
        #expect(invalid?.location?.line == 1)
    }

    @Test("yes, no, on and off stay text where the model expects text; plain numbers read as points")
    func plainScalars() throws {
        let loaded = ECVET.read(bytes: Array("""
            format: ecvet-catalogue/1
            units:
              - id: U1
                code: 0123
                title: {no: Nei, en: no}
                credits:
                  points: 7,5
                x-flag: yes
                x-count: 12
            """.utf8), name: "t.yaml", format: .yaml)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        let unit = try #require(loaded.catalogue?.units.first)
        #expect(unit.code == "0123")
        #expect(unit.title["no"] == "Nei")
        #expect(unit.title["en"] == "no")
        #expect(unit.credits?.amount?.value == Decimal(string: "7.5"))
        #expect(unit.extensions.map(\.value) == [.string("yes"), .number("12")])
    }

    @Test("the handwritten fixture reads block scalars, anchors and comments as meant")
    func handwritten() throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path("valid/fi-sv-restaurang-handwritten.yaml")).catalogue)
        let qualification = try #require(catalogue.qualifications.first)
        #expect(qualification.description["sv"] == "Den som avlagt examen lagar mat och betjänar kunder i restauranger, storkök och caféer.\n")
        let criterion = try #require(catalogue.units[0].assessment?.criteria.first)
        #expect(criterion.text["sv"] == "Den studerande planerar sitt arbete självständigt\noch följer hygienkraven.\n")
        #expect(catalogue.units[1].assessment?.procedures == catalogue.units[0].assessment?.procedures)
        #expect(catalogue.units[2].location.line == (try lineOf("- id: U-REST-03")))
        #expect(catalogue.units[2].location.column == 5)
        #expect(catalogue.units[2].location.path == "/units/2")
    }

    @Test("a BOM and CRLF line ends read the same as the plain file")
    func bomAndCRLF() throws {
        let plain = ECVET.read(path: Fixtures.path("valid/fi-sv-restaurang-handwritten.yaml"))
        let windows = ECVET.read(path: Fixtures.path("valid/fi-sv-restaurang-bom-crlf.yaml"))
        #expect(windows.diagnostics.isEmpty)
        #expect(windows.catalogue == plain.catalogue)
        #expect(windows.catalogue?.units[2].location.line == (try lineOf("- id: U-REST-03")))
    }

    @Test("JSON → YAML → JSON gives byte-identical canonical JSON", arguments: Fixtures.files(in: "valid"))
    func roundTrip(fixture: String) throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        let json = try ECVET.bytes(of: catalogue, as: .json)
        let yaml = try ECVET.bytes(of: catalogue, as: .yaml)
        let back = ECVET.read(bytes: yaml, name: "back.yaml")
        #expect(back.format == .yaml, "detected from the content")
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics.map(\.formatted))")
        #expect(back.catalogue == catalogue)
        #expect(try ECVET.bytes(of: try #require(back.catalogue), as: .json) == json)
        #expect(try ECVET.bytes(of: try #require(back.catalogue), as: .yaml) == yaml)
    }

    @Test("the writer keeps text readable: UTF-8 as is, block scalars, quotes only where needed")
    func writerStyle() throws {
        let catalogue = Catalogue(
            title: LocalizedText(["fi": "Sähkö- ja automaatiotekniikka", "no": "yes"]),
            version: "2025.1",
            units: [Unit(id: "U1", description: LocalizedText(["en": "line one\nline two\n"]),
                         credits: CreditPoints("7.5"))]
        )
        let text = String(decoding: try ECVET.bytes(of: catalogue, as: .yaml), as: UTF8.self)
        #expect(text.contains("fi: Sähkö- ja automaatiotekniikka\n"))
        #expect(text.contains("\"no\": \"yes\"\n"))
        #expect(text.contains("version: \"2025.1\"\n"))
        #expect(text.contains("points: \"7.5\"\n"))
        #expect(text.contains("en: |\n      line one\n      line two\n"))
        #expect(ECVET.read(bytes: Array(text.utf8), name: "w.yaml").catalogue == catalogue)
    }

    @Test("the CLI converts YAML and back, with -o's extension naming the format")
    func commandLine() throws {
        let folder = try Fixtures.temporaryFolder()
        let yaml = folder.appendingPathComponent("c.yml").path
        let json = folder.appendingPathComponent("c.json").path
        #expect(try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "-o", yaml]).status == 0)
        #expect(try CommandRunner.run(["convert", yaml, "-o", json]).status == 0)
        let direct = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "--to", "json"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: json)) == Data(direct.stdoutBytes))
    }
}

@Suite("Reading small YAML documents")
struct TreeNodeTests {
    @Test("a configuration file reads into nodes with places")
    func config() throws {
        let node = try TreeNode.readYAML("""
            # .ecvet.yaml
            profile: eqf
            rules:
              V11: off
              V12: {severity: warning}
            defaults:
              eqfLevel: 4
              iscedF: [ "0713", "0714" ]
            """, name: ".ecvet.yaml")
        #expect(node["profile"]?.text == "eqf")
        #expect(node["rules"]?["V11"]?.text == "off", "off stays text")
        #expect(node["rules"]?["V12"]?["severity"]?.text == "warning")
        #expect(node["defaults"]?["iscedF"]?.items.compactMap(\.text) == ["0713", "0714"])
        #expect(node["defaults"]?["eqfLevel"]?.location.line == 7)
        #expect(node["defaults"]?["eqfLevel"]?.location.column == 13)
        #expect(node.pairs.map(\.key) == ["profile", "rules", "defaults"])
        #expect(node.pairs[1].keyLocation.line == 3)
    }

    @Test("an empty file is an empty mapping; broken YAML is an error with its place")
    func edges() throws {
        #expect(try TreeNode.readYAML("# nothing\n", name: "e.yaml") == .mapping([], .none))
        #expect(throws: SyntaxError.self) { try TreeNode.readYAML("a: [1, 2\n", name: "b.yaml") }
    }
}

@Suite("YAML encoding errors")
struct YAMLEncodingErrorTests {
    @Test("bytes that are not UTF-8 are reported at their line and column, not at 1:1")
    func located() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("bad.yaml")
        try Data("format: ecvet-catalogue/1\nqualifications:\n  - id: Q-1\n    title: {en: \"bad ".utf8 + [0xC3, 0x28] + " here\"}\n".utf8)
            .write(to: file)
        let loaded = ECVET.read(path: file.path)
        let problem = try #require(loaded.diagnostics.first)
        #expect(problem.id == .invalidEncoding)
        #expect(problem.location?.line == 4 && problem.location?.column == 23, "\(problem.formatted)")
    }
}

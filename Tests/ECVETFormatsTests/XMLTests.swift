import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

@Suite("XML catalogues")
struct XMLTests {
    @Test("the embedded schema is Schemas/ecvet-catalogue.xsd (run Schemas/embed.py after editing it)")
    func embeddedSchema() throws {
        let file = String(decoding: try Data(contentsOf: Fixtures.repository.appendingPathComponent("Schemas/ecvet-catalogue.xsd")),
                          as: UTF8.self)
        #expect(EmbeddedSchemas.catalogue + "\n" == file)
    }

    @Test("the embedded Europass bundle is Schemas/europass/elm-3.1, file for file (run Schemas/embed.py after editing it)")
    func embeddedEuropassSchema() throws {
        let folder = Fixtures.repository.appendingPathComponent("Schemas/europass/elm-3.1")
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xsd") }
        #expect(Set(EmbeddedEuropassSchema.files.map(\.path)) == Set(onDisk))
        for (path, text) in EmbeddedEuropassSchema.files {
            let file = String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
            #expect(text + "\n" == file, "\(path) differs")
        }
    }

    @Test("JSON → XML → JSON gives byte-identical canonical JSON, and the XML follows the XSD",
          arguments: Fixtures.files(in: "valid"))
    func roundTrip(fixture: String) throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        let xml = try ECVET.bytes(of: catalogue, as: .xml)
        let back = ECVET.read(bytes: xml, name: "back.xml")
        #expect(back.format == .xml)
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics.map(\.formatted))")
        #expect(back.catalogue == catalogue)
        #expect(try ECVET.bytes(of: try #require(back.catalogue), as: .json) == (try ECVET.bytes(of: catalogue, as: .json)))
        #expect(try ECVET.bytes(of: try #require(back.catalogue), as: .xml) == xml)
    }

    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test("what the writer produces validates with xmllint --nonet --noout --schema Schemas/ecvet-catalogue.xsd",
          .enabled(if: xmllint != nil, "needs xmllint (apt-get install libxml2-utils)"),
          arguments: Fixtures.files(in: "valid"))
    func xmllintAgrees(fixture: String) throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        let file = try Fixtures.temporaryFolder().appendingPathComponent("out.xml")
        try Data(try ECVET.bytes(of: catalogue, as: .xml)).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.xmllint))
        process.arguments = ["--nonet", "--noout", "--schema",
                             Fixtures.repository.appendingPathComponent("Schemas/ecvet-catalogue.xsd").path, file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }

    @Test("encodings: ISO-8859-1 and UTF-16 declared, a UTF-8 byte order mark", arguments: [
        ("valid/de-lagerlogistik-latin1.xml", "valid/eu-multilingual-catalogue.json"),
        ("valid/fi-sv-restaurang-utf16.xml", "valid/fi-sv-restaurang-handwritten.yaml"),
        ("valid/fi-vocational-catalogue-bom.xml", "valid/fi-vocational-catalogue.json"),
    ])
    func encodings(xml: String, original: String) throws {
        let loaded = ECVET.read(path: Fixtures.path(xml))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        #expect(loaded.catalogue == ECVET.read(path: Fixtures.path(original)).catalogue)
    }

    @Test("schema errors carry a line and no column; reading goes on")
    func schemaErrors() throws {
        let loaded = ECVET.read(path: Fixtures.path("invalid/xml-schema-unknown-element.xml"))
        #expect(loaded.diagnostics.count == 1)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.id == .xmlSchema)
        #expect(diagnostic.location?.line == 11)
        #expect(diagnostic.location?.column == nil)
        #expect(diagnostic.formatted.hasPrefix(Fixtures.path("invalid/xml-schema-unknown-element.xml") + ":11: error: [X01 xml-schema]"))
        #expect(loaded.catalogue?.qualifications.first?.eqfLevel == nil, "the misspelt element is no EQF level")
    }

    @Test("hostile XML is refused safely, and what it points at is never read", arguments: [
        ("hostile/xxe-external-entity.xml", 2),
        ("hostile/xxe-parameter-entity-url.xml", 2),
        ("hostile/billion-laughs.xml", nil),
        ("hostile/quadratic-blowup.xml", 2),
    ] as [(String, Int?)])
    func hostile(fixture: String, line: Int?) throws {
        let started = ContinuousClock.now
        let result = try CommandRunner.run(["convert", "Fixtures/\(fixture)", "--to", "json"])
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("[S14 xml-forbidden]"), "\(result.stderr)")
        if let line { #expect(result.stderr.hasPrefix("Fixtures/\(fixture):\(line): error:")) }
        #expect(!result.stderr.contains("root:"), "the contents of /etc/passwd never appear")
    }

    @Test("invalid bytes are reported with their line")
    func invalidBytes() throws {
        let loaded = ECVET.read(path: Fixtures.path("hostile/invalid-utf8-bytes.xml"))
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.id == .invalidEncoding)
        #expect(diagnostic.location?.line == 3)
        #expect(loaded.catalogue == nil)
    }

    @Test("lines beyond 100,000 are exact, for entities and for schema errors")
    func bigLines() throws {
        var catalogue = Catalogue()
        for index in 0..<30_000 {
            catalogue.units.append(ECVETModel.Unit(id: "U-\(index)", title: LocalizedText(["fi": "Osa \(index)"]),
                                                   credits: CreditPoints(index == 29_999 ? "999" : "5")))
        }
        var text = String(decoding: try ECVET.bytes(of: catalogue, as: .xml), as: UTF8.self)
        text = text.replacingOccurrences(of: "<credits points=\"999\"/>", with: "<credits points=\"999\" pointz=\"5\"/>")
        let lines = text.components(separatedBy: "\n")
        let unitLine = try #require(lines.firstIndex { $0.contains("<unit id=\"U-29999\">") }) + 1
        let creditsLine = try #require(lines.firstIndex { $0.contains("pointz=\"5\"") }) + 1
        #expect(unitLine > 100_000)

        let loaded = ECVET.read(bytes: Array(text.utf8), name: "big.xml")
        #expect(loaded.diagnostics.map(\.id) == [.xmlSchema])
        #expect(loaded.diagnostics.first?.location?.line == creditsLine)
        let read = try #require(loaded.catalogue)
        #expect(read.units[29_999].location.line == unitLine)
        #expect(read.units[29_999].location.path == "/units/29999")
        #expect(read.units[29_999].credits?.location.line == creditsLine)
        let middleLine = try #require(lines.firstIndex { $0.contains("<unit id=\"U-20000\">") }) + 1
        #expect(read.units[20_000].location.line == middleLine)
    }

    @Test("unknown fields of JSON survive XML as <field> elements; elements of other namespaces are kept")
    func extensions() throws {
        let json = """
            {"format": "ecvet-catalogue/1", "x-meta": {"n": 1, "ok": true, "tags": ["a", null]},
             "units": [{"id": "U1", "x-note": "pidä"}]}
            """
        let catalogue = try #require(ECVET.read(bytes: Array(json.utf8), name: "e.json").catalogue)
        let xml = String(decoding: try ECVET.bytes(of: catalogue, as: .xml), as: UTF8.self)
        #expect(xml.contains("<field name=\"x-note\" type=\"string\">pidä</field>"))
        #expect(ECVET.read(bytes: Array(xml.utf8), name: "e.xml").catalogue == catalogue)

        let foreign = """
            <?xml version="1.0"?>
            <catalogue xmlns="urn:ecvetkit:catalogue:1" xmlns:reg="urn:example:register" version="1">
              <reg:note>kept</reg:note>
              <units><unit id="U1"><title language="en">Welding</title></unit></units>
            </catalogue>
            """
        let loaded = ECVET.read(bytes: Array(foreign.utf8), name: "f.xml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        #expect(loaded.catalogue?.extensions.first?.key == "{urn:example:register}note")
        #expect(loaded.catalogue?.extensions.first?.value == .string("kept"))
    }

    @Test("an XML document that is not a catalogue is named for what it is")
    func otherRoot() throws {
        let loaded = ECVET.read(bytes: Array("<?xml version=\"1.0\"?>\n<Accreditations xmlns=\"http://data.europa.eu/snb/model/ap/ams-constraints/\"/>".utf8),
                                name: "ams.xml")
        #expect(loaded.catalogue == nil)
        #expect(loaded.diagnostics.first?.id == .unknownInputFormat)
        #expect(loaded.diagnostics.first?.message.contains("<Accreditations> in namespace http://data.europa.eu/snb/model/ap/ams-constraints/") == true)
    }

    @Test("the CLI converts to XML and back")
    func commandLine() throws {
        let folder = try Fixtures.temporaryFolder()
        let xml = folder.appendingPathComponent("c.xml").path
        let written = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "-o", xml])
        #expect(written.status == 0, "\(written.stderr)")
        let back = try CommandRunner.run(["convert", xml, "--to", "json"])
        let direct = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "--to", "json"])
        #expect(back.stdoutBytes == direct.stdoutBytes)
    }

    @Test("an element of another namespace is kept as its text; what else it holds is reported, not dropped in silence")
    func foreignElements() throws {
        func read(_ foreign: String) -> LoadedCatalogue {
            let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <catalogue version="1" id="c" xmlns="urn:ecvetkit:catalogue:1" xmlns:x="urn:example:x">
              <title language="fi">Luettelo</title>
              \(foreign)
            </catalogue>
            """
            return ECVET.read(bytes: Array(xml.utf8), name: "foreign.xml")
        }
        let plain = read("<x:note>Huom</x:note>")
        #expect(plain.diagnostics.isEmpty, "\(plain.diagnostics.map(\.formatted))")
        #expect(plain.catalogue?.extensions.first?.key == "{urn:example:x}note")

        let rich = read(#"<x:note x:lang="fi" level="2">Huom <x:b>tärkeä</x:b></x:note>"#)
        #expect(rich.catalogue?.extensions.first?.value == .string("Huom tärkeä"))
        let warning = try #require(rich.diagnostics.first)
        #expect(rich.diagnostics.count == 1)
        #expect(warning.id == .unknownKey && warning.location?.line == 4)
        #expect(warning.message.contains("attribute lang, attribute level and element b are not kept"), "\(warning.message)")
    }

    @Test("an element the schema does not expect is named, with the nearest element meant, in words for people")
    func unknownElementWording() throws {
        let loaded = ECVET.read(path: Fixtures.path("invalid/xml-schema-unknown-element.xml"))
        let finding = try #require(loaded.diagnostics.first { $0.id == .xmlSchema })
        #expect(finding.message == "<eqfLevle> is no element of the catalogue here; did you mean <eqfLevel>?")
        #expect(finding.location?.line == 11)
    }
}


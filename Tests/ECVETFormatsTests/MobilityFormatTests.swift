@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

/// Mobility documents through the canonical formats: every fixture in every format reads back
/// equal and writes the same bytes again; readers place what they cannot take.
@Suite("Mobility document formats")
struct MobilityFormatTests {
    /// The documents of a file each (the CSV file of a group has its own test).
    static let fixtures = Fixtures.files(in: "mobility", extensions: ["json", "yaml", "xml"], folders: false)

    @Test("each document round-trips through JSON, YAML and XML, equal and byte-stable", arguments: fixtures)
    func roundTrip(_ fixture: String) throws {
        let loaded = ECVET.read(path: Fixtures.path(fixture))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        #expect(loaded.catalogue == nil)
        let document = try #require(loaded.document)
        for format in ECVET.documentFormats {
            let bytes = try ECVET.encode(document, as: format)
            let again = ECVET.read(bytes: bytes, name: "copy.\(format.fileExtension)")
            #expect(again.diagnostics.isEmpty, "\(format): \(again.diagnostics.map(\.formatted))")
            #expect(again.document == document, "\(format) keeps every field")
            #expect(try ECVET.encode(try #require(again.document), as: format) == bytes, "\(format) writes the same bytes again")
        }
    }

    @Test("the fixtures are of every kind, and every format is among them")
    func fixtureKinds() throws {
        let documents = Self.fixtures.compactMap { ECVET.read(path: Fixtures.path($0)).document }
        #expect(Set(documents.map(\.kind)) == Set(MobilityDocumentKind.allCases))
        #expect(Set(Self.fixtures.map { ($0 as NSString).pathExtension }) == ["json", "yaml", "xml"])
    }

    @Test("content tells a document from a catalogue, whatever the extension")
    func detection() throws {
        let agreement = try Fixtures.bytes("mobility/la-aino-esimerkki.yaml")
        #expect(ECVET.read(bytes: agreement, name: "agreement.txt").document?.kind == .learningAgreement)
        let catalogue = ECVET.read(path: Fixtures.path("valid/fi-vocational-catalogue.yaml"))
        #expect(catalogue.document == nil)
        #expect(catalogue.catalogue != nil)
        let xml = try Fixtures.bytes("mobility/la-sofia-nieminen.xml")
        #expect(ECVET.read(bytes: xml, name: "agreement").document?.kind == .learningAgreement)
    }

    @Test("unknown keys are kept, without a word when they are near no known key, and written back")
    func unknownKeys() throws {
        let text = """
        format: ecvet-memorandum/1
        id: MoU-1
        file_code: X-1
        partnerNotes: {reviewed: true, by: [a, b]}
        """
        let loaded = ECVET.read(bytes: Array(text.utf8), name: "mou.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        let document = try #require(loaded.document)
        guard case .memorandum(let memorandum) = document else { Issue.record("not an MoU"); return }
        #expect(memorandum.extensions.map(\.key) == ["file_code", "partnerNotes"])
        for format in ECVET.documentFormats {
            let again = ECVET.read(bytes: try ECVET.encode(document, as: format), name: "copy.\(format.fileExtension)")
            #expect(again.document == document, "\(format)")
        }
    }

    @Test("numbers and flags in unknown keys stay numbers and flags through YAML, as in catalogues")
    func unknownKeyTypes() throws {
        let json = #"{"format": "ecvet-memorandum/1", "id": "MoU-1", "x-count": 3, "x-flag": true, "x-code": "007"}"#
        let document = try #require(ECVET.read(bytes: Array(json.utf8), name: "mou.json").document)
        guard case .memorandum(let memorandum) = document else { Issue.record("not an MoU"); return }
        #expect(memorandum.extensions.map(\.value) == [.number("3"), .bool(true), .string("007")])
        let yaml = try ECVET.encode(document, as: .yaml)
        let again = try #require(ECVET.read(bytes: yaml, name: "mou.yaml").document)
        #expect(again == document)
        #expect(try ECVET.encode(again, as: .json) == (try ECVET.encode(document, as: .json)))
    }

    @Test("a snake_case key is told its canonical name")
    func snakeCase() {
        let loaded = ECVET.read(bytes: Array("format: ecvet-learning-agreement/1\nid: LA-1\nmemorandum_id: M\ntotal_points: 5\n".utf8), name: "la.yaml")
        #expect(loaded.diagnostics.isEmpty, "memorandum_id and total_points are near no key")
        let typo = ECVET.read(bytes: Array("format: ecvet-learning-agreement/1\nid: LA-1\nlearning_agreement: x\nenclosure: [cv]\n".utf8), name: "la.yaml")
        #expect(typo.diagnostics.map(\.message) == ["unknown key \"enclosure\"; did you mean \"enclosures\"?"])
        #expect(typo.diagnostics.first?.location?.line == 4)
    }

    @Test("a value of the wrong shape is an error at its place; the rest is read")
    func wrongShapes() throws {
        let text = """
        {
          "format": "ecvet-learning-agreement/1",
          "id": "LA-1",
          "period": {"start": ["2025-01-01"], "weeks": "eight"},
          "units": {"id": "U-1"},
          "qualification": {"title": "Logistics"}
        }
        """
        let loaded = ECVET.read(bytes: Array(text.utf8), name: "la.json")
        let found = loaded.diagnostics.map { "\($0.id.id) \($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.location?.path ?? "")" }
        #expect(found == ["S02 4:23 /period/start", "S02 4:48 /period/weeks", "S02 5:12 /units", "S02 6:30 /qualification/title"])
        guard case .learningAgreement(let agreement)? = loaded.document else { Issue.record("no agreement"); return }
        #expect(agreement.id == "LA-1")
        #expect(agreement.period != nil)
    }

    @Test("a format this version does not read, or none, is refused with its place")
    func formats() {
        let future = ECVET.read(bytes: Array("{\"format\": \"ecvet-transcript/2\", \"id\": \"T\"}".utf8), name: "t.json")
        #expect(future.diagnostics.map(\.id.id) == ["S05"])
        #expect(future.document == nil)
    }

    @Test("canonical XML: an unknown element is a schema error with a suggestion, and reading goes on")
    func xmlUnknownElement() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <learningAgreement xmlns="urn:ecvetkit:mobility:1" version="1" id="LA-1">
          <memorandm>MoU-1</memorandm>
          <language>fi</language>
        </learningAgreement>
        """
        let loaded = ECVET.read(bytes: Array(text.utf8), name: "la.xml")
        #expect(loaded.diagnostics.map(\.id.id) == ["X01"])
        #expect(loaded.diagnostics.first?.message == "unknown element <memorandm> in <learningAgreement>; did you mean <memorandum>?")
        #expect(loaded.diagnostics.first?.location?.line == 3)
        guard case .learningAgreement(let agreement)? = loaded.document else { Issue.record("no agreement"); return }
        #expect(agreement.language?.written == "fi")
        #expect(agreement.memorandum == nil)
    }

    @Test("a group's CSV file (semicolons, a byte order mark, CRLF): an agreement per row, placed at its row, written back equal")
    func groupCSV() throws {
        let fixture = "mobility/la-group-autumn-2026-semicolon-bom-crlf.csv"
        let loaded = ECVET.read(path: Fixtures.path(fixture))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        let agreements = loaded.documents.compactMap { if case .learningAgreement(let agreement) = $0 { agreement } else { nil } }
        #expect(agreements.map(\.id) == ["LA-2026-FI-DE-021", "LA-2026-FI-DE-022", "LA-2026-FI-DE-023"])
        #expect(agreements.map { $0.learner?.fullName } == ["Väinö Korhonen", "Lumi Järvinen", "Jérôme Ström"])
        #expect(agreements.map { $0.guardian?.name } == [nil, "Kaisa Järvinen", nil])
        #expect(agreements.map(\.location.line) == [2, 3, 4])
        #expect(agreements.allSatisfy { $0.units.first?.learningOutcomes.count == 2 && $0.period?.weeks == 10 })
        // The learning activities hold a semicolon-free text in two languages, one column each.
        #expect(agreements[0].units[0].learningActivities.languages == ["en", "de"])
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("group.csv").path
        try ECVET.write(agreements, asCSVTo: path, csv: CSVOptions(delimiter: UInt8(ascii: ";"), byteOrderMark: true))
        let again = ECVET.read(path: path)
        #expect(again.documents == loaded.documents)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written == (try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(fixture)))).replacingCRLF(), "the same bytes but for the line ends")
    }

    @Test("a CSV row that is not an agreement's shape is placed at its cell")
    func groupCSVFault() {
        let text = "id,memorandum,learner/givenName,period/weeks\nLA-1,MoU-1,Aino,eight\n"
        let loaded = ECVET.read(bytes: Array(text.utf8), name: "group.csv")
        #expect(loaded.diagnostics.map(\.id.id) == ["S02"])
        #expect(loaded.diagnostics.first?.location?.line == 2)
        #expect(loaded.diagnostics.first?.location?.column == 17)
        #expect(loaded.documents.count == 1)
    }
}

extension Data {
    /// The bytes with every CRLF made LF.
    func replacingCRLF() -> Data {
        var result = Data()
        var previous: UInt8 = 0
        for byte in self {
            if byte == 0x0A, previous == 0x0D { result.removeLast() }
            result.append(byte)
            previous = byte
        }
        return result
    }
}

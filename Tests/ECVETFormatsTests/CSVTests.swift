import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

@Suite("CSV tables")
struct CSVTests {
    /// Every record with the (line, column) of each field.
    func records(_ bytes: [UInt8], delimiter: UInt8? = nil, encoding: TextEncoding? = nil,
                 chunkSize: Int = 1 << 20) throws(SyntaxError) -> [[(String, Int, Int)]] {
        let reader = CSVRecordReader(input: ByteInput(bytes: bytes, name: "t.csv"), delimiter: delimiter,
                                     encoding: encoding, chunkSize: chunkSize)
        var result: [[(String, Int, Int)]] = []
        while try reader.next() {
            result.append(reader.fields.enumerated().map { index, field in
                let location = reader.location(ofField: index)
                return (field, location.line ?? 0, location.column ?? 0)
            })
        }
        return result
    }

    func texts(_ bytes: [UInt8], delimiter: UInt8? = nil, encoding: TextEncoding? = nil,
               chunkSize: Int = 1 << 20) throws(SyntaxError) -> [[String]] {
        try records(bytes, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize).map { $0.map(\.0) }
    }

    @Test("quoted fields hold delimiters, doubled quotes and line breaks; places are exact", arguments: [8, 1 << 20])
    func quoting(chunkSize: Int) throws {
        let text = "id;title@fi;points\r\nU1;\"Sähkö; \"\"vahva\"\"\r\nvirta\";7,5\r\n\r\nU2;Hitsaus;\r\n"
        let found = try records(Array(text.utf8), chunkSize: chunkSize)
        #expect(found.count == 3, "the blank line is skipped")
        #expect(found[1].map(\.0) == ["U1", "Sähkö; \"vahva\"\nvirta", "7,5"])
        #expect(found[1].map(\.1) == [2, 2, 3], "a field's line is where it starts")
        #expect(found[1].map(\.2) == [1, 4, 8], "columns count code points")
        #expect(found[2].map(\.0) == ["U2", "Hitsaus", ""])
        #expect(found[2][0].1 == 5)
    }

    @Test("the delimiter is detected from the header", arguments: [
        ("a,b;c\n1,2;3\n", ["a", "b;c"]),
        ("a;b;c,d\n", ["a", "b", "c,d"]),
        ("a\tb\tc\n", ["a", "b", "c"]),
        ("\"x;y\",b\n", ["x;y", "b"]),
    ])
    func detection(text: String, header: [String]) throws {
        #expect(try texts(Array(text.utf8)).first == header)
    }

    @Test("line ends: LF, CRLF and CR alone")
    func lineEnds() throws {
        #expect(try texts(Array("a,b\r1,2\r".utf8)) == [["a", "b"], ["1", "2"]])
        #expect(try texts(Array("a,b\n1,2".utf8)) == [["a", "b"], ["1", "2"]])
    }

    @Test("encodings: UTF-8 with BOM, UTF-16 with BOM, Windows-1252 when named")
    func encodings() throws {
        let text = "id;title@de\nU1;Prüfung – Übersicht 😀\n"
        let expected = [["id", "title@de"], ["U1", "Prüfung – Übersicht 😀"]]
        #expect(try texts([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == expected)
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try texts(little, chunkSize: 7) == expected)
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try texts(big) == expected)
        let windows: [UInt8] = Array("id;title\nU1;Pr".utf8) + [0xFC, 0x66, 0x75, 0x6E, 0x67, 0x20, 0x96, 0x20, 0x80] + [0x0A]
        #expect(try texts(windows, encoding: .windows1252)[1] == ["U1", "Prüfung – €"])
    }

    @Test("Windows-1252 bytes read as UTF-8 are refused with a hint")
    func wrongEncoding() {
        let windows: [UInt8] = Array("id;title\nU1;Pr".utf8) + [0xFC, 0x66, 0x0A]
        #expect(throws: SyntaxError.self) { try texts(windows) }
        do {
            _ = try texts(windows)
        } catch {
            #expect(error.diagnostic.id == .invalidEncoding)
            #expect(error.diagnostic.message.contains("--encoding windows-1252"))
            #expect(error.diagnostic.location?.line == 2)
            #expect(error.diagnostic.location?.column == 4)
        }
    }

    @Test("an unterminated quote is reported where it opens")
    func unterminated() {
        do {
            _ = try texts(Array("a,b\n1,\"open\n2,3\n".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.id == .csvSyntax)
            #expect(error.diagnostic.location?.line == 2)
            #expect(error.diagnostic.location?.column == 3)
        }
    }

    @Test("the writer quotes only what needs it and doubles quotes")
    func writer() throws {
        let output = ByteOutput()
        var writer = CSVWriter(output: output, delimiter: UInt8(ascii: ";"), byteOrderMark: true)
        writer.writeRecord(["plain", "with;delimiter", "with \"quote\"", "line\nbreak", " padded", "ä, ö"])
        try writer.finish()
        let text = String(decoding: output.bytes, as: UTF8.self)
        #expect(text == "\u{FEFF}plain;\"with;delimiter\";\"with \"\"quote\"\"\";\"line\nbreak\";\" padded\";ä, ö\n")
    }

    @Test("JSON → CSV → JSON gives byte-identical canonical JSON", arguments: Fixtures.files(in: "valid"))
    func roundTrip(fixture: String) throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("tables").path
        try ECVET.writeWithoutChecks(catalogue, as: .csvTables, to: folder)
        let back = ECVET.read(path: folder)
        #expect(back.format == .csvTables)
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics.map(\.formatted))")
        #expect(back.catalogue == catalogue)
        #expect(try ECVET.bytes(of: try #require(back.catalogue), as: .json) == (try ECVET.bytes(of: catalogue, as: .json)))
    }

    @Test("the ; BOM CRLF decimal-comma tables read as the JSON catalogue they came from")
    func europeanDialect() throws {
        let tables = ECVET.read(path: Fixtures.path("valid/de-lagerlogistik-tables"))
        #expect(tables.diagnostics.isEmpty)
        let json = ECVET.read(path: Fixtures.path("valid/eu-multilingual-catalogue.json"))
        #expect(tables.catalogue == json.catalogue)
        let unit = try #require(tables.catalogue?.units.first { $0.credits?.amount?.written == "7,5" })
        #expect(unit.credits?.amount?.value == Decimal(string: "7.5"))
        #expect(unit.location.file.hasSuffix("units.csv"))
        #expect(unit.location.column == 1)
    }

    @Test("entities keep the table, line and column they come from")
    func locations() throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path("valid/fi-sv-restaurang-tables")).catalogue)
        let criterion = try #require(catalogue.units[0].assessment?.criteria.first)
        #expect(criterion.location.file.hasSuffix("assessment-criteria.csv"))
        #expect(criterion.location.line == 2)
        #expect(criterion.text["sv"] == "Den studerande planerar sitt arbete självständigt\noch följer hygienkraven.\n")
        let outcome = catalogue.learningOutcomes[2]
        #expect(outcome.location.line == 4)
        #expect(outcome.location.path == "/learningOutcomes/2")
        #expect(outcome.category?.location.column == 7)
    }

    @Test("the CLI writes tables with --delimiter and --bom, and refuses tables to standard output")
    func commandLine() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("out").path
        let result = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "--to", "csv-tables",
                                            "--delimiter", ";", "--bom", "-o", folder])
        #expect(result.status == 0, "\(result.stderr)")
        let units = try Data(contentsOf: URL(fileURLWithPath: folder + "/units.csv"))
        #expect(Array(units.prefix(5)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "i"), UInt8(ascii: "d")])
        #expect(String(decoding: units, as: UTF8.self).contains("id;code;identifiers;uri;"))

        let back = try CommandRunner.run(["convert", folder, "--to", "json"])
        let direct = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "--to", "json"])
        #expect(back.status == 0)
        #expect(back.stdoutBytes == direct.stdoutBytes)

        let toStandardOutput = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "--to", "csv-tables"])
        #expect(toStandardOutput.status == 2)
        #expect(toStandardOutput.stderr.contains("-o FOLDER"))

        let inspected = try CommandRunner.run(["inspect", "Fixtures/valid/de-lagerlogistik-tables"])
        #expect(inspected.status == 0)
        #expect(inspected.stdout.contains("(csv-tables)"))
    }

    @Test("one table of a canonical folder, given alone, is explained, not misread")
    func singleTable() throws {
        let result = try CommandRunner.run(["inspect", "Fixtures/valid/de-lagerlogistik-tables/units.csv"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[S12 csv-syntax]"))
        #expect(result.stderr.contains("give the folder that holds it"))
    }
}

@Suite("Flat CSV exports")
struct FlatCSVTests {
    @Test("one row per learning outcome: ; BOM CRLF, decimal commas and multi-line cells")
    func outcomesPerRow() throws {
        let loaded = ECVET.read(path: Fixtures.path("valid/fi-kiinteisto-flat-outcomes.csv"))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        let catalogue = try #require(loaded.catalogue)
        #expect(catalogue.qualifications.map(\.id) == ["Q-KIINT"])
        #expect(catalogue.units.map(\.id) == ["U-KH-1", "U-KH-2", "U-KH-3"])
        #expect(catalogue.units.map { $0.credits?.amount?.canonical } == ["15", "7.5", "7.5"])
        #expect(catalogue.units[0].learningOutcomes.map(\.id) == ["LO-KH-1", "LO-KH-2"])
        let multiLine = catalogue.learningOutcomes[1]
        #expect(multiLine.text["fi"] == "tuntee kiinteistön talotekniset järjestelmät:\nlämmitys, vesi ja ilmanvaihto")
        #expect(multiLine.location.line == 3)
        #expect(catalogue.learningOutcomes[2].location.line == 6, "after a row whose two cells span lines 3–5")
        #expect(catalogue.learningOutcomes[2].text["fi"] == "lajittelee jätteet \"oikein\" ja ohjeiden mukaan")
        let structure = try #require(catalogue.qualifications[0].structure)
        guard case .group(let group) = try #require(structure.members.first) else {
            Issue.record("expected a group")
            return
        }
        #expect(group.id == "PAK")
        #expect(group.title["fi"] == "Pakolliset")
        #expect(group.allUnitLinks.map(\.unit.id) == ["U-KH-1", "U-KH-2", "U-KH-3"])
        #expect(group.allUnitLinks.allSatisfy { $0.isMandatory == true })
    }

    @Test("one row per unit with national column names, mapped with --columns")
    func nationalColumns() throws {
        let map = "Tutkinto=qualificationId,Tutkinnon nimi=qualificationTitle@fi,EQF=eqfLevel,"
            + "Tutkinnon osa=unitId,Osan nimi=unitTitle@fi,Laajuus=points,Pakollinen=mandatory"
        let result = try CommandRunner.run(["convert", "Fixtures/foreign/fi-units-flat-finnish-columns.csv",
                                            "--columns", map, "--to", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let catalogue = try #require(ECVET.read(bytes: result.stdoutBytes, name: "out.json").catalogue)
        #expect(catalogue.qualifications.map(\.id) == ["Q-LOG-AT", "Q-LOG-EAT"])
        #expect(catalogue.qualifications.map { $0.eqfLevel?.value } == [4, 5])
        #expect(catalogue.qualifications[0].unitLinks.map(\.unit.id) == ["U-LOG-201", "U-LOG-202", "U-LOG-203"])
        #expect(catalogue.qualifications[0].unitLinks.map(\.isMandatory) == [true, false, false])
        #expect(catalogue.units.first { $0.id == "U-LOG-203" }?.title["fi"] == "Satamapalvelut, ahtaus")

        let unmapped = try CommandRunner.run(["inspect", "Fixtures/foreign/fi-units-flat-finnish-columns.csv"])
        #expect(unmapped.status == 1)
        #expect(unmapped.stderr.contains("needs a qualificationId or qualificationCode column"))
    }

    @Test("a text column without a language is reported unless --language gives one")
    func language() throws {
        let text = "qualificationId,unitId,unitTitle\nQ1,U1,Hitsaus\n"
        let without = ECVET.read(bytes: Array(text.utf8), name: "t.csv", format: .csv)
        #expect(without.diagnostics.map(\.id) == [.csvSyntax])
        #expect(without.diagnostics.first?.location?.column == 24)
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("t.csv")
        try Data(text.utf8).write(to: file)
        let with = try CommandRunner.run(["convert", file.path, "--language", "fi", "--to", "json"])
        #expect(with.status == 0, "\(with.stderr)")
        #expect(with.stdout.contains("\"fi\": \"Hitsaus\""))
    }
}

@Suite("Edges of the chunked readers")
struct ReaderEdgeTests {
    @Test("a one-line CSV without a line end reads whole", arguments: ["a,b,c", "code,title", "x"])
    func oneLine(text: String) throws {
        let reader = CSVRecordReader(input: ByteInput(bytes: Array(text.utf8), name: "t.csv"))
        var records: [[String]] = []
        while try reader.next() { records.append(reader.fields) }
        #expect(records == [text.split(separator: ",").map(String.init)])
    }

    @Test("a truncated JSON document ending in a number is an error, not a crash")
    func truncatedNumber() {
        let loaded = ECVET.read(bytes: Array("{\"a\":\"\\n\",\"b\":1".utf8), name: "t.json")
        #expect(loaded.catalogue == nil)
        #expect(loaded.diagnostics.first?.message.contains("ends before the object opened on line 1") == true)
    }

    @Test("nested anchors count against the budget")
    func anchorBomb() {
        var text = "a: "
        for level in 1...10 { text += "&a\(level) [" }
        text += Array(repeating: "x", count: 200).joined(separator: ", ")
        text += String(repeating: "]", count: 10) + "\n"
        let reader = YAMLEventReader(input: ByteInput(bytes: Array(text.utf8), name: "t.yaml"), aliasBudget: 100)
        do {
            while try reader.next() != .end {}
            Issue.record("expected the anchors to be refused")
        } catch {
            #expect(error.diagnostic.id == .aliasExpansion)
        }
    }
}

@Suite("Flat CSV columns")
struct FlatCSVColumnTests {
    @Test("a column the flat layout does not read is a warning at its header cell, not dropped without a word")
    func unknownColumn() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("sheet.csv")
        try Data("qualificationId;qualificationTitle@en;eqfLevel;remarks\nQ-1;Title;4;note\n".utf8).write(to: file)
        let loaded = ECVET.read(path: file.path)
        #expect(loaded.catalogue?.qualifications.first?.title["en"] == "Title")
        let warning = try #require(loaded.diagnostics.first { $0.id == .unknownKey })
        #expect(warning.message.contains("column \"remarks\""))
        #expect(warning.location?.line == 1 && warning.location?.column == 48, "\(warning.formatted)")
    }

    @Test("--to csv writes one flat file that reads back to the same qualifications, units, points and outcomes",
          arguments: ["valid/fi-vocational-catalogue.json", "valid/fi-sv-restaurang-handwritten.yaml", "valid/fi-kiinteisto-flat-outcomes.csv"])
    func flatFile(fixture: String) throws {
        let original = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        let out = try Fixtures.temporaryFolder().appendingPathComponent("flat.csv").path
        let result = try CommandRunner.run(["convert", Fixtures.path(fixture), "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let back = ECVET.read(path: out)
        #expect(back.format == .csv)
        #expect(!back.diagnostics.hasErrors, "\(back.diagnostics.map(\.formatted))")
        let flat = try #require(back.catalogue)
        #expect(flat.qualifications.map(\.id) == original.qualifications.map(\.id))
        for (read, written) in zip(flat.qualifications, original.qualifications) {
            #expect(read.title == written.title && read.eqfLevel?.written == written.eqfLevel?.written)
            #expect(read.credits?.amount == written.credits?.amount)
            #expect(read.unitLinks.map(\.unit.id) == written.unitLinks.map(\.unit.id))
        }
        let linked = Set(original.qualifications.flatMap { $0.unitLinks.map(\.unit.id) })
        let outcomes = Dictionary(original.learningOutcomes.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        for unit in original.units where linked.contains(unit.id) {
            let read = try #require(flat.units.first { $0.id == unit.id })
            #expect(read.title == unit.title)
            #expect(read.learningOutcomes.map(\.id) == unit.learningOutcomes.map(\.id))
            for reference in read.learningOutcomes {
                #expect(flat.learningOutcomes.first { $0.id == reference.id }?.text == outcomes[reference.id])
            }
        }
        let toStandardOutput = try CommandRunner.run(["convert", Fixtures.path(fixture), "--to", "csv"])
        #expect(toStandardOutput.status == 0)
        #expect(toStandardOutput.stdoutBytes == Array(try Data(contentsOf: URL(fileURLWithPath: out))))
    }
}

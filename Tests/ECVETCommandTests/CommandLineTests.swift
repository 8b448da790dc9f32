import ECVETKit
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

@Suite("The ecvet command")
struct CommandLineTests {
    let catalogue = "Fixtures/valid/fi-vocational-catalogue.json"

    @Test("convert --to json writes the catalogue to standard output, and again gives the same bytes")
    func convertToStandardOutput() throws {
        let first = try CommandRunner.run(["convert", catalogue, "--to", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("{\n  \"format\": \"ecvet-catalogue/1\""))
        let second = try CommandRunner.run(["convert", "-", "--to", "json"], stdin: first.stdoutBytes)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdoutBytes == first.stdoutBytes)
    }

    @Test("-o writes a file; its extension names the format")
    func convertToFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("out.json").path
        let result = try CommandRunner.run(["convert", catalogue, "-o", target])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = ECVET.read(path: target)
        #expect(written.catalogue == ECVET.read(path: Fixtures.path("valid/fi-vocational-catalogue.json")).catalogue)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["out.json"], "no temporary file is left behind")
    }

    @Test("a broken input exits 1 with a located diagnostic and leaves the existing output untouched")
    func brokenInput() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("broken.json")
        try Data("{\"format\": \"ecvet-catalogue/1\",\n \"units\": [{\"id\": \"U1\"},]}".utf8).write(to: input)
        let target = folder.appendingPathComponent("out.json")
        try Data("previous".utf8).write(to: target)
        let result = try CommandRunner.run(["convert", input.path, "--to", "json", "-o", target.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json:2:25: error: [S01 json-syntax] unexpected ']' after ','; remove the trailing comma"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["broken.json", "out.json"])
        let stdoutRun = try CommandRunner.run(["convert", input.path, "--to", "json"])
        #expect(stdoutRun.status == 1)
        #expect(stdoutRun.stdout.isEmpty, "nothing is written to standard output on errors")
    }

    @Test("usage problems exit 2", arguments: [
        ["convert", "Fixtures/valid/fi-vocational-catalogue.json"],
        ["convert", "Fixtures/valid/fi-vocational-catalogue.json", "--to", "pdf"],
        ["convert", "Fixtures/valid/fi-vocational-catalogue.json", "Fixtures/valid/points-decimal-forms.json", "--to", "json"],
        ["convert", "Fixtures/valid/fi-vocational-catalogue.json", "--to", "json", "-o", "Fixtures/valid/fi-vocational-catalogue.json"],
        ["frobnicate"],
    ])
    func usage(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    @Test("a national export read without --mapping is pointed to a mapping, not told to add a format key")
    func foreignExportHint() throws {
        let folder = try Fixtures.temporaryFolder()
        let export = folder.appendingPathComponent("peruste.json")
        try Data("{\"nimi\": {\"fi\": \"Logistiikan perustutkinto\"}, \"tutkinnonOsat\": []}".utf8).write(to: export)
        let result = try CommandRunner.run(["validate", export.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--mapping"), "\(result.stderr)")
    }

    @Test("a real export read without --mapping gets one finding, whose hint names the bundled mapping that reads it", arguments: [
        ("real/fi-eperusteet/amosaayhteinenPeruste.json", "Mappings/fi-eperusteet.mapping.yaml"),
        ("real/fi-eperusteet/amosaaPeruste.json", "Mappings/fi-eperusteet.mapping.yaml"),
        ("foreign/fr-rncp-blocs.csv", "Mappings/fr-rncp-blocs.mapping.yaml"),
    ])
    func bundledMappingHint(export: String, mapping: String) throws {
        let result = try CommandRunner.run(["validate", Fixtures.path(export)])
        #expect(result.status == 1)
        #expect(result.stderr.contains("read it through its mapping, --mapping \(mapping)"), "\(result.stderr)")
        #expect(result.stderr.contains(": 1 error, 0 warnings"), "one fault, one finding: \(result.stderr)")
        // The mapping named reads it.
        #expect(try CommandRunner.run(["validate", "--mapping", mapping, Fixtures.path(export)]).stderr.contains("checked 1 file"))
    }

    @Test("a mistyped setting of .ecvet.yaml gets the nearest one")
    func configurationSuggestions() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.copyItem(atPath: Fixtures.path("valid/fi-vocational-catalogue.json"),
                                         toPath: folder.appendingPathComponent("c.json").path)
        try Data("profile: europas\nprofil: ecvet\nrules:\n  V11: warnig\n  V99: off\ndefaults:\n  contry: FI\n".utf8)
            .write(to: folder.appendingPathComponent(".ecvet.yaml"))
        let result = try CommandRunner.run(["validate", folder.appendingPathComponent("c.json").path])
        #expect(result.status == 1)
        for expected in ["did you mean europass?", "unknown setting profil; did you mean profile?", "did you mean warning?",
                         "there is no rule V99", "unknown default contry; did you mean country?"] {
            #expect(result.stderr.contains(expected), "\(expected): \(result.stderr)")
        }
    }

    @Test("a read-only output file is kept: exit 2, its bytes untouched, no temporary file left; --force replaces it")
    func readOnlyOutput() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("out.json")
        try Data("kept\n".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: target.path)
        let result = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "-o", target.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("read-only"), "\(result.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "kept\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
        let forced = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "-o", target.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{"))
    }

    @Test("a usage error found while a command runs points at that command's help")
    func commandHelp() throws {
        let result = try CommandRunner.run(["rules", "V99"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("there is no rule V99"))
        #expect(result.stderr.contains("ecvet rules --help"), "\(result.stderr)")
        #expect(!result.stderr.contains("ecvet <subcommand>"))
    }

    @Test("a mistyped command gets the nearest one: valdate, convrt, rule, insepct", arguments: [
        ("valdate", "validate"), ("convrt", "convert"), ("rule", "rules"), ("insepct", "inspect"),
    ])
    func didYouMean(typed: String, meant: String) throws {
        let result = try CommandRunner.run([typed, "Fixtures/valid/fi-vocational-catalogue.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean \"\(meant)\""), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("an unreadable output is an I/O problem: exit 2, nothing written")
    func unwritable() throws {
        let result = try CommandRunner.run(["convert", catalogue, "--to", "json", "-o", "/nonexistent-folder/out.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[IO02 unwritable-output]"))
    }

    @Test("a missing input is reported and exits 1")
    func missingInput() throws {
        let result = try CommandRunner.run(["convert", "no-such-file.json", "--to", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.json: error: [IO01 unreadable-input] cannot open no-such-file.json"))
    }

    @Test("several inputs with -o FOLDER give one output each; --merge gives one catalogue")
    func severalInputs() throws {
        let folder = try Fixtures.temporaryFolder()
        let inputs = Fixtures.files(in: "valid", extensions: ["json"], folders: false).map(Fixtures.path)
        let perInput = try CommandRunner.run(["convert"] + inputs + ["--to", "json", "-o", folder.appendingPathComponent("out").path])
        #expect(perInput.status == 0, "\(perInput.stderr)")
        let clash = try CommandRunner.run(["convert", Fixtures.path("valid/fi-vocational-catalogue.json"),
                                           Fixtures.path("valid/fi-vocational-catalogue.yaml"), "--to", "json",
                                           "-o", folder.appendingPathComponent("clash").path])
        #expect(clash.status == 2, "two inputs with one base name would overwrite each other")
        #expect(clash.stderr.contains("would both be written to"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        #expect(names == inputs.map { ($0 as NSString).lastPathComponent }.sorted())

        let merged = folder.appendingPathComponent("all.json").path
        let mergeRun = try CommandRunner.run(["convert"] + inputs + ["--merge", "-o", merged])
        #expect(mergeRun.status == 0, "\(mergeRun.stderr)")
        let whole = try #require(ECVET.read(path: merged).catalogue)
        let parts = inputs.compactMap { ECVET.read(path: $0).catalogue }
        #expect(whole.units.count == parts.reduce(0) { $0 + $1.units.count })
        #expect(whole.qualifications.count == parts.reduce(0) { $0 + $1.qualifications.count })
    }

    @Test("a batch into a folder writes what is good: one unreadable input is named, the others are written, exit 1")
    func batchWritesWhatIsGood() throws {
        let folder = try Fixtures.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"format\": \"ecvet-catalogue/1\", \"units\": [}".utf8).write(to: broken)
        let good = Fixtures.files(in: "valid", extensions: ["json"], folders: false).map(Fixtures.path)
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["convert"] + good + [broken.path, "--to", "yaml", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json:1:"))
        #expect(result.stderr.contains("wrote \(good.count) of \(good.count + 1) outputs"), "\(result.stderr)")
        #expect(result.stderr.contains("broken.json (could not be read)"))
        let written = Set((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [])
        #expect(written == Set(good.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension + ".yaml" }))
    }

    @Test("a batch into a folder where one output is read-only: the others are written, the read-only one is named and kept")
    func batchReadOnlyOutput() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kept = folder.appendingPathComponent("fi-vocational-catalogue.json")
        try Data("old".utf8).write(to: kept)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: kept.path)
        let result = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "Fixtures/valid/points-decimal-forms.json",
                                            "--to", "json", "-o", folder.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("wrote 1 of 2 outputs"), "\(result.stderr)")
        #expect(result.stderr.contains("fi-vocational-catalogue.json (cannot be written"), "\(result.stderr)")
        #expect(try Data(contentsOf: kept) == Data("old".utf8))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("points-decimal-forms.json").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["fi-vocational-catalogue.json", "points-decimal-forms.json"])
    }

    @Test("--all-or-nothing: one unreadable input, and no output appears")
    func batchAllOrNothing() throws {
        let folder = try Fixtures.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"format\": \"ecvet-catalogue/1\", \"units\": [}".utf8).write(to: broken)
        let inputs = Fixtures.files(in: "valid", extensions: ["json"], folders: false).map(Fixtures.path) + [broken.path]
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["convert"] + inputs + ["--to", "yaml", "-o", out.path, "--all-or-nothing"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json:1:"))
        #expect(result.stderr.contains("nothing was written"))
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(written.isEmpty, "\(written)")
    }

    @Test("with --xsd, an output that breaks the schema is not written, and its findings point at its input")
    func batchSchemaFindings() throws {
        let folder = try Fixtures.temporaryFolder()
        // A schema of the user's that takes LOQ documents of at most five specifications: the
        // large catalogue's output breaks it, the small one's follows it.
        let schema = folder.appendingPathComponent("small-loq.xsd")
        try Data("""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified"
                       targetNamespace="http://data.europa.eu/snb/model/ap/loq-constraints/">
              <xs:element name="Courses">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="learningAchievementSpecificationReferences">
                      <xs:complexType><xs:sequence><xs:any processContents="skip" maxOccurs="5"/></xs:sequence></xs:complexType>
                    </xs:element>
                    <xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence>
                  <xs:anyAttribute processContents="skip"/>
                </xs:complexType>
              </xs:element>
            </xs:schema>
            """.utf8).write(to: schema)
        let large = Fixtures.path("valid/fi-vocational-catalogue.json")
        let small = Fixtures.path("invalid/rules/V05-unit-without-outcomes.json")
        let out = folder.appendingPathComponent("loq")
        let result = try CommandRunner.run(["convert", large, small, "--to", "europass-xml", "--allow-incomplete",
                                            "--xsd", schema.path, "-o", out.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("fi-vocational-catalogue.json: error: [X01"), "\(result.stderr)")
        #expect(!result.stderr.contains("loq/fi-vocational-catalogue.xml"))
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(written == ["V05-unit-without-outcomes.xml"])
    }

    @Test("with --xsd, one output that breaks the schema is not written, and its findings point at its input")
    func singleSchemaFindings() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("loq.xml").path
        // The canonical schema does not describe LOQ documents: every export breaks it.
        let result = try CommandRunner.run(["convert", "Fixtures/valid/fi-vocational-catalogue.json", "--to", "europass-xml",
                                            "--xsd", "Schemas/ecvet-catalogue.xsd", "-o", output])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Fixtures/valid/fi-vocational-catalogue.json: error: [X01 xml-schema] its output would break the schema at line"),
                "\(result.stderr)")
        #expect(!result.stderr.contains("loq.xml"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("--allow-incomplete writes no document from which everything was left out: exit 1, named in the summary")
    func nothingLeftToWrite() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = Fixtures.path("real/fi-eperusteet/amosaaPeruste.json")
        let full = Fixtures.path("real/fi-eperusteet/amosaayhteinenPeruste.json")
        let out = folder.appendingPathComponent("loq").path
        let result = try CommandRunner.run(["convert", "--mapping", "Mappings/fi-eperusteet.mapping.yaml", empty, full,
                                            "--to", "europass-xml", "--allow-incomplete", "-o", out])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("amosaaPeruste.json: error: [X02 left-out-of-europass] every qualification and unit was left out"))
        #expect(result.stderr.contains("(nothing of it can go into a Europass document)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["amosaayhteinenPeruste.xml"])
    }

    @Test("Europass CSV is checked as Europass XML is: refused with the europass findings, written with --allow-incomplete")
    func europassCSVChecked() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("europass").path
        let input = "Fixtures/invalid/rules/V03-eqf-level-not-a-level.json"
        let refused = try CommandRunner.run(["convert", input, "--to", "europass-csv", "-o", out])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("[V03"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let written = try CommandRunner.run(["convert", input, "--to", "europass-csv", "--allow-incomplete", "-o", out])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test("a part of a unit without learning outcomes is left out of LOQ with a warning naming it")
    func partWithoutOutcomes() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("loq.xml").path
        let result = try CommandRunner.run(["convert", "Fixtures/invalid/rules/V13-points-more-than-two-decimals.json",
                                            "--to", "europass-xml", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: [X02 left-out-of-europass] Part \"U-2-1\" of Unit \"U-2"), "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("U-2-1") == false)
    }

    @Test("a batch of foreign exports through a mapping to Europass XML: one output per input, checked")
    func batchThroughMapping() throws {
        let folder = try Fixtures.temporaryFolder()
        let exports = try (0..<4).map { index -> String in
            let copy = folder.appendingPathComponent("mbo-\(index).xml")
            try FileManager.default.copyItem(atPath: Fixtures.path("foreign/nl-kwalificatiedossier.xml"), toPath: copy.path)
            return copy.path
        }
        let out = folder.appendingPathComponent("loq")
        let result = try CommandRunner.run(["convert", "--mapping", Fixtures.path("foreign/nl-kwalificatiedossier.mapping.yaml")]
                                           + exports + ["--to", "europass-xml", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == (0..<4).map { "mbo-\($0).xml" })
        let xml = try String(contentsOf: out.appendingPathComponent("mbo-2.xml"), encoding: .utf8)
        #expect(xml.contains("Logistiek supervisor"))
        // The French sheet lacks NQF levels, which Europass needs: the whole batch is refused.
        let sheet = folder.appendingPathComponent("rncp.csv").path
        try FileManager.default.copyItem(atPath: Fixtures.path("foreign/fr-rncp-blocs.csv"), toPath: sheet)
        let refused = try CommandRunner.run(["convert", "--mapping", "Mappings/fr-rncp-blocs.mapping.yaml",
                                             Fixtures.path("foreign/fr-rncp-blocs.csv"), sheet, "--to", "europass-xml",
                                             "-o", folder.appendingPathComponent("refused").path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[V04 nqf-level]"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("refused").path)) ?? []).isEmpty)
    }

    @Test("inspect counts what a catalogue holds, as text and as JSON")
    func inspect() throws {
        let text = try CommandRunner.run(["inspect", catalogue])
        #expect(text.status == 0, "\(text.stderr)")
        let loaded = try #require(ECVET.read(path: Fixtures.path("valid/fi-vocational-catalogue.json")).catalogue)
        #expect(text.stdout.contains("qualifications     \(loaded.qualifications.count)"))
        #expect(text.stdout.contains("units              \(loaded.units.count)"))

        let json = try CommandRunner.run(["inspect", catalogue, "--format", "json"])
        #expect(json.status == 0)
        let summaries = try JSONDecoder().decode([CatalogueSummary].self, from: Data(json.stdoutBytes))
        let summary = try #require(summaries.first)
        #expect(summary.learningOutcomes == loaded.learningOutcomes.count)
        #expect(summary.units == loaded.units.count)
        #expect(summary.languages.contains("fi"))
        let total = loaded.qualifications.compactMap { $0.credits?.amount?.value }.reduce(0, +)
        #expect(summary.qualificationPoints == DecimalText(total).canonical)
    }

    @Test("inspect searches folders")
    func inspectFolder() throws {
        let result = try CommandRunner.run(["inspect", "Fixtures/valid", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let summaries = try JSONDecoder().decode([CatalogueSummary].self, from: Data(result.stdoutBytes))
        #expect(summaries.count == Fixtures.files(in: "valid").count)
    }

    @Test("formats lists what this build reads and writes")
    func formats() throws {
        let result = try CommandRunner.run(["formats"])
        #expect(result.status == 0)
        for format in CatalogueFormat.allCases {
            #expect(result.stdout.contains(format.rawValue))
        }
        #expect(result.stdout.contains("--mapping"))
    }

    @Test("a mapping file given as an input is named for what it is")
    func mappingAsInput() throws {
        let result = try CommandRunner.run(["validate", "Mappings/fr-rncp-blocs.mapping.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a mapping file, not a catalogue: give it with --mapping"))
    }

    @Test("an input that is no catalogue is refused with a clear message", arguments: [
        ("<?xml version=\"1.0\"?><Courses/>", "a Europass LOQ document has the root <Courses xmlns="),
        ("<?xml version=\"1.0\"?><register/>", "the root element is <register>"),
        ("id;name\n1;x\n", "the input looks like neither JSON, YAML, XML nor CSV"),
        ("", "the input is empty"),
    ])
    func unreadableFormat(text: String, message: String) throws {
        let result = try CommandRunner.run(["inspect", "-"], stdin: Array(text.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("[S08 unknown-input-format] \(message)"), "\(result.stderr)")
    }

    @Test("every command has help", arguments: ["convert", "inspect", "formats"])
    func help(command: String) throws {
        let result = try CommandRunner.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: ecvet \(command)"))
    }
}

@Suite("The ecvet command never loses an input")
struct InputSafetyTests {
    @Test("an input inside the output folder is not overwritten by its own output")
    func inputInOutputFolder() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("a.json")
        let original = try Fixtures.bytes("valid/points-decimal-forms.json")
        try Data(original).write(to: input)
        let result = try CommandRunner.run(["convert", input.path, Fixtures.path("valid/eu-multilingual-catalogue.json"),
                                            "--to", "json", "-o", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("would be overwritten by its own output"))
        #expect(Array(try Data(contentsOf: input)) == original)
    }

    @Test("an --xsd that cannot be read is an I/O problem: exit 2, nothing written")
    func missingSchema() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("loq.xml").path
        let result = try CommandRunner.run(["convert", "Fixtures/valid/eu-multilingual-catalogue.json", "--to", "europass-xml",
                                            "--xsd", folder.appendingPathComponent("missing.xsd").path, "-o", target])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    /// `arguments` run by `ecvet` on a terminal (a pseudo-terminal made by `script`): what it
    /// writes there.
    static func onTerminal(_ arguments: [String], environment extra: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = ([CommandRunner.binary.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        process.arguments = ["-qfec", command, "/dev/null"]
        process.currentDirectoryURL = Fixtures.repository
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("on a terminal, convert and validate with a report file end with a one-line summary; piped, they write nothing extra",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func summaries() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("out.json").path
        let report = folder.appendingPathComponent("report.sarif").path
        let input = "Fixtures/valid/fi-vocational-catalogue.json"
        #expect(try Self.onTerminal(["convert", input, "--to", "json", "-o", out]).contains("converted 1 file to json: \(out) ("))
        #expect(try Self.onTerminal(["validate", input, "--format", "sarif", "-o", report])
            .contains("checked 1 file: 0 errors, 0 warnings; the sarif report is in \(report) ("))
        #expect(try CommandRunner.run(["convert", input, "--to", "json", "-o", out]).stderr.isEmpty)
        #expect(try CommandRunner.run(["validate", input, "--format", "sarif", "-o", report]).stderr.isEmpty)
    }

    @Test("the text report ends with a count of findings per check")
    func countsByCheck() throws {
        let result = try CommandRunner.run(["validate", Fixtures.path("europass/loq.xml")])
        #expect(result.stderr.contains("findings by check:\n  V08 validity-coherent   1 error, 1 warning\n"), "\(result.stderr)")
        #expect(!(try CommandRunner.run(["validate", Fixtures.path("valid/fi-vocational-catalogue.json")]).stderr.contains("findings by check")))
    }

    @Test("-o naming an existing folder puts one input's output inside it, as for several; never over the input")
    func singleInputIntoFolder() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("logistiikka.json").path
        try FileManager.default.copyItem(atPath: Fixtures.path("valid/fi-vocational-catalogue.json"), toPath: input)
        #expect(try CommandRunner.run(["convert", input, "--to", "yaml", "-o", folder.path]).status == 0)
        #expect(ECVET.read(path: folder.appendingPathComponent("logistiikka.yaml").path).catalogue?.id == "fi-oph-logistiikka")
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let refused = try CommandRunner.run(["convert", input, "--to", "json", "-o", folder.path])
        #expect(refused.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    }

    @Test("one fault, one finding: a reference two rules check is reported once; rule findings after a reading error point at it")
    func followOn() throws {
        let result = try CommandRunner.run(["validate", "Fixtures/invalid/object-where-list-expected.json"])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "names unit \"U-1\", which is not in the catalogue").count == 2,
                "once, not by V02 and V23 both: \(result.stderr)")
        #expect(result.stderr.contains("hint: may follow from the reading error [S02] at 65:12; fix that first"), "\(result.stderr)")
        // Without a reading error, nothing is marked.
        let clean = try CommandRunner.run(["validate", "Fixtures/europass/loq.xml"])
        #expect(!clean.stderr.contains("may follow from"))
    }

    @Test("on a terminal, a long read shows a bar of the bytes read, a batch one of the files done; piped, nothing",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func progressBars() throws {
        let folder = try Fixtures.temporaryFolder()
        let big = folder.appendingPathComponent("big.json")
        let qualifications = (0..<60_000).map { #"{"id": "Q-\#($0)", "title": {"fi": "Tutkinto \#($0)", "en": "Qualification \#($0)"}, "eqfLevel": 4}"# }
        try Data((#"{"format": "ecvet-catalogue/1", "id": "c", "title": {"fi": "Luettelo"}, "qualifications": ["#
            + qualifications.joined(separator: ",\n") + "]}").utf8).write(to: big)
        // The bar appears after a second; the test asks for it at once.
        let now = ["ECVET_PROGRESS_AFTER": "0"]
        let megabytes = String(format: "%.0f", Double(try Data(contentsOf: big).count) / 1e6)
        let reading = try Self.onTerminal(["validate", big.path, "--max-findings", "1"], environment: now)
        #expect(reading.contains(" of \(megabytes) MB"), "\(reading.suffix(400))")
        let copies = try (0..<6).map { index in
            let path = folder.appendingPathComponent("c\(index).json").path
            try FileManager.default.copyItem(atPath: Fixtures.path("valid/fi-vocational-catalogue.json"), toPath: path)
            return path
        }
        let batch = try Self.onTerminal(["convert"] + copies + ["--to", "yaml", "-o", folder.appendingPathComponent("out").path], environment: now)
        #expect(batch.contains("/6 files"), "\(batch)")
        let piped = try CommandRunner.run(["validate", big.path, "--max-findings", "1"], environment: now)
        #expect(!piped.stderr.contains(" MB"))
    }

    @Test("a mistyped profile gets the nearest one, named with the profiles there are")
    func profileSuggestion() throws {
        let result = try CommandRunner.run(["validate", "--profile", "europas", "Fixtures/valid/fi-vocational-catalogue.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--profile europas is no rule profile; did you mean europass? The profiles are ecvet, eqf, europass."))
        #expect(try CommandRunner.run(["validate", "--profile", "EQF", "Fixtures/valid/fi-vocational-catalogue.json"]).status == 0)
    }
}


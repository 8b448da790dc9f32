import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

/// Paths, streaming and values of mappings at their edges: positions in lists, XML elements as
/// lists of one, structures that lead back to themselves, mixed content, impossible dates.
@Suite("Mapping edges")
struct MappingEdgeTests {
    func read(_ yaml: String, _ source: String, name: String = "export.json") throws -> LoadedCatalogue {
        let loaded = ECVET.loadMapping(yaml: yaml, name: "edge.mapping.yaml")
        let mapping = try #require(loaded.mapping, "\(loaded.diagnostics.map(\.formatted))")
        return ECVET.read(bytes: Array(source.utf8), name: name, mapping: mapping)
    }

    @Test("at: with a position selects that item only; [*], no brackets and $[*] select every item", arguments: [
        ("units[1]", ["B"]),
        ("units[*]", ["A", "B", "C"]),
        ("units", ["A", "B", "C"]),
    ])
    func positions(path: String, expected: [String]) throws {
        let yaml = "ecvetMapping: 1\nsyntax: json\nunits: {at: \"\(path)\", id: id}\n"
        let loaded = try read(yaml, #"{"units": [{"id": "A"}, {"id": "B"}, {"id": "C"}]}"#)
        #expect(loaded.catalogue?.units.map(\.id) == expected)
    }

    @Test("$[*] selects the items of a document that is a list")
    func rootList() throws {
        let loaded = try read("ecvetMapping: 1\nsyntax: json\nunits: {at: \"$[*]\", id: id}\n", #"[{"id": "A"}, {"id": "B"}]"#)
        #expect(loaded.catalogue?.units.map(\.id) == ["A", "B"])
    }

    @Test("an XML element is a list of one: [*] in at:, [n] among repeated elements in a field")
    func xmlLists() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: xml
            units:
              at: "root/unit[*]"
              id: "@code"
              title: "name[1]"
              code: "code[0]"
            """
        let xml = """
            <root><unit code="U1"><name>first</name><name>second</name><code>C1</code></unit>
            <unit code="U2"><name>only</name><code>C2</code></unit></root>
            """
        let catalogue = try #require(try read(yaml, xml, name: "export.xml").catalogue)
        #expect(catalogue.units.map(\.id) == ["U1", "U2"])
        #expect(catalogue.units[0].title["en"] == "second")
        #expect(catalogue.units[1].title.isEmpty)
        #expect(catalogue.units.map(\.code) == ["C1", "C2"])
    }

    @Test("XML mixed content keeps all its text")
    func mixedContent() throws {
        let yaml = "ecvetMapping: 1\nsyntax: xml\nunits: {at: root/unit, id: \"@id\", description: d}\n"
        let xml = #"<root><unit id="U"><d>Foo <b>bar</b> baz<br/>line</d></unit></root>"#
        let unit = try #require(try read(yaml, xml, name: "export.xml").catalogue?.units.first)
        #expect(unit.description["en"] == "Foo bar baz line")
    }

    @Test("members: that leads back to its group is refused in the mapping; a deep structure stops with a diagnostic")
    func recursiveMembers() throws {
        let refused = ECVET.loadMapping(yaml: """
            ecvetMapping: 1
            syntax: json
            qualifications:
              at: q
              id: id
              structure: {at: s, members: ".", unitWhen: unit}
            """, name: "m.yaml")
        #expect(refused.mapping == nil)
        #expect(refused.diagnostics.first?.id == .mappingPath)
        // A structure nested 100 deep, read through a mapping that is right.
        var nested = #"{"unit": "U"}"#
        for _ in 0..<100 { nested = #"{"osat": [\#(nested)]}"# }
        let loaded = try read("""
            ecvetMapping: 1
            syntax: json
            qualifications:
              at: q
              id: id
              structure: {at: s, members: "osat[*]", unitWhen: unit, link: {unit: unit}}
            """, #"{"q": {"id": "Q", "s": \#(nested)}}"#)
        #expect(loaded.catalogue?.qualifications.count == 1)
        #expect(loaded.diagnostics.contains { $0.id == .mappingValue && $0.message.contains("nest deeper") })
    }

    @Test("lookups that go round in a cycle are refused when the mapping is read, naming the cycle; the CLI does not crash",
          arguments: [
            ("byId:\n    at: units[*]\n    key: id\n    name: {path: next, lookup: byId, field: name}\n", "byId.name → byId.name"),
            ("first:\n    at: units[*]\n    key: id\n    name: {path: next, lookup: second, field: label}\n"
                + "  second:\n    at: units[*]\n    key: id\n    label: {path: next, lookup: first, field: name}\n",
             "first.name → second.label → first.name"),
          ])
    func lookupCycles(tables: String, cycle: String) throws {
        let yaml = "ecvetMapping: 1\nsyntax: json\nlookups:\n  \(tables)units:\n  at: units[*]\n  id: id\n"
            + "  title: {path: next, lookup: \(cycle.prefix { $0 != "." }), field: \(cycle.split(separator: ".")[1].prefix { $0 != " " })}\n"
        let loaded = ECVET.loadMapping(yaml: yaml, name: "cycle.mapping.yaml")
        #expect(loaded.mapping == nil)
        #expect(loaded.diagnostics.contains { $0.id == .mappingValue && $0.message.contains(cycle) }, "\(loaded.diagnostics.map(\.formatted))")

        let folder = try Fixtures.temporaryFolder()
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("cycle.mapping.yaml"))
        try Data(#"{"units": [{"id": "u1", "next": "u1"}]}"#.utf8).write(to: folder.appendingPathComponent("export.json"))
        let result = try CommandRunner.run(["convert", "--mapping", "cycle.mapping.yaml", "export.json", "--to", "json"], in: folder)
        #expect(result.status == 1 || result.status == 2, "\(result.status) \(result.stderr)")
        #expect(result.stderr.contains("[M04 mapping-value] the lookups go round in a cycle"))
    }

    @Test("nothing silent: a record path that selects nothing (M15), a path that climbs out of its record (M16), several values for one (M17)")
    func nothingSilent() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            qualifications:
              at: dossier.profiles[*]
              id: code
              title: name
              eqfLevel: ../level
              description: ../../../notes
              code: codes[*]
            units:
              at: dossier.core[*]
              id: id
            """
        let source = #"{"dossier": {"level": 4, "profile": [{"code": "P1", "name": "Profile", "codes": ["A", "B"]}], "units": []}}"#
        let typo = try read(yaml, source)
        let messages = typo.diagnostics.map { "\($0.id.id) \($0.location?.line ?? 0)" }
        #expect(messages.contains("M15 4"), "\(typo.diagnostics.map(\.formatted))")
        #expect(messages.contains("M15 11"), "the unit path too")
        #expect(typo.catalogue?.qualifications.isEmpty == true)

        let fixed = try read(yaml.replacingOccurrences(of: "dossier.profiles[*]", with: "dossier.profile[*]"), source)
        let found = Dictionary(grouping: fixed.diagnostics, by: \.id.id)
        #expect(found["M15"]?.count == 1, "only the units' path still selects nothing")
        let climb = try #require(found["M16"]?.first, "\(fixed.diagnostics.map(\.formatted))")
        #expect(climb.message.contains("../../../notes climbs above the record"), "\(climb.message)")
        #expect(climb.location?.file == "export.json")
        let many = try #require(found["M17"]?.first)
        #expect(many.message.contains("code takes one value and the source gives 2 (\"A\", \"B\")"), "\(many.message)")
        #expect(fixed.catalogue?.qualifications.first?.code == "A")
        #expect(fixed.catalogue?.qualifications.first?.eqfLevel?.value == 4, "the dossier's level, above the record")
    }

    @Test("nested lists under a path of [*]s take no time to skip")
    func nestedLists() throws {
        let source = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let started = ContinuousClock.now
        let loaded = try read("ecvetMapping: 1\nsyntax: json\nunits: {at: \"a[*][*][*][*]\", id: id}\n", source)
        #expect(loaded.catalogue?.units.isEmpty == true)
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test("what a mapping does not read is skipped, yet still checked: bad UTF-8 and bad syntax there are errors")
    func skippedButChecked() throws {
        let yaml = "ecvetMapping: 1\nsyntax: json\nunits: {at: units, id: id}\n"
        let fine = try read(yaml, #"{"units": [{"id": "A", "unread": {"deep": ["x", 1, true, null]}}], "other": [1, 2]}"#)
        #expect(fine.catalogue?.units.map(\.id) == ["A"])
        #expect(fine.diagnostics.isEmpty)
        let mapping = try #require(ECVET.loadMapping(yaml: yaml, name: "m.yaml").mapping)
        var bytes = Array(#"{"units": [{"id": "A", "unread": "caf"#.utf8)
        bytes += [0xC3, 0x28] + Array(#""}]}"#.utf8)
        let badText = ECVET.read(bytes: bytes, name: "bad.json", mapping: mapping)
        #expect(badText.diagnostics.map(\.id) == [.invalidEncoding])
        let badSyntax = try read(yaml, #"{"units": [{"id": "A", "unread": [1, 2,]}]}"#)
        #expect(badSyntax.diagnostics.map { "\($0.id.id):\($0.location?.column ?? 0)" } == ["S01:40"])
    }

    @Test("hostile inputs read through a mapping are refused as the canonical readers refuse them",
          arguments: Fixtures.files(in: "hostile", extensions: ["json", "xml"]))
    func hostile(fixture: String) throws {
        let mappingFile = fixture.hasSuffix(".xml") ? Fixtures.path("foreign/nl-kwalificatiedossier.mapping.yaml")
            : Fixtures.repository.appendingPathComponent("Mappings/fi-eperusteet.mapping.yaml").path
        let mapping = try #require(ECVET.loadMapping(path: mappingFile).mapping)
        let loaded = ECVET.read(path: Fixtures.path(fixture), mapping: mapping)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.id.id.hasPrefix("S") }, "\(errors.map(\.formatted))")
    }

    @Test("an empty value does not stop the next path from giving one")
    func emptyAlternative() throws {
        let yaml = "ecvetMapping: 1\nsyntax: json\nlanguages: [fi]\nunits: {at: units, id: id, title: [nimi, koodi.nimi]}\n"
        let loaded = try read(yaml, #"{"units": [{"id": "A", "nimi": {"fi": " "}, "koodi": {"nimi": {"fi": "Koodin nimi"}}}]}"#)
        #expect(loaded.catalogue?.units.first?.title["fi"] == "Koodin nimi")
    }

    @Test("impossible dates and epochs are M13 warnings, not dates", arguments: [
        ("31-02-2024", "dd-mm-yyyy"), ("29-02-2023", "dd-mm-yyyy"), ("nan", "epochSeconds"), ("1e20", "epochMilliseconds"),
    ])
    func impossibleDates(value: String, pattern: String) throws {
        let yaml = "ecvetMapping: 1\nsyntax: json\nunits: {at: units, id: id, validity: {from: {path: d, date: \(pattern)}}}\n"
        let loaded = try read(yaml, #"{"units": [{"id": "A", "d": "\#(value)"}]}"#)
        #expect(loaded.catalogue?.units.first?.validity == nil)
        #expect(loaded.diagnostics.map(\.id) == [.unconvertibleValue])
    }

    @Test("29 February of a leap year is a date")
    func leapDay() throws {
        let yaml = "ecvetMapping: 1\nsyntax: json\nunits: {at: units, id: id, validity: {from: {path: d, date: dd-mm-yyyy}}}\n"
        let loaded = try read(yaml, #"{"units": [{"id": "A", "d": "29-02-2024"}]}"#)
        #expect(loaded.catalogue?.units.first?.validity?.from == "2024-02-29")
    }

    @Test("a key given twice in a mapping is refused at its line")
    func repeatedKeys() {
        let loaded = ECVET.loadMapping(yaml: "ecvetMapping: 1\nsyntax: json\nunits:\n  at: u\n  id: a\n  id: b\n", name: "m.yaml")
        #expect(loaded.mapping == nil)
        #expect(loaded.diagnostics.map { "\($0.id.id):\($0.location?.line ?? 0)" } == ["S16:6"])
    }

    @Test("CSV: a short row has empty fields at its end; a missing column is reported once; lookups are refused")
    func csvRows() throws {
        let yaml = "ecvetMapping: 1\nsyntax: csv\nunits: {id: Code, title: Name, description: Missing}\n"
        let loaded = try read(yaml, "Code;Name;Extra\nU1;Hitsaus\nU2;Maalaus;x\n", name: "units.csv")
        #expect(loaded.catalogue?.units.map(\.id) == ["U1", "U2"])
        #expect(loaded.diagnostics.map { "\($0.id.id):\($0.location?.line ?? 0)" } == ["M10:1"])
        let lookups = ECVET.loadMapping(yaml: "ecvetMapping: 1\nsyntax: csv\nlookups: {t: {key: k}}\nunits: {id: Code}\n", name: "m.yaml")
        #expect(lookups.mapping == nil)
    }
}

/// What the last review found: values under records read whole, batches that fail late, and
/// statements that differ only in odd spaces.
@Suite("Review findings")
struct ReviewFindingTests {
    @Test("a .. path inside a record that is read whole still reaches above it")
    func climbFromWholeRecord() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            languages: [fi]
            qualifications:
              at: q
              id: id
              structure:
                at: s
                members: "osat[*]"
                unitWhen: unit
                description: [kuvaus, "../tapa"]
                link: {unit: unit}
            """
        let mapping = try #require(ECVET.loadMapping(yaml: yaml, name: "m.yaml").mapping)
        let source = #"{"q": {"id": "Q", "tapa": "reformi", "unread": [1, 2], "s": {"osat": [{"unit": "U"}]}}}"#
        let loaded = ECVET.read(bytes: Array(source.utf8), name: "export.json", mapping: mapping)
        #expect(loaded.catalogue?.qualifications.first?.structure?.description["en"] == "reformi")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
    }

    @Test("a batch whose last output cannot be put in place: the others are, and it is named; with --all-or-nothing none is",
          arguments: [false, true])
    func lateFailure(allOrNothing: Bool) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("fi-vocational-catalogue.json"),
                                                withIntermediateDirectories: true)
        let inputs = [Fixtures.path("valid/eu-multilingual-catalogue.json"), Fixtures.path("valid/fi-vocational-catalogue.json")]
        let result = try CommandRunner.run(["convert"] + inputs + ["--to", "json", "-o", out.path] + (allOrNothing ? ["--all-or-nothing"] : []))
        #expect(result.status == 2)
        #expect(result.stderr.contains("a folder has that name"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("eu-multilingual-catalogue.json").path) == !allOrNothing)
        #expect(result.stderr.contains(allOrNothing ? "so none was written (--all-or-nothing)" : "wrote 1 of 2 outputs"), "\(result.stderr)")
    }

    @Test("a failed batch of folder outputs leaves no folders behind")
    func noFoldersLeft() throws {
        let folder = try Fixtures.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{".utf8).write(to: broken)
        let out = folder.appendingPathComponent("tables")
        let result = try CommandRunner.run(["convert", Fixtures.path("valid/fi-vocational-catalogue.json"), broken.path,
                                            "--to", "csv-tables", "-o", out.path, "--all-or-nothing"])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("statements that differ only in odd spaces are the same statement (V18); control characters alone are blank (V16)")
    func oddSpaces() async throws {
        let outcomes = [
            LearningOutcome(id: "LO-1", text: LocalizedText(["fi": "hitsaa putkia turvallisesti"])),
            LearningOutcome(id: "LO-2", text: LocalizedText(["fi": "Hitsaa\u{2009}putkia\u{3000}turvallisesti\u{0001}\t"])),
            LearningOutcome(id: "LO-3", text: LocalizedText(["fi": "\u{0001} "])),
            LearningOutcome(id: "LO-4", text: LocalizedText(["fi": "Säätää – 5 € < 10 €"])),
            LearningOutcome(id: "LO-5", text: LocalizedText(["fi": "<p>säätää &ndash; 5 € &lt; 10 €</p>"])),
            LearningOutcome(id: "LO-6", text: LocalizedText(["fi": "<p>säätää – 5 € &lt; 10 €</p>"])),
        ]
        let unit = ECVETModel.Unit(id: "U", title: LocalizedText(["fi": "Hitsaus"]),
                                   learningOutcomes: outcomes.map { Reference($0.id) })
        let catalogue = Catalogue(units: [unit], learningOutcomes: outcomes)
        let findings = await ECVET.validate(catalogue, profile: .ecvet)
        let found = findings.map(\.id.id)
        #expect(found.contains("V16"))
        // LO-2 repeats LO-1; LO-6 repeats LO-4 (LO-5 differs: &ndash; is not an entity plain text knows).
        let repeats = findings.filter { $0.id.id == "V18" }.map(\.message)
        #expect(repeats.count == 2, "\(repeats)")
        #expect(repeats.contains { $0.contains("\"LO-1\" and \"LO-2\"") })
        #expect(repeats.contains { $0.contains("\"LO-4\" and \"LO-6\"") })
    }
}

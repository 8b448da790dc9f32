@testable import ECVETFormats
import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// Paths that reach the whole document: from the root, at any depth, with conditions and joined
/// with `|`, in records (streaming) and in fields (in a record), for JSON, YAML and XML alike.
@Suite("Mapping paths")
struct MappingPathTests {
    func read(_ yaml: String, _ source: String, name: String = "export.json") throws -> LoadedCatalogue {
        let loaded = ECVET.loadMapping(yaml: yaml, name: "paths.mapping.yaml")
        let mapping = try #require(loaded.mapping, "\(loaded.diagnostics.map(\.formatted))")
        return ECVET.read(bytes: Array(source.utf8), name: name, mapping: mapping)
    }

    @Test("the grammar: what each path is made of", arguments: [
        ("/a/b", "[root, key(\"a\"), key(\"b\")]"),
        ("//profiel[@nr]", "[root, descendant, key(\"profiel\"), filter(@nr)]"),
        ("a//b", "[key(\"a\"), descendant, key(\"b\")]"),
        (".//b", "[descendant, key(\"b\")]"),
        ("../x.y", "[parent, key(\"x\"), key(\"y\")]"),
        ("units[*][code='B 1']", "[key(\"units\"), allItems, filter(code='B 1')]"),
        ("p[not(@ref)][2]", "[key(\"p\"), filter(not(@ref)), index(2)]"),
        ("kd:naam | kd:titel", "[key(\"kd:naam\")] | [key(\"kd:titel\")]"),
    ])
    func grammar(text: String, expected: String) throws {
        let path = try SourcePath.parse(text).get()
        func show(_ steps: [SourcePath.Step]) -> String {
            "[" + steps.map { step in
                switch step {
                case .key(let name): "key(\"\(name)\")"
                case .anyKey: "anyKey"
                case .index(let position): "index(\(position))"
                case .allItems: "allItems"
                case .parent: "parent"
                case .root: "root"
                case .descendant: "descendant"
                case .filter(let condition): "filter(\(condition))"
                }
            }.joined(separator: ", ") + "]"
        }
        #expect(([path.steps] + path.joined.map(\.steps)).map(show).joined(separator: " | ") == expected)
    }

    @Test("paths that cannot be read are refused with the reason", arguments: [
        ("a[b", "unclosed ["), ("a]", "a stray ]"), ("a[@x=y]", "quoted"), ("a[not(@x]", "closed by )"), ("a[x='y]", "unclosed quote"),
    ])
    func refused(text: String, reason: String) {
        guard case .failure(let error) = SourcePath.parse(text) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(error.message.contains(reason), "\(error.message)")
    }

    static let nested = #"""
        {"meta": {"domain": "0714", "languages": ["fi", "sv"]},
         "groups": [{"name": "A", "units": [{"code": "U1", "kind": "own"}, {"ref": "U9"}]},
                    {"name": "B", "deep": {"units": [{"code": "U2", "kind": "shared"}]}}]}
        """#

    @Test("record paths: // at any depth, a condition on the record's own step, / from the root in fields")
    func recordsAndRoot() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            units:
              at: //units[*][code]
              id: code
              iscedF: /meta/domain
              languages: /meta/languages[*]
              title: {value: "Yksikkö"}
            """
        let loaded = try read(yaml, Self.nested)
        let units = try #require(loaded.catalogue?.units)
        #expect(units.map(\.id) == ["U1", "U2"], "the reference {ref: U9} is no unit")
        #expect(units.allSatisfy { $0.iscedF.map(\.written) == ["0714"] && $0.languages.map(\.written) == ["fi", "sv"] })
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")

        let shared = try read(yaml.replacingOccurrences(of: "//units[*][code]", with: "//units[*][kind='shared']"), Self.nested)
        #expect(shared.catalogue?.units.map(\.id) == ["U2"])
        let own = try read(yaml.replacingOccurrences(of: "//units[*][code]", with: "//units[*][not(ref)][not(kind='shared')]"), Self.nested)
        #expect(own.catalogue?.units.map(\.id) == ["U1"])
    }

    @Test("a value at the root that comes after the records is read all the same: the records wait for it")
    func rootAfterRecords() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            units:
              at: units[*]
              id: code
              iscedF: /meta/domain
            """
        let loaded = try read(yaml, #"{"units": [{"code": "U1"}, {"code": "U2"}], "meta": {"domain": "1041"}}"#)
        #expect(loaded.catalogue?.units.map { $0.iscedF.map(\.written) } == [["1041"], ["1041"]])
    }

    @Test("fields: conditions, | joins, // below the record", arguments: [
        ("names[*][lang='fi'].text", ["Nimi"]),
        ("names[*][not(lang='fi')].text", ["Namn", "Name"]),
        ("alias | names[0].text", ["Alias", "Nimi"]),
        (".//text", ["Nimi", "Namn", "Name"]),
    ])
    func fields(path: String, expected: [String]) throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            units:
              at: units[*]
              id: code
              escoSkills: "\(path)"
            """
        let source = #"{"units": [{"code": "U1", "alias": "Alias", "names": [{"lang": "fi", "text": "Nimi"}, {"lang": "sv", "text": "Namn"}, {"lang": "en", "text": "Name"}]}]}"#
        let loaded = try read(yaml, source)
        #expect(loaded.catalogue?.units.first?.escoSkills.map(\.id) == expected)
    }

    @Test("| joins paths in every kind of field: a text, one value, a list")
    func joinsEverywhere() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            units:
              at: units[*]
              id: code
              title: nimi | otsikko
              code: numero | koodi
              languages: kielet[*] | kieli
            """
        let loaded = try read(yaml, #"{"units": [{"code": "U1", "otsikko": {"fi": "Otsikko"}, "koodi": "K1", "kielet": ["fi"], "kieli": "sv"}], "kieli": "en"}"#)
        let unit = try #require(loaded.catalogue?.units.first)
        #expect(unit.title["fi"] == "Otsikko")
        #expect(unit.code == "K1")
        #expect(unit.languages.map(\.written) == ["fi", "sv"])
        let climbing = try read(yaml.replacingOccurrences(of: "kielet[*] | kieli", with: "kielet[*] | ../kieli"),
                                #"{"units": [{"code": "U1", "kielet": ["fi"]}], "kieli": "en"}"#)
        #expect(climbing.catalogue?.units.first?.languages.map(\.written) == ["fi", "en"], "a .. in a joined path climbs too")
    }

    @Test("organisations are read from anywhere in the document, and qualifications name them from the root")
    func organisationsFromAnywhere() throws {
        let source = """
            <dossier><beheer><instelling code="ORG-1"><naam>Kenniscentrum</naam><land>NL</land></instelling></beheer>
            <profiel nr="P1"><naam>Profiel</naam></profiel></dossier>
            """
        let yaml = """
            ecvetMapping: 1
            syntax: xml
            language: nl
            organisations:
              records:
                at: //instelling[@code]
                id: "@code"
                name: naam
                country: land
            qualifications:
              at: //profiel[@nr]
              id: "@nr"
              title: naam
              awardingBody: /dossier/beheer/instelling/@code
            """
        let loaded = try read(yaml, source, name: "export.xml")
        let catalogue = try #require(loaded.catalogue)
        #expect(catalogue.organisations.map(\.id) == ["ORG-1"])
        #expect(catalogue.organisations.first?.name["nl"] == "Kenniscentrum")
        #expect(catalogue.qualifications.first?.awardingBody?.id == "ORG-1")
    }

    @Test("a lookup whose target is a list gives all its values; one that gives several for a field of one value warns (M17)")
    func manyValuedLookup() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            lookups:
              groups:
                at: groups[*]
                key: id
                skills: skills[*]
            units:
              at: units[*]
              id: code
              escoSkills: {path: group, lookup: groups, field: skills}
              code: {path: group, lookup: groups, field: skills}
            """
        let source = #"{"groups": [{"id": "G", "skills": ["http://data.europa.eu/esco/skill/a", "http://data.europa.eu/esco/skill/b"]}], "units": [{"code": "U1", "group": "G"}]}"#
        let loaded = try read(yaml, source)
        let unit = try #require(loaded.catalogue?.units.first)
        #expect(unit.escoSkills.map(\.id) == ["http://data.europa.eu/esco/skill/a", "http://data.europa.eu/esco/skill/b"])
        #expect(unit.code == "http://data.europa.eu/esco/skill/a")
        #expect(loaded.diagnostics.contains { $0.id == .manyValuesForOne })
    }

    @Test("XML: a condition on an attribute of an element above the record is judged as it streams; one on children there is refused")
    func xmlConditions() throws {
        let source = """
            <d><sectie soort="basis"><k id="B1"/></sectie><sectie soort="profiel"><k id="P1"/><k ref="B1"/></sectie></d>
            """
        let yaml = """
            ecvetMapping: 1
            syntax: xml
            units:
              at: d/sectie[@soort='profiel']/k[@id]
              id: "@id"
            """
        let loaded = try read(yaml, source, name: "export.xml")
        #expect(loaded.catalogue?.units.map(\.id) == ["P1"])
        let refused = ECVET.loadMapping(yaml: yaml.replacingOccurrences(of: "sectie[@soort='profiel']", with: "sectie[k]"), name: "paths.mapping.yaml")
        #expect(refused.mapping == nil)
        #expect(refused.diagnostics.contains { $0.id == .mappingPath && $0.message.contains("[k] stands on a step before the record's own") })
    }

    @Test("the dossier: shared units once, three profiles with their own and the shared ones, the dossier's domain above them; valid LOQ")
    func dossier() throws {
        let folder = try Fixtures.temporaryFolder()
        let output = folder.appendingPathComponent("loq.xml").path
        let result = try CommandRunner.run(["convert", "--mapping", "Fixtures/foreign/nl-dossier-profielen.mapping.yaml",
                                            "Fixtures/foreign/nl-dossier-profielen.xml", "--to", "europass-xml", "--xsd", "europass",
                                            "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CommandRunner.run(["convert", "--mapping", "Fixtures/foreign/nl-dossier-profielen.mapping.yaml",
                                          "Fixtures/foreign/nl-dossier-profielen.xml", "--to", "json"])
        let catalogue = try #require(ECVET.read(bytes: json.stdoutBytes, name: "dossier.json").catalogue)
        #expect(catalogue.qualifications.map(\.id) == ["crebo-25181", "crebo-25182", "crebo-25183"])
        #expect(catalogue.qualifications.map { $0.unitLinks.map(\.unit.id) } == [
            ["P1-K1", "B1-K1", "B1-K2"], ["P2-K1", "B1-K1", "B1-K2"], ["P3-K1", "B1-K1"],
        ], "own units, then the shared ones gathered by reference")
        #expect(catalogue.units.map(\.id) == ["B1-K1", "B1-K2", "P1-K1", "P2-K1", "P3-K1"], "each unit once")
        #expect(catalogue.qualifications.allSatisfy { $0.iscedF.map(\.written) == ["0714"] && $0.awardingBody?.id == "SBB" })
        #expect(catalogue.qualifications[1].specialisationOf.map(\.id) == ["crebo-25181"])
        #expect(catalogue.qualifications.map(\.credits?.amount?.canonical) == ["120", "180", "180"], "hours to ECVET points")
        #expect(catalogue.qualifications[2].validity?.from == "2026-02-01")
        #expect(catalogue.learningOutcomes.first?.text["nl"] == "Verzamelt tekeningen, schema's en specificaties")
        let validation = try CommandRunner.run(["validate", "--mapping", "Fixtures/foreign/nl-dossier-profielen.mapping.yaml",
                                                "Fixtures/foreign/nl-dossier-profielen.xml"])
        #expect(validation.status == 0, "\(validation.stderr)")
    }
}

/// What `ecvet inspect --mapping` shows of how a mapping met an export.
@Suite("Mapping coverage")
struct MappingCoverageTests {
    static let mapping = "Fixtures/foreign/nl-dossier-profielen.mapping.yaml"
    static let export = "Fixtures/foreign/nl-dossier-profielen.xml"

    @Test("records per entry and values per field; a path that selects nothing and a field that finds nothing are marked")
    func coverage() throws {
        let result = try CommandRunner.run(["inspect", "--mapping", Self.mapping, Self.export])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("qualifications (line 25): 3 records  at: //d:profiel[@nr]"), "\(result.stdout)")
        #expect(result.stdout.contains("units (line 44): 5 records, looked for in 3  at: d:onderdelen/d:kerntaak[@ref]"))
        #expect(result.stdout.contains("specialisationOf: 1 of 3"))

        let folder = try Fixtures.temporaryFolder()
        let wrong = try String(contentsOfFile: Self.mapping, encoding: .utf8)
            .replacingOccurrences(of: "at: //d:kerntaak[@id]", with: "at: //d:kerntaken[@id]")
            .replacingOccurrences(of: "title: d:titel", with: "title: d:naam")
        try Data(wrong.utf8).write(to: folder.appendingPathComponent("wrong.mapping.yaml"))
        let marked = try CommandRunner.run(["inspect", "--mapping", folder.appendingPathComponent("wrong.mapping.yaml").path, Self.export])
        #expect(marked.stdout.contains("units (line 48): 0 records  at: //d:kerntaken[@id]  ← selects nothing"), "\(marked.stdout)")
        #expect(marked.stdout.contains("title: 0 of 3  ← found nothing"))
    }

    @Test("--trace ID shows which source values made which fields of that record; JSON carries the same")
    func trace() throws {
        let result = try CommandRunner.run(["inspect", "--mapping", Self.mapping, Self.export, "--trace", "crebo-25182"])
        #expect(result.stdout.contains("iscedF ← /d:dossier/d:domein/@isced: \"0714\" (Fixtures/foreign/nl-dossier-profielen.xml:6)"),
                "\(result.stdout)")
        #expect(result.stdout.contains("unit ← @ref: \"B1-K2\" (Fixtures/foreign/nl-dossier-profielen.xml:43)"))
        #expect(!result.stdout.contains("\"crebo-25181\" (Fixtures/foreign/nl-dossier-profielen.xml:22)"), "only the traced record")

        let json = try CommandRunner.run(["inspect", "--mapping", Self.mapping, Self.export, "--trace", "crebo-25182", "--format", "json"])
        let summaries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [[String: Any]])
        let mapping = try #require(summaries.first?["mapping"] as? [String: Any])
        #expect((mapping["entries"] as? [Any])?.count == 9, "qualifications with nqf, validity, credits and two unit specs; units with credits and outcomes")
        #expect(((mapping["trace"] as? [[String: Any]])?.count ?? 0) > 5)

        let without = try CommandRunner.run(["inspect", Self.export, "--trace", "x"])
        #expect(without.status == 2 && without.stderr.contains("--trace follows the values of a record read through a mapping"))
    }
}

import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

/// Reading foreign exports through mapping files: the Finnish ePerusteet export (real files in
/// Fixtures/real), a flat CSV sheet, an XML export, and what happens when a mapping or a source is wrong.
@Suite("Mapping files")
struct MappingTests {
    static let realFolder = Fixtures.repository.appendingPathComponent("Fixtures/real/fi-eperusteet")
    static let common = realFolder.appendingPathComponent("amosaayhteinenPeruste.json").path
    static let specialist = realFolder.appendingPathComponent("amosaaPeruste.json").path
    static let ePerusteet = Fixtures.repository.appendingPathComponent("Mappings/fi-eperusteet.mapping.yaml").path
    static let today = Configuration.parseDate("2026-01-01")!

    static func mapping(_ path: String) throws -> LoadedMapping {
        let loaded = ECVET.loadMapping(path: path)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        return try #require(loaded.mapping)
    }

    static func findings(_ catalogue: Catalogue, read: [Diagnostic]) async -> [String] {
        var configuration = Configuration()
        configuration.settings = ValidationSettings(today: today)
        let rules = await ECVET.validate(catalogue, profile: .ecvet, configuration: configuration)
        return Diagnostic.sortedForOutput(read + rules).map { "\($0.id.id):\($0.location?.line ?? 0)" }
    }

    /// The export itself, read with Foundation: what the mapped catalogue is compared with.
    static func export(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    // MARK: - ePerusteet

    @Test("the common-units export: units, link points, the 180-point structure, parts, outcomes, criteria")
    func ePerusteetCommonUnits() throws {
        let loaded = ECVET.read(path: Self.common, mapping: try Self.mapping(Self.ePerusteet))
        let catalogue = try #require(loaded.catalogue)
        let source = try Self.export(Self.common)
        let sourceUnits = try #require(source["tutkinnonOsat"] as? [[String: Any]])

        #expect(catalogue.qualifications.count == 1)
        let qualification = catalogue.qualifications[0]
        #expect(qualification.code == nil, "the common units are no qualification of the national classification")
        #expect(qualification.identifiers == [Identifier(scheme: "diaarinumero", value: "OPH-456-2022")])
        #expect(qualification.title["fi"] == "Ammatillinen perustutkinto 2022")
        #expect(qualification.eqfLevel?.value == 4)
        #expect(qualification.nqfLevels.first?.framework == "FiNQF" && qualification.nqfLevels.first?.level == "4")
        #expect(qualification.country?.written == "FI")
        #expect(qualification.iscedF.map(\.written) == ["9999"])
        #expect(qualification.validity?.from == "2022-08-01")
        #expect(qualification.credits?.amount?.canonical == "180")

        #expect(catalogue.units.count == 9)
        #expect(Set(catalogue.units.map(\.id)) == Set(sourceUnits.map { "\($0["id"]!)" }))
        for unit in sourceUnits {
            let mapped = try #require(catalogue.units.first { $0.id == "\(unit["id"]!)" })
            #expect(mapped.credits?.amount?.canonical == "\(unit["laajuus"]!)")
            #expect(mapped.parts.count == (unit["osaAlueet"] as? [Any])?.count)
        }

        // Every unit is linked, with the points its reference gives.
        let structure = try #require(qualification.structure)
        let references = try #require(((source["suoritustavat"] as? [[String: Any]])?.first?["tutkinnonOsaViitteet"]) as? [[String: Any]])
        let links = structure.allUnitLinks
        #expect(links.count == references.count)
        for reference in references {
            let link = try #require(links.first { $0.unit.id == "\(reference["_tutkinnonOsa"]!)" })
            #expect(link.points?.canonical == "\(reference["laajuus"]!)")
        }
        #expect(structure.minPoints?.canonical == "180" && structure.maxPoints?.canonical == "180")
        let groups = structure.members.compactMap { if case .group(let group) = $0 { group } else { nil } }
        #expect(groups.map { $0.minPoints?.canonical } == ["145", "35"])
        #expect(groups.map { $0.title["fi"] } == ["Ammatilliset tutkinnon osat", "Yhteiset tutkinnon osat"])
        func openGroups(_ group: UnitGroup) -> Int {
            group.members.reduce(group.isOpen ? 1 : 0) { count, member in
                if case .group(let inner) = member { return count + openGroups(inner) }
                return count
            }
        }
        #expect(openGroups(structure) == 6)

        // Parts carry their own points; the communication unit's first part has 4.
        let communication = try #require(catalogue.units.first { $0.code == "106727" })
        #expect(communication.parts.first?.credits?.amount?.canonical == "4")
        #expect(communication.parts.first?.code == "VVAI22")

        // Outcomes: one statement per national code, in fi, sv and en, shared by the units that state it.
        let statements = try #require(String(data: Data(contentsOf: URL(fileURLWithPath: Self.common)), encoding: .utf8))
        let codes = Set(statements.components(separatedBy: "\"uri\" : \"").dropFirst().compactMap { piece -> String? in
            let code = String(piece.prefix { $0 != "\"" })
            return code.hasPrefix("ammattitaitovaatimukset_") || code.hasPrefix("osaamistavoitteet_") ? code : nil
        })
        #expect(catalogue.learningOutcomes.count == codes.count)
        #expect(catalogue.learningOutcomes.count > 350)
        #expect(Set(catalogue.learningOutcomes.map(\.id)) == codes)
        #expect(catalogue.learningOutcomes.allSatisfy { !$0.text.isEmpty })
        #expect(catalogue.learningOutcomes.filter { $0.text["fi"] != nil }.count * 10 > catalogue.learningOutcomes.count * 9)
        #expect(catalogue.learningOutcomes.contains { $0.text["sv"] != nil && $0.text["en"] != nil })
        let referenced = catalogue.units.reduce(0) { $0 + $1.learningOutcomes.count + $1.parts.reduce(0) { $0 + $1.learningOutcomes.count } }
        #expect(referenced > catalogue.learningOutcomes.count)

        // Graded criteria: unit-level for the vocational units, part-level for the common ones.
        let expert = try #require(catalogue.units.first { $0.code == "106730" })
        let criteria = try #require(expert.assessment?.criteria)
        #expect(!criteria.isEmpty)
        #expect(Set(criteria.compactMap(\.level)).isSubset(of: ["1", "2", "3", "4", "5"]))
        #expect(criteria.allSatisfy { !$0.title.isEmpty })
        let partCriteria = communication.parts.reduce(0) { $0 + ($1.assessment?.criteria.count ?? 0) }
        #expect(partCriteria > 100)
        #expect(expert.assessment?.procedures["fi"]?.contains("<") == false)
    }

    @Test("the common-units export's findings: open groups are no finding, zero minimums are warnings; no errors")
    func ePerusteetCommonFindings() async throws {
        let loaded = ECVET.read(path: Self.common, mapping: try Self.mapping(Self.ePerusteet))
        let found = await Self.findings(try #require(loaded.catalogue), read: loaded.diagnostics)
        #expect(found == [
            "V10:114", "V10:139", "M10:5299",
            "V18:7526", "V18:7853", "V18:7916", "V18:8718", "V18:9355", "V18:9490", "V18:12757", "V18:12793",
            "V18:12811", "V18:12874", "V18:12910", "V18:12928", "V18:12991", "V18:13075", "V18:13192", "V18:16901",
        ])
    }

    @Test("the specialist qualification: EQF 5, ten units, and V15 and V05 as its findings")
    func ePerusteetSpecialist() async throws {
        let loaded = ECVET.read(path: Self.specialist, mapping: try Self.mapping(Self.ePerusteet))
        let catalogue = try #require(loaded.catalogue)
        #expect(catalogue.qualifications.first?.eqfLevel?.value == 5)
        #expect(catalogue.qualifications.first?.iscedF.map(\.written) == ["0714"])
        #expect(Set(catalogue.qualifications.first?.languages.map(\.written) ?? []) == ["fi", "sv"])
        #expect(catalogue.units.count == 10)
        #expect(catalogue.qualifications.first?.structure?.allUnitLinks.count == 10)
        let found = await Self.findings(catalogue, read: loaded.diagnostics)
        var expected = ["V15:1", "M10:648", "M10:658"]
        for line in [658, 703, 748, 793, 838, 883, 928, 973, 1018, 1063] {
            expected += ["V05:\(line)", "V06:\(line)"]
        }
        // The export holds no outcomes, criteria or parts: the mapping's paths to them say so at
        // their lines in the mapping.
        expected += ["M15:119", "M15:128", "M15:134"]
        #expect(found == expected)
    }

    @Test("the mapped ePerusteet catalogue exports to Europass XML that the official loq.xsd accepts")
    func ePerusteetToEuropass() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("peruste.xml").path
        let result = try CommandRunner.run(["convert", "--mapping", Self.ePerusteet, Self.common, "--to", "europass-xml",
                                            "-o", output, "--xsd", "europass"])
        #expect(result.status == 0, "\(result.stderr)")
        let xml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(xml.contains("<Courses"))
        #expect(xml.contains("Ammatillinen perustutkinto 2022"))
    }

    // MARK: - Flat CSV

    @Test("a flat CSV sheet (;, decimal commas, BOM, CRLF, dd/mm/yyyy, one cell of competences) maps to qualifications and units")
    func flatCSV() async throws {
        let mapping = try Self.mapping(Fixtures.repository.appendingPathComponent("Mappings/fr-rncp-blocs.mapping.yaml").path)
        let loaded = ECVET.read(path: Fixtures.path("foreign/fr-rncp-blocs.csv"), mapping: mapping)
        let catalogue = try #require(loaded.catalogue)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        #expect(catalogue.qualifications.map(\.id) == ["RNCP35293", "RNCP38470"])
        let driver = catalogue.qualifications[0]
        #expect(driver.title["fr"] == "Conducteur du transport routier de marchandises sur porteur")
        #expect(driver.eqfLevel?.value == 3)
        #expect(driver.iscedF.map(\.written) == ["1041"])
        #expect(driver.validity == ValidityPeriod(from: "2021-09-01", until: "2026-08-31"))
        #expect(driver.credits?.amount?.canonical == "43")
        #expect(catalogue.qualifications[1].credits?.amount?.canonical == "47.5")
        let links = try #require(driver.structure?.allUnitLinks)
        #expect(links.map(\.unit.id) == ["RNCP35293BC01", "RNCP35293BC02", "RNCP35293BC03"])
        #expect(links.map { $0.points?.canonical } == ["20.5", "15", "7.5"])
        #expect(links.map(\.isMandatory) == [true, true, false])
        #expect(catalogue.units.count == 5)
        let first = try #require(catalogue.units.first)
        #expect(first.learningOutcomes.count == 3)
        let outcome = try #require(catalogue.learningOutcomes.first { $0.id == first.learningOutcomes[0].id })
        #expect(outcome.text["fr"] == "Vérifier l'état du véhicule avant le départ")
        #expect(outcome.category?.kind == .skills)
        #expect(first.assessment?.procedures["fr"]?.hasPrefix("Mise en situation") == true)
        let found = await Self.findings(catalogue, read: loaded.diagnostics)
        #expect(!found.contains { $0.hasPrefix("V0") && !$0.hasPrefix("V04") }, "\(found)")
        #expect(found.filter { $0.hasPrefix("V04") }.count == 2)
    }

    // MARK: - XML

    @Test("an XML export: namespaces, attributes, xml:lang, escaped HTML, hours to points, a unit shared by two qualifications")
    func xmlExport() async throws {
        let mapping = try Self.mapping(Fixtures.path("foreign/nl-kwalificatiedossier.mapping.yaml"))
        let loaded = ECVET.read(path: Fixtures.path("foreign/nl-kwalificatiedossier.xml"), mapping: mapping)
        let catalogue = try #require(loaded.catalogue)
        #expect(catalogue.qualifications.map(\.id) == ["crebo-25655", "crebo-25654"])
        let supervisor = catalogue.qualifications[0]
        #expect(supervisor.title == LocalizedText(["nl": "Logistiek supervisor", "en": "Logistics supervisor"]))
        #expect(supervisor.description["nl"] == "De logistiek supervisor stuurt een team aan in een magazijn of distributiecentrum.")
        #expect(supervisor.credits?.amount?.canonical == "180")
        #expect(supervisor.nqfLevels.first?.europassURI != nil)
        #expect(supervisor.structure?.allUnitLinks.map { $0.points?.canonical } == ["60", "90", "30"])
        #expect(supervisor.structure?.allUnitLinks.map(\.isMandatory) == [true, true, false])
        #expect(catalogue.qualifications[1].structure?.allUnitLinks.map(\.unit.id) == ["B2-K1", "K-VEILIG"])
        #expect(catalogue.units.map(\.id) == ["B1-K1", "B1-K2", "K-VEILIG", "B2-K1"])
        #expect(catalogue.learningOutcomes.count == 5)
        #expect(catalogue.learningOutcomes.first?.text["en"] == "Plans the work of the team")
        // The second qualification has no description: reported at its element, once.
        #expect(loaded.diagnostics.map { "\($0.id.id):\($0.location?.line ?? 0)" } == ["M10:46"])
        let found = await Self.findings(catalogue, read: [])
        #expect(!found.contains { $0.hasPrefix("V05") || $0.hasPrefix("V09") || $0.hasPrefix("V15") }, "\(found)")
    }

    // MARK: - Values

    @Test("transforms: dates, epoch milliseconds in a time zone, factors, decimal commas, split, HTML, code tables, formats")
    func transforms() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            language: en
            codeTables:
              level: {A: "4", B: "5", "*": ""}
            units:
              at: units
              id: {path: code, format: "urn:x:{}"}
              title: {path: name, html: true}
              eqfLevel: {path: level, table: level}
              iscedF: {path: fields, split: ";"}
              credits: {path: hours, divide: 25}
              validity:
                from: {path: start, date: d.m.yyyy}
                until: {path: end, date: epochMilliseconds, timeZone: Europe/Helsinki}
            qualifications:
              at: qualification
              id: id
              learningHours: {path: hours, decimalComma: true}
            """
        let source = """
            {"qualification": {"id": "Q", "hours": "1234,5"},
             "units": [{"code": "U1", "name": "&lt;p&gt;Weld &lt;b&gt;steel&lt;/b&gt;&lt;/p&gt;", "level": "A",
                        "fields": "0715; 0713", "hours": 150, "start": "1.8.2022", "end": 1659301200000},
                       {"code": "U2", "name": "<h1>Paint</h1>", "level": "Z", "hours": "x", "start": "2022-13-01"}]}
            """
        let mapping = try #require(ECVET.loadMapping(yaml: yaml, name: "test.mapping.yaml").mapping)
        let loaded = ECVET.read(bytes: Array(source.utf8), name: "export.json", mapping: mapping)
        let catalogue = try #require(loaded.catalogue)
        let units = catalogue.units
        #expect(units.map(\.id) == ["urn:x:U1", "urn:x:U2"])
        #expect(units[0].title["en"] == "Weld steel")
        #expect(units[1].title["en"] == "Paint")
        #expect(units[0].eqfLevel?.value == 4)
        #expect(units[1].eqfLevel == nil)
        #expect(units[0].iscedF.map(\.written) == ["0715", "0713"])
        #expect(units[0].credits?.amount?.canonical == "6")
        #expect(units[0].validity == ValidityPeriod(from: "2022-08-01", until: "2022-08-01"))
        #expect(catalogue.qualifications.first?.learningHours?.canonical == "1234.5")
        // "x" is no number and 2022-13-01 no d.m.yyyy date: warnings at the values, nothing lost.
        let problems = loaded.diagnostics.map { "\($0.id.id) \($0.location?.file ?? ""):\($0.location?.line ?? 0)" }
        #expect(problems.filter { $0.hasPrefix("M13") }.count == 2, "\(problems)")
        #expect(!problems.contains { $0.hasPrefix("M12") }, "the table's * entry takes unknown codes")
    }

    @Test("a source without what the mapping names: M10, M11, M12 and M14 at the source's places; no crash")
    func sourceProblems() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: yaml
            codeTables:
              level: {A: "4"}
            lookups:
              refs: {at: "refs[*]", key: id, unit: unit}
            qualifications:
              at: qualifications[*]
              id: id
              title: {fi: nimi}
              eqfLevel: {path: level, table: level}
              units:
                at: links[*]
                unit: {path: ref, lookup: refs, field: unit}
            """
        let source = """
            qualifications:
              - id: Q1
                nimi: Hitsaaja
                level: B
                links:
                  - ref: r1
                  - ref: r9
              - nimi: Ilman tunnusta
            refs:
              - {id: r1, unit: U1}
            """
        let mapping = try #require(ECVET.loadMapping(yaml: yaml, name: "m.yaml").mapping)
        let loaded = ECVET.read(bytes: Array(source.utf8), name: "export.yaml", mapping: mapping)
        let catalogue = try #require(loaded.catalogue)
        #expect(catalogue.qualifications.map(\.id) == ["Q1"])
        #expect(catalogue.qualifications[0].title["fi"] == "Hitsaaja")
        #expect(catalogue.qualifications[0].structure?.allUnitLinks.map(\.unit.id) == ["U1"])
        let problems = Diagnostic.sortedForOutput(loaded.diagnostics).map { "\($0.id.id) \($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
        #expect(problems == ["M12 4:12", "M14 7:14", "M10 8:5", "M11 8:5"])
        #expect(loaded.diagnostics.first { $0.id == .unmappedCode }?.formatted.contains("B is not in the code table level") == true)
    }

    // MARK: - Mapping files with problems

    @Test("problems in a mapping file point at its own lines with M ids", arguments: [
        ("syntax: json\nunits: {at: x, id: id}\n", "M01 1"),
        ("ecvetMapping: 1\nsyntax: jsn\nunits: {at: x, id: id}\n", "M01 2"),
        ("ecvetMapping: 1\nsyntax: json\nunits:\n  at: x\n  id: id\n  titel: name\n", "M02 6"),
        ("ecvetMapping: 1\nsyntax: json\nunits:\n  at: \"x[y\"\n  id: id\n", "M03 4"),
        ("ecvetMapping: 1\nsyntax: json\nunits:\n  at: x\n  id: {path: id, table: nowhere}\n", "M04 5"),
        ("ecvetMapping: 1\nsyntax: json\nunits:\n  id: id\n", "M04 4"),
        ("ecvetMapping: 1\nsyntax: json\ndefaults: {eqf: 4}\nunits: {at: x, id: id}\n", "M04 3"),
        ("ecvetMapping: 1\nsyntax: json\nunits: {at: x, id: {path: id, date: someday}}\n", "M04 3"),
    ])
    func mappingFileProblems(yaml: String, expected: String) {
        let loaded = ECVET.loadMapping(yaml: yaml, name: "bad.mapping.yaml")
        #expect(loaded.mapping == nil)
        let first = loaded.diagnostics.first.map { "\($0.id.id) \($0.location?.line ?? 0)" }
        #expect(first == expected, "\(loaded.diagnostics.map(\.formatted))")
    }

    @Test("an unknown key in a mapping gets a suggestion")
    func suggestion() {
        let loaded = ECVET.loadMapping(yaml: "ecvetMapping: 1\nsyntax: json\nunits:\n  at: x\n  id: id\n  titel: name\n", name: "m.yaml")
        #expect(loaded.diagnostics.first?.message.contains("did you mean title?") == true)
    }

    // MARK: - Command line

    @Test("ecvet validate and inspect --mapping: findings at the source, the mapping named, exit statuses")
    func commandLine() throws {
        let mapping = "Mappings/fr-rncp-blocs.mapping.yaml"
        let inspect = try CommandRunner.run(["inspect", "--mapping", mapping, "Fixtures/foreign/fr-rncp-blocs.csv"])
        #expect(inspect.status == 0)
        #expect(inspect.stdout.contains("through \(mapping)"))
        #expect(inspect.stdout.contains("units              5"))
        let validate = try CommandRunner.run(["validate", "--mapping", mapping, "Fixtures/foreign/fr-rncp-blocs.csv", "--today", "2026-01-01"])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.contains("Fixtures/foreign/fr-rncp-blocs.csv:2:1: warning: [V04 nqf-level]"))
        let both = try CommandRunner.run(["validate", "--mapping", mapping, "--from", "csv", "Fixtures/foreign/fr-rncp-blocs.csv"])
        #expect(both.status == 2)
    }

    @Test("validate --mapping on a folder reads its exports and skips the mapping file in it")
    func folderInput() throws {
        let folder = try Fixtures.temporaryFolder()
        for name in ["a.xml", "b.xml"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("foreign/nl-kwalificatiedossier.xml"),
                                             toPath: folder.appendingPathComponent(name).path)
        }
        let mapping = folder.appendingPathComponent("mbo.mapping.yaml").path
        try FileManager.default.copyItem(atPath: Fixtures.path("foreign/nl-kwalificatiedossier.mapping.yaml"), toPath: mapping)
        let result = try CommandRunner.run(["validate", "--mapping", mapping, folder.path, "--today", "2026-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("checked 2 files, 4 qualifications, 8 units: 0 errors"))
    }

    @Test("a broken mapping file stops convert with its own line, exit 1, and writes nothing")
    func brokenMappingOnCommandLine() throws {
        let folder = try Fixtures.temporaryFolder()
        let mapping = folder.appendingPathComponent("broken.mapping.yaml")
        try "ecvetMapping: 1\nsyntax: csv\nunits:\n  id: Code\n  credits: {path: Points, decimalKomma: true}\n".write(to: mapping, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.json").path
        let result = try CommandRunner.run(["convert", "--mapping", mapping.path, "Fixtures/foreign/fr-rncp-blocs.csv", "-o", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.mapping.yaml:5:"))
        #expect(result.stderr.contains("[M02 mapping-unknown-key]"))
        #expect(result.stderr.contains("did you mean decimalComma?"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("convert --mapping writes the catalogue, which reads back the same")
    func convertRoundTrip() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("mbo.json").path
        let result = try CommandRunner.run(["convert", "--mapping", "Fixtures/foreign/nl-kwalificatiedossier.mapping.yaml",
                                            "Fixtures/foreign/nl-kwalificatiedossier.xml", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let mapped = ECVET.read(path: Fixtures.path("foreign/nl-kwalificatiedossier.xml"),
                                mapping: try Self.mapping(Fixtures.path("foreign/nl-kwalificatiedossier.mapping.yaml")))
        #expect(ECVET.read(path: output).catalogue == mapped.catalogue)
    }
}

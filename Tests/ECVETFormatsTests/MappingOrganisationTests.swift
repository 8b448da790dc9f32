@testable import ECVETKit
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

/// Organisations a mapping defines, written out or read from the export's records, and the
/// awarding bodies that name them: through the library and the `ecvet` command, on small exports
/// and on the real Finnish ones.
@Suite("Mapping organisations")
struct MappingOrganisationTests {
    static let ePerusteet = Fixtures.repository.appendingPathComponent("Mappings/fi-eperusteet.mapping.yaml").path
    static let common = Fixtures.path("real/fi-eperusteet/amosaayhteinenPeruste.json")
    static let specialist = Fixtures.path("real/fi-eperusteet/amosaaPeruste.json")

    static func read(yaml: String, source: String, name: String = "export.json") throws -> LoadedCatalogue {
        let loaded = ECVET.loadMapping(yaml: yaml, name: "test.mapping.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        return ECVET.read(bytes: Array(source.utf8), name: name, mapping: try #require(loaded.mapping))
    }

    /// What V23 (ids and references) finds: the small catalogues here lack much else.
    static func referenceFindings(_ catalogue: Catalogue) async -> [Diagnostic] {
        var configuration = Configuration()
        configuration.settings = ValidationSettings(today: Configuration.parseDate("2026-01-01")!)
        return await ECVET.validate(catalogue, profile: .ecvet, configuration: configuration).filter { $0.id.id == "V23" }
    }

    // MARK: - Written out

    @Test("organisations written out in the mapping are in every catalogue, and defaults.awardingBody names one")
    func constants() async throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            language: fi
            organisations:
              constants:
                - id: OPH
                  name: {fi: Opetushallitus, sv: Utbildningsstyrelsen}
                  country: FI
                  address: Hakaniemenranta 6, Helsinki
                  homepage: https://www.oph.fi
                  email: kirjaamo@oph.fi
                  identifiers:
                    - {scheme: Y-tunnus, value: 2769790-1}
                    - {value: "1.2.246.562.10.00000000001"}
                - id: KARVI
                  name: Kansallinen koulutuksen arviointikeskus
            defaults:
              awardingBody: OPH
            qualifications:
              at: qualifications[*]
              id: id
              title: nimi
            """
        let loaded = try Self.read(yaml: yaml, source: #"{"qualifications": [{"id": "Q1", "nimi": "Hitsaaja"}]}"#)
        let catalogue = try #require(loaded.catalogue)
        #expect(catalogue.organisations.map(\.id) == ["OPH", "KARVI"])
        let oph = catalogue.organisations[0]
        #expect(oph.name == LocalizedText(["fi": "Opetushallitus", "sv": "Utbildningsstyrelsen"]))
        #expect(oph.country?.written == "FI")
        #expect(oph.address["fi"] == "Hakaniemenranta 6, Helsinki")
        #expect(oph.homepage == "https://www.oph.fi" && oph.email == "kirjaamo@oph.fi")
        #expect(oph.identifiers == [Identifier(scheme: "Y-tunnus", value: "2769790-1"),
                                    Identifier(value: "1.2.246.562.10.00000000001")])
        // A text without a language is in the mapping's language:.
        #expect(catalogue.organisations[1].name["fi"] == "Kansallinen koulutuksen arviointikeskus")
        // Findings about a written-out organisation point into the mapping.
        #expect(oph.location.file == "test.mapping.yaml" && oph.location.line == 6)
        #expect(catalogue.qualifications[0].awardingBody?.id == "OPH")
        #expect(await Self.referenceFindings(catalogue).isEmpty)
    }

    @Test("a qualification's awardingBody: field names an organisation the mapping writes out")
    func awardingBodyField() async throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            organisations:
              constants: [{id: OPH, name: {en: Finnish National Agency for Education}}]
            qualifications:
              at: qualifications[*]
              id: id
              awardingBody: {value: OPH}
            """
        let catalogue = try #require(try Self.read(yaml: yaml, source: #"{"qualifications": [{"id": "Q1"}]}"#).catalogue)
        #expect(catalogue.qualifications[0].awardingBody?.id == "OPH")
        #expect(await Self.referenceFindings(catalogue).isEmpty)
    }

    @Test("an awarding body neither the mapping nor the export defines is a V23 error that names it, at the mapping's line")
    func unknownAwardingBody() async throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            organisations:
              constants: [{id: OPH}]
            defaults:
              awardingBody: OHP
            qualifications:
              at: qualifications[*]
              id: id
            """
        let catalogue = try #require(try Self.read(yaml: yaml, source: #"{"qualifications": [{"id": "Q1"}]}"#).catalogue)
        let findings = await Self.referenceFindings(catalogue)
        #expect(findings.count == 1 && findings.first?.severity == .error)
        #expect(findings.first?.message.contains("names awarding body \"OHP\", which is not among the organisations") == true)
        #expect(findings.first?.location?.file == "test.mapping.yaml" && findings.first?.location?.line == 6)
    }

    // MARK: - Read from records

    @Test("organisations read from records: each id once, written-out ones first, identifiers from the record")
    func records() async throws {
        let yaml = """
            ecvetMapping: 1
            syntax: json
            organisations:
              constants:
                - {id: "1.2.246.562.10.1", name: {en: Written out}}
              records:
                at: qualifications[*].provider
                id: oid
                name: nimi
                country: {value: FI}
                homepage: www
                identifiers:
                  scheme: {value: Y-tunnus}
                  value: ytunnus
            qualifications:
              at: qualifications[*]
              id: id
              awardingBody: provider.oid
            """
        let source = """
            {"qualifications": [
              {"id": "Q1", "provider": {"oid": "1.2.246.562.10.2", "nimi": {"fi": "Omnia", "en": "Omnia"}, "ytunnus": "0201256-6", "www": "https://www.omnia.fi"}},
              {"id": "Q2", "provider": {"oid": "1.2.246.562.10.2", "nimi": {"fi": "Omnia (toinen kirjoitus)"}}},
              {"id": "Q3", "provider": {"oid": "1.2.246.562.10.1", "nimi": {"fi": "Sama kuin kirjoitettu"}}},
              {"id": "Q4", "provider": {"nimi": {"fi": "Ilman tunnusta"}}}
            ]}
            """
        let loaded = try Self.read(yaml: yaml, source: source)
        let catalogue = try #require(loaded.catalogue)
        #expect(catalogue.organisations.map(\.id) == ["1.2.246.562.10.1", "1.2.246.562.10.2"])
        #expect(catalogue.organisations[0].name == LocalizedText(["en": "Written out"]))
        let omnia = catalogue.organisations[1]
        #expect(omnia.name == LocalizedText(["fi": "Omnia", "en": "Omnia"]))
        #expect(omnia.country?.written == "FI" && omnia.homepage == "https://www.omnia.fi")
        #expect(omnia.identifiers == [Identifier(scheme: "Y-tunnus", value: "0201256-6")])
        #expect(omnia.location.file == "export.json" && omnia.location.line == 2)
        #expect(catalogue.qualifications.map { $0.awardingBody?.id } == ["1.2.246.562.10.2", "1.2.246.562.10.2", "1.2.246.562.10.1", nil])
        // The provider without an id is left out, with M11 at its record.
        #expect(loaded.diagnostics.filter { $0.id == .recordWithoutID }.map { $0.location?.line } == [5])
        #expect(await Self.referenceFindings(catalogue).isEmpty)
    }

    @Test("in a CSV export, organisation records are rows like every other entity's")
    func csvRows() throws {
        let yaml = """
            ecvetMapping: 1
            syntax: csv
            language: fr
            organisations:
              records:
                id: Certificateur
                name: Nom certificateur
            qualifications:
              id: Code
              awardingBody: Certificateur
            """
        let source = "Code;Certificateur;Nom certificateur\nRNCP1;130-001;Ministère du Travail\nRNCP2;130-001;Ministère du Travail\n"
        let catalogue = try #require(try Self.read(yaml: yaml, source: source, name: "export.csv").catalogue)
        #expect(catalogue.organisations.map(\.id) == ["130-001"])
        #expect(catalogue.organisations[0].name["fr"] == "Ministère du Travail")
        #expect(catalogue.qualifications.map { $0.awardingBody?.id } == ["130-001", "130-001"])
    }

    // MARK: - Mapping files with problems

    @Test("mistakes in organisations: point at the mapping's own lines, with the closest key", arguments: [
        ("organisations:\n  constant: [{id: A}]\n", "M02 4", "did you mean constants?"),
        ("organisations:\n  constants:\n    - id: A\n      homepgae: x\n", "M02 6", "did you mean homepage?"),
        ("organisations:\n  constants:\n    - id: A\n      identifiers: [{shceme: x, value: 1}]\n", "M02 6", "did you mean scheme?"),
        ("organisations:\n  records:\n    at: x\n    id: id\n    nmae: n\n", "M02 7", "did you mean name?"),
        ("organisations:\n  constants:\n    - name: {fi: Nimetön}\n", "M04 5", "needs id:"),
        ("organisations:\n  constants: [{id: A}, {id: A}]\n", "M04 4", "written out twice"),
        ("organisations:\n  constants:\n    - {id: A, name: {fi: x, zz: y}}\n", "M04 5", "zz is no ISO 639-1 code"),
        ("organisations:\n  constants:\n    - {id: A, identifiers: [{scheme: x}]}\n", "M04 5", "an identifier needs value:"),
    ])
    func mappingProblems(section: String, expected: String, message: String) {
        let yaml = "ecvetMapping: 1\nsyntax: json\n" + section + "units: {at: x, id: id}\n"
        let loaded = ECVET.loadMapping(yaml: yaml, name: "bad.mapping.yaml")
        #expect(loaded.mapping == nil)
        let first = loaded.diagnostics.first
        #expect(first.map { "\($0.id.id) \($0.location?.line ?? 0)" } == expected, "\(loaded.diagnostics.map(\.formatted))")
        #expect(first?.message.contains(message) == true, "\(first?.message ?? "")")
    }

    // MARK: - The real Finnish exports

    @Test("the Finnish exports carry OPH as awarding body, validity, code, modified and languages in the canonical JSON")
    func ePerusteetCanonical() throws {
        let expected: [(file: String, code: String?, diary: String, from: String, modified: String, languages: [String])] = [
            (Self.common, nil, "OPH-456-2022", "2022-08-01", "2023-08-18", ["fi"]),
            (Self.specialist, "357401", "9/011/2008", "2008-05-01", "2017-02-10", ["sv", "fi"]),
        ]
        for file in expected {
            let result = try CommandRunner.run(["convert", "--mapping", Self.ePerusteet, file.file, "--to", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any])
            let qualification = try #require((json["qualifications"] as? [[String: Any]])?.first)
            #expect(qualification["awardingBody"] as? String == "OPH")
            #expect(qualification["code"] as? String == file.code)
            #expect(qualification["identifiers"] as? [[String: String]] == [["scheme": "diaarinumero", "value": file.diary]])
            #expect((qualification["validity"] as? [String: Any])?["from"] as? String == file.from)
            #expect(qualification["modified"] as? String == file.modified)
            #expect(qualification["languages"] as? [String] == file.languages)
            let organisations = try #require(json["organisations"] as? [[String: Any]])
            #expect(organisations.count == 1)
            #expect(organisations.first?["id"] as? String == "OPH")
            #expect(organisations.first?["name"] as? [String: String] == [
                "fi": "Opetushallitus", "sv": "Utbildningsstyrelsen", "en": "Finnish National Agency for Education",
            ])
            #expect(organisations.first?["country"] as? String == "FI")
            #expect(organisations.first?["homepage"] as? String == "https://www.oph.fi")
            #expect(organisations.first?["identifiers"] as? [[String: String]] == [["scheme": "Y-tunnus", "value": "2769790-1"]])
        }
    }

    @Test("the sub-units of the Finnish common units keep the codes the export gives them")
    func ePerusteetPartCodes() throws {
        let mapping = try #require(ECVET.loadMapping(path: Self.ePerusteet).mapping)
        let catalogue = try #require(ECVET.read(path: Self.common, mapping: mapping).catalogue)
        let source = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.common))) as? [String: Any])
        var sourceCodes: [String: String] = [:]
        for unit in source["tutkinnonOsat"] as? [[String: Any]] ?? [] {
            for part in unit["osaAlueet"] as? [[String: Any]] ?? [] {
                sourceCodes["\(part["id"]!)"] = part["koodiArvo"] as? String
            }
        }
        let parts = catalogue.units.flatMap(\.parts)
        #expect(parts.count == sourceCodes.count && parts.count == 25)
        for part in parts {
            #expect(part.code == sourceCodes[part.id], "part \(part.id)")
        }
        #expect(catalogue.units.allSatisfy { $0.modified != nil })
    }

    @Test("the Finnish common units export to LOQ with OPH awarding it from the day it came into force, valid against the official XSD")
    func ePerusteetLOQ() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("peruste.xml").path
        let result = try CommandRunner.run(["convert", "--mapping", Self.ePerusteet, Self.common, "--to", "europass-xml",
                                            "-o", output, "--xsd", "europass"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("cannot be written to LOQ"), "validity is no longer dropped")
        let xml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(xml.contains("""
                  <awardingOpportunity>
                    <awardingBody idref="urn:ecvetkit:organisation:OPH"/>
                    <temporal>
                      <startDate>2022-08-01T00:00:00Z</startDate>
                    </temporal>
            """))
        #expect(xml.contains("<skos:notation>OPH-456-2022</skos:notation>\n        <schemeName>diaarinumero</schemeName>"))
        #expect(xml.contains("<modified>2023-08-18T00:00:00Z</modified>"))
        #expect(xml.contains("<legalName language=\"fi\">Opetushallitus</legalName>"))
        #expect(xml.contains("<legalName language=\"en\">Finnish National Agency for Education</legalName>"))
        #expect(xml.contains("<skos:notation>2769790-1</skos:notation>"))
        #expect(xml.contains("<contentUrl>https://www.oph.fi</contentUrl>"))
        let qualification = try #require(xml.range(of: "</qualification>").map { String(xml[..<$0.lowerBound]) })
        #expect(qualification.components(separatedBy: "<language ").count - 1 == 1)
        #expect(qualification.contains("<language uri=\"http://publications.europa.eu/resource/authority/language/FIN\"/>"))
    }

    @Test("two Finnish exports merged have OPH once, and validate without V23")
    func ePerusteetMerged() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("merged.json").path
        let convert = try CommandRunner.run(["convert", "--mapping", Self.ePerusteet, Self.common, Self.specialist,
                                             "--merge", "-o", output])
        #expect(convert.status == 0, "\(convert.stderr)")
        let merged = ECVET.read(path: output)
        let catalogue = try #require(merged.catalogue)
        #expect(catalogue.organisations.map(\.id) == ["OPH"])
        #expect(catalogue.qualifications.map { $0.awardingBody?.id } == ["OPH", "OPH"])
        let validate = try CommandRunner.run(["validate", output, "--today", "2026-01-01"])
        #expect(!validate.stderr.contains("V23"), "\(validate.stderr)")
    }
}

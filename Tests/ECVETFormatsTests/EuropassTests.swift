import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

@Suite("Europass LOQ export")
struct EuropassTests {
    /// The official schema as shipped in `Schemas/`, for `xmllint`; ECVETKit itself uses the
    /// embedded copy (`--xsd europass`).
    static let loq = Fixtures.repository.appendingPathComponent("Schemas/europass/elm-3.1/loq.xsd").path

    func export(_ fixture: String) throws -> String {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        return String(decoding: try ECVET.bytes(of: catalogue, as: .europassXML), as: UTF8.self)
    }

    @Test("every valid catalogue exports to LOQ XML that the official loq.xsd accepts (library and xmllint)",
          arguments: Fixtures.files(in: "valid"))
    func conformance(fixture: String) throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("loq.xml")
        try Data(try export(fixture).utf8).write(to: file)
        let library = ECVET.checkSchema(path: file.path, xsd: ECVET.europassSchemaName)
        #expect(library.isEmpty, "\(library.prefix(5).map(\.formatted))")
        if let xmllint = XMLTests.xmllint {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--nonet", "--noout", "--schema", Self.loq, file.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "xmllint rejects the export of \(fixture)")
        }
    }

    @Test("re-exporting an unchanged catalogue gives the same bytes; ids are stable")
    func deterministic() throws {
        let first = try export("valid/fi-vocational-catalogue.json")
        #expect(try export("valid/fi-vocational-catalogue.yaml") == first)
        #expect(first.contains("<Courses ") && first.contains(" xmlns=\"http://data.europa.eu/snb/model/ap/loq-constraints/\""))
        #expect(first.contains("xsdVersion=\"3.1.0\""))
        #expect(first.contains("<qualification id=\"urn:ecvetkit:qualification:Q-LOG-PT\">"))
    }

    @Test("what LOQ carries: levels, codes, points, outcomes, links")
    func carried() throws {
        let xml = try export("valid/fi-vocational-catalogue.json")
        #expect(xml.contains("<EQFLevel uri=\"http://data.europa.eu/snb/eqf/4\"/>"))
        #expect(xml.contains("<NQFLevel uri=\"http://data.europa.eu/snb/qdr/c_cbf250da\"/>"), "FiNQF 4")
        #expect(xml.contains("<ISCEDFCode uri=\"http://data.europa.eu/snb/isced-f/1041\"/>"))
        #expect(xml.contains("<language uri=\"http://publications.europa.eu/resource/authority/language/FIN\"/>"))
        #expect(xml.contains("<framework uri=\"http://data.europa.eu/snb/education-credit/60b314e826\"/>"))
        #expect(xml.contains("<isPartOf idref=\"urn:ecvetkit:qualification:Q-LOG-PT\"/>"))
        #expect(xml.contains("<type uri=\"http://data.europa.eu/snb/skill-type/knowledge\"/>"))
        #expect(xml.contains("<awardingBody idref=\"urn:ecvetkit:organisation:ORG-OPH\"/>"))
        #expect(xml.contains("<spatialCode uri=\"http://publications.europa.eu/resource/authority/country/FIN\"/>"))
    }

    @Test("a specification with ECTS and ECVET points is read with its ECVET points, whichever comes first")
    func ecvetPointsPreferred() throws {
        let xml = try export("valid/fi-vocational-catalogue.json")
        let ects = "<creditPoint>\n        <framework uri=\"\(CodeLists.ectsURI)\"/>\n        <point>99</point>\n      </creditPoint>\n      <creditPoint>"
        let both = try #require(xml.range(of: "<creditPoint>")).lowerBound
        var edited = xml
        edited.replaceSubrange(both..<xml.index(both, offsetBy: "<creditPoint>".count), with: ects)
        let loaded = ECVET.read(bytes: Array(edited.utf8), name: "both.xml")
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.formatted))")
        let qualification = try #require(loaded.catalogue?.qualifications.first { $0.id.hasSuffix("Q-LOG-PT") })
        #expect(qualification.credits?.amount?.canonical == "180")
        #expect(qualification.credits?.system?.name == CreditSystem.ecvet.name)
    }

    @Test("a LOQ document read and written again keeps the ids of its specifications, outcomes and organisations")
    func idsKept() async throws {
        let source = try String(contentsOfFile: Fixtures.path("europass/minimal-vet-qualification-ecvet.xml"), encoding: .utf8)
        let loaded = ECVET.read(path: Fixtures.path("europass/minimal-vet-qualification-ecvet.xml"))
        let catalogue = try #require(loaded.catalogue)
        let encoded = try await ECVET.encode(catalogue, as: .europassXML, allowIncomplete: true)
        let written = String(decoding: try #require(encoded.bytes), as: UTF8.self)
        func ids(_ xml: String) -> Set<String> {
            Set(xml.components(separatedBy: " id=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) })
        }
        // Locations are not in the model: theirs are made from their organisation's.
        let kept = ids(source).filter { !$0.contains(":loc:") }
        #expect(kept.isSubset(of: ids(written)), "\(kept.subtracting(ids(written)))")
    }

    @Test("a language whose text is only white space or markup is not written as an empty element")
    func blankLanguages() async throws {
        var catalogue = try #require(ECVET.read(path: Fixtures.path("valid/fi-vocational-catalogue.json")).catalogue)
        catalogue.units[0].title = LocalizedText(["fi": catalogue.units[0].title["fi"] ?? "Yksikkö", "sv": "  ", "en": "<p> </p>"])
        let encoded = try await ECVET.encode(catalogue, as: .europassXML)
        let xml = String(decoding: try #require(encoded.bytes), as: UTF8.self)
        #expect(!xml.contains("<title language=\"sv\"></title>") && !xml.contains("<title language=\"en\"></title>"))
        #expect(!xml.contains("<title language=\"sv\"> </title>"))
    }

    @Test("what LOQ cannot carry is left out, as documented")
    func leftOut() throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path("valid/fi-vocational-catalogue.json")).catalogue)
        let xml = String(decoding: try ECVET.bytes(of: catalogue, as: .europassXML), as: UTF8.self)
        // U-LOG-104 weighs 15 in Q-LOG-PT and 20 in Q-LOG-AT: LOQ holds only the unit's own 15.
        let unit = try #require(xml.range(of: "<learningAchievementSpecification id=\"urn:ecvetkit:unit:U-LOG-104\">"))
        let end = try #require(xml.range(of: "</learningAchievementSpecification>", range: unit.upperBound..<xml.endIndex))
        let block = xml[unit.lowerBound..<end.upperBound]
        #expect(block.contains("<point>15</point>"))
        #expect(!block.contains("<point>20</point>"))
        #expect(block.contains("<isPartOf idref=\"urn:ecvetkit:qualification:Q-LOG-PT\"/>"))
        #expect(block.contains("<isPartOf idref=\"urn:ecvetkit:qualification:Q-LOG-AT\"/>"))
        // Groups and their rules have no place in LOQ.
        #expect(!xml.contains("G-PT-OSA"))
        #expect(!xml.contains("minPoints"))
        // Outcomes belong to units, but LOQ wants them on the qualification too.
        let qualification = try #require(xml.range(of: "<qualification id=\"urn:ecvetkit:qualification:Q-LOG-EAT\">"))
        let qualificationEnd = try #require(xml.range(of: "</qualification>", range: qualification.upperBound..<xml.endIndex))
        #expect(xml[qualification.lowerBound..<qualificationEnd.upperBound].contains("<learningOutcome idref=\"urn:ecvetkit:learning-outcome:LO-301-1\"/>"))
        // A note holds one language: the first.
        let summary = try #require(catalogue.qualifications[0].learningOutcomeSummary.entries.first)
        #expect(xml.contains("<noteLiteral language=\"\(summary.language)\">"))
        #expect(!xml.contains("<noteLiteral language=\"sv\">Den som avlagt examen tar emot"))
    }

    @Test("an incomplete catalogue is refused with the europass findings, unless --allow-incomplete")
    func refused() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("loq.xml").path
        let input = "Fixtures/invalid/rules/V27-qualification-without-language.json"
        let refused = try CommandRunner.run(["convert", input, "--to", "europass-xml", "-o", target])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: [V27 europass-content]"))
        #expect(!FileManager.default.fileExists(atPath: target))
        let allowed = try CommandRunner.run(["convert", input, "--to", "europass-xml", "--allow-incomplete", "-o", target])
        #expect(allowed.status == 0)
        #expect(FileManager.default.fileExists(atPath: target))
    }

    @Test("--xsd europass checks the output against the built-in official schema before it appears")
    func schemaGate() throws {
        let folder = try Fixtures.temporaryFolder()
        let good = folder.appendingPathComponent("loq.xml").path
        let ok = try CommandRunner.run(["convert", "Fixtures/valid/eu-multilingual-catalogue.json", "--to", "europass-xml",
                                        "--xsd", "europass", "-o", good])
        #expect(ok.status == 0, "\(ok.stderr)")
        let bad = folder.appendingPathComponent("canonical.xml").path
        let rejected = try CommandRunner.run(["convert", "Fixtures/valid/eu-multilingual-catalogue.json", "--to", "xml",
                                              "--xsd", "europass", "-o", bad])
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains("[X01 xml-schema]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["loq.xml"], "nothing else was written")
    }

    @Test("with --allow-incomplete, what LOQ cannot take is left out with a warning, and the document follows the official schema",
          arguments: Fixtures.files(in: "invalid/rules", extensions: ["json"], folders: false))
    func incompleteStaysValid(fixture: String) async throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        let encoded = try await ECVET.encode(catalogue, as: .europassXML, allowIncomplete: true)
        let bytes = try #require(encoded.bytes)
        let file = try Fixtures.temporaryFolder().appendingPathComponent("loq.xml")
        try Data(bytes).write(to: file)
        let schema = ECVET.checkSchema(path: file.path, xsd: ECVET.europassSchemaName)
        #expect(schema.isEmpty, "\(schema.prefix(3).map(\.formatted))")
        // Whatever a profile error keeps out of the document is named by a warning.
        let required = ["V03", "V04", "V05", "V20", "V21", "V27"]
        if encoded.diagnostics.contains(where: { $0.severity == .error && required.contains($0.id.id) }) {
            #expect(encoded.diagnostics.contains { $0.id == .leftOutOfEuropass && $0.severity == .warning },
                    "\(encoded.diagnostics.map(\.formatted))")
        }
    }

    @Test("ecvet convert --allow-incomplete: exit 0, a valid document without the unit, and a warning that names it")
    func incompleteCommand() throws {
        let target = try Fixtures.temporaryFolder().appendingPathComponent("loq.xml").path
        let result = try CommandRunner.run(["convert", "Fixtures/invalid/rules/V05-unit-without-outcomes.json", "--to", "europass-xml",
                                            "--allow-incomplete", "--xsd", "europass", "-o", target])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: [X02 left-out-of-europass] Unit \"U-2"), "\(result.stderr)")
        let xml = try String(contentsOfFile: target, encoding: .utf8)
        #expect(!xml.contains("urn:ecvetkit:unit:U-2\""))
        #expect(xml.contains("urn:ecvetkit:unit:U-1\""))
    }

    @Test("an extension never implies Europass: .xml is canonical XML")
    func extensionIsCanonical() {
        #expect(FormatRegistry.format(forExtensionOf: "out.xml") == .xml)
    }
}

@Suite("Europass CSV")
struct EuropassCSVTests {
    func tables(_ fixture: String) throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("europass")
        let result = try CommandRunner.run(["convert", "Fixtures/\(fixture)", "--to", "europass-csv", "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    func rows(_ file: URL) throws -> [[String: String]] {
        let reader = CSVRecordReader(input: try ByteInput(path: file.path))
        guard try reader.next() else { return [] }
        let header = reader.fields
        var rows: [[String: String]] = []
        while try reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, reader.fields))) }
        return rows
    }

    @Test("each code as its Europass URI and as a label, units with their points in each qualification")
    func columns() throws {
        let folder = try tables("valid/fi-vocational-catalogue.json")
        let qualifications = try rows(folder.appendingPathComponent("europass-qualifications.csv"))
        let first = try #require(qualifications.first)
        #expect(first["eqfURI"] == "http://data.europa.eu/snb/eqf/4")
        #expect(first["eqfLabel"] == "Level 4")
        #expect(first["nqfLevel"] == "FiNQF 4")
        #expect(first["nqfURI"] == "http://data.europa.eu/snb/qdr/c_cbf250da")
        #expect(first["iscedFLabel"] == "Transport services")
        #expect(first["countryURI"] == "http://publications.europa.eu/resource/authority/country/FIN")
        #expect(first["languageLabels"] == "Finnish|Swedish")
        #expect(first["creditSystemURI"] == "http://data.europa.eu/snb/education-credit/60b314e826")
        #expect(first["title@sv"] == "Grundexamen inom logistik")
        let units = try rows(folder.appendingPathComponent("europass-units.csv"))
        let shared = units.filter { $0["unit"] == "U-LOG-104" }
        #expect(shared.map { $0["qualification"]! } == ["Q-LOG-PT", "Q-LOG-AT"])
        #expect(shared.map { $0["points"]! } == ["15", "20"], "a unit's points in each qualification")
        #expect(shared[0]["learningOutcomes@fi"]?.split(separator: "\n").count ?? 0 >= 1)
    }

    @Test("points are ECVET under the ECVET URI: national points converted with their factor, or kept in their own system without a Europass framework; NQF levels known only by URI get the vocabulary's label")
    func points() throws {
        var catalogue = Catalogue()
        let hours = CreditSystem.national(name: "SBU", ecvetFactor: DecimalText("0.0375"))
        catalogue.qualifications = [
            Qualification(id: "Q-NL", title: LocalizedText(["nl": "Logistiek medewerker"]),
                          nqfLevels: [NQFLevel(uri: "http://data.europa.eu/snb/qdr/c_cbf250da")],
                          credits: CreditPoints("1600", system: hours),
                          structure: UnitGroup(members: [.unit(UnitLink(unit: Reference("U-NL")))])),
            Qualification(id: "Q-XX", title: LocalizedText(["fi": "Tutkinto"]), credits: CreditPoints("180", system: .national(name: "OSP", ecvetFactor: nil)),
                          structure: UnitGroup(members: [.unit(UnitLink(unit: Reference("U-XX")))])),
        ]
        catalogue.units = [
            Unit(id: "U-NL", title: LocalizedText(["nl": "Goederen ontvangen"]), credits: CreditPoints("800", system: hours)),
            Unit(id: "U-XX", title: LocalizedText(["fi": "Osa"]), credits: CreditPoints("25", system: .national(name: "OSP", ecvetFactor: nil))),
        ]
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try ECVET.prepare(catalogue, as: .europassCSV, at: folder.appendingPathComponent("europass").path)
        try ECVET.commit([files])
        let qualifications = try rows(folder.appendingPathComponent("europass/europass-qualifications.csv"))
        #expect(qualifications.map { $0["credits"]! } == ["60", "180"])
        #expect(qualifications.map { $0["creditSystem"]! } == ["ECVET", "OSP"])
        #expect(qualifications.map { $0["creditSystemURI"]! } == [CodeLists.ecvetURI, ""])
        #expect(qualifications[0]["nqfLevel"] == "FiNQF 4", "the level of the NQF URI, as catalogues write it")
        let units = try rows(folder.appendingPathComponent("europass/europass-units.csv"))
        #expect(units.map { $0["points"]! } == ["30", "25"])
        #expect(units.map { $0["creditSystemURI"]! } == [CodeLists.ecvetURI, ""])
    }

    @Test("the tables read back (--from europass-csv, or recognised) into a catalogue the rules accept",
          arguments: Fixtures.files(in: "valid", extensions: ["json", "yaml"], folders: false))
    func readBack(fixture: String) async throws {
        let folder = try tables(fixture)
        let loaded = ECVET.read(path: folder.path)
        #expect(loaded.format == .europassCSV)
        #expect(loaded.diagnostics.isEmpty)
        let catalogue = try #require(loaded.catalogue)
        let original = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        #expect(catalogue.qualifications.map(\.id) == original.qualifications.map(\.id))
        #expect(catalogue.qualifications.map { $0.eqfLevel?.value } == original.qualifications.map { $0.eqfLevel?.value })
        #expect(Set(catalogue.units.map(\.id)) == Set(original.qualifications.flatMap(\.unitLinks).map(\.unit.id)))
        var configuration = Configuration()
        configuration.settings.today = Configuration.parseDate("2026-01-01")!
        let errors = await ECVET.validate(catalogue, profile: .europass, configuration: configuration).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.formatted))")
    }
}

@Suite("Europass XML reading")
struct EuropassReadingTests {
    static let samples = Fixtures.repository.appendingPathComponent("Fixtures/europass")

    @Test("the official LOQ samples import without reader errors",
          arguments: ["loq.xml", "loq_withLearningAchievementSpecification.xml", "minimal-vet-qualification-ecvet.xml"])
    func importsSample(name: String) throws {
        let loaded = ECVET.read(path: Self.samples.appendingPathComponent(name).path)
        #expect(loaded.format == .europassXML)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        let catalogue = try #require(loaded.catalogue)
        #expect(!(catalogue.qualifications.isEmpty && catalogue.units.isEmpty))
        #expect(!catalogue.learningOutcomes.isEmpty)
    }

    @Test("catalogue → europass-xml → model keeps every field LOQ can carry", arguments: Fixtures.files(in: "valid", extensions: ["json"], folders: false))
    func roundTrip(fixture: String) throws {
        let original = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        let back = ECVET.read(bytes: try ECVET.bytes(of: original, as: .europassXML), name: "loq.xml")
        #expect(back.format == .europassXML)
        #expect(back.diagnostics.isEmpty)
        let catalogue = try #require(back.catalogue)

        // Carried: ids, titles, levels, codes, points, outcomes, links.
        #expect(catalogue.qualifications.map(\.id) == original.qualifications.map(\.id))
        for (read, written) in zip(catalogue.qualifications, original.qualifications) {
            #expect(read.title == written.title)
            #expect(read.eqfLevel?.value == written.eqfLevel?.value)
            #expect(read.nqfLevels.map(\.europassURI) == written.nqfLevels.map(\.europassURI))
            #expect(read.iscedF.map(\.written) == written.iscedF.map(\.written))
            #expect(read.languages.map(\.written) == written.languages.map { String($0.written.prefix(2)) })
            #expect(read.credits?.amount == written.credits?.amount)
            #expect(read.volumeOfLearning == written.volumeOfLearning)
            #expect(read.awardingBody?.id == written.awardingBody?.id)
            #expect(read.validity?.from == written.validity?.from && read.validity?.until == written.validity?.until)
            #expect(read.modified == written.modified)
            #expect(Set(read.unitLinks.map(\.unit.id)) == Set(written.unitLinks.map(\.unit.id)))
        }
        #expect(catalogue.units.map(\.id) == original.units.filter { unit in
            original.qualifications.contains { $0.unitLinks.contains { $0.unit.id == unit.id } }
        }.map(\.id))
        for unit in catalogue.units {
            let written = try #require(original.units.first { $0.id == unit.id })
            #expect(unit.title == written.title)
            #expect(unit.credits?.amount == written.credits?.amount)
            #expect(unit.modified == written.modified)
            #expect(unit.learningOutcomes.map(\.id) == written.learningOutcomes.map(\.id))
            #expect(unit.parts.map(\.id) == written.parts.filter { !$0.learningOutcomes.isEmpty }.map(\.id))
        }
        #expect(catalogue.learningOutcomes.map(\.id) == original.learningOutcomes.map(\.id))
        #expect(catalogue.learningOutcomes.map(\.text) == original.learningOutcomes.map(\.text))
        #expect(catalogue.organisations.map(\.id) == original.organisations.map(\.id))
        #expect(catalogue.organisations.map { $0.country?.written } == original.organisations.map { $0.country?.written })

        // Not carried (see Documentation/Europass.md): per-link points, groups and their rules, assessment,
        // responsibility-and-autonomy as a skill type, notes beyond their first language, unknown fields.
        #expect(catalogue.units.allSatisfy { $0.assessment == nil })
        #expect(catalogue.qualifications.allSatisfy { $0.extensions.isEmpty })
    }
}

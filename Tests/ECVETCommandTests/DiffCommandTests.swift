import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// `ecvet diff` through the binary on two versions of the logistics catalogue (2025 in YAML,
/// 2026 in JSON): the text, the JSON, the HTML page, and the exit statuses of diff(1).
@Suite("ecvet diff")
struct DiffCommandTests {
    static let old = "Fixtures/diff/logistics-catalogue-2025.yaml"
    static let new = "Fixtures/diff/logistics-catalogue-2026.json"

    @Test("the same catalogue in three formats: no differences, exit 0", arguments: [
        ("Fixtures/valid/fi-vocational-catalogue.json", "Fixtures/valid/fi-vocational-catalogue.yaml"),
        ("Fixtures/valid/fi-vocational-catalogue.yaml", "Fixtures/valid/fi-vocational-catalogue-bom.xml"),
        (old, "Fixtures/valid/fi-vocational-catalogue.json"),
    ])
    func same(_ pair: (String, String)) throws {
        let result = try CommandRunner.run(["diff", pair.0, pair.1])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "no differences\n")
    }

    @Test("next year's version: each change on its line, exit 1")
    func text() throws {
        let result = try CommandRunner.run(["diff", Self.old, Self.new])
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for expected in [
            "~ qualification Q-LOG-PT \"Logistiikan perustutkinto (uudistettu)\"",
            "    title@fi: \"Logistiikan perustutkinto\" → \"Logistiikan perustutkinto (uudistettu)\"",
            "    credits: \"150 ECVET\" → \"145 ECVET\"",
            "    validity: \"2019-01-01 – 2035-07-31\" → \"2019-01-01 – 2030-07-31\"",
            "    structure/U-LOG-104: \"in Valinnaiset tutkinnon osat\" → \"in Pakolliset tutkinnon osat\"",
            "    structure/U-LOG-104/points: \"20\" → \"15\"",
            "    structure/group Valinnaiset tutkinnon osat/minPoints: \"110\" → \"90\"",
            "+ unit U-LOG-109 \"Kylmäketjun hallinnassa toimiminen\"",
            "    eqfLevel: \"4\" → \"5\"",
            "> unit U-LOG-204 → U-LOG-205 \"Tuotannon logistiikassa toimiminen\"",
            "- unit U-LOG-108 \"Vaarallisten aineiden käsittelyssä toimiminen\"",
            "+ learning outcome LO-109-1 \"valvoo kylmäketjun lämpötiloja ja kirjaa poikkeamat\"",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(!lines.contains { $0.contains("structure/U-LOG-205") || $0.contains("structure/U-LOG-204") },
                "the renamed unit is the same unit in the structure")
        #expect(lines.last == "catalogue: 2 fields changed; qualifications: 2 changed; units: 1 added, 1 removed, 1 changed, 1 renamed; "
                + "learning outcomes: 1 added, 2 removed, 1 changed")
    }

    @Test("--format json carries whole values, for scripts")
    func json() throws {
        let result = try CommandRunner.run(["diff", Self.old, Self.new, "--format", "json"])
        #expect(result.status == 1)
        let diff = try JSONDecoder().decode(CatalogueDiff.self, from: Data(result.stdout.utf8))
        let outcome = try #require(diff.entities.first { $0.id == "LO-101-1" })
        #expect(outcome.fields == [FieldChange(field: "text@en",
                                               old: "knows the stages of the logistics chain and the significance of their own work in the customer's supply chain",
                                               new: "knows the stages of the logistics chain and how their own work affects the customer's supply chain")])
        #expect(outcome.oldPlace?.hasPrefix(Self.old + ":") == true)
        #expect(outcome.newPlace?.hasPrefix(Self.new + ":") == true)
        #expect(diff.catalogue.contains(FieldChange(field: "version", old: "2024.2", new: "2026.1")))
    }

    @Test("--format html: a page in the report's style, a section per kind, written whole to -o")
    func html() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("changes.html").path
        let result = try CommandRunner.run(["diff", Self.old, Self.new, "--format", "html", "-o", output])
        #expect(result.status == 1)
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<section id=\"unit\">") && page.contains("<section id=\"qualification\">"))
        #expect(page.components(separatedBy: "<div class=\"change ").count - 1 == 10)
        #expect(page.contains("<code>U-LOG-204 → U-LOG-205</code>"))
        #expect(!page.contains("<script"))
    }

    @Test("trouble is exit 2: an unreadable input, a missing file, a mobility document, two standard inputs", arguments: [
        ["Fixtures/invalid/trailing-comma.json", new],
        [old, "Fixtures/diff/no-such-file.json"],
        [old, "Fixtures/mobility/la-aino-esimerkki.yaml"],
        ["-", "-"],
    ])
    func trouble(_ inputs: [String]) throws {
        let result = try CommandRunner.run(["diff"] + inputs)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test("through a mapping: the same real export read twice has no differences")
    func mapping() throws {
        let export = "Fixtures/real/fi-eperusteet/" + (try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("real/fi-eperusteet"))
            .filter { $0.hasSuffix(".json") }.sorted().first ?? "")
        let result = try CommandRunner.run(["diff", "--mapping", "Mappings/fi-eperusteet.mapping.yaml", export, export])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("an output that is one of the inputs is refused with exit 2 and the input kept", arguments: [
        ["diff", "Fixtures/valid/fi-vocational-catalogue.json", "INPUT", "-o", "INPUT"],
        ["report", "INPUT", "-o", "INPUT"],
        ["render", "Fixtures/mobility/la-aino-esimerkki.yaml", "--catalogue", "INPUT", "-o", "INPUT"],
        ["convert", "INPUT", "--to", "yaml", "-o", "INPUT"],
        ["convert", "Fixtures/mobility/transcript-elias-virtanen.json", "--to", "europass-credential", "--catalogue", "INPUT", "-o", "INPUT"],
        ["diff", "Fixtures/valid/fi-vocational-catalogue.json", "Fixtures/valid/fi-vocational-catalogue.yaml", "--mapping", "INPUT", "-o", "INPUT"],
        ["validate", "INPUT", "--format", "json", "-o", "INPUT"],
    ])
    func inputKept(_ arguments: [String]) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("catalogue.json").path
        let original = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("valid/fi-vocational-catalogue.json")))
        try original.write(to: URL(fileURLWithPath: input))
        // The same file named another way: through the folder's `.`.
        let sameFile = folder.appendingPathComponent(".").appendingPathComponent("catalogue.json").path
        let named = arguments.dropLast().map { $0 == "INPUT" ? input : $0 } + [sameFile]
        let result = try CommandRunner.run(named)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("is also an input"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
    }
}


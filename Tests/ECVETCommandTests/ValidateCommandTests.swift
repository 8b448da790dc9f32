import ECVETKit
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

@Suite("ecvet validate")
struct ValidateCommandTests {
    static let day = Configuration.parseDate("2026-01-01")!

    @Test("the valid catalogues give no error in any profile", arguments: Fixtures.files(in: "valid"), Profile.allCases)
    func validFixtures(fixture: String, profile: Profile) async throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        var configuration = Configuration()
        configuration.settings.today = Self.day
        let findings = await ECVET.validate(catalogue, profile: profile, configuration: configuration)
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.formatted))")
    }

    /// A small catalogue missing what defaults can give.
    static let bare = """
        {"format": "ecvet-catalogue/1",
         "qualifications": [{"id": "Q1", "title": {"fi": "Hitsauksen osatutkinto"},
           "credits": {"points": "20"},
           "structure": {"members": [{"unit": "U1", "points": "20"}]}}],
         "units": [{"id": "U1", "title": {"fi": "Hitsaus"}, "credits": {"points": "20"}, "learningOutcomes": ["LO1"]}],
         "learningOutcomes": [{"id": "LO1", "category": "skills", "text": {"fi": "hitsaa teräsrakenteita"}}]}
        """

    func folder(with files: [String: String]) throws -> URL {
        let folder = try Fixtures.temporaryFolder()
        for (name, content) in files {
            try Data(content.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test("the JSON report has its keys in order, the profile used, and a summary that counts the findings")
    func jsonReportSummary() throws {
        let plain = try folder(with: ["c.json": Self.bare])
        let result = try CommandRunner.run(["validate", plain.appendingPathComponent("c.json").path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any])
        #expect(Set(report.keys) == ["findings", "profile", "summary", "tool", "version"])
        #expect(report["profile"] as? String == "ecvet")
        let findings = try #require(report["findings"] as? [[String: Any]])
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(findings.count == (summary["errors"] ?? 0) + (summary["warnings"] ?? 0) + (summary["notes"] ?? 0))
        #expect(summary["files"] == 1 && summary["units"] == 1)
        let missingLevel = try #require(findings.first { $0["id"] as? String == "V03" })
        #expect(missingLevel["severity"] as? String == "error")
        #expect((missingLevel["file"] as? String)?.hasSuffix("c.json") == true)
        #expect(missingLevel["line"] as? Int == 2)
        #expect(missingLevel["path"] as? String == "/qualifications/0")
        #expect(result.stdout.hasSuffix("}\n"))
        let order = ["\"findings\"", "\"profile\"", "\"summary\"", "\"tool\"", "\"version\""].compactMap {
            result.stdout.range(of: $0)?.lowerBound
        }
        #expect(order.count == 5 && order == order.sorted())
    }

    @Test(".ecvet.yaml beside the input gives defaults, switches rules off and sets the profile")
    func configuration() throws {
        let plain = try folder(with: ["c.json": Self.bare])
        let without = try CommandRunner.run(["validate", plain.appendingPathComponent("c.json").path, "--format", "json"])
        #expect(without.status == 1)
        #expect(without.stdout.contains("\"id\": \"V03\""))

        let configured = try folder(with: ["c.json": Self.bare, ".ecvet.yaml": """
            # the qualifications of these files are EQF 4, FiNQF 4
            profile: europass
            rules:
              V06: off
            defaults:
              eqfLevel: 4
              nqf: {framework: FiNQF, level: "4"}
              iscedF: ["0715"]
              languages: [fi]
              country: FI
            """])
        let input = configured.appendingPathComponent("c.json").path
        let with = try CommandRunner.run(["validate", input, "--format", "json"])
        #expect(with.status == 0, "\(with.stdout)\(with.stderr)")
        #expect(with.stdout.contains("\"profile\": \"europass\""), "the report names the profile of the configuration")
        #expect(!with.stdout.contains("\"V06\""))
        #expect(!with.stdout.contains("\"V03\""))

        // The defaults reach the converted output too.
        let converted = try CommandRunner.run(["convert", input, "--to", "json"])
        #expect(converted.stdout.contains("\"eqfLevel\": 4"))
        #expect(converted.stdout.contains("\"framework\": \"FiNQF\""))
    }

    @Test("a broken configuration is reported at its line")
    func brokenConfiguration() throws {
        let configured = try folder(with: ["c.json": Self.bare, ".ecvet.yaml": "profile: strict\nrules:\n  V99: off\n"])
        let result = try CommandRunner.run(["validate", configured.appendingPathComponent("c.json").path])
        #expect(result.stderr.contains(".ecvet.yaml:1:10: error: [S15 configuration] profile is one of ecvet, eqf, europass"))
        #expect(result.stderr.contains(".ecvet.yaml:3:3: error: [S15 configuration] there is no rule V99"))
        let misspelt = try folder(with: ["c.json": Self.bare, ".ecvet.yaml": "profile: europas\n"])
        let suggested = try CommandRunner.run(["validate", misspelt.appendingPathComponent("c.json").path])
        #expect(suggested.stderr.contains("did you mean europass?"), "\(suggested.stderr)")
        #expect(result.status == 1)
    }

    @Test("--rule, --warnings-as-errors and --max-warnings")
    func ruleSettings() throws {
        let input = try folder(with: ["c.json": Self.bare]).appendingPathComponent("c.json").path
        let defaults = ["--rule", "V03=off", "--rule", "V04=off", "--rule", "V20=off"]
        let quiet = try CommandRunner.run(["validate", input] + defaults)
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stderr.contains("warning: [V06 assessment-described]"))
        #expect(try CommandRunner.run(["validate", input, "--warnings-as-errors"] + defaults).status == 1)
        #expect(try CommandRunner.run(["validate", input, "--max-warnings", "0"] + defaults).status == 1)
        #expect(try CommandRunner.run(["validate", input, "--max-warnings", "5"] + defaults).status == 0)
        let unknown = try CommandRunner.run(["validate", input, "--rule", "V99=off"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("there is no rule V99"), "\(unknown.stderr)")
        #expect(try CommandRunner.run(["validate", input, "--rule", "V06=loud"]).status == 2)
    }

    @Test("text findings show the source line and a caret under the column")
    func textReport() throws {
        let result = try CommandRunner.run(["validate", "Fixtures/invalid/unknown-key-typo-eqfLevle.json"])
        #expect(result.status == 1)
        let expected = [
            "Fixtures/invalid/unknown-key-typo-eqfLevle.json:17:7: warning: [S03 unknown-key] unknown key \"eqfLevle\"; did you mean \"eqfLevel\"?",
            "          \"eqfLevle\": 4,",
            "          ^",
        ].joined(separator: "\n")
        #expect(result.stderr.contains(expected))
        #expect(result.stderr.contains("checked 1 file, 1 qualification, 2 units: 1 error, 1 warning"))
        #expect(!result.stderr.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test("--format json is one document on standard output, whatever the exit status")
    func jsonReport() throws {
        let result = try CommandRunner.run(["validate", "Fixtures/invalid/unknown-key-typo-eqfLevle.json", "--format", "json"])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        let first = findings[0]
        #expect(first["id"] as? String == "V03")
        #expect(first["line"] as? Int == 11)
        #expect(first["path"] as? String == "/qualifications/0")
        #expect(first["entity"] as? String == "Q-1")
        #expect(first["hint"] != nil)
        #expect((document["summary"] as? [String: Any])?["errors"] as? Int == 1)
    }

    @Test("--format sarif is SARIF 2.1.0 with every check as a rule")
    func sarifReport() throws {
        let folder = try Fixtures.temporaryFolder()
        let report = folder.appendingPathComponent("findings.sarif").path
        let result = try CommandRunner.run(["validate", "Fixtures/invalid/unknown-key-typo-eqfLevle.json",
                                            "--format", "sarif", "--output", report])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(Set(rules.compactMap { $0["id"] as? String }).isSuperset(of: RuleCatalog.all.map(\.id.id)))
        let results = try #require(run["results"] as? [[String: Any]])
        let region = ((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 11)
        #expect(region?["startColumn"] as? Int == 5)
    }

    @Test("a baseline accepts today's findings; later runs report only new ones")
    func baseline() throws {
        let folder = try folder(with: ["c.json": Self.bare])
        let input = folder.appendingPathComponent("c.json").path
        let baseline = folder.appendingPathComponent("baseline.json").path
        let written = try CommandRunner.run(["validate", input, "--write-baseline", baseline])
        #expect(written.status == 0)
        #expect(FileManager.default.fileExists(atPath: baseline))
        let again = try CommandRunner.run(["validate", input, "--baseline", baseline])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains(": 0 errors, 0 warnings"))
        try Data(Self.bare.replacingOccurrences(of: "\"category\": \"skills\"", with: "\"category\": \"attitude\"").utf8)
            .write(to: URL(fileURLWithPath: input))
        let changed = try CommandRunner.run(["validate", input, "--baseline", baseline])
        #expect(changed.stderr.contains("[V17 outcome-category]"))
        #expect(!changed.stderr.contains("[V03 "))
    }

    @Test("--schema-only checks XML against the project's XSD or another")
    func schemaOnly() throws {
        let result = try CommandRunner.run(["validate", "--schema-only", "Fixtures/invalid/xml-schema-unknown-element.xml"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Fixtures/invalid/xml-schema-unknown-element.xml:11: error: [X01 xml-schema]"))
        #expect(try CommandRunner.run(["validate", "--schema-only", "Fixtures/valid/fi-vocational-catalogue-bom.xml"]).status == 0)
    }

    @Test("--schema-only --xsd reads a schema with imports from disk, or the built-in official one (europass)",
          arguments: [Fixtures.repository.appendingPathComponent("Schemas/europass/elm-3.1/loq.xsd").path, "europass"])
    func officialSchema(xsd: String) throws {
        let good = try CommandRunner.run(["validate", "--schema-only", "--xsd", xsd, Fixtures.path("europass/minimal-vet-qualification-ecvet.xml"),
                                          Fixtures.path("europass/loq.xml"), Fixtures.path("europass/loq_withLearningAchievementSpecification.xml")])
        #expect(good.status == 0, "\(good.stderr)")
        let bad = try CommandRunner.run(["validate", "--schema-only", "--xsd", xsd, "Fixtures/valid/fi-vocational-catalogue-bom.xml"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("Fixtures/valid/fi-vocational-catalogue-bom.xml:2: error: [X01 xml-schema]"), "\(bad.stderr)")
    }

    @Test("--xsd ./europass names a file, not the built-in schema")
    func europassFileName() throws {
        let folder = try Fixtures.temporaryFolder()
        try Data("not a schema".utf8).write(to: folder.appendingPathComponent("europass"))
        let result = try CommandRunner.run(["validate", "--schema-only", "--xsd", "./europass", Fixtures.path("europass/loq.xml")],
                                           in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot use ./europass as a schema"), "\(result.stderr)")
    }

    @Test("a folder of mixed files: every file gets its findings")
    func batch() throws {
        let folder = try folder(with: ["a.json": Self.bare, "b.yaml": "format: ecvet-catalogue/1\nunits:\n  - id: U9\n",
                                       "broken.json": "{\"format\": \"ecvet-catalogue/1\",}", ".ecvet.yaml": "rules:\n  V06: off\n"])
        let result = try CommandRunner.run(["validate", folder.path, "--format", "json"])
        #expect(result.status == 1)
        for name in ["a.json", "b.yaml", "broken.json"] {
            #expect(result.stdout.contains(folder.appendingPathComponent(name).path), "\(name) has findings")
        }
        #expect(!result.stdout.contains(".ecvet.yaml\""), "the configuration is not read as a catalogue")
    }

    @Test("ecvet rules lists every check and explains one")
    func rules() throws {
        let list = try CommandRunner.run(["rules"])
        #expect(list.status == 0)
        for rule in RuleCatalog.all { #expect(list.stdout.contains(rule.id.id + " ") && list.stdout.contains(rule.id.name)) }
        let one = try CommandRunner.run(["rules", "V14"])
        #expect(one.stdout.contains("A principle, not a check"))
        #expect(one.stdout.contains("Annex II §3"))
        #expect(try CommandRunner.run(["rules", "V99"]).status == 2)
    }
}

@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

/// The schemas of the mobility documents in `Schemas/` are made from the field tables; every
/// fixture, in every form, follows them.
///
/// After changing a table, `ECVET_WRITE_SCHEMAS=1 swift test --filter MobilitySchema` writes
/// them anew.
@Suite("Mobility document schemas")
struct MobilitySchemaTests {
    static let jsonSchemaPath = "Schemas/ecvet-mobility.schema.json"
    static let xsdPath = "Schemas/ecvet-mobility.xsd"

    static func compare(_ relative: String, with made: String) throws {
        let url = Fixtures.repository.appendingPathComponent(relative)
        if ProcessInfo.processInfo.environment["ECVET_WRITE_SCHEMAS"] == "1" {
            try made.write(to: url, atomically: true, encoding: .utf8)
        }
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file == made, "\(relative) is not what the tables make: run ECVET_WRITE_SCHEMAS=1 swift test --filter MobilitySchema")
    }

    @Test("the schema files are what the field tables make")
    func filesFollowTables() throws {
        try Self.compare(Self.jsonSchemaPath, with: MobilitySchemas.jsonSchema())
        try Self.compare(Self.xsdPath, with: MobilitySchemas.xsd())
    }

    @Test("every fixture written as XML follows the XSD; an unknown element does not", arguments: Fixtures.files(in: "mobility", extensions: ["json", "yaml", "xml"], folders: false))
    func xmlFollowsXSD(_ fixture: String) throws {
        let document = try #require(ECVET.read(path: Fixtures.path(fixture)).document)
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("document.xml").path
        try ECVET.write(document, as: .xml, to: path)
        let xsd = Fixtures.repository.appendingPathComponent(Self.xsdPath).path
        let findings = ECVET.checkSchema(path: path, xsd: xsd)
        #expect(findings.isEmpty, "\(findings.map(\.formatted))")
        let broken = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "<language>", with: "<lang>")
            .replacingOccurrences(of: "</language>", with: "</lang>")
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(ECVET.checkSchema(path: path, xsd: xsd).map(\.id.id).contains("X01"))
    }

    @Test("every fixture written as JSON follows the JSON Schema", .enabled(if: SchemaTests.pythonWithJSONSchema, "needs python3 with the jsonschema package"))
    func jsonFollowsSchema() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for fixture in Fixtures.files(in: "mobility", extensions: ["json", "yaml", "xml"], folders: false) + Fixtures.files(in: "invalid/mobility") {
            let document = try #require(ECVET.read(path: Fixtures.path(fixture)).document)
            let path = folder.appendingPathComponent((fixture as NSString).lastPathComponent + ".json").path
            try ECVET.write(document, as: .json, to: path)
            paths.append(path)
        }
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1]))
            Draft202012Validator.check_schema(schema)
            validator = Draft202012Validator(schema)
            bad = [p + ": " + e.message for p in sys.argv[2:] for e in validator.iter_errors(json.load(open(p)))]
            wrong = validator.iter_errors({"format": "ecvet-learning-agreement/1", "units": {"id": "U-1"}})
            print("\\n".join(bad)); sys.exit(1 if bad or not list(wrong) else 0)
            """
        let (status, text) = try ToolRunner.run("python3", ["-c", script, Fixtures.repository.appendingPathComponent(Self.jsonSchemaPath).path] + paths)
        #expect(status == 0, "\(text)")
    }
}

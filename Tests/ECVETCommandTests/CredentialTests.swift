import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// Transcripts as Europass credentials: what `ecvet convert --to europass-credential` writes, and
/// the official SHACL shapes' verdict on it (through `Schemas/europass/credential/check-credentials.py`,
/// with the Python of `ECVET_SHACL_PYTHON` or `python3`, when it has pyshacl and pyld).
@Suite("Europass credentials")
struct CredentialTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var transcript: String
        var agreement: String
        /// The units achieved, as the transcript records them.
        var achieved: [String]
        var testDescription: String { transcript }
    }

    static let cases: [Case] = [
        .init(transcript: "transcript-aino-esimerkki.yaml", agreement: "la-aino-esimerkki.yaml", achieved: ["U-LOG-107", "U-YTO-VV/P-VV-VVVK"]),
        .init(transcript: "transcript-elias-virtanen.json", agreement: "la-elias-virtanen.json", achieved: ["U-LOG-104"]),
        .init(transcript: "transcript-sofia-nieminen.xml", agreement: "la-sofia-nieminen.xml", achieved: ["U-LOG-107"]),
    ]

    /// The Python that has pyshacl and pyld, if there is one.
    static let shaclPython: String? = {
        let candidate = ProcessInfo.processInfo.environment["ECVET_SHACL_PYTHON"] ?? "python3"
        return ToolRunner.succeeds(candidate, ["-c", "import pyshacl, pyld"]) ? candidate : nil
    }()

    static func write(_ expected: Case, into folder: URL) throws -> (path: String, json: [String: Any]) {
        let path = folder.appendingPathComponent((expected.transcript as NSString).deletingPathExtension + ".jsonld").path
        let result = try CommandRunner.run(["convert", "Fixtures/mobility/\(expected.transcript)", "--to", "europass-credential",
                                            "--agreement", "Fixtures/mobility/\(expected.agreement)",
                                            "--catalogue", "Fixtures/valid/fi-vocational-catalogue.json", "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return (path, try #require(json))
    }

    @Test("each transcript fixture becomes a credential: issuer, learner, an achievement per unit achieved", arguments: cases)
    func credential(_ expected: Case) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, json) = try Self.write(expected, into: folder)
        #expect(json["type"] as? [String] == ["VerifiableCredential", "EuropeanDigitalCredential"])
        let issuer = try #require(json["issuer"] as? [String: Any])
        #expect((issuer["legalName"] as? [String: String])?["fi"] == "Pohjanrannikon ammattiopisto")
        #expect((issuer["eIDASIdentifier"] as? [String: Any])?["notation"] as? String == "0000000-0")
        let subject = try #require(json["credentialSubject"] as? [String: Any])
        let claims = try #require(subject["hasClaim"] as? [[String: Any]])
        #expect(claims.count == expected.achieved.count)
        for (claim, unit) in zip(claims, expected.achieved) {
            #expect((claim["id"] as? String)?.hasSuffix(unit.replacingOccurrences(of: "/", with: "%2F")) == true, "\(claim["id"] ?? "")")
            let specification = try #require(claim["specifiedBy"] as? [String: Any])
            #expect(specification["type"] as? String == "LearningAchievementSpecification")
            let credit = try #require((specification["creditPoint"] as? [String: Any])?["point"] as? String)
            #expect((claim["creditReceived"] as? [String: Any])?["point"] as? String == credit, "the points the catalogue gives, awarded")
        }
    }

    @Test("the official SHACL shapes accept every credential", .enabled(if: shaclPython != nil, "needs a Python with pyshacl and pyld (.ci/run makes one)"))
    func shapesAccept() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try Self.cases.map { try Self.write($0, into: folder).path }
        let (status, text) = try ToolRunner.run(Self.shaclPython!, ["Schemas/europass/credential/check-credentials.py"] + paths)
        #expect(status == 0, "\(text)")
        #expect(text.components(separatedBy: ": conforms").count == paths.count + 1, "\(text)")
    }

    @Test("a transcript whose issuer has no identifier is refused (V37), and nothing is written")
    func refused() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Fixtures.path("mobility/transcript-aino-esimerkki.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  legalIdentifier: \"0000000-0\"\n", with: "")
        let input = folder.appendingPathComponent("transcript.yaml").path
        try text.write(toFile: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("credential.jsonld").path
        let result = try CommandRunner.run(["convert", input, "--to", "europass-credential",
                                            "--catalogue", "Fixtures/valid/fi-vocational-catalogue.json", "-o", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: [V37 credential-content] the recognising institution \"fi-home\""), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("a date the shapes would take but is no date is refused (V37) at its place")
    func wrongDate() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Fixtures.path("mobility/transcript-aino-esimerkki.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "issued: \"2025-06-16\"", with: "issued: \"16.6.2025\"")
        let input = folder.appendingPathComponent("transcript.yaml").path
        try text.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["convert", input, "--to", "europass-credential",
                                            "--catalogue", "Fixtures/valid/fi-vocational-catalogue.json"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(input):63:9: error: [V37 credential-content] the issue date \"16.6.2025\""), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}

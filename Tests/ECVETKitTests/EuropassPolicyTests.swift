@testable import ECVETKit
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

/// The library applies the policy of `ecvet convert`: a Europass document is written only after
/// the `europass` profile found nothing Europass cannot take, unless the caller asks for an
/// incomplete export.
@Suite("Europass policy of the library")
struct EuropassPolicyTests {
    func scratch(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecvet-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }

    func catalogue(_ fixture: String) throws -> Catalogue {
        try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
    }

    @Test("a unit without outcomes stops the export with the europass findings, and nothing is written")
    func refused() async throws {
        let incomplete = try catalogue("invalid/rules/V05-unit-without-outcomes.json")
        let target = try scratch("loq.xml")
        let findings = try await ECVET.write(incomplete, as: .europassXML, to: target.path)
        #expect(findings.contains { $0.id.id == "V05" && $0.severity == .error })
        #expect(!FileManager.default.fileExists(atPath: target.path))
        let encoded = try await ECVET.encode(incomplete, as: .europassXML)
        #expect(encoded.bytes == nil)
        #expect(encoded.diagnostics.hasErrors)
    }

    @Test("allowIncomplete writes the document and still returns the findings")
    func allowedIncomplete() async throws {
        let incomplete = try catalogue("invalid/rules/V05-unit-without-outcomes.json")
        let target = try scratch("loq.xml")
        let findings = try await ECVET.write(incomplete, as: .europassXML, to: target.path, allowIncomplete: true)
        #expect(findings.contains { $0.id.id == "V05" })
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.contains("<Courses"))
    }

    @Test("a complete catalogue is written, and canonical formats are not checked at all")
    func complete() async throws {
        let complete = try catalogue("valid/fi-vocational-catalogue.json")
        let target = try scratch("loq.xml")
        let findings = try await ECVET.write(complete, as: .europassXML, to: target.path)
        #expect(!findings.hasErrors, "\(findings.map(\.formatted))")
        #expect(FileManager.default.fileExists(atPath: target.path))
        let incomplete = try catalogue("invalid/rules/V05-unit-without-outcomes.json")
        let json = try await ECVET.encode(incomplete, as: .json)
        #expect(json.diagnostics.isEmpty)
        #expect(json.bytes == (try ECVET.bytes(of: incomplete, as: .json)))
    }
}

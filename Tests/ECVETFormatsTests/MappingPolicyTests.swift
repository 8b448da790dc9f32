import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// A mapping's `validation:` section: the policy of checking what is read through it, which a
/// configuration file overrides.
@Suite("Mapping policy")
struct MappingPolicyTests {
    static let mapping = """
        ecvetMapping: 1
        syntax: json
        validation:
          profile: europass
          today: 2026-01-01
          rules:
            V06: off
            V05: warning
        units:
          at: units[*]
          id: id
          title: {value: "Yksikkö"}
        qualifications:
          at: qualifications[*]
          id: id
          title: {value: "Tutkinto"}
          eqfLevel: level
        """
    static let export = #"{"units": [{"id": "U-1"}], "qualifications": [{"id": "Q-1", "level": "4"}]}"#

    @Test("the section reads into the mapping's configuration; an unknown setting is an M04 error at its line")
    func reading() throws {
        let loaded = ECVET.loadMapping(yaml: Self.mapping, name: "policy.mapping.yaml")
        let configuration = try #require(loaded.mapping?.configuration)
        #expect(configuration.profile == .europass)
        #expect(configuration.rules["V06"] == .some(nil))
        #expect(configuration.rules["V05"] == .some(.warning))

        let wrong = ECVET.loadMapping(yaml: Self.mapping.replacingOccurrences(of: "  today:", with: "  todai:"), name: "policy.mapping.yaml")
        #expect(wrong.mapping == nil)
        let problem = try #require(wrong.diagnostics.first)
        #expect(problem.id == .mappingValue && problem.location?.line == 5, "\(problem.formatted)")
        #expect(problem.message.contains("unknown setting todai"))
        // A mapping's defaults are its top-level defaults:.
        let defaults = ECVET.loadMapping(yaml: Self.mapping.replacingOccurrences(of: "  today: 2026-01-01", with: "  defaults: {country: FI}"),
                                         name: "policy.mapping.yaml")
        #expect(defaults.mapping == nil)
    }

    @Test("ecvet validate --mapping applies the mapping's policy, and .ecvet.yaml beside the export overrides it")
    func commandLine() throws {
        let folder = try Fixtures.temporaryFolder()
        try Data(Self.mapping.utf8).write(to: folder.appendingPathComponent("policy.mapping.yaml"))
        try Data(Self.export.utf8).write(to: folder.appendingPathComponent("export.json"))
        let policy = try CommandRunner.run(["validate", "--mapping", "policy.mapping.yaml", "export.json"], in: folder)
        #expect(policy.stderr.contains("warning: [V05 unit-has-outcomes]"), "\(policy.stderr)")
        #expect(!policy.stderr.contains("[V06"), "V06 is off in the mapping")
        #expect(policy.stderr.contains("error: [V04 nqf-level]"), "the europass profile of the mapping: \(policy.stderr)")

        try Data("rules:\n  V05: error\n  V06: warning\n".utf8).write(to: folder.appendingPathComponent(".ecvet.yaml"))
        let overridden = try CommandRunner.run(["validate", "--mapping", "policy.mapping.yaml", "export.json"], in: folder)
        #expect(overridden.status == 1)
        #expect(overridden.stderr.contains("error: [V05 unit-has-outcomes]"), "\(overridden.stderr)")
        #expect(overridden.stderr.contains("warning: [V06 assessment-described]"))
        #expect(overridden.stderr.contains("error: [V04 nqf-level]"), "what the file does not say stays the mapping's")
    }
}

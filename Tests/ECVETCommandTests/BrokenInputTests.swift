import ECVETKit
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

/// A fixture named for its fault, and the one finding it must produce.
struct ExpectedFinding: CustomTestStringConvertible, Sendable {
    var fixture: String
    var id: DiagnosticID
    var line: Int
    var column: Int?
    /// The file the finding names, inside a fixture folder.
    var table: String?

    init(fixture: String, id: DiagnosticID, line: Int, column: Int?, table: String? = nil) {
        self.fixture = fixture
        self.id = id
        self.line = line
        self.column = column
        self.table = table
    }

    var reportedFile: String { table.map { "\(fixture)/\($0)" } ?? fixture }

    var testDescription: String { fixture }
}

@Suite("Broken and hostile inputs")
struct BrokenInputTests {
    static let findings: [ExpectedFinding] = [
        .init(fixture: "invalid/trailing-comma.json", id: .jsonSyntax, line: 29, column: 7),
        .init(fixture: "invalid/object-where-list-expected.json", id: .unexpectedValue, line: 65, column: 12),
        .init(fixture: "invalid/list-where-text-expected.json", id: .unexpectedValue, line: 13, column: 16),
        .init(fixture: "invalid/missing-closing-brace.json", id: .jsonSyntax, line: 182, column: 1),
        .init(fixture: "invalid/unknown-key-typo-eqfLevle.json", id: .unknownKey, line: 17, column: 7),
        .init(fixture: "invalid/string-where-number-expected.json", id: .unexpectedValue, line: 50, column: 21),
        .init(fixture: "invalid/missing-format-key.json", id: .missingKey, line: 1, column: 1),
        .init(fixture: "invalid/unsupported-format-version.json", id: .unsupportedFormat, line: 2, column: 13),
        .init(fixture: "invalid/duplicate-key-eqfLevel.json", id: .duplicateKey, line: 30, column: 7),
        .init(fixture: "invalid/duplicate-language-key.yaml", id: .duplicateKey, line: 13, column: 5),
        .init(fixture: "invalid/yaml-merge-key.yaml", id: .unexpectedValue, line: 14, column: 5),
        .init(fixture: "hostile/deep-nesting.json", id: .nestingTooDeep, line: 182, column: 12 + 256),  // inside the catalogue object, the 256th "[" is level 257
        .init(fixture: "hostile/invalid-utf8.json", id: .invalidEncoding, line: 14, column: 42),
        .init(fixture: "hostile/utf16-bom.json", id: .invalidEncoding, line: 1, column: 1),
        .init(fixture: "invalid/csv-wrong-field-count", id: .csvSyntax, line: 3, column: 1, table: "units.csv"),
        .init(fixture: "invalid/csv-unterminated-quote", id: .csvSyntax, line: 4, column: 36, table: "learning-outcomes.csv"),
        .init(fixture: "invalid/csv-bad-language-column", id: .csvSyntax, line: 1, column: 209, table: "qualifications.csv"),
        .init(fixture: "invalid/xml-schema-unknown-element.xml", id: .xmlSchema, line: 11, column: nil),
        .init(fixture: "invalid/duplicate-element-eqfLevel.xml", id: .duplicateKey, line: 12, column: nil),
        .init(fixture: "invalid/duplicate-language-element.xml", id: .duplicateKey, line: 11, column: nil),
        .init(fixture: "invalid/duplicate-element-weeks-agreement.xml", id: .duplicateKey, line: 32, column: nil),
        .init(fixture: "hostile/xxe-external-entity.xml", id: .xmlForbidden, line: 2, column: nil),
        .init(fixture: "hostile/xxe-parameter-entity-url.xml", id: .xmlForbidden, line: 2, column: nil),
        .init(fixture: "hostile/billion-laughs.xml", id: .xmlForbidden, line: 1, column: nil),
        .init(fixture: "hostile/quadratic-blowup.xml", id: .xmlForbidden, line: 2, column: nil),
        .init(fixture: "hostile/invalid-utf8-bytes.xml", id: .invalidEncoding, line: 3, column: 26),
        .init(fixture: "hostile/many-references.xml", id: .xmlForbidden, line: 3, column: 500_024),
        .init(fixture: "hostile/many-attributes.xml", id: .xmlForbidden, line: 2, column: 8948),
    ]

    @Test("each broken fixture gives its one finding at the right place", arguments: findings)
    func finding(_ expected: ExpectedFinding) throws {
        let loaded = ECVET.read(path: Fixtures.path(expected.fixture))
        #expect(loaded.diagnostics.count == 1, "\(loaded.diagnostics.map(\.formatted))")
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.id == expected.id)
        #expect(diagnostic.location?.file == Fixtures.path(expected.reportedFile))
        #expect(diagnostic.location?.line == expected.line)
        #expect(diagnostic.location?.column == expected.column)
    }

    @Test("every fixture in invalid/ and hostile/ is covered", arguments: ["invalid", "hostile"])
    func covered(folder: String) {
        let listed = Set(Self.findings.map(\.fixture))
        // invalid/rules and invalid/mobility hold one fixture per validation rule, covered by
        // RuleFindingTests and MobilityRuleFindingTests.
        for file in Fixtures.files(in: folder) where file != "invalid/rules" && file != "invalid/mobility" {
            #expect(listed.contains(file), "\(file) has no expected finding")
        }
    }

    @Test("convert refuses each file with errors: exit 1, a located diagnostic, no output",
          arguments: findings.filter { $0.id.defaultSeverity == .error })
    func convertRefuses(_ expected: ExpectedFinding) throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("out.json").path
        let before = try Fixtures.bytes(expected.reportedFile)
        let result = try CommandRunner.run(["convert", "Fixtures/\(expected.fixture)", "--to", "json", "-o", target])
        #expect(result.status == 1)
        let place = expected.column.map { "\(expected.line):\($0)" } ?? "\(expected.line)"
        let prefix = "Fixtures/\(expected.reportedFile):\(place): error: [\(expected.id.id) \(expected.id.name)]"
        #expect(result.stderr.hasPrefix(prefix), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(try Fixtures.bytes(expected.reportedFile) == before, "the input is never modified")
    }

    @Test("a warning alone does not fail a conversion, and the unknown key is kept")
    func warningOnly() throws {
        let result = try CommandRunner.run(["convert", "Fixtures/invalid/unknown-key-typo-eqfLevle.json", "--to", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: [S03 unknown-key] unknown key \"eqfLevle\"; did you mean \"eqfLevel\"?"))
        #expect(result.stdout.contains("\"eqfLevle\": 4"))
    }
}

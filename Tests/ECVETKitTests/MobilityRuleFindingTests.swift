@testable import ECVETKit
import ECVETModel
import ECVETValidation
import ECVETTestSupport
import Foundation
import Testing

/// One document per check of the mobility documents in `Fixtures/invalid/mobility/`: a valid
/// fixture with one fault, checked with the documents it refers to and both catalogues, and the
/// one finding the fault must give.
///
/// The places and messages were written by hand after reading each fixture.
@Suite("Mobility rule findings")
struct MobilityRuleFindingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var fixture: String
        /// The valid documents it is checked with.
        var context: [String]
        var id: String
        var severity: Severity
        var line: Int
        var column: Int?
        var message: String
        /// The profile checked with: V37 is the europass profile's.
        var profile: Profile = .ecvet

        var path: String { Fixtures.path("invalid/mobility/\(fixture)") }
        var testDescription: String { fixture }
    }

    static let memorandum = "mobility/mou-fi-de-logistics.yaml"
    static let agreement = "mobility/la-aino-esimerkki.yaml"
    static let catalogues = ["valid/fi-vocational-catalogue.json", "valid/eu-multilingual-catalogue.json"]

    static let cases: [Case] = [
        // The unit's learningActivities were removed: the finding points at the unit.
        .init(fixture: "V24-la-unit-without-learning-activities.yaml", context: [memorandum], id: "V24", severity: .error,
              line: 37, column: 5, message: "unit U-LOG-107 of learning agreement \"LA-2025-FI-DE-017\" has no learning activities"),
        .init(fixture: "V25-mou-organisation-without-address.yaml", context: [], id: "V25", severity: .error,
              line: 28, column: 5, message: "has no address of signing organisation \"de-host\""),
        // points: "12" where the catalogue gives the unit 15 in Q-LOG-PT.
        .init(fixture: "V26-transcript-points-differ-from-unit.yaml", context: [memorandum, agreement], id: "V26", severity: .error,
              line: 30, column: 13, message: "awards 12 points; the unit has 15 in qualification Q-LOG-PT"),
        .init(fixture: "V29-la-names-unknown-mou.yaml", context: [memorandum], id: "V29", severity: .error,
              line: 4, column: 13, message: "names the memorandum of understanding \"MoU-2024-FI-DE-LOG-02\", which is not among the inputs"),
        .init(fixture: "V30-la-host-not-in-mou.yaml", context: [memorandum], id: "V30", severity: .error,
              line: 12, column: 7, message: "the host \"de-altona\" of learning agreement \"LA-2025-FI-DE-017\" is not an organisation of MoU"),
        .init(fixture: "V31-la-period-after-mou-validity.yaml", context: [memorandum], id: "V31", severity: .error,
              line: 26, column: 8, message: "ends on 2028-04-28, after MoU \"MoU-2024-FI-DE-LOG-01\" expires (2027-12-31)"),
        .init(fixture: "V32-la-unit-not-in-mou.yaml", context: [memorandum], id: "V32", severity: .error,
              line: 37, column: 5, message: "unit U-LOG-108 of learning agreement \"LA-2025-FI-DE-017\" is not open to mobility"),
        .init(fixture: "V33-la-points-exceed-unit.yaml", context: [memorandum], id: "V33", severity: .error,
              line: 40, column: 13, message: "agrees 16 points for the whole unit U-LOG-107; it has 15 in qualification Q-LOG-PT"),
        .init(fixture: "V34-transcript-credits-unplanned-unit.yaml", context: [memorandum, agreement], id: "V34", severity: .warning,
              line: 53, column: 5, message: "credits unit U-LOG-104, which learning agreement \"LA-2025-FI-DE-017\" did not plan"),
        .init(fixture: "V35-transcript-assessed-before-period.yaml", context: [memorandum, agreement], id: "V35", severity: .warning,
              line: 38, column: 15, message: "was assessed on 2025-04-01, before the mobility started (2025-04-07)"),
        // The assessor's organisation, the value in the flow mapping.
        .init(fixture: "V36-transcript-assessor-from-other-school.yaml", context: [memorandum, agreement], id: "V36", severity: .error,
              line: 39, column: 49, message: "Jens Ohlsen assessed unit U-LOG-107 of personal transcript \"PT-2025-FI-DE-017\" for \"Berufsschule Altona\""),
        // The issuer's legalIdentifier was removed: the finding points at the organisation.
        .init(fixture: "V37-transcript-issuer-without-identifier.yaml", context: [memorandum, agreement], id: "V37", severity: .error,
              line: 21, column: 3, message: "the recognising institution \"fi-home\" of personal transcript \"PT-2025-FI-DE-017\" has no legal or eIDAS identifier",
              profile: .europass),
    ]

    static func documents(_ paths: [String]) throws -> [MobilityDocument] {
        try paths.map { path in
            let loaded = ECVET.read(path: path)
            #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
            return try #require(loaded.document, "\(path) holds a document")
        }
    }

    static func catalogueModels() throws -> [Catalogue] {
        try catalogues.map { try #require(ECVET.read(path: Fixtures.path($0)).catalogue) }
    }

    @Test("each fixture gives its one finding, from its check, at the right place", arguments: cases)
    func finding(_ expected: Case) async throws {
        let documents = try Self.documents(expected.context.map(Fixtures.path) + [expected.path])
        let findings = await ECVET.validate(documents: documents, catalogues: try Self.catalogueModels(), profile: expected.profile)
            .flatMap { $0 }.filter { $0.severity != .note }
        #expect(findings.count == 1, "\(findings.map(\.formatted))")
        let finding = try #require(findings.first)
        #expect(finding.id.id == expected.id)
        #expect(finding.severity == expected.severity)
        #expect(finding.location?.file == expected.path)
        #expect(finding.location?.line == expected.line)
        #expect(finding.location?.column == expected.column)
        #expect(finding.message.contains(expected.message), "\(finding.message)")
    }

    @Test("the valid documents, checked together with both catalogues, give no finding at all")
    func validTogether() async throws {
        let paths = Fixtures.files(in: "mobility", folders: false).map(Fixtures.path)
        let documents = paths.flatMap { ECVET.read(path: $0).documents }
        #expect(documents.count == 10, "an MoU, three agreements and their transcripts, and a group's three agreements in one CSV file")
        let findings = await ECVET.validate(documents: documents, catalogues: try Self.catalogueModels())
        #expect(findings.count == documents.count)
        #expect(findings.flatMap { $0 }.isEmpty, "\(findings.flatMap { $0 }.map(\.formatted))")
    }

    @Test("a learning agreement alone: its content is checked, and notes say what was not")
    func agreementAlone() async throws {
        let findings = await ECVET.validate(documents: try Self.documents([Fixtures.path(Self.agreement)])).flatMap { $0 }
        #expect(findings.map(\.id.id).sorted() == ["V29", "V29"])
        #expect(findings.allSatisfy { $0.severity == .note })
        #expect(findings.contains { $0.message.contains("MoU-2024-FI-DE-LOG-01") && $0.message.contains("did not run") })
    }

    @Test("two agreements with one id: the second is an error that names the first")
    func duplicateID() async throws {
        let first = Fixtures.path(Self.agreement)
        let second = Fixtures.path("invalid/mobility/V24-la-unit-without-learning-activities.yaml")
        let findings = await ECVET.validate(documents: try Self.documents([Fixtures.path(Self.memorandum), first, second]),
                                            catalogues: try Self.catalogueModels()).flatMap { $0 }.filter { $0.id.id == "V29" }
        #expect(findings.count == 1)
        #expect(findings.first?.location?.file == second)
        #expect(findings.first?.message == "learning agreement \"LA-2025-FI-DE-017\" has the id of another learning agreement, read at \(first):2:1")
    }

    @Test("every check of the mobility documents has its fixture, named for it")
    func covered() {
        let ids = Self.cases.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in RuleCatalog.all where (24...26).contains(Int(rule.id.id.dropFirst()) ?? 0) || (Int(rule.id.id.dropFirst()) ?? 0) >= 29 {
            #expect(ids.contains(rule.id.id), "\(rule.id) has no fixture in Fixtures/invalid/mobility/")
        }
        #expect(Set(Fixtures.files(in: "invalid/mobility")) == Set(Self.cases.map { "invalid/mobility/\($0.fixture)" }))
        for expected in Self.cases { #expect(expected.fixture.hasPrefix(expected.id + "-")) }
    }
}

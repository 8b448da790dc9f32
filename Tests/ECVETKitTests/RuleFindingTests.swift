@testable import ECVETKit
import ECVETModel
@testable import ECVETValidation
import ECVETTestSupport
import Foundation
import Testing

/// One catalogue per rule in `Fixtures/invalid/rules/`: a small catalogue that is clean but for
/// one fault, and the one finding (error or warning) that the fault must give, from that rule, at
/// the offending value or entity.
///
/// The expected values were written by hand after reading each fixture; nothing here is computed
/// from the validator's own output.
@Suite("Rule findings")
struct RuleFindingTests {
    /// A fixture and its finding.
    struct Case: CustomTestStringConvertible, Sendable {
        /// The file name inside `Fixtures/invalid/rules/`.
        var fixture: String
        var profile: Profile
        var id: String
        var severity: Severity
        var line: Int
        var column: Int?
        /// A part of the message that names the fault.
        var message: String
        /// Rules switched off through the configuration, for a fault that no catalogue can show
        /// alone.
        var off: [String] = []

        var path: String { Fixtures.path("invalid/rules/\(fixture)") }
        var testDescription: String { fixture }
    }

    static let today = Configuration.parseDate("2026-01-01")!

    static let cases: [Case] = [
        // The second unit's title is empty once the HTML and white space are removed; the finding
        // points at its first language's text.
        .init(fixture: "V01-unit-title-empty-html.json", profile: .ecvet, id: "V01", severity: .error,
              line: 126, column: 15, message: "Unit \"U-2\" has no title"),
        // The structure still links "U-2", which was removed from the units; the finding points at
        // the id. V23 reports the same dangling unit reference, as the table states it there too.
        .init(fixture: "V02-structure-names-missing-unit.json", profile: .ecvet, id: "V02", severity: .error,
              line: 62, column: 21, message: "Qualification \"Q-1 Elinstallationer i bostäder\" names unit \"U-2\", which is not in the catalogue",
              off: ["V23"]),
        // "eqfLevel": "Niveau 3"; the finding points at the value's opening quote.
        .init(fixture: "V03-eqf-level-not-a-level.json", profile: .ecvet, id: "V03", severity: .error,
              line: 21, column: 19, message: "EQF level \"Niveau 3\" of Qualification \"Q-1 Fachlagerist/Fachlageristin – Teilqualifikation 1: Wareneingang und Lagerung\" is not a level 1–8"),
        // The NQF framework spelt out ("Deutscher Qualifikationsrahmen") instead of Europass's "DQR".
        .init(fixture: "V04-nqf-framework-not-europass-name.json", profile: .ecvet, id: "V04", severity: .warning,
              line: 23, column: 9, message: "NQF level \"Deutscher Qualifikationsrahmen 3\" is not in the Europass NQF vocabulary"),
        .init(fixture: "V05-unit-without-outcomes.json", profile: .ecvet, id: "V05", severity: .error,
              line: 122, column: 5, message: "Unit \"U-2 Asiakaspalvelu ravintolassa\" has no learning outcomes"),
        // Neither the unit nor its outcomes say how it is assessed.
        .init(fixture: "V06-unit-assessment-missing.json", profile: .ecvet, id: "V06", severity: .warning,
              line: 113, column: 5, message: "Unit \"U-2 Elinstallationer – bostäder\" does not say how it is assessed"),
        // No points on the unit nor on its link, while the qualification has 30: the error case.
        .init(fixture: "V07-unit-without-points.json", profile: .ecvet, id: "V07", severity: .error,
              line: 121, column: 5, message: "Unit \"U-2 Asiakaspalvelu ravintolassa\" has no points, but Qualification \"Q-1 Ravintolatyön osaamiskokonaisuus\" that it belongs to has"),
        // "until": "31.07.2032" (a German date); the finding points at the value.
        .init(fixture: "V08-validity-date-not-iso.json", profile: .ecvet, id: "V08", severity: .error,
              line: 41, column: 18, message: "validity end \"31.07.2032\" of Qualification \"Q-1 Fachlagerist/Fachlageristin – Teilqualifikation 1: Wareneingang und Lagerung\" is not a date"),
        .init(fixture: "V09-qualification-without-total.json", profile: .ecvet, id: "V09", severity: .error,
              line: 14, column: 5, message: "Qualification \"Q-1 Elinstallationer i bostäder\" has units with points but no total points"),
        // "points": "15 osp"; the finding points at the value.
        .init(fixture: "V10-points-not-a-number.json", profile: .ecvet, id: "V10", severity: .error,
              line: 85, column: 19, message: "points \"15 osp\" of Unit \"U-1 Ruoanvalmistus\" are not a number"),
        // 30 points for "volumeOfLearning": "P1Y"; the finding points at the total's points.
        .init(fixture: "V11-points-do-not-match-duration.json", profile: .ecvet, id: "V11", severity: .warning,
              line: 35, column: 19, message: "Qualification \"Q-1 Elinstallationer i bostäder\" has 30 points for P1Y, where 60 points a year give 60"),
        // An optional group asks for 30 points of units worth 15 and 10.
        .init(fixture: "V12-choice-group-cannot-be-met.json", profile: .ecvet, id: "V12", severity: .error,
              line: 79, column: 22, message: "group \"Valinnaiset tutkinnon osat\" of Qualification \"Q-1 Ravintolatyön osaamiskokonaisuus\" cannot be satisfied: it asks for at least 30 points, and its members can give at most 25 points, not 30 or more"),
        // The only fractional value of the catalogue: a part's "4.999".
        .init(fixture: "V13-points-more-than-two-decimals.json", profile: .ecvet, id: "V13", severity: .warning,
              line: 184, column: 23, message: "points 4.999 of part \"U-2-2\" of Unit \"U-2 Asiakaspalvelu ravintolassa\" have more than two decimals"),
        // No points anywhere. Every unit of such a qualification also has no points, so V07 warns
        // about each of them: V15 cannot be shown alone unless V07 is switched off.
        .init(fixture: "V15-qualification-without-any-points.json", profile: .ecvet, id: "V15", severity: .warning,
              line: 14, column: 5, message: "Qualification \"Q-1 Fachlagerist/Fachlageristin – Teilqualifikation 1: Wareneingang und Lagerung\" has 2 units but no points at all",
              off: ["V07"]),
        // "sv": "" in the outcome's text; the finding points at the empty text.
        .init(fixture: "V16-outcome-statement-empty.json", profile: .ecvet, id: "V16", severity: .error,
              line: 183, column: 15, message: "the sv statement of learning outcome \"LO-2\" is empty"),
        .init(fixture: "V17-outcome-category-not-eqf.json", profile: .ecvet, id: "V17", severity: .warning,
              line: 163, column: 19, message: "category \"färdigheter\" of learning outcome \"LO-2\" is not an EQF domain"),
        // LO-4 repeats LO-1 with another capital and spacing; the finding points at "LO-4" in the unit.
        .init(fixture: "V18-unit-states-outcome-twice.json", profile: .ecvet, id: "V18", severity: .warning,
              line: 90, column: 9, message: "Unit \"U-1 Ruoanvalmistus\" states the same fi outcome twice: \"LO-1\" and \"LO-4\""),
        // The ESCO portal's address instead of the concept URI.
        .init(fixture: "V19-esco-uri-malformed.json", profile: .ecvet, id: "V19", severity: .error,
              line: 110, column: 9, message: "\"https://esco.ec.europa.eu/sv/classification/skill?uri=http://data.europa.eu/esco/skill/236526e2-d5a8-436b-91d1-47e5d431e7ea\" of Unit \"U-1 Elkraftteknik\" is not an ESCO URI"),
        // "iscedF": [713]: a number that lost the leading zero of 0713.
        .init(fixture: "V20-isced-f-leading-zero-lost.json", profile: .ecvet, id: "V20", severity: .error,
              line: 145, column: 9, message: "\"713\" of Unit \"U-2 Elinstallationer – bostäder\" is not an ISCED-F 2013 code"),
        .init(fixture: "V21-language-not-iso-639-1.json", profile: .ecvet, id: "V21", severity: .error,
              line: 32, column: 9, message: "language \"deu\" of Qualification \"Q-1 Fachlagerist/Fachlageristin – Teilqualifikation 1: Wareneingang und Lagerung\" is not an ISO 639-1 code"),
        .init(fixture: "V22-country-not-iso.json", profile: .ecvet, id: "V22", severity: .error,
              line: 185, column: 18, message: "country \"GER\" of organisation \"ORG-1\" is not an ISO 3166-1 code"),
        // A copied unit kept the id "U-2"; the finding points at the second one's id (the first is at 113:13).
        .init(fixture: "V23-duplicate-unit-id.json", profile: .ecvet, id: "V23", severity: .error,
              line: 152, column: 13, message: "unit id \"U-2\" is used again; it is first used at "),
        .init(fixture: "V27-qualification-without-language.json", profile: .europass, id: "V27", severity: .error,
              line: 14, column: 5, message: "Qualification \"Q-1 Elinstallationer i bostäder\" has no language, which a Europass export needs"),
        // "volumeOfLearning": "6 kuukautta"; an error in the europass profile; the finding points at the value.
        .init(fixture: "V28-volume-of-learning-not-iso.json", profile: .europass, id: "V28", severity: .error,
              line: 40, column: 27, message: "volume of learning \"6 kuukautta\" of Qualification \"Q-1 Ravintolatyön osaamiskokonaisuus\" is not an ISO 8601 duration"),
    ]

    @Test("each rule fixture gives its one finding, from its rule, at the right place", arguments: cases)
    func finding(_ expected: Case) async throws {
        let loaded = ECVET.read(path: expected.path)
        #expect(loaded.diagnostics.isEmpty, "the reader finds nothing: \(loaded.diagnostics.map(\.formatted))")
        let catalogue = try #require(loaded.catalogue)
        var configuration = Configuration()
        configuration.settings = ValidationSettings(today: Self.today)
        for id in expected.off { configuration.rules.updateValue(nil, forKey: id) }
        let findings = await ECVET.validate(catalogue, profile: expected.profile, configuration: configuration)
            .filter { $0.severity != .note || $0.id.id == "V13" }
        #expect(findings.count == 1, "\(findings.map(\.formatted))")
        let finding = try #require(findings.first)
        #expect(finding.id.id == expected.id)
        #expect(finding.severity == expected.severity)
        #expect(finding.location?.file == expected.path)
        #expect(finding.location?.line == expected.line)
        #expect(finding.location?.column == expected.column)
        #expect(finding.message.contains(expected.message), "\(finding.message)")
    }

    @Test("every rule with a check has one fixture, and every fixture is in the table")
    func covered() {
        let ids = Self.cases.map(\.id)
        #expect(Set(ids).count == ids.count, "one fixture per rule")
        // The checks of mobility documents (V24–V26, V29 on) have theirs in MobilityRuleFindingTests.
        let documentRules = Set(RuleCatalog.documentRules.map(\.id.id))
        for rule in RuleCatalog.all where rule.id.id != "V14" && !documentRules.contains(rule.id.id) {
            #expect(ids.contains(rule.id.id), "\(rule.id) has no fixture in Fixtures/invalid/rules/")
        }
        let listed = Set(Self.cases.map { "invalid/rules/\($0.fixture)" })
        let files = Fixtures.files(in: "invalid/rules")
        #expect(Set(files) == listed, "fixtures without a row, or rows without a fixture")
        for expected in Self.cases {
            #expect(expected.fixture.hasPrefix(expected.id + "-"), "\(expected.fixture) is named for its rule")
        }
    }

    /// A fixture run through `ecvet validate`: its exit status and how standard error begins.
    struct CommandCase: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var prefix: String
        var testDescription: String { arguments[1] }
    }

    @Test("ecvet validate: an error exits 1, a warning alone exits 0, each printed with its place", arguments: [
        CommandCase(arguments: ["validate", "Fixtures/invalid/rules/V05-unit-without-outcomes.json", "--profile", "ecvet", "--today", "2026-01-01"],
                    status: 1,
                    prefix: "Fixtures/invalid/rules/V05-unit-without-outcomes.json:122:5: error: [V05 unit-has-outcomes] Unit \"U-2 Asiakaspalvelu ravintolassa\" has no learning outcomes\n"),
        CommandCase(arguments: ["validate", "Fixtures/invalid/rules/V17-outcome-category-not-eqf.json", "--profile", "ecvet", "--today", "2026-01-01"],
                    status: 0,
                    prefix: "Fixtures/invalid/rules/V17-outcome-category-not-eqf.json:163:19: warning: [V17 outcome-category] category \"färdigheter\" of learning outcome \"LO-2\" is not an EQF domain\n"),
    ])
    func command(_ expected: CommandCase) throws {
        let result = try CommandRunner.run(expected.arguments)
        #expect(result.status == expected.status, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(expected.prefix), "\(result.stderr)")
        let findings = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Fixtures/") }
        #expect(findings.count == 1, "\(result.stderr)")
    }
}

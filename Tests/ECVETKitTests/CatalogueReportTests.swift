import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// The HTML report of catalogues through the library: what each section shows, the verdict on
/// each structure, the caps and the escaping.
@Suite("Catalogue report")
struct CatalogueReportTests {
    static func report(_ paths: [String], limits: ReportLimits = ReportLimits()) async -> CatalogueReport {
        await ECVET.report(paths: paths.map(Fixtures.path), limits: limits)
    }

    static func count(_ needle: String, in page: String) -> Int {
        page.components(separatedBy: needle).count - 1
    }

    @Test("a valid catalogue: a section per qualification, each structure satisfiable, charts of its levels, points and languages")
    func validCatalogue() async throws {
        let report = await Self.report(["valid/fi-vocational-catalogue.json"])
        let catalogue = try #require(ECVET.read(path: Fixtures.path("valid/fi-vocational-catalogue.json")).catalogue)
        let page = report.html
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(Self.count("<section class=\"qualification\"", in: page) == catalogue.qualifications.count)
        #expect(Self.count("<div class=\"verdict satisfiable\">", in: page) == catalogue.qualifications.count)
        for qualification in catalogue.qualifications {
            #expect(page.contains("<td>\(qualification.id)</td>"), "\(qualification.id)")
        }
        // Two qualifications at EQF 4 and one at EQF 5, as the overview's chart says.
        let levels = Dictionary(grouping: catalogue.qualifications, by: { $0.eqfLevel?.value ?? 0 }).mapValues(\.count)
        for (level, count) in levels {
            #expect(page.contains("<title>EQF \(level): \(count)</title>"), "EQF \(level)")
        }
        #expect(page.contains("<title>Share of learning outcomes with a statement in each language</title>"))
        #expect(page.contains("No findings."))
        #expect(page.contains("U-LOG-101 Logistiikan työtehtävissä toimiminen"), "units written out in the tree with their titles")
        #expect(!page.contains("<script"), "the page works with scripts off")
        #expect(!page.contains("http://") && !page.contains("https://"), "nothing from the network")
    }

    @Test("the same inputs give the same bytes")
    func deterministic() async {
        let paths = ["valid/fi-vocational-catalogue.json", "valid/eu-multilingual-catalogue.json", "invalid/rules/V12-choice-group-cannot-be-met.json"]
        let first = await Self.report(paths).html
        let second = await Self.report(paths).html
        #expect(first == second)
    }

    @Test("a structure that cannot be satisfied is said so in its section, with V12's reason, and the finding links to it")
    func unsatisfiable() async throws {
        let report = await Self.report(["invalid/rules/V12-choice-group-cannot-be-met.json"])
        let page = report.html
        let v12 = try #require(report.findings.first { $0.id.id == "V12" })
        #expect(page.contains("<div class=\"verdict unsatisfiable\">"))
        #expect(page.contains("<li>\(Self.escaped(v12.message))</li>"), "the reason under the verdict")
        #expect(page.contains("<section class=\"rule has-error\" id=\"rule-V12\">"))
        #expect(page.contains("<a href=\"#q1-1\">→ qualification</a>"))
        let line = try #require(v12.location?.line)
        #expect(page.contains("<pre class=\"excerpt\">\(line) | "), "the source line under the finding")
    }

    @Test("V12's verdict stands even when the configuration switches V12 off")
    func verdictWithRuleOff() async throws {
        let loaded = await ECVET.read(paths: [Fixtures.path("invalid/rules/V12-choice-group-cannot-be-met.json")])
        let report = await ECVET.report(loaded, overrides: ["V12": nil])
        #expect(!report.findings.contains { $0.id.id == "V12" })
        #expect(report.html.contains("<div class=\"verdict unsatisfiable\">"))
    }

    @Test("findings beyond the cap are counted, and the page says so")
    func capped() async throws {
        let paths = ["invalid/rules/V13-points-more-than-two-decimals.json", "valid/points-decimal-forms.json"]
        let full = await Self.report(paths)
        let rule = try #require(Dictionary(grouping: full.findings, by: \.id.id).max { $0.value.count < $1.value.count })
        try #require(rule.value.count >= 2, "a rule with several findings")
        let page = await Self.report(paths, limits: ReportLimits(findingsPerRule: 1)).html
        #expect(page.contains("… and \(rule.value.count - 1) more \(rule.key) findings, not shown (at most 1 per rule)."))
        let section = try #require(page.components(separatedBy: "id=\"rule-\(rule.key)\"").last?.components(separatedBy: "</section>").first)
        #expect(Self.count("<div class=\"finding ", in: section) == 1)
    }

    @Test("text from the catalogue is escaped: a title cannot become markup")
    func escaping() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Fixtures.path("valid/fi-vocational-catalogue.json"), encoding: .utf8)
            .replacingOccurrences(of: "Logistiikan perustutkinto", with: "<script>alert(\\\"x\\\")</script> & perustutkinto")
        let path = folder.appendingPathComponent("catalogue.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let page = await ECVET.report(paths: [path]).html
        #expect(!page.contains("<script>"))
        #expect(page.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; perustutkinto"))
    }

    @Test("outcomes are listed by language up to the cap, with the share written in each")
    func outcomesByLanguage() async throws {
        let page = await Self.report(["valid/fi-sv-restaurang-handwritten.yaml"], limits: ReportLimits(outcomesPerQualification: 2)).html
        #expect(page.contains("<summary>The first 2 of "))
        #expect(page.contains("<td lang=\"sv\">"))
        #expect(page.contains("<title>Outcomes with a statement in each language</title>"))
    }

    @Test("a finding in a long line (a minified export) shows the part around its column, the caret under it")
    func longLine() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Fixtures.path("invalid/rules/V12-choice-group-cannot-be-met.json"), encoding: .utf8)
        let minified = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        let path = folder.appendingPathComponent("minified.json").path
        try minified.write(toFile: path, atomically: true, encoding: .utf8)
        let report = await ECVET.report(paths: [path])
        let finding = try #require(report.findings.first { $0.id.id == "V12" })
        let column = try #require(finding.location?.column)
        try #require(column > 200, "the finding stands far along the line")
        let page = report.html
        let excerpt = try #require(page.components(separatedBy: "<pre class=\"excerpt\">").dropFirst().first?.components(separatedBy: "</pre>").first)
        let rows = excerpt.split(separator: "\n").map { Self.unescaped(String($0)) }
        try #require(rows.count == 2)
        #expect(rows[0].hasPrefix("1 | …") && rows[0].count < 200, "\(rows[0])")
        // The caret stands under the character the column names.
        let caret = try #require(rows[1].firstIndex(of: "^"))
        let offset = rows[1].distance(from: rows[1].startIndex, to: caret)
        let character = Array(minified)[column - 1]
        #expect(Array(rows[0])[offset] == character, "\(rows[0]) / \(rows[1])")
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    @Test("findings the checks only counted are said as counted, not shown as one finding, and the totals hold them")
    func countedSummaries() {
        let first = Diagnostic(DiagnosticID("V21", "language-code", .error), "language \"deu\" is not an ISO 639-1 code",
                               at: SourceLocation(file: "big.json", line: 3, column: 5))
        var summary = Diagnostic(DiagnosticID("V21", "language-code", .error), "… and 100 more V21 language-code findings, from big.json:9:5 on",
                                 at: SourceLocation(file: "big.json", line: 9, column: 5))
        summary.findingCount = 100
        let report = CatalogueReport(inputs: [], findings: [summary, first], judgedOn: "2026-01-31")
        #expect(report.shownFindings.map(\.message) == [first.message])
        let page = report.html
        #expect(page.contains("101 errors, 0 warnings, 0 notes"))
        #expect(page.contains("big.json: … and 100 more V21 language-code findings"))
        #expect(!page.contains("more V21 findings, not shown"), "nothing was left out for the page's own limit")
        #expect(page.contains("dates judged on 2026-01-31"))
    }

    @Test("one of a thing is not several: counts in the singular")
    func singular() async {
        let page = await Self.report(["invalid/rules/V03-eqf-level-not-a-level.json"]).html
        #expect(page.contains("1 error, 0 warnings"), "the overview's count")
        #expect(!page.contains("1 errors"))
    }
}


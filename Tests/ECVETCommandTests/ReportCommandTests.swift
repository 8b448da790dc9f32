import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// `ecvet report` through the binary: exit statuses, what is written where, and, where a
/// headless Chromium is installed (`.ci/run` installs it), each fixture's report opened in the
/// browser: a screenshot, the page's DOM counted against the library's report, and not one
/// console message.
@Suite("ecvet report")
struct ReportCommandTests {
    /// Reports a person would make: each valid catalogue, the rule fixtures together (a finding
    /// of every rule), a mapped real export, and catalogues with mobility documents.
    static let reports: [[String]] = Fixtures.files(in: "valid").map { ["Fixtures/\($0)"] } + [
        ["Fixtures/invalid/rules"],
        ["Fixtures/mobility", "Fixtures/valid/fi-vocational-catalogue.json", "Fixtures/valid/eu-multilingual-catalogue.json"],
    ]

    static var browser: Bool { ECVET.chromium() != nil }

    @Test("a valid catalogue: the page is written, exit 0, nothing else left in the folder")
    func valid() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.html").path
        let result = try CommandRunner.run(["report", "Fixtures/valid/fi-vocational-catalogue.json", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.hasSuffix("</html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
    }

    @Test("data with errors: the report is written all the same, and the exit status is 1")
    func errors() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.html").path
        let result = try CommandRunner.run(["report", "Fixtures/invalid/rules/V12-choice-group-cannot-be-met.json", "-o", output])
        #expect(result.status == 1, "\(result.stderr)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(page.contains("id=\"rule-V12\""))
    }

    @Test("an unreadable input is told on standard error with its place, and listed in the report")
    func unreadable() throws {
        let result = try CommandRunner.run(["report", "Fixtures/invalid/trailing-comma.json", "Fixtures/valid/fi-vocational-catalogue.json", "-o", "-"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Fixtures/invalid/trailing-comma.json:29:7: error: [S01 json-syntax]"), "\(result.stderr)")
        #expect(result.stdout.contains("Fixtures/invalid/trailing-comma.json (not read)"))
        #expect(result.stdout.contains("id=\"rule-S01\""))
    }

    @Test("an output that cannot be written: exit 2, nothing written, the reason on standard error")
    func unwritable() throws {
        let result = try CommandRunner.run(["report", "Fixtures/valid/fi-vocational-catalogue.json", "-o", "/nonexistent/folder/report.html"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[IO02"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/folder/report.html"))
    }

    @Test("-o is required, and - writes the page to standard output")
    func usage() throws {
        let missing = try CommandRunner.run(["report", "Fixtures/valid/fi-vocational-catalogue.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument '--output <output>'"), "\(missing.stderr)")
        let piped = try CommandRunner.run(["report", "Fixtures/valid/fi-vocational-catalogue.yaml", "--display-language", "sv", "-o", "-"])
        #expect(piped.status == 0)
        #expect(piped.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
    }

    @Test("each fixture's report in Chromium: a screenshot, the DOM's counts as the library counts them, no console message",
          .enabled(if: browser, "needs a headless Chromium (apt-get install chromium)"),
          arguments: reports)
    func inBrowser(_ inputs: [String]) async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html").path
        let result = try CommandRunner.run(["report"] + inputs + ["-o", html])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")

        let chromium = ECVET.chromium()!
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                      "--user-data-dir=" + folder.appendingPathComponent("profile").path]
        let url = URL(fileURLWithPath: html).absoluteString
        let screenshot = folder.appendingPathComponent("report.png").path
        _ = try ToolRunner.run(chromium, common + ["--window-size=1200,1600", "--screenshot=" + screenshot, url])
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000, "a screenshot with something on it")

        let dump = try ToolRunner.capture(chromium, common + ["--enable-logging=stderr", "--v=0", "--dump-dom", url])
        #expect(dump.status == 0)
        #expect(!dump.stderr.contains("INFO:CONSOLE"), "console messages: \(dump.stderr)")
        let dom = dump.stdout
        #expect(dom.contains("</main>"), "the browser read the whole page")

        // What the page should hold, from the library on the same inputs.
        let paths = try inputs.flatMap { input -> [String] in
            let path = Fixtures.repository.appendingPathComponent(input).path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
                  !input.hasSuffix("-tables") else { return [path] }
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                .filter { !$0.hasPrefix(".") && $0 != "README.md" }.map { path + "/" + $0 }
        }
        let report = await ECVET.report(paths: paths)
        let qualifications = report.inputs.reduce(0) { $0 + $1.catalogue.qualifications.count }
        #expect(Self.count("<section class=\"qualification\"", in: dom) == qualifications)
        #expect(Self.count("<div class=\"finding ", in: dom) == report.shownFindings.count)
        #expect(Self.count("<svg class=\"chart\"", in: dom) >= 4, "the overview's four charts")
        #expect(dom.contains("data-qualifications=\"\(qualifications)\""))
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

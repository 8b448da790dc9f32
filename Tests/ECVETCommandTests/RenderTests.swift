import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// Printed mobility documents, as a person sees them: the HTML page's content, and where a
/// headless Chromium and pdftotext are installed (`.ci/run` installs them), a screenshot and a
/// PDF of each fixture, its pages counted and its text read back.
@Suite("Rendering mobility documents")
struct RenderTests {
    static let documents = Fixtures.files(in: "mobility", extensions: ["json", "yaml", "xml"], folders: false)
    static let catalogues = ["--catalogue", "Fixtures/valid/fi-vocational-catalogue.json",
                             "--catalogue", "Fixtures/valid/eu-multilingual-catalogue.json"]

    static let pdftotext: String? = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var browser: Bool { ECVET.chromium() != nil && pdftotext != nil }

    @Test("a learning agreement's page: the template's sections, the catalogue's outcomes, a signature line each")
    func agreementPage() throws {
        let result = try CommandRunner.run(["render", "Fixtures/mobility/la-aino-esimerkki.yaml"] + Self.catalogues)
        #expect(result.status == 0, "\(result.stderr)")
        let page = result.stdout
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        for heading in ["1. Details of the participants", "2. Duration of the mobility", "3. Qualification being taken by the learner",
                        "4. Learning outcomes to be achieved during the mobility", "5. Assessment of the learning outcomes",
                        "6. Validation and recognition of the learning outcomes", "Signatures"] {
            #expect(page.contains("<h2>\(heading)</h2>"), "\(heading)")
        }
        // The outcome as the catalogue states it, and the part's title from the catalogue.
        #expect(page.contains("<li>receives goods") == false)
        #expect(page.contains("<li>prepares the transport documents and address labels of consignments and orders transport electronically</li>"))
        #expect(page.contains("U-YTO-VV / P-VV-VVVK Communication and interaction in a foreign language"))
        // Organisations named, not keyed; enclosures in words; the learner's e-mail under its own label.
        #expect(page.contains("Enclosures: Europass CV, Units already acquired"))
        #expect(!page.contains("<td>fi-home") && !page.contains("<td>de-host"))
        #expect(page.contains("<th>E-mail and telephone</th>"))
        #expect(page.contains("<th>Position</th>"))
        #expect(page.components(separatedBy: "<td class=\"line\">").count - 1 == 3, "home, host and learner sign")
        #expect(!page.contains("<script"))
        #expect(!page.contains("http://") && !page.contains("https://"), "nothing from the network")
    }

    @Test("text from the document is escaped, and --language picks the content and the headings")
    func escapingAndLanguage() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Fixtures.path("mobility/la-aino-esimerkki.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "Aino", with: "<b>Aino</b> & \"Co\"")
        let input = folder.appendingPathComponent("la.yaml").path
        try text.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["render", input, "--language", "de"] + Self.catalogues)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("&lt;b&gt;Aino&lt;/b&gt; &amp; \"Co\" Esimerkki"))
        #expect(!result.stdout.contains("<b>Aino"))
        #expect(result.stdout.contains("<h2>1. Angaben zu den Beteiligten</h2>"))
        #expect(result.stdout.contains("Überschriften: Übersetzung der ECVET-Vorlagen durch ECVETKit."))
    }

    @Test("every heading is in every language, and the translations are translations")
    func translations() {
        for language in Heading.languages where language != "en" {
            let same = Heading.allCases.filter { $0.text(language) == $0.text("en") }
            // Some words are the same in both (French: Date, Documents, Validation, Signatures…): a few, not a language left in English.
            #expect(same.count <= 10, "\(language): \(same)")
            for heading in Heading.allCases { #expect(!heading.text(language).isEmpty, "\(language) \(heading)") }
        }
    }

    @Test("each fixture document: a page in Chromium, a screenshot and an A4 PDF whose text is the document's",
          .enabled(if: browser, "needs a headless Chromium and pdftotext (apt-get install chromium poppler-utils)"),
          arguments: documents)
    func inBrowser(_ fixture: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("page.html").path
        let pdf = folder.appendingPathComponent("page.pdf").path
        #expect(try CommandRunner.run(["render", "Fixtures/\(fixture)", "-o", html] + Self.catalogues).status == 0)
        let printed = try CommandRunner.run(["render", "Fixtures/\(fixture)", "-o", pdf] + Self.catalogues)
        #expect(printed.status == 0, "\(printed.stderr)")

        let screenshot = folder.appendingPathComponent("page.png").path
        _ = try ToolRunner.run(ECVET.chromium()!, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=900,1300",
                                                   "--user-data-dir=" + folder.appendingPathComponent("profile").path,
                                                   "--screenshot=" + screenshot, URL(fileURLWithPath: html).absoluteString])
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000, "a screenshot with something on it")

        let document = try #require(ECVET.read(path: Fixtures.path(fixture)).document)
        let text = try ToolRunner.run(Self.pdftotext!, ["-layout", pdf, "-"]).output
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count
        #expect((1...6).contains(pages), "\(pages) pages")
        #expect(text.contains(document.id ?? "?"))
        #expect(text.contains("Signatures"))
        let info = try ToolRunner.run("/usr/bin/pdfinfo", [pdf]).output
        #expect(info.contains("(A4)"), "A4 pages: \(info)")
    }

    @Test("without a Chromium, a PDF is refused with a message that says what to install, and nothing is written")
    func noBrowser() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("page.pdf").path
        let result = try CommandRunner.run(["render", "Fixtures/mobility/la-aino-esimerkki.yaml", "-o", pdf],
                                           environment: ["ECVET_CHROMIUM": "/nonexistent/chromium"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("printing to PDF needs a headless Chromium (Debian: apt-get install chromium)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test("an interrupted print ends the browser and leaves no folder of its own behind, nor a PDF",
          .enabled(if: browser, "needs a headless Chromium (apt-get install chromium)"))
    func interruptedPrint() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let temporary = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["render", Fixtures.path("mobility/la-aino-esimerkki.yaml"), "-o", folder.appendingPathComponent("page.pdf").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { _, new in new }
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupted once the browser has begun to write its profile.
        func profiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []).filter {
                FileManager.default.fileExists(atPath: temporary.appendingPathComponent($0).appendingPathComponent("profile").path)
            }
        }
        let deadline = Date().addingTimeInterval(20)
        while profiles().isEmpty && process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGINT)
        Thread.sleep(forTimeInterval: 0.5)
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        #expect(left.isEmpty, "\(left)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("page.pdf").path))
    }
}


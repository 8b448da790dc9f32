import ECVETReport
import ECVETBytes
import Foundation

extension ECVET {
    /// A mobility document as one self-contained printable HTML page, in the sections of the
    /// ECVET templates, its units and outcomes written out from `catalogues`, its content (and,
    /// where ECVETKit has them, its headings) in `language`.
    public static func render(_ document: MobilityDocument, catalogues: [Catalogue] = [], language: String = "en") -> String {
        MobilityPages(catalogues: catalogues, language: language).page(document)
    }

    /// The headless Chromium that prints pages to PDF: `ECVET_CHROMIUM`, else the first of
    /// `chromium`, `chromium-browser`, `google-chrome` on the `PATH`; `nil` when there is none.
    public static func chromium() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["ECVET_CHROMIUM"], !given.isEmpty { return FileManager.default.isExecutableFile(atPath: given) ? given : nil }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }

    /// Prints an HTML page to a PDF file at `path` with headless Chromium (A4, no header or
    /// footer), whole or not at all.
    public static func printPDF(html: String, to path: String) throws(OutputError) {
        guard let browser = chromium() else {
            throw OutputError(message: "printing to PDF needs a headless Chromium (Debian: apt-get install chromium), or ECVET_CHROMIUM naming one; -o FILE.html writes the page, which any browser prints")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecvet-print-\(UUID().uuidString)")
        TemporaryFiles.addFolder(folder.path)
        defer {
            try? FileManager.default.removeItem(at: folder)
            TemporaryFiles.removeFolder(folder.path)
        }
        let page = folder.appendingPathComponent("page.html")
        let printed = folder.appendingPathComponent("page.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch {
            throw OutputError(message: "cannot write the page to print in \(folder.path): \(error.localizedDescription)")
        }
        let process = Process()
        // As root Chromium needs --no-sandbox; the page is ECVETKit's own, with no script or network.
        let arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
                         "--user-data-dir=" + folder.appendingPathComponent("profile").path,
                         "--print-to-pdf=" + printed.path, page.absoluteString]
        // Foundation starts it as the leader of a process group of its own, which its helpers
        // join: an interrupted run ends the group before it removes the folder they write into.
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = arguments
        // The browser's own scratch files go into the folder too, and leave with it.
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": folder.path]) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw OutputError(message: "cannot start \(browser): \(error.localizedDescription)")
        }
        TemporaryFiles.addProcessGroup(process.processIdentifier)
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        TemporaryFiles.removeProcessGroup(process.processIdentifier)
        // Ended by an interruption: the run is ending, with its own status, not this failure's.
        while TemporaryFiles.isEnding { sleep(1) }
        guard process.terminationStatus == 0, let bytes = try? Data(contentsOf: printed), bytes.starts(with: Array("%PDF".utf8)) else {
            let reason = String(decoding: said, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw OutputError(message: "\(browser) did not print the page (status \(process.terminationStatus))\(reason.isEmpty ? "" : ": " + reason)")
        }
        try write(bytes: Array(bytes), to: path)
    }
}

@_exported import struct ECVETReport.MobilityPages
@_exported import enum ECVETReport.Heading

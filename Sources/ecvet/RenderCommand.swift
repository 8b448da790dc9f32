import ArgumentParser
import ECVETKit
import Foundation

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print mobility documents: an HTML page (or a PDF) in the layout of the ECVET templates.",
        discussion: """
            Each MoU, learning agreement or transcript becomes one self-contained HTML page (inline \
            CSS, no script, nothing from the network) in the sections of the ECVET templates, \
            its units and learning outcomes written out from --catalogue, with a signature line \
            per signatory. -o FILE.pdf prints it with a headless Chromium (Debian's chromium, \
            or ECVET_CHROMIUM). Headings are English, or ECVETKit's translation for --language \
            fi, de, fr or nl.

            Examples:
              ecvet render la.yaml --catalogue home.json -o la.html
              ecvet render la.yaml --catalogue home.json --language fi -o la.pdf
              ecvet render agreements/ --catalogue home.json -o pages/   (a page per document)
            """
    )

    enum Output: String, ExpressibleByArgument, CaseIterable {
        case html, pdf
    }

    @Argument(help: "Mobility documents, or folders of them.")
    var inputs: [String]

    @Option(name: .customLong("catalogue"), help: ArgumentHelp("A catalogue the documents' units and outcomes come from (repeatable).", valueName: "file"))
    var catalogues: [String] = []

    @Option(help: "The language of the content where it has several, and of the headings (en, fi, de, fr, nl).")
    var language: String = "en"

    @Option(name: .customLong("to"), help: "html or pdf; follows from -o's extension when omitted.")
    var target: Output?

    @Option(name: [.customShort("o"), .customLong("output")], help: "The HTML or PDF file, or a folder for a page per document; - is standard output (HTML).")
    var output: String = "-"

    func run() async throws {
        let format = target ?? (output.lowercased().hasSuffix(".pdf") ? .pdf : .html)
        if format == .pdf && output == "-" { throw ValidationError("a PDF needs -o FILE.pdf") }
        let paths = try InputPaths.expand(inputs)
        try InputProtection.refuse(output: output, among: paths + catalogues)
        let loaded = await ECVET.read(paths: paths + catalogues)
        let documentInputs = loaded.prefix(paths.count)
        let catalogueInputs = loaded.dropFirst(paths.count)
        DiagnosticPrinter.print(loaded.flatMap(\.diagnostics))
        guard !loaded.contains(where: { $0.diagnostics.hasErrors }) else { throw ExitStatus.dataErrors }
        for item in catalogueInputs where item.catalogue == nil { throw ValidationError("--catalogue \(item.source) is not a catalogue") }
        for item in documentInputs where item.documents.isEmpty && item.catalogue != nil {
            throw ValidationError("\(item.source) is a catalogue, not a mobility document: give it with --catalogue")
        }
        let documents = documentInputs.flatMap(\.documents)
        guard !documents.isEmpty else { throw ValidationError("no mobility document to render") }
        let pages = MobilityPages(catalogues: catalogueInputs.compactMap(\.catalogue), language: language)
        var isFolder: ObjCBool = false
        let toFolder = documents.count > 1 || (FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue)
        if toFolder && output == "-" { throw ValidationError("\(documents.count) documents need -o FOLDER, a page each") }
        if toFolder { try OutputFolder.check(output, outputs: documents.count, of: "documents") }
        var used = Set<String>()
        let targets = try documents.enumerated().map { index, document -> String in
            let name = (document.id ?? "document-\(index + 1)").map { $0 == "/" ? "-" : $0 }
            let path = toFolder ? (output as NSString).appendingPathComponent(String(name) + "." + format.rawValue) : output
            guard used.insert(path).inserted else { throw ValidationError("two documents have the id \(document.id ?? ""): each needs its own page") }
            return path
        }
        if toFolder { try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) }
        // Pages are made and written side by side: a thousand agreements are a thousand files.
        let failures = await ECVET.inParallel(documents.count) { index -> OutputError? in
            let html = pages.page(documents[index])
            do throws(OutputError) {
                if format == .pdf {
                    try ECVET.printPDF(html: html, to: targets[index])
                } else {
                    try ECVET.write(bytes: Array(html.utf8), to: targets[index])
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first {
            StandardError.unwritable(failure)
            throw ExitStatus.usageOrIO
        }
        if output != "-" {
            RunSummary().write("rendered \(counted(documents.count, "document")) as \(format.rawValue): \(output)")
        }
    }
}

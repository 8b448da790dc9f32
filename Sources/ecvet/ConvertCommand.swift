import ArgumentParser
import ECVETKit
import Foundation

struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert catalogues from one format to another.",
        discussion: """
            Data goes to standard output or to -o; diagnostics go to standard error. Nothing is \
            written when there are errors, and an existing output file is left untouched.

            Examples:
              ecvet convert catalogue.json --to json -o copy.json
              ecvet convert a.json b.json --to json -o out/        (one output per input)
              ecvet convert a.json b.json --merge -o all.json      (one catalogue from all inputs)
            """
    )

    @Argument(help: "Catalogue files to read; - reads standard input.")
    var inputs: [String]

    @Option(name: .customLong("to"), help: "The output format. Follows from -o's extension when omitted.")
    var target: CatalogueFormat?

    @Option(name: [.customShort("o"), .customLong("output")],
            help: "The output file, or a folder with several inputs; - is standard output (the default).")
    var output: String?

    @Flag(help: "Combine all inputs into one catalogue written to -o.")
    var merge = false

    @Option(name: .customLong("from"), help: "Read inputs as this format instead of detecting it.")
    var source: CatalogueFormat?

    @Option(help: "A configuration file instead of the nearest .ecvet.yaml (its defaults fill what the data lacks).")
    var config: String?

    @OptionGroup(title: "CSV")
    var csv: CSVArguments

    @Flag(help: "Start CSV files with a byte order mark, so that spreadsheets see UTF-8.")
    var bom = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one catalogue to convert") }
        if inputs.count > 1 && !merge && (output == nil || output == "-") {
            throw ValidationError("several inputs need -o FOLDER (one output per input) or --merge")
        }
        if let output, output != "-",
           inputs.contains(where: { $0 != "-" && Self.samePath($0, output) }) {
            throw ValidationError("the output \(output) is also an input; inputs are never overwritten")
        }
    }

    func run() async throws {
        guard let format = target ?? output.flatMap(FormatRegistry.format(forExtensionOf:)) else {
            throw ValidationError("name the output format with --to (\(CatalogueFormat.allValueStrings.joined(separator: ", "))) or an -o path with its extension")
        }
        if format.isFolder && (output == nil || output == "-") {
            throw ValidationError("\(format) is written as a folder of tables: give -o FOLDER")
        }
        var loaded = await ECVET.read(paths: inputs, format: source, csv: csv.options)
        var loader = ConfigurationLoader(explicit: config)
        let problems = loader.apply(to: &loaded).diagnostics
        DiagnosticPrinter.print(problems + loaded.flatMap(\.diagnostics))
        guard !problems.hasErrors else { throw ExitStatus.usageOrIO }
        let catalogues = loaded.compactMap(\.catalogue)
        guard catalogues.count == loaded.count, !loaded.contains(where: { $0.diagnostics.hasErrors }) else {
            throw ExitStatus.dataErrors
        }

        var targets: [(Catalogue, String)] = []
        if merge || inputs.count == 1 {
            targets = [(merge ? Catalogue.merging(catalogues) : catalogues[0], output ?? "-")]
        } else if let folder = output {
            targets = try outputsInFolder(folder, for: catalogues, format: format)
        }
        try await write(targets, as: format)
    }

    /// One output per input in `folder`, named after the input.
    private func outputsInFolder(_ folder: String, for catalogues: [Catalogue],
                                 format: CatalogueFormat) throws -> [(Catalogue, String)] {
        var used = Set<String>()
        var targets: [(Catalogue, String)] = []
        for (catalogue, input) in zip(catalogues, inputs) {
            let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
            let path = (folder as NSString).appendingPathComponent(format.isFolder ? base : base + "." + format.fileExtension)
            guard used.insert(path).inserted else {
                throw ValidationError("two inputs would both be written to \(path); convert them separately or use --merge")
            }
            targets.append((catalogue, path))
        }
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                StandardError.write("error: cannot create folder \(folder): \(error.localizedDescription)")
                throw ExitStatus.usageOrIO
            }
        } else if !isFolder.boolValue {
            throw ValidationError("with several inputs, -o must name a folder; \(folder) is a file (or use --merge)")
        }
        return targets
    }

    private func write(_ targets: [(Catalogue, String)], as format: CatalogueFormat) async throws {
        do throws(OutputError) {
            var options = csv.options
            options.byteOrderMark = bom
            if targets.count == 1, let (catalogue, path) = targets.first {
                try ECVET.write(catalogue, as: format, to: path, csv: options)
            } else {
                try await ECVET.write(targets.map { (catalogue: $0.0, path: $0.1) }, as: format, csv: options)
            }
        } catch {
            let id = DiagnosticID.unwritableOutput
            StandardError.write("error: [\(id.id) \(id.name)] \(error.message)")
            throw ExitStatus.usageOrIO
        }
    }

    static func samePath(_ left: String, _ right: String) -> Bool {
        URL(fileURLWithPath: left).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: right).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

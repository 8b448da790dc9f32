import ArgumentParser
import ECVETKit
import Foundation

struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert catalogues and mobility documents from one format to another.",
        discussion: """
            Data goes to standard output or to -o; diagnostics go to standard error. Nothing is \
            written when there are errors, and an existing output file is left untouched.

            Examples:
              ecvet convert catalogue.json --to json -o copy.json
              ecvet convert a.json b.json --to json -o out/        (one output per input)
              ecvet convert a.json b.json --merge -o all.json      (one catalogue from all inputs)
              ecvet convert la1.yaml la2.yaml --merge -o group.csv (learning agreements, a row each)
            """
    )

    @Argument(help: "Catalogues or mobility documents to read; - reads standard input.")
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

    @OptionGroup(title: "Mapping")
    var mappingArguments: MappingArguments

    @OptionGroup(title: "CSV")
    var csv: CSVArguments

    @Flag(help: "Start CSV files with a byte order mark, so that spreadsheets see UTF-8.")
    var bom = false

    @Option(name: .customLong("catalogue"),
            help: ArgumentHelp("With --to europass-credential: the home catalogue of the transcript (repeatable).", valueName: "file"))
    var catalogues: [String] = []

    @Option(help: ArgumentHelp("With --to europass-credential: the learning agreement the transcript reports on.", valueName: "file"))
    var agreement: String?

    @Flag(help: "Write Europass XML or CSV even when the europass rule profile finds errors.")
    var allowIncomplete = false

    @Option(help: "Check the output against this XSD before it is put in place; \"europass\" is the official LOQ schema, built in.")
    var xsd: String?

    @Flag(help: "With several inputs and -o FOLDER, write no output unless every input converts (by default the good ones are written and the others named).")
    var allOrNothing = false

    @Flag(help: "Replace an output file that is read-only (by default it is kept and the write refused).")
    var force = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one catalogue to convert") }
        if let source, !FormatRegistry.readable.contains(source) {
            throw ValidationError("\(source) cannot be read yet; --from takes \(FormatRegistry.readable.map(\.rawValue).joined(separator: ", "))")
        }
        if inputs.count > 1 && !merge && (output == nil || output == "-") {
            throw ValidationError("several inputs need -o FOLDER (one output per input) or --merge")
        }
        if let output {
            try InputProtection.refuse(output: output, among: inputs + catalogues + [agreement, config].compactMap { $0 } + mappingArguments.files)
        }
    }

    func run() async throws {
        let summary = RunSummary()
        guard let format = target ?? output.flatMap(FormatRegistry.format(forExtensionOf:)) else {
            throw ValidationError("name the output format with --to (\(CatalogueFormat.allValueStrings.joined(separator: ", "))) or an -o path with its extension")
        }
        if format.isFolder && (output == nil || output == "-") {
            throw ValidationError("\(format) is written as a folder of tables: give -o FOLDER")
        }
        if allowIncomplete && format != .europassXML && format != .europassCSV {
            throw ValidationError("--allow-incomplete goes with --to europass-xml or europass-csv")
        }
        if xsd != nil && format.isFolder {
            throw ValidationError("--xsd checks XML output; \(format) is not XML")
        }
        if !merge && inputs.count > 1, let folder = output, xsd == nil || !allOrNothing {
            try await convertEach(into: folder, as: format)
            summary.write("converted \(counted(inputs.count, "file")) to \(format) in \(folder)")
            return
        }
        let (loaded, configurations, problems) = try await mappingArguments.read(inputs, format: source, csv: csv.options,
                                                                                  config: config)
        DiagnosticPrinter.print(problems + loaded.flatMap(\.diagnostics))
        guard !problems.hasErrors else { throw ExitStatus.usageOrIO }
        if loaded.contains(where: { !$0.documents.isEmpty }) {
            try await writeDocuments(loaded, as: format)
            return
        }
        let catalogues = loaded.compactMap(\.catalogue)
        guard catalogues.count == loaded.count, !loaded.contains(where: { $0.diagnostics.hasErrors }) else {
            throw ExitStatus.dataErrors
        }
        if format == .europassXML || format == .europassCSV {
            try await checkEuropassProfile(catalogues, as: format, configurations: configurations)
        }
        if let xsd, let problem = ECVET.schemaProblem(at: xsd) {
            DiagnosticPrinter.print([problem])
            throw ExitStatus.usageOrIO
        }

        var targets: [(Catalogue, String)] = []
        if merge || inputs.count == 1 {
            targets = [(merge ? Catalogue.merging(catalogues) : catalogues[0], try singleOutput(as: format))]
        } else if let folder = output {
            targets = zip(catalogues, try outputPaths(in: folder, as: format)).map { ($0, $1) }
        }
        try await write(targets, as: format)
        let written = targets.map(\.1).filter { $0 != "-" }
        if !written.isEmpty {
            summary.write("converted \(counted(inputs.count, "file")) to \(format): \(written.joined(separator: ", "))")
        }
    }

    /// Writes the mobility documents read: one document to `-o` (or standard output); the
    /// agreements of a CSV file to a file each in `-o FOLDER`, named by their ids; learning
    /// agreements to one CSV file (with several inputs, `--merge`).
    private func writeDocuments(_ loaded: [LoadedCatalogue], as format: CatalogueFormat) async throws {
        if loaded.contains(where: { $0.catalogue != nil }) {
            throw ValidationError("catalogues and mobility documents are converted separately")
        }
        guard !loaded.contains(where: { $0.diagnostics.hasErrors }) else { throw ExitStatus.dataErrors }
        let documents = loaded.flatMap(\.documents)
        let names = ECVET.documentFormats.map(\.rawValue).joined(separator: ", ")
        if format == .europassCredential {
            try await writeCredential(documents)
            return
        }
        if format == .csv {
            let agreements = documents.compactMap { if case .learningAgreement(let agreement) = $0 { agreement } else { nil } }
            guard agreements.count == documents.count else {
                throw ValidationError("only learning agreements are written as CSV (a row per learner); convert the others to \(names)")
            }
            let path = output ?? "-"
            var options = csv.options
            options.byteOrderMark = bom
            try writing { () throws(OutputError) in try ECVET.write(agreements, asCSVTo: path, csv: options) }
            if path != "-" { RunSummary().write("wrote \(counted(agreements.count, "learning agreement")) as CSV: \(path)") }
            return
        }
        guard ECVET.documentFormats.contains(format) else {
            throw ValidationError("a \(documents[0].kind) is converted to \(names), not \(format)")
        }
        if merge { throw ValidationError("--merge combines catalogues, or learning agreements into one CSV file (--to csv)") }
        if documents.count == 1, let document = documents.first {
            let path = try singleOutput(as: format)
            try writing { () throws(OutputError) in try ECVET.write(document, as: format, to: path) }
            if path != "-" { RunSummary().write("converted the \(document.kind) \(document.id ?? "") to \(format): \(path)") }
            return
        }
        guard let folder = output, folder != "-" else {
            throw ValidationError("\(inputs[0]) holds \(documents.count) learning agreements: give -o FOLDER for a file each")
        }
        try OutputFolder.check(folder, outputs: documents.count, of: "learning agreements")
        let paths = try documentPaths(documents, in: folder, as: format)
        try writing { () throws(OutputError) in
            var prepared: [PreparedOutput] = []
            do throws(OutputError) {
                for (document, path) in zip(documents, paths) { prepared.append(try ECVET.prepare(document, as: format, at: path)) }
            } catch {
                prepared.forEach { $0.discard() }
                throw error
            }
            try ECVET.commit(prepared)
        }
        RunSummary().write("converted \(counted(documents.count, "learning agreement")) to \(format) in \(folder)")
    }

    /// Writes the one transcript read as a Europass credential, after the europass checks of it
    /// with its agreement and home catalogue.
    private func writeCredential(_ documents: [MobilityDocument]) async throws {
        guard documents.count == 1, case .transcript(let transcript) = documents[0] else {
            throw ValidationError("a Europass credential is made from one personal transcript")
        }
        guard !catalogues.isEmpty else { throw ValidationError("--to europass-credential needs the home catalogue: give --catalogue FILE") }
        let extra = await ECVET.read(paths: (agreement.map { [$0] } ?? []) + catalogues)
        DiagnosticPrinter.print(extra.flatMap(\.diagnostics))
        guard !extra.contains(where: { $0.diagnostics.hasErrors }) else { throw ExitStatus.dataErrors }
        var planned: LearningAgreement?
        if let agreement {
            guard case .learningAgreement(let read)? = extra[0].document else { throw ValidationError("\(agreement) is not a learning agreement") }
            planned = read
        }
        let homes = extra.dropFirst(agreement == nil ? 0 : 1)
        for item in homes where item.catalogue == nil { throw ValidationError("--catalogue \(item.source) is not a catalogue") }
        let result: (bytes: [UInt8]?, diagnostics: [Diagnostic])
        do throws(OutputError) {
            result = try await ECVET.credential(transcript, agreement: planned, catalogues: homes.compactMap(\.catalogue))
        } catch {
            StandardError.unwritable(error)
            throw ExitStatus.usageOrIO
        }
        DiagnosticPrinter.print(result.diagnostics)
        guard let bytes = result.bytes else {
            StandardError.write("error: the transcript lacks what a Europass credential needs; nothing was written")
            throw ExitStatus.dataErrors
        }
        let path = try singleOutput(as: .europassCredential)
        try writing { () throws(OutputError) in try ECVET.write(bytes: bytes, to: path) }
        if path != "-" { RunSummary().write("wrote the Europass credential of transcript \(transcript.id ?? ""): \(path)") }
    }

    /// Runs `write`, telling an output error as every command does (exit status 2).
    private func writing(_ write: () throws(OutputError) -> Void) throws {
        do throws(OutputError) {
            try write()
        } catch {
            StandardError.unwritable(error)
            throw ExitStatus.usageOrIO
        }
    }

    /// A file per document in `folder`, named by its id.
    private func documentPaths(_ documents: [MobilityDocument], in folder: String, as format: CatalogueFormat) throws -> [String] {
        var used = Set<String>()
        let paths = try documents.enumerated().map { index, document in
            let name = (document.id ?? "document-\(index + 1)").map { $0 == "/" || $0 == "\0" ? "-" : $0 }
            let path = (folder as NSString).appendingPathComponent(String(name) + "." + format.fileExtension)
            guard used.insert(path).inserted else {
                throw ValidationError("two documents have the id \(document.id ?? ""): each needs its own file")
            }
            return path
        }
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        return paths
    }

    /// Where one output goes: `-o`'s path, or inside `-o` when it names an existing folder (as
    /// with several inputs), named after the input; standard output without `-o`.
    private func singleOutput(as format: CatalogueFormat) throws -> String {
        guard let output, output != "-" else { return "-" }
        var isFolder: ObjCBool = false
        guard !format.isFolder, !merge, let input = inputs.first,
              FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue else { return output }
        let base = input == "-" ? "catalogue" : ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = (output as NSString).appendingPathComponent(base + "." + format.fileExtension)
        if input != "-" && InputProtection.samePath(input, path) {
            throw ValidationError("\(input) would be overwritten by its own output; inputs are never overwritten")
        }
        return path
    }

    /// One output per input in `folder`, named after the input; the folder is made when missing.
    func outputPaths(in folder: String, as format: CatalogueFormat) throws -> [String] {
        var used = Set<String>()
        var targets: [String] = []
        // Each input resolved once: a batch of hundreds of files must not cost a square of them.
        var resolvedInputs: [String: String] = [:]
        for input in inputs where input != "-" {
            resolvedInputs[InputProtection.resolved(input)] = input
        }
        try OutputFolder.check(folder, outputs: inputs.count, of: "inputs")
        for input in inputs {
            let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
            let path = (folder as NSString).appendingPathComponent(format.isFolder ? base : base + "." + format.fileExtension)
            guard used.insert(path).inserted else {
                throw ValidationError("two inputs would both be written to \(path); convert them separately or use --merge")
            }
            if let input = resolvedInputs[InputProtection.resolved(path)] {
                throw ValidationError("\(input) would be overwritten by its own output; inputs are never overwritten")
            }
            targets.append(path)
        }
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                StandardError.write("error: cannot create folder \(folder): \(error.localizedDescription)")
                throw ExitStatus.usageOrIO
            }
        }
        return targets
    }

    private func write(_ targets: [(Catalogue, String)], as format: CatalogueFormat) async throws {
        var options = csv.options
        options.byteOrderMark = bom
        let problems: [Diagnostic]
        do throws(OutputError) {
            if targets.count == 1, let (catalogue, path) = targets.first {
                problems = try ECVET.writeWithoutChecks(catalogue, as: format, to: path, csv: options, xsd: xsd,
                                                        replacingReadOnly: force)
            } else {
                problems = try await ECVET.writeWithoutChecks(targets.map { (catalogue: $0.0, path: $0.1) }, as: format, csv: options,
                                                              xsd: xsd, replacingReadOnly: force)
            }
        } catch {
            StandardError.unwritable(error)
            throw ExitStatus.usageOrIO
        }
        if problems.hasErrors {
            // Nothing was written: the findings are about the inputs whose outputs would break the schema.
            let inputOf = Dictionary(zip(targets.map(\.1), targets.count == 1 ? [merge ? inputs.joined(separator: ", ") : inputs[0]] : inputs),
                                     uniquingKeysWith: { first, _ in first })
            DiagnosticPrinter.print(problems.map { problem in
                guard let file = problem.location?.file, let input = inputOf[file] ?? (file == "standard output" ? inputOf["-"] : nil) else { return problem }
                return PreparedOutput.moved(problem, to: input == "-" ? "standard input" : input)
            })
            StandardError.write("error: the output does not follow \(xsd ?? "the schema"); nothing was written")
            throw ExitStatus.dataErrors
        }
    }

    /// Europass output needs what the europass rule profile checks: its findings are shown, and
    /// errors stop the conversion unless --allow-incomplete.
    private func checkEuropassProfile(_ catalogues: [Catalogue], as format: CatalogueFormat, configurations: [Configuration]) async throws {
        // Catalogues are checked side by side: a batch of small ones keeps every core busy.
        let checked = await ECVET.inParallel(catalogues.count) { index in
            await EuropassCheck(catalogues[index], as: format, configuration: configurations[index], allowIncomplete: allowIncomplete)
        }
        DiagnosticPrinter.print(checked.flatMap(\.findings))
        let errors = checked.reduce(0) { $0 + $1.errors }
        if errors > 0 && !allowIncomplete {
            StandardError.write("error: the catalogue lacks what a Europass export needs (\(errors) \(errors == 1 ? "error" : "errors") of the europass profile); nothing was written. Fix them, or give --allow-incomplete")
            throw ExitStatus.dataErrors
        }
        if checked.contains(where: \.nothingToWrite) {
            StandardError.write("error: " + EuropassCheck.nothingMessage)
            throw ExitStatus.dataErrors
        }
    }

}

import ECVETKit
import Foundation

/// Converting many inputs into a folder, one output per input, as a pipeline: each file is read,
/// checked and written before the next takes its place, one per core and one more, so a batch of any size
/// keeps only the files in flight in memory. The outputs wait beside their places; the good ones
/// then appear together, and the inputs that failed are named (with `--all-or-nothing`, nothing
/// appears unless every file went through). Each output is whole or absent.
extension ConvertCommand {
    func convertEach(into folder: String, as format: CatalogueFormat) async throws {
        if let xsd, let problem = ECVET.schemaProblem(at: xsd) {
            DiagnosticPrinter.print([problem])
            throw ExitStatus.usageOrIO
        }
        let (reader, mappingProblems) = try mappingArguments.reader(format: source, csv: csv.options)
        guard let reader else {
            DiagnosticPrinter.print(mappingProblems)
            throw ExitStatus.dataErrors
        }
        var loader = ConfigurationLoader(explicit: config, base: reader.mapping?.configuration)
        let (configurations, configurationProblems) = loader.configurations(for: inputs)
        guard !configurationProblems.hasErrors else {
            DiagnosticPrinter.print(configurationProblems)
            throw ExitStatus.usageOrIO
        }
        var options = csv.options
        options.byteOrderMark = bom
        let folderExisted = FileManager.default.fileExists(atPath: folder)
        let outputs = try outputPaths(in: folder, as: format)
        /// Gives up every prepared file, and the folders made for them.
        func discard(_ prepared: [PreparedOutput]) {
            prepared.forEach { $0.discard() }
            let made = (format.isFolder ? outputs : []) + (folderExisted ? [] : [folder])
            for path in made where ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? ["?"]).isEmpty {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        let batch = Batch(inputs: inputs, outputs: outputs, configurations: configurations,
                          reader: reader, format: format, csv: options, allowIncomplete: allowIncomplete, xsd: xsd)
        let display = ProgressDisplay(total: inputs.count)
        let conversions = await batch.run { display.advance() }
        display.finish()

        DiagnosticPrinter.print(mappingProblems + configurationProblems)
        // Each file's findings were rendered as it finished; they are printed in the order of
        // the files' names, as every report is.
        let inFileOrder = zip(inputs, conversions).sorted { $0.0 < $1.0 }.map(\.1)
        for conversion in inFileOrder where !conversion.report.isEmpty {
            StandardError.write(conversion.report)
        }
        var refused = zip(inputs, conversions).compactMap { input, conversion in
            conversion.failure.map { "\(input) (\($0.reason(schema: xsd ?? "the schema")))" }
        }
        let europassErrors = conversions.contains { if case .incomplete = $0.failure { true } else { false } }
        var unwritable = conversions.lazy.compactMap { if case .unwritable(let error) = $0.failure { error } else { nil } }.first
        conversions.filter { $0.failure != nil }.compactMap(\.output).forEach { $0.discard() }
        if allOrNothing {
            let good = conversions.filter { $0.failure == nil }.compactMap(\.output)
            guard refused.isEmpty else {
                discard(good)
                if let unwritable {
                    StandardError.unwritable(unwritable)
                    throw ExitStatus.usageOrIO
                }
                StandardError.write("error: \(refused.count) of \(inputs.count) inputs could not be converted, so nothing was written (--all-or-nothing): \(refused.joined(separator: "; "))"
                    + (europassErrors ? ". Fix them, or give --allow-incomplete" : ""))
                throw ExitStatus.dataErrors
            }
            do throws(OutputError) {
                try ECVET.commit(good, replacingReadOnly: force)
            } catch {
                discard([])
                StandardError.unwritable(error)
                StandardError.write("error: one output could not be put in place, so none was written (--all-or-nothing)")
                throw ExitStatus.usageOrIO
            }
            return
        }
        // Each output put in place on its own: one that cannot be (a read-only file) is named
        // with the refused, and the others are written all the same.
        var placed: [PreparedOutput] = []
        for (input, conversion) in zip(inputs, conversions) where conversion.failure == nil {
            guard let output = conversion.output else { continue }
            do throws(OutputError) {
                try ECVET.commit([output], replacingReadOnly: force)
                placed.append(output)
            } catch {
                output.discard()
                refused.append("\(input) (\(FileConversion.Failure.unwritable(error).reason(schema: xsd ?? "the schema")))")
                unwritable = unwritable ?? error
            }
        }
        guard !refused.isEmpty else { return }
        if placed.isEmpty { discard([]) }
        StandardError.write("error: wrote \(placed.count) of \(inputs.count) outputs in \(folder); refused, with nothing written for them: \(refused.joined(separator: "; "))"
            + (europassErrors ? ". Fix them, or give --allow-incomplete" : ""))
        throw unwritable == nil ? ExitStatus.dataErrors : ExitStatus.usageOrIO
    }
}

/// What became of one input of a batch.
struct FileConversion: Sendable {
    enum Failure: Sendable {
        case unreadable
        case incomplete(errors: Int)
        /// Everything was left out of the Europass document: nothing to write.
        case empty
        /// The output breaks the schema given with `--xsd`.
        case schema(errors: Int)
        case unwritable(OutputError)

        /// Why no output was written, for the batch's closing line.
        func reason(schema: String) -> String {
            switch self {
            case .unreadable: "could not be read"
            case .incomplete(let errors): counted(errors, "error") + " of the europass profile"
            case .empty: "nothing of it can go into a Europass document"
            case .schema(let errors): "its output breaks \(schema): " + counted(errors, "error")
            case .unwritable(let error): "cannot be written: \(error.message)"
            }
        }
    }

    var diagnostics: [Diagnostic]
    var output: PreparedOutput?
    var failure: Failure?
    /// The diagnostics as the text report prints them.
    var report = ""
}

/// The inputs of a batch and what to do with each.
struct Batch: Sendable {
    let inputs: [String]
    let outputs: [String]
    let configurations: [Configuration]
    let reader: InputReader
    let format: CatalogueFormat
    let csv: CSVOptions
    let allowIncomplete: Bool
    /// The schema each output must follow, when one is given.
    let xsd: String?

    /// Converts every input, one more at a time than there are cores, keeping the order: a file
    /// between two steps (its checks waiting for a thread, its output being synced) would
    /// otherwise leave a core idle.
    func run(progress: @escaping @Sendable () -> Void = {}) async -> [FileConversion] {
        await ECVET.inParallel(inputs.count, extra: 1) { index in
            let conversion = await self.convert(index)
            progress()
            return conversion
        }
    }

    /// Reads one input, applies its defaults, runs the europass checks when the output is
    /// Europass, and writes it beside its place.
    private func convert(_ index: Int) async -> FileConversion {
        let input = inputs[index]
        let reader = self.reader
        let configuration = configurations[index]
        let loaded: LoadedCatalogue = await ECVET.runBlocking { reader.read(input, configuration: configuration) }
        if !loaded.documents.isEmpty, !loaded.diagnostics.hasErrors {
            guard let document = loaded.document else {
                var conversion = FileConversion(diagnostics: loaded.diagnostics + [Diagnostic(.unknownInputFormat,
                    "\(input) holds \(loaded.documents.count) learning agreements: convert it alone, with -o FOLDER for a file each",
                    at: SourceLocation(file: input))])
                conversion.failure = .unreadable
                return await Self.reported(conversion)
            }
            return await convert(document, index: index, diagnostics: loaded.diagnostics)
        }
        guard var catalogue = loaded.catalogue, !loaded.diagnostics.hasErrors else {
            return await Self.reported(FileConversion(diagnostics: loaded.diagnostics, failure: .unreadable))
        }
        configurations[index].defaults.apply(to: &catalogue)
        var conversion = FileConversion(diagnostics: loaded.diagnostics)
        var plan: EuropassPlan?
        if format == .europassXML || format == .europassCSV {
            let check = await EuropassCheck(catalogue, as: format, configuration: configurations[index], allowIncomplete: allowIncomplete)
            plan = check.plan
            conversion.diagnostics += check.findings
            if check.errors > 0 && !allowIncomplete {
                conversion.failure = .incomplete(errors: check.errors)
                return await Self.reported(conversion)
            }
            if check.nothingToWrite {
                conversion.diagnostics.append(Diagnostic(.leftOutOfEuropass, severity: .error, EuropassCheck.nothingMessage,
                                                         at: SourceLocation(file: input)))
                conversion.failure = .empty
                return await Self.reported(conversion)
            }
        }
        // Written and reported on one thread: a hop less per file.
        let diagnostics = conversion.diagnostics
        let path = outputs[index]
        let done: WrittenFile = await ECVET.runBlocking { [catalogue, format, csv, xsd, plan] in
            let result = Result { () throws(OutputError) in try ECVET.prepare(catalogue, as: format, at: path, csv: csv, plan: plan) }
            // Schema findings about an output that will not be written are about its input.
            let problems = xsd.flatMap { xsd in (try? result.get()).map { $0.schemaProblems(against: xsd, namedAfter: input) } } ?? []
            return WrittenFile(result: result, problems: problems,
                               report: TextReport.forStandardError().render(diagnostics + problems))
        }
        conversion.report = done.report
        switch done.result {
        case .success(let output):
            conversion.output = output
            if done.problems.hasErrors { conversion.failure = .schema(errors: done.problems.filter { $0.severity == .error }.count) }
        case .failure(let error):
            conversion.failure = .unwritable(error)
        }
        return conversion
    }

    /// Writes a mobility document beside its place, in a format documents are written in.
    private func convert(_ document: MobilityDocument, index: Int, diagnostics: [Diagnostic]) async -> FileConversion {
        var conversion = FileConversion(diagnostics: diagnostics)
        guard ECVET.documentFormats.contains(format) else {
            conversion.diagnostics.append(Diagnostic(.unknownInputFormat, "a \(document.kind) is converted to "
                + ECVET.documentFormats.map(\.rawValue).joined(separator: ", ") + ", not \(format)",
                at: SourceLocation(file: inputs[index])))
            conversion.failure = .unreadable
            return await Self.reported(conversion)
        }
        let path = outputs[index], format = self.format
        let result = await ECVET.runBlocking { Result { () throws(OutputError) in try ECVET.prepare(document, as: format, at: path) } }
        switch result {
        case .success(let output): conversion.output = output
        case .failure(let error): conversion.failure = .unwritable(error)
        }
        return await Self.reported(conversion)
    }

    /// A file written beside its place, and its diagnostics as the text report prints them.
    private struct WrittenFile: Sendable {
        var result: Result<PreparedOutput, OutputError>
        /// What the schema given with `--xsd` found in the output.
        var problems: [Diagnostic]
        var report: String
    }

    /// The conversion with its diagnostics rendered.
    private static func reported(_ conversion: FileConversion) async -> FileConversion {
        var conversion = conversion
        let diagnostics = conversion.diagnostics
        conversion.report = await ECVET.runBlocking { TextReport.forStandardError().render(diagnostics) }
        return conversion
    }
}

import ECVETKit
import Foundation

/// Converting many inputs into a folder, one output per input, as a pipeline: each file is read,
/// checked and written before the next takes its place, one per core and one more, so a batch of any size
/// keeps only the files in flight in memory. The outputs wait beside their places and appear
/// together, only when every file went through.
extension ConvertCommand {
    func convertEach(into folder: String, as format: CatalogueFormat) async throws {
        let (reader, mappingProblems) = try mappingArguments.reader(format: source, csv: csv.options)
        guard let reader else {
            DiagnosticPrinter.print(mappingProblems)
            throw ExitStatus.dataErrors
        }
        var loader = ConfigurationLoader(explicit: config)
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
                          reader: reader, format: format, csv: options, allowIncomplete: allowIncomplete)
        let conversions = await batch.run()

        DiagnosticPrinter.print(mappingProblems + configurationProblems)
        // Each file's findings were rendered as it finished; they are printed in the order of
        // the files' names, as every report is.
        let inFileOrder = zip(inputs, conversions).sorted { $0.0 < $1.0 }.map(\.1)
        for conversion in inFileOrder where !conversion.report.isEmpty {
            StandardError.write(conversion.report)
        }
        let files: [PreparedOutput] = conversions.compactMap(\.output)
        var europassErrors = 0
        var unreadable = false
        for conversion in conversions {
            switch conversion.failure {
            case .unreadable:
                unreadable = true
            case .incomplete(let errors):
                europassErrors += errors
            case .unwritable(let error):
                discard(files)
                StandardError.unwritable(error)
                throw ExitStatus.usageOrIO
            case nil:
                break
            }
        }
        if unreadable || europassErrors > 0 {
            discard(files)
            if !unreadable {
                let noun = europassErrors == 1 ? "error" : "errors"
                StandardError.write("error: the catalogues lack what a Europass export needs (\(europassErrors) \(noun) of the europass profile); nothing was written. Fix them, or give --allow-incomplete")
            }
            throw ExitStatus.dataErrors
        }
        do throws(OutputError) {
            try ECVET.commit(files)
        } catch {
            discard([])
            StandardError.unwritable(error)
            throw ExitStatus.usageOrIO
        }
    }
}

/// What became of one input of a batch.
struct FileConversion: Sendable {
    enum Failure: Sendable {
        case unreadable
        case incomplete(errors: Int)
        case unwritable(OutputError)
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

    /// Converts every input, one more at a time than there are cores, keeping the order: a file
    /// between two steps (its checks waiting for a thread, its output being synced) would
    /// otherwise leave a core idle.
    func run() async -> [FileConversion] {
        await ECVET.inParallel(inputs.count, extra: 1) { index in await self.convert(index) }
    }

    /// Reads one input, applies its defaults, runs the europass checks when the output is
    /// Europass, and writes it beside its place.
    private func convert(_ index: Int) async -> FileConversion {
        let input = inputs[index]
        let reader = self.reader
        let loaded: LoadedCatalogue = await ECVET.runBlocking { reader.read(input) }
        guard var catalogue = loaded.catalogue, !loaded.diagnostics.hasErrors else {
            return await Self.reported(FileConversion(diagnostics: loaded.diagnostics, failure: .unreadable))
        }
        configurations[index].defaults.apply(to: &catalogue)
        var conversion = FileConversion(diagnostics: loaded.diagnostics)
        if format == .europassXML {
            let check = await EuropassCheck(catalogue, configuration: configurations[index])
            conversion.diagnostics += check.findings
            if check.errors > 0 && !allowIncomplete {
                conversion.failure = .incomplete(errors: check.errors)
                return await Self.reported(conversion)
            }
        }
        // Written and reported on one thread: a hop less per file.
        let diagnostics = conversion.diagnostics
        let path = outputs[index]
        let done: WrittenFile = await ECVET.runBlocking { [catalogue, format, csv] in
            WrittenFile(result: Result { () throws(OutputError) in try ECVET.prepare(catalogue, as: format, at: path, csv: csv) },
                        report: TextReport.forStandardError().render(diagnostics))
        }
        conversion.report = done.report
        switch done.result {
        case .success(let output): conversion.output = output
        case .failure(let error): conversion.failure = .unwritable(error)
        }
        return conversion
    }

    /// A file written beside its place, and its diagnostics as the text report prints them.
    private struct WrittenFile: Sendable {
        var result: Result<PreparedOutput, OutputError>
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

@_exported import ECVETModel
import ECVETFormats
import Foundation
import ECVETBytes
import ECVETSyntax

/// The library's front door: read, validate, write and summarise catalogues.
///
/// ```swift
/// let loaded = ECVET.read(path: "catalogue.json")
/// if let catalogue = loaded.catalogue, !loaded.diagnostics.hasErrors {
///     let findings = try await ECVET.write(catalogue, as: .europassXML, to: "loq.xml")
///     if findings.hasErrors { print(findings.map(\.formatted).joined(separator: "\n")) }
/// }
/// ```
///
/// A Europass document is written only after the `europass` rule profile found nothing that
/// Europass cannot take, as `ecvet convert` does; `allowIncomplete` writes it all the same.
public enum ECVET {
    /// Reads a catalogue from a file (`-` for standard input) or a folder of canonical CSV tables,
    /// detecting its format unless given.
    public static func read(path: String, format: CatalogueFormat? = nil,
                            csv: CSVOptions = CSVOptions()) -> LoadedCatalogue {
        read(path: path, format: format, csv: csv, progress: nil)
    }

    /// `read(path:format:csv:)`, counting the bytes read from a file into `progress`.
    package static func read(path: String, format: CatalogueFormat? = nil, csv: CSVOptions = CSVOptions(),
                             progress: ReadProgress?) -> LoadedCatalogue {
        var isFolder: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            let result = CatalogueCodec.read(folder: path, options: csv)
            return LoadedCatalogue(source: path, format: result.format, catalogue: result.catalogue,
                                   diagnostics: result.diagnostics)
        }
        do throws(SyntaxError) {
            let input = try ByteInput(path: path)
            input.progress = progress
            return load(input, format: format, csv: csv)
        } catch {
            return LoadedCatalogue(source: path, format: format, catalogue: nil, diagnostics: [error.diagnostic])
        }
    }

    /// Reads a catalogue from bytes in memory; `name` is used in diagnostics.
    public static func read(bytes: [UInt8], name: String, format: CatalogueFormat? = nil) -> LoadedCatalogue {
        load(ByteInput(bytes: bytes, name: name), format: format)
    }

    /// Reads many files in parallel, off the cooperative thread pool, keeping their order;
    /// `progress` is called as each file is done.
    public static func read(paths: [String], format: CatalogueFormat? = nil, csv: CSVOptions = CSVOptions(),
                            progress: @escaping @Sendable () -> Void = {}) async -> [LoadedCatalogue] {
        await DedicatedThreads.map(paths) { path in
            let loaded = read(path: path, format: format, csv: csv)
            progress()
            return loaded
        }
    }

    /// Writes bytes to a file that appears whole or not at all (`-` is standard output).
    public static func write(bytes: [UInt8], to path: String) throws(OutputError) {
        if path == "-" {
            let output = ByteOutput(descriptor: 1, name: "standard output")
            output.write(bytes)
            try output.flush()
            return
        }
        let file = try AtomicFile(path: path)
        file.output.write(bytes)
        try file.commit()
    }

    private static func load(_ input: ByteInput, format: CatalogueFormat?, csv: CSVOptions = CSVOptions()) -> LoadedCatalogue {
        if let head = try? input.peek(4096) {
            if format.map(MobilityCodec.formats.contains) ?? true, MobilityCodec.isDocument(head: head) {
                let syntax = format ?? (try? FormatRegistry.detect(head, path: input.name).get()) ?? .json
                let result = MobilityCodec.read(input, format: syntax)
                var loaded = LoadedCatalogue(source: input.name, format: syntax, catalogue: nil, diagnostics: result.diagnostics)
                loaded.documents = result.document.map { [$0] } ?? []
                return loaded
            }
            if format == nil || format == .csv, LearningAgreementCSV.isAgreements(head: head) {
                let result = LearningAgreementCSV.read(input, delimiter: csv.delimiter, encoding: csv.encoding)
                var loaded = LoadedCatalogue(source: input.name, format: .csv, catalogue: nil, diagnostics: result.diagnostics)
                loaded.documents = result.documents
                return loaded
            }
        }
        let result = CatalogueCodec.read(input, format: format, csv: csv)
        return LoadedCatalogue(source: input.name, format: result.format, catalogue: result.catalogue,
                               diagnostics: result.diagnostics)
    }

    /// Writes a catalogue to a file (or, for canonical CSV, a folder) that appears whole or not at
    /// all; `-` is standard output. An existing file is replaced only when everything was written.
    ///
    /// A Europass format (`.europassXML`, `.europassCSV`) is written only when the `europass`
    /// rule profile, with `configuration`'s settings, finds no error; otherwise nothing is
    /// written and its findings are returned. `allowIncomplete` writes the document all the same.
    ///
    /// With `xsd`, the written file is first checked against that schema (e.g. the official
    /// Europass `loq.xsd`); when it does not follow it, nothing is put in place and the schema
    /// errors are returned.
    ///
    /// - Returns: the findings of the europass profile and of the schema. When they hold an
    ///   error, nothing was written (unless `allowIncomplete` let the profile's errors pass).
    @discardableResult
    public static func write(_ catalogue: Catalogue, as format: CatalogueFormat, to path: String,
                             csv: CSVOptions = CSVOptions(), xsd: String? = nil,
                             configuration: Configuration = Configuration(),
                             allowIncomplete: Bool = false) async throws(OutputError) -> [Diagnostic] {
        let findings = await europassFindings(catalogue, as: format, configuration: configuration, allowIncomplete: allowIncomplete)
        if findings.hasErrors && !allowIncomplete { return findings }
        return findings + (try writeWithoutChecks(catalogue, as: format, to: path, csv: csv, xsd: xsd))
    }

    /// The bytes of a catalogue in a single-file format, under the same policy as `write`: for
    /// Europass XML, `bytes` is `nil` when the `europass` profile finds an error, unless
    /// `allowIncomplete`.
    public static func encode(_ catalogue: Catalogue, as format: CatalogueFormat,
                              configuration: Configuration = Configuration(),
                              allowIncomplete: Bool = false) async throws(OutputError) -> EncodedCatalogue {
        let findings = await europassFindings(catalogue, as: format, configuration: configuration, allowIncomplete: allowIncomplete)
        if findings.hasErrors && !allowIncomplete { return EncodedCatalogue(bytes: nil, diagnostics: findings) }
        return EncodedCatalogue(bytes: try bytes(of: catalogue, as: format), diagnostics: findings)
    }

    /// What the `europass` profile finds before a Europass output, notes left out, and for LOQ
    /// what the document will leave out (`X02`) when it is to be written (the profile passed,
    /// or `allowIncomplete`); nothing for other formats.
    package static func europassFindings(_ catalogue: Catalogue, as format: CatalogueFormat,
                                         configuration: Configuration, allowIncomplete: Bool = false) async -> [Diagnostic] {
        await europassCheck(catalogue, as: format, configuration: configuration, allowIncomplete: allowIncomplete).findings
    }

    /// The findings of `europassFindings`, and for LOQ the plan they were made from, which
    /// `prepare` then writes by rather than work it out again.
    package static func europassCheck(_ catalogue: Catalogue, as format: CatalogueFormat, configuration: Configuration,
                                      allowIncomplete: Bool = false) async -> (findings: [Diagnostic], plan: EuropassPlan?) {
        guard format == .europassXML || format == .europassCSV else { return ([], nil) }
        let findings = await validate(catalogue, profile: .europass, configuration: configuration)
            .filter { $0.severity != .note }
        guard format == .europassXML, !findings.hasErrors || allowIncomplete else { return (findings, nil) }
        let selection = EuropassLOQSelection(catalogue)
        return (findings + selection.omissions, EuropassPlan(selection: selection))
    }

    /// Writes a catalogue as `write` does, without the europass profile: for callers that ran it
    /// themselves (`ecvet convert`) and for canonical formats.
    @discardableResult
    package static func writeWithoutChecks(_ catalogue: Catalogue, as format: CatalogueFormat, to path: String,
                                           csv: CSVOptions = CSVOptions(), xsd: String? = nil,
                                           replacingReadOnly: Bool = false) throws(OutputError) -> [Diagnostic] {
        if path == "-" && xsd == nil {
            let output = ByteOutput(descriptor: 1, name: "standard output")
            try CatalogueCodec.write(catalogue, as: format, to: output)
            return []
        }
        if path == "-" || (xsd != nil && AtomicFile.writesDirectly(to: path)) {
            // Checked before anything reaches standard output or a device, which cannot be
            // read back or taken back.
            let bytes = try bytes(of: catalogue, as: format)
            let problems = try checkBytes(bytes, against: xsd!)
            if problems.hasErrors { return problems }
            try write(bytes: bytes, to: path)
            return problems
        }
        return try checkAndCommit([try prepare(catalogue, as: format, at: path, csv: csv)], against: xsd,
                                  replacingReadOnly: replacingReadOnly)
    }

    /// Writes several catalogues in parallel, all or nothing: every file is written (and with
    /// `xsd` checked) beside its destination first, and only when all succeeded are they put in
    /// place. Returns the schema errors when they stopped the writing.
    @discardableResult
    package static func writeWithoutChecks(_ targets: [(catalogue: Catalogue, path: String)], as format: CatalogueFormat,
                             csv: CSVOptions = CSVOptions(), xsd: String? = nil,
                             replacingReadOnly: Bool = false) async throws(OutputError) -> [Diagnostic] {
        // Flushed and synced in parallel; only the renames wait for every file.
        let written = await DedicatedThreads.map(targets) { target -> Result<PreparedOutput, OutputError> in
            Result { () throws(OutputError) in try prepare(target.catalogue, as: format, at: target.path, csv: csv) }
        }
        let outputs = written.compactMap { try? $0.get() }
        for result in written {
            if case .failure(let error) = result {
                outputs.forEach { $0.discard() }
                throw error
            }
        }
        return try checkAndCommit(outputs, against: xsd, replacingReadOnly: replacingReadOnly)
    }

    /// Puts prepared files in place unless they break the schema; returns the schema's findings.
    private static func checkAndCommit(_ outputs: [PreparedOutput], against xsd: String?,
                                       replacingReadOnly: Bool) throws(OutputError) -> [Diagnostic] {
        let problems = schemaProblems(of: outputs.flatMap(\.files), against: xsd)
        if problems.hasErrors {
            outputs.forEach { $0.discard() }
            return problems
        }
        try commit(outputs, replacingReadOnly: replacingReadOnly)
        return problems
    }

    /// Schema errors of prepared files, named by their destinations; the schema is parsed once.
    static func schemaProblems(of files: [AtomicFile], against xsd: String?) -> [Diagnostic] {
        guard let xsd else { return [] }
        let schema: XMLSchema
        switch loadSchema(xsd) {
        case .success(let loaded): schema = loaded
        case .failure(let error): return [error.diagnostic]
        }
        return files.flatMap { file in
            check(path: file.temporaryPath, against: schema).map { diagnostic in
                var renamed = diagnostic
                if renamed.location?.file == file.temporaryPath { renamed.location?.file = file.path }
                return renamed
            }
        }
    }

    private static func checkBytes(_ bytes: [UInt8], against xsd: String) throws(OutputError) -> [Diagnostic] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ecvet-\(UUID().uuidString).xml").path
        try write(bytes: bytes, to: scratch)
        defer { unlink(scratch) }
        return checkSchema(path: scratch, xsd: xsd).map { diagnostic in
            var renamed = diagnostic
            renamed.location?.file = "standard output"
            return renamed
        }
    }

    /// Writes a catalogue beside `path` (a file, or a folder for folder formats), flushed and
    /// synced, without putting it in place: `commit` does, so that a batch of outputs appears
    /// whole or not at all. Discard the files to give up.
    package static func prepare(_ catalogue: Catalogue, as format: CatalogueFormat, at path: String,
                               csv: CSVOptions = CSVOptions(), plan: EuropassPlan? = nil) throws(OutputError) -> PreparedOutput {
        let written = try CatalogueCodec.prepare(catalogue, as: format, at: path, options: csv, selection: plan?.selection)
        let output = PreparedOutput(files: written.files, folder: written.folder)
        do throws(OutputError) {
            for file in written.files { try file.finishWriting() }
        } catch {
            output.discard()
            throw error
        }
        return output
    }

    /// Puts prepared files in place: all are finished (flushed, synced, closed) and every
    /// destination checked before any is renamed, so a failure leaves every destination as it
    /// was; when a rename still fails, the files not yet in place are removed. A read-only file
    /// in the way is refused unless `replacingReadOnly`.
    package static func commit(_ outputs: [PreparedOutput], replacingReadOnly: Bool = false) throws(OutputError) {
        let files = outputs.flatMap(\.files)
        for file in files {
            do throws(OutputError) {
                try file.finishWriting()
            } catch {
                outputs.forEach { $0.discard() }
                throw error
            }
        }
        // A rename fails for a destination that is a folder, or in a folder that cannot be
        // written: those are found before any file is put in place, so that none is. A file
        // made read-only is kept as its owner meant it (a rename would replace it, even as root).
        for file in files where !file.isDirect {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
            let taken = exists && isFolder.boolValue
            let readOnly = !replacingReadOnly && exists && !isFolder.boolValue
                && ((try? FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) ?? 0o200) & 0o222 == 0
            let folder = (file.path as NSString).deletingLastPathComponent
            if taken || readOnly || access(folder.isEmpty ? "." : folder, W_OK) != 0 {
                outputs.forEach { $0.discard() }
                throw OutputError(message: taken ? "cannot write \(file.path): a folder has that name"
                    : readOnly ? "cannot write \(file.path): the file is read-only; give --force to replace it"
                    : "cannot write in \(folder)")
            }
        }
        for (index, file) in files.enumerated() {
            do throws(OutputError) {
                try file.putInPlace()
            } catch {
                files[(index + 1)...].forEach { $0.discard() }
                outputs.compactMap(\.folder).forEach { $0.discard() }
                throw error
            }
        }
        // The tables of a folder are in place in their new folder: each folder now takes the
        // place of the old one whole.
        let folders = outputs.compactMap(\.folder)
        for (index, folder) in folders.enumerated() {
            do throws(OutputError) {
                try folder.commit()
            } catch {
                folders[(index + 1)...].forEach { $0.discard() }
                throw error
            }
        }
    }

    /// The bytes of a catalogue in a single-file format, without the europass profile.
    package static func bytes(of catalogue: Catalogue, as format: CatalogueFormat) throws(OutputError) -> [UInt8] {
        let output = ByteOutput()
        try CatalogueCodec.write(catalogue, as: format, to: output)
        return output.bytes
    }
}

/// A catalogue encoded in memory, with what the checks before it found.
public struct EncodedCatalogue: Sendable {
    /// The document; `nil` when the checks before a Europass output refused it.
    public var bytes: [UInt8]?
    /// What the `europass` profile found, for a Europass format, and for LOQ what the document
    /// leaves out (`X02`).
    public var diagnostics: [Diagnostic]
}

/// A catalogue as read from one source, with what the reader found.
public struct LoadedCatalogue: Sendable {
    /// The path or name of the input.
    public var source: String
    /// The format it was read as, when it was recognised.
    public var format: CatalogueFormat?
    /// `nil` when the input could not be read at all, or is a mobility document.
    public var catalogue: Catalogue?
    /// The mobility documents the input holds (an MoU, a learning agreement, a transcript; a CSV
    /// file of learning agreements holds one per row), when it holds documents rather than a
    /// catalogue.
    public var documents: [MobilityDocument] = []

    /// The one mobility document the input holds, if it holds exactly one.
    public var document: MobilityDocument? { documents.count == 1 ? documents[0] : nil }
    /// What reading found: syntax errors, unknown keys, values that could not be taken.
    public var diagnostics: [Diagnostic]
    /// The mapping file it was read through, for a foreign export.
    public var mapping: String?
    /// For a foreign export, what each entry of the mapping selected and each field found.
    public var coverage: MappingCoverage?

    /// A read's outcome, as a reader of your own would give it.
    public init(source: String, format: CatalogueFormat?, catalogue: Catalogue?, diagnostics: [Diagnostic],
                mapping: String? = nil) {
        self.source = source
        self.format = format
        self.catalogue = catalogue
        self.diagnostics = diagnostics
        self.mapping = mapping
    }
}

@_exported import enum ECVETFormats.CatalogueFormat
@_exported import enum ECVETFormats.FormatRegistry
@_exported import struct ECVETFormats.CSVOptions
@_exported import struct ECVETFormats.MappingCoverage
@_exported import struct ECVETBytes.OutputError
@_exported import enum ECVETSyntax.TextEncoding

extension ECVET {
    /// Counts the bytes of an input read so far, for a progress display.
    package typealias ReadProgress = ECVETBytes.ReadProgress
}

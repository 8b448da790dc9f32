import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// How CSV is read and written: the delimiter and encoding (detected when `nil`), and whether a
/// written file starts with a byte order mark (for spreadsheets).
public struct CSVOptions: Sendable, Equatable {
    /// The field delimiter as a byte (`,` `;` tab…); detected from the header line when `nil`.
    public var delimiter: UInt8?
    /// The text encoding of files read; detected (UTF-8, or UTF-16 by its byte order mark) when `nil`.
    public var encoding: TextEncoding?
    /// Whether written files start with a UTF-8 byte order mark, which spreadsheets need to
    /// recognise UTF-8.
    public var byteOrderMark: Bool
    /// The language of flat-layout text columns that do not name one (`unitTitle`).
    public var language: String?
    /// Flat-layout header names to the layout's own (`Tutkinto` → `qualificationId`).
    public var columnMap: [String: String]

    /// Options with everything detected, and no byte order mark written.
    public init(delimiter: UInt8? = nil, encoding: TextEncoding? = nil, byteOrderMark: Bool = false,
                language: String? = nil, columnMap: [String: String] = [:]) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
        self.language = language
        self.columnMap = columnMap
    }
}

/// Reads and writes catalogues in any format of the registry.
package enum CatalogueCodec {
    /// Reads a catalogue from a folder of canonical CSV tables.
    package static func read(folder: String, options: CSVOptions = CSVOptions())
        -> (catalogue: Catalogue?, format: CatalogueFormat?, diagnostics: [Diagnostic]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if EuropassCSV.isEuropassFolder(names) {
            let result = EuropassCSVReader(options: options).read(folder: folder)
            return (result.catalogue, .europassCSV, result.diagnostics)
        }
        guard CanonicalCSVLayout.isCanonicalFolder(names) else {
            return (nil, nil, [Diagnostic(.unknownInputFormat,
                "the folder holds no canonical CSV tables (qualifications.csv or units.csv)",
                at: SourceLocation(file: folder))])
        }
        var reader = CanonicalCSVReader(delimiter: options.delimiter, encoding: options.encoding)
        let result = reader.read(folder: folder)
        return (result.catalogue, .csvTables, result.diagnostics)
    }

    /// Writes a catalogue beside `path` (a file, or a folder for folder formats) without putting it
    /// in place: committing the returned files (then the folder they are in, for a folder format)
    /// does.
    /// `selection` is what of the catalogue a LOQ document takes, when the caller has decided it
    /// already (its warnings shown with the europass checks).
    package static func prepare(_ catalogue: Catalogue, as format: CatalogueFormat, at path: String,
                               options: CSVOptions = CSVOptions(),
                               selection: EuropassLOQSelection? = nil) throws(OutputError) -> (files: [AtomicFile], folder: AtomicFolder?) {
        if format == .europassCSV {
            let written = try EuropassCSV.prepare(catalogue, inFolder: path, delimiter: options.delimiter ?? UInt8(ascii: ","),
                                                  byteOrderMark: options.byteOrderMark)
            return (written.files, written.folder)
        }
        if format.isFolder {
            let writer = CanonicalCSVWriter(delimiter: options.delimiter ?? UInt8(ascii: ","),
                                            byteOrderMark: options.byteOrderMark)
            let written = try writer.prepare(catalogue, inFolder: path)
            return (written.files, written.folder)
        }
        let file = try AtomicFile(path: path)
        do throws(OutputError) {
            try write(catalogue, as: format, to: file.output, selection: selection, csv: options)
            return ([file], nil)
        } catch {
            file.discard()
            throw error
        }
    }

    /// Reads one catalogue. The format is detected from the content unless given.
    package static func read(_ input: ByteInput, format: CatalogueFormat? = nil, csv: CSVOptions = CSVOptions())
        -> (catalogue: Catalogue?, format: CatalogueFormat?, diagnostics: [Diagnostic]) {
        let chosen: CatalogueFormat
        if let format {
            chosen = format
        } else {
            do throws(SyntaxError) {
                let head = try input.peek(4096)
                if Mapping.isMapping(head: head) {
                    return (nil, nil, [Diagnostic(.unknownInputFormat,
                        "\(input.name) is a mapping file, not a catalogue: give it with --mapping, and the export it reads as the input",
                        at: SourceLocation(file: input.name, line: 1, column: 1))])
                }
                switch FormatRegistry.detect(head, path: input.name) {
                case .success(let detected): chosen = detected
                case .failure(let error): return (nil, nil, [error.diagnostic])
                }
            } catch {
                return (nil, nil, [error.diagnostic])
            }
        }
        switch chosen {
        case .json:
            let result = CanonicalBinder.bind(JSONEventReader(input: input))
            return (result.catalogue, chosen, result.diagnostics)
        case .yaml:
            let result = CanonicalBinder.bind(YAMLEventReader(input: input, readAhead: true))
            return (result.catalogue, chosen, result.diagnostics)
        case .xml:
            do throws(SyntaxError) {
                let reader = try XMLEventReader(input: input, schema: XMLSchema.canonical)
                let result = CanonicalXMLBinder.bind(reader)
                return (result.catalogue, chosen, result.diagnostics)
            } catch {
                return (nil, chosen, [error.diagnostic])
            }
        case .csv:
            let result = FlatCSVReader(options: csv).read(input)
            return (result.catalogue, chosen, result.diagnostics)
        case .europassXML:
            do throws(SyntaxError) {
                let reader = try XMLEventReader(input: input)
                let result = reader.reading { EuropassLOQReader().read(reader) }
                return (result.catalogue, chosen, result.diagnostics)
            } catch {
                return (nil, chosen, [error.diagnostic])
            }
        case .europassCredential:
            return (nil, chosen, [Diagnostic(.unknownInputFormat, "a Europass credential is written from a transcript, not read",
                                             at: SourceLocation(file: input.name))])
        case .europassCSV:
            return (nil, chosen, [Diagnostic(.unknownInputFormat, "Europass CSV is a folder of two tables; give the folder",
                                             at: SourceLocation(file: input.name))])
        case .csvTables:
            return (nil, chosen, [Diagnostic(.unknownInputFormat, "canonical CSV tables are a folder; give the folder",
                                             at: SourceLocation(file: input.name))])
        }
    }

    /// Writes one catalogue to `output` and flushes it.
    package static func write(_ catalogue: Catalogue, as format: CatalogueFormat, to output: ByteOutput,
                              selection: EuropassLOQSelection? = nil, csv: CSVOptions = CSVOptions()) throws(OutputError) {
        switch format {
        case .json:
            var emitter = CanonicalEmitter(writer: JSONTreeWriter(output: output))
            try emitter.emit(catalogue)
        case .yaml:
            var emitter = CanonicalEmitter(writer: YAMLTreeWriter(output: output))
            try emitter.emit(catalogue)
        case .xml:
            try CanonicalXMLEmitter(writer: XMLWriter(output: output)).emit(catalogue)
        case .csv:
            var writer = CSVWriter(output: output, delimiter: csv.delimiter ?? UInt8(ascii: ","), byteOrderMark: csv.byteOrderMark)
            FlatCSVWriter.write(catalogue, to: &writer)
            try writer.finish()
            try output.flush()
        case .csvTables, .europassCSV:
            throw OutputError(message: "\(format) is a folder of tables; it needs -o FOLDER")
        case .europassCredential:
            throw OutputError(message: "a Europass credential is written from a personal transcript, not from a catalogue")
        case .europassXML:
            let emitter = EuropassLOQEmitter(writer: try XMLWriter(output: output), catalogue: catalogue, selection: selection)
            try emitter.emit()
        }
    }
}

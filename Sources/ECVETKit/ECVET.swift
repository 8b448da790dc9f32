@_exported import ECVETModel
import ECVETFormats

/// The library's front door: read, write and summarise catalogues.
///
/// ```swift
/// let loaded = ECVET.read(path: "catalogue.json")
/// if let catalogue = loaded.catalogue, !loaded.diagnostics.hasErrors {
///     try ECVET.write(catalogue, as: .json, to: "copy.json")
/// }
/// ```
public enum ECVET {
    /// Reads a catalogue from a file (`-` for standard input), detecting its format unless given.
    public static func read(path: String, format: CatalogueFormat? = nil) -> LoadedCatalogue {
        do throws(SyntaxError) {
            let input = try ByteInput(path: path)
            return load(input, format: format)
        } catch {
            return LoadedCatalogue(source: path, format: format, catalogue: nil, diagnostics: [error.diagnostic])
        }
    }

    /// Reads a catalogue from bytes in memory; `name` is used in diagnostics.
    public static func read(bytes: [UInt8], name: String, format: CatalogueFormat? = nil) -> LoadedCatalogue {
        load(ByteInput(bytes: bytes, name: name), format: format)
    }

    /// Reads many files in parallel, off the cooperative thread pool, keeping their order.
    public static func read(paths: [String], format: CatalogueFormat? = nil) async -> [LoadedCatalogue] {
        await DedicatedThreads.map(paths) { read(path: $0, format: format) }
    }

    private static func load(_ input: ByteInput, format: CatalogueFormat?) -> LoadedCatalogue {
        let result = CatalogueCodec.read(input, format: format)
        return LoadedCatalogue(source: input.name, format: result.format, catalogue: result.catalogue,
                               diagnostics: result.diagnostics)
    }

    /// Writes a catalogue to a file that appears whole or not at all (`-` is standard output).
    /// An existing file is replaced only when everything was written.
    public static func write(_ catalogue: Catalogue, as format: CatalogueFormat, to path: String) throws(OutputError) {
        if path == "-" {
            let output = ByteOutput(descriptor: 1, name: "standard output")
            try CatalogueCodec.write(catalogue, as: format, to: output)
            return
        }
        let file = try AtomicFile(path: path)
        do {
            try CatalogueCodec.write(catalogue, as: format, to: file.output)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Writes several catalogues in parallel, all or nothing: every file is written beside its
    /// destination first, and only when all succeeded are they put in place.
    public static func write(_ targets: [(catalogue: Catalogue, path: String)],
                             as format: CatalogueFormat) async throws(OutputError) {
        let written = await DedicatedThreads.map(targets) { target -> Result<AtomicFile, OutputError> in
            do throws(OutputError) {
                let file = try AtomicFile(path: target.path)
                try CatalogueCodec.write(target.catalogue, as: format, to: file.output)
                return .success(file)
            } catch {
                return .failure(error)
            }
        }
        let files = written.compactMap { try? $0.get() }
        if let failure = written.lazy.compactMap({ result -> OutputError? in
            if case .failure(let error) = result { return error }
            return nil
        }).first {
            files.forEach { $0.discard() }
            throw failure
        }
        for (index, file) in files.enumerated() {
            do throws(OutputError) {
                try file.commit()
            } catch {
                files[(index + 1)...].forEach { $0.discard() }
                throw error
            }
        }
    }

    /// The bytes of a catalogue in a format.
    public static func encode(_ catalogue: Catalogue, as format: CatalogueFormat) throws(OutputError) -> [UInt8] {
        let output = ByteOutput()
        try CatalogueCodec.write(catalogue, as: format, to: output)
        return output.bytes
    }
}

/// A catalogue as read from one source, with what the reader found.
public struct LoadedCatalogue: Sendable {
    /// The path or name of the input.
    public var source: String
    /// The format it was read as, when it was recognised.
    public var format: CatalogueFormat?
    /// `nil` when the input could not be read at all.
    public var catalogue: Catalogue?
    public var diagnostics: [Diagnostic]

    public init(source: String, format: CatalogueFormat?, catalogue: Catalogue?, diagnostics: [Diagnostic]) {
        self.source = source
        self.format = format
        self.catalogue = catalogue
        self.diagnostics = diagnostics
    }
}

@_exported import enum ECVETFormats.CatalogueFormat
@_exported import enum ECVETFormats.FormatRegistry
@_exported import struct ECVETFormats.OutputError

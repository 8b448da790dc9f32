import ArgumentParser
import ECVETKit
import Foundation

/// `--mapping FILE.yaml`: read inputs through a mapping file instead of as a known format.
struct MappingArguments: ParsableArguments {
    @Option(help: "Read the inputs through this mapping file (a foreign export such as Mappings/fi-eperusteet.mapping.yaml).")
    var mapping: String?

    /// The mapping file, as a file the command reads and must never write.
    var files: [String] { mapping.map { [$0] } ?? [] }

    /// Reads the inputs through the mapping when there is one, else in their detected (or
    /// given) formats, each with its configuration (`config`, else the nearest `.ecvet.yaml`,
    /// laid over the mapping's policy) and its defaults applied. A mapping file that cannot be
    /// used stands in for the inputs, with its problems; `problems` are the configuration files'.
    func read(_ paths: [String], format: CatalogueFormat?, csv: CSVOptions, config: String?, trace: String? = nil,
              progress: @escaping @Sendable () -> Void = {}) async throws
        -> (loaded: [LoadedCatalogue], configurations: [Configuration], problems: [Diagnostic]) {
        let (reader, mappingProblems) = try self.reader(format: format, csv: csv)
        guard let reader else {
            return ([LoadedCatalogue(source: mapping ?? "", format: nil, catalogue: nil, diagnostics: mappingProblems)],
                    [Configuration()], [])
        }
        var loader = ConfigurationLoader(explicit: config, base: reader.mapping?.configuration)
        let (configurations, problems) = loader.configurations(for: paths)
        var catalogues = await reader.read(paths, configurations: configurations, trace: trace, progress: progress)
        for index in catalogues.indices {
            guard var catalogue = catalogues[index].catalogue else { continue }
            configurations[index].defaults.apply(to: &catalogue)
            catalogues[index].catalogue = catalogue
        }
        if !mappingProblems.isEmpty, !catalogues.isEmpty {
            catalogues[0].diagnostics = mappingProblems + catalogues[0].diagnostics
        }
        return (catalogues, configurations, problems)
    }

    /// What reads one input, and the mapping file's problems; no reader when the mapping file
    /// cannot be used.
    func reader(format: CatalogueFormat?, csv: CSVOptions) throws -> (reader: InputReader?, diagnostics: [Diagnostic]) {
        guard let mapping else { return (InputReader(mapping: nil, format: format, csv: csv), []) }
        if format != nil { throw ValidationError("--from and --mapping exclude each other: the mapping says how inputs are read") }
        let loaded = ECVET.loadMapping(path: mapping)
        guard var ready = loaded.mapping else { return (nil, loaded.diagnostics) }
        // --delimiter and --encoding say more about these files than the mapping does.
        if let delimiter = csv.delimiter { ready.mapping.csv.delimiter = delimiter }
        if let encoding = csv.encoding { ready.mapping.csv.encoding = encoding }
        return (InputReader(mapping: ready, format: nil, csv: csv), loaded.diagnostics)
    }
}

/// Reads one input: through a mapping, or in its detected (or given) format.
struct InputReader: Sendable {
    let mapping: LoadedMapping?
    let format: CatalogueFormat?
    let csv: CSVOptions

    /// Reads one input; through a mapping, `configuration`'s defaults are laid over the mapping's.
    /// `progress` counts the bytes read from a file.
    func read(_ path: String, configuration: Configuration? = nil, trace: String? = nil,
              progress: ECVET.ReadProgress? = nil) -> LoadedCatalogue {
        if let mapping {
            return ECVET.read(path: path, mapping: mapping, configuration: configuration, trace: trace, progress: progress)
        }
        return ECVET.read(path: path, format: format, csv: csv, progress: progress)
    }

    /// Reads `paths` in parallel, in order. One file is read with a bar of its bytes on a
    /// terminal, once it takes more than a second.
    func read(_ paths: [String], configurations: [Configuration]? = nil, trace: String? = nil,
              progress: @escaping @Sendable () -> Void) async -> [LoadedCatalogue] {
        if paths.count == 1, let path = paths.first, path != "-", RunSummary.isShown,
           let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           attributes[.type] as? FileAttributeType == .typeRegular, let size = attributes[.size] as? Int {
            let bytes = ECVET.ReadProgress(total: size)
            let display = ProgressDisplay(reading: bytes)
            defer { display.finish() }
            let configuration = configurations?.first
            let loaded = await ECVET.runBlocking { [self] in
                read(path, configuration: configuration, trace: trace, progress: bytes)
            }
            progress()
            return [loaded]
        }
        if let mapping {
            return await ECVET.read(paths: paths, mapping: mapping, configurations: configurations, trace: trace,
                                    progress: progress)
        }
        return await ECVET.read(paths: paths, format: format, csv: csv, progress: progress)
    }
}

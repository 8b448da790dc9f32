import ArgumentParser
import ECVETKit

/// `--mapping FILE.yaml`: read inputs through a mapping file instead of as a known format.
struct MappingArguments: ParsableArguments {
    @Option(help: "Read the inputs through this mapping file (a foreign export such as Mappings/fi-eperusteet.mapping.yaml).")
    var mapping: String?

    /// Reads the inputs through the mapping when there is one, else in their detected (or
    /// given) formats. A mapping file that cannot be used stands in for the inputs, with its
    /// problems.
    func read(_ paths: [String], format: CatalogueFormat?, csv: CSVOptions,
              progress: @escaping @Sendable () -> Void = {}) async throws -> [LoadedCatalogue] {
        let (reader, problems) = try self.reader(format: format, csv: csv)
        guard let reader else {
            return [LoadedCatalogue(source: mapping ?? "", format: nil, catalogue: nil, diagnostics: problems)]
        }
        var catalogues = await reader.read(paths, progress: progress)
        if !problems.isEmpty, !catalogues.isEmpty {
            catalogues[0].diagnostics = problems + catalogues[0].diagnostics
        }
        return catalogues
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

    func read(_ path: String) -> LoadedCatalogue {
        if let mapping { return ECVET.read(path: path, mapping: mapping) }
        return ECVET.read(path: path, format: format, csv: csv)
    }

    /// Reads `paths` in parallel, in order.
    func read(_ paths: [String], progress: @escaping @Sendable () -> Void) async -> [LoadedCatalogue] {
        if let mapping { return await ECVET.read(paths: paths, mapping: mapping, progress: progress) }
        return await ECVET.read(paths: paths, format: format, csv: csv, progress: progress)
    }
}

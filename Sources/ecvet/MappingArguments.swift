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
        guard let mapping else {
            return await ECVET.read(paths: paths, format: format, csv: csv, progress: progress)
        }
        if format != nil { throw ValidationError("--from and --mapping exclude each other: the mapping says how inputs are read") }
        let loaded = ECVET.loadMapping(path: mapping)
        guard var ready = loaded.mapping else {
            return [LoadedCatalogue(source: mapping, format: nil, catalogue: nil, diagnostics: loaded.diagnostics)]
        }
        // --delimiter and --encoding say more about these files than the mapping does.
        if let delimiter = csv.delimiter { ready.mapping.csv.delimiter = delimiter }
        if let encoding = csv.encoding { ready.mapping.csv.encoding = encoding }
        var catalogues = await ECVET.read(paths: paths, mapping: ready, progress: progress)
        if !loaded.diagnostics.isEmpty, !catalogues.isEmpty {
            catalogues[0].diagnostics = loaded.diagnostics + catalogues[0].diagnostics
        }
        return catalogues
    }
}

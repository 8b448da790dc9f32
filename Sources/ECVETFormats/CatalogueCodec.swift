import ECVETModel

/// Reads and writes catalogues in any format of the registry.
public enum CatalogueCodec {
    /// Reads one catalogue. The format is detected from the content unless given.
    public static func read(_ input: ByteInput, format: CatalogueFormat? = nil)
        -> (catalogue: Catalogue?, format: CatalogueFormat?, diagnostics: [Diagnostic]) {
        let chosen: CatalogueFormat
        if let format {
            chosen = format
        } else {
            do throws(SyntaxError) {
                switch FormatRegistry.detect(try input.peek(512), path: input.name) {
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
            let result = CanonicalBinder.bind(YAMLEventReader(input: input))
            return (result.catalogue, chosen, result.diagnostics)
        }
    }

    /// Writes one catalogue to `output` and flushes it.
    public static func write(_ catalogue: Catalogue, as format: CatalogueFormat, to output: ByteOutput) throws(OutputError) {
        switch format {
        case .json:
            var emitter = CanonicalEmitter(writer: JSONTreeWriter(output: output))
            try emitter.emit(catalogue)
        case .yaml:
            var emitter = CanonicalEmitter(writer: YAMLTreeWriter(output: output))
            try emitter.emit(catalogue)
        }
    }
}

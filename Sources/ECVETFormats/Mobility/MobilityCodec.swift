import ECVETModel
import ECVETBytes
import ECVETSyntax

/// Reads and writes mobility documents in the canonical formats (JSON, YAML, XML), and tells a
/// document from a catalogue by its first bytes.
package enum MobilityCodec {
    /// The formats mobility documents are read and written in.
    package static let formats: [CatalogueFormat] = [.json, .yaml, .xml]

    /// Whether the first bytes of an input are those of a mobility document: a `format` naming
    /// one (JSON, YAML), or the namespace of their canonical XML.
    package static func isDocument(head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(4096), as: UTF8.self)
        if text.contains(CanonicalXMLEmitter.documentNamespace) { return true }
        return MobilityDocumentKind.allCases.contains { kind in
            let name = kind.rawValue.prefix { $0 != "/" }
            return text.contains("\"\(name)/") || text.contains("format: \(name)/") || text.contains("format: \"\(name)/")
                || text.contains("format: '\(name)/")
        }
    }

    /// Reads one document in `format` (JSON, YAML or XML).
    package static func read(_ input: ByteInput, format: CatalogueFormat) -> (document: MobilityDocument?, diagnostics: [Diagnostic]) {
        do throws(SyntaxError) {
            var binder = DocumentBinder()
            switch format {
            case .json, .yaml:
                let root = format == .json ? try TreeNode.read(JSONEventReader(input: input))
                                           : try TreeNode.read(YAMLEventReader(input: input))
                let document = binder.document(root)
                return (document, binder.diagnostics)
            case .xml:
                let reader = try XMLEventReader(input: input)
                var xml = DocumentXMLReader(reader)
                let read = reader.reading { () -> Result<TreeNode?, SyntaxError> in
                    Result { () throws(SyntaxError) in
                        let root = try xml.read()
                        while try reader.next() != .endOfDocument {}
                        return root
                    }
                }
                guard let root = try read.get() else { return (nil, reader.diagnostics + xml.diagnostics) }
                let document = binder.document(root)
                return (document, reader.diagnostics + xml.diagnostics + binder.diagnostics)
            default:
                let names = formats.map(\.rawValue).joined(separator: ", ")
                return (nil, [Diagnostic(.unknownInputFormat, "mobility documents are read as \(names), not \(format)",
                                         at: SourceLocation(file: input.name))])
            }
        } catch {
            return (nil, [error.diagnostic])
        }
    }

    /// Writes one document in `format` (JSON, YAML or XML) to `output` and flushes it.
    package static func write(_ document: MobilityDocument, as format: CatalogueFormat, to output: ByteOutput) throws(OutputError) {
        switch format {
        case .json:
            var emitter = CanonicalEmitter(writer: JSONTreeWriter(output: output))
            try emitter.emit(document)
        case .yaml:
            var emitter = CanonicalEmitter(writer: YAMLTreeWriter(output: output))
            try emitter.emit(document)
        case .xml:
            try CanonicalXMLEmitter(writer: XMLWriter(output: output)).emit(document)
        default:
            let names = formats.map(\.rawValue).joined(separator: ", ")
            throw OutputError(message: "a \(document.kind) is written as \(names), not \(format)")
        }
    }
}

import ECVETModel
import ECVETBytes
import ECVETSyntax

/// Reads and writes mobility documents in the canonical formats (JSON, YAML, XML), and tells a
/// document from a catalogue by its first bytes.
package enum MobilityCodec {
    /// The formats mobility documents are read and written in.
    package static let formats: [CatalogueFormat] = [.json, .yaml, .xml]

    /// Whether the first bytes of an input are those of a mobility document: a `format` naming
    /// one on the line of its key (JSON, YAML), or the namespace of their canonical XML.
    package static func isDocument(head: [UInt8]) -> Bool {
        let head = head.prefix(4096)
        if Self.range(of: namespace, in: head) != nil { return true }
        for name in names {
            var from = head.startIndex
            while let found = Self.range(of: name, in: head[from...]) {
                let lineStart = head[..<found.lowerBound].lastIndex(of: 0x0A).map { $0 + 1 } ?? head.startIndex
                if Self.range(of: formatKey, in: head[lineStart..<found.lowerBound]) != nil { return true }
                from = found.upperBound
            }
        }
        return false
    }

    private static let namespace = Array(CanonicalXMLEmitter.documentNamespace.utf8)
    private static let formatKey = Array("format".utf8)
    /// `ecvet-learning-agreement/`…: the kinds' format names without their version.
    private static let names = MobilityDocumentKind.allCases.map { Array(($0.rawValue.prefix { $0 != "/" } + "/").utf8) }

    /// Where `needle` first stands in `bytes`.
    private static func range(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Range<Int>? {
        guard needle.count <= bytes.count, let first = needle.first else { return nil }
        var index = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index..<index + needle.count }
            index += 1
        }
        return nil
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

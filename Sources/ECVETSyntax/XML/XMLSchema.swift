internal import CLibXML2
import ECVETBytes

/// A parsed XSD, shared read-only by any number of readers and threads.
package final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr

    /// Parses a schema from its text; `name` is used in diagnostics. Imports and includes are
    /// not followed (nothing is loaded), so the schema must stand alone.
    package init(text: String, name: String) throws(SyntaxError) {
        var bytes = Array(text.utf8)
        pointer = try Self.parse(name: name) {
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlSchemaNewMemParserCtxt($0, Int32(buffer.count))
                }
            }
        }
    }

    /// Parses a schema held in memory with the files it imports or includes: `bundle` maps
    /// their paths, relative to one another as on disk, to their text; `main` is the schema's.
    /// Nothing is read from the disk.
    package init(bundle: [(path: String, text: String)], main: String, name: String) throws(SyntaxError) {
        XMLLibrary.prepare()
        let base = XMLMemoryFiles.add(bundle, named: name)
        pointer = try Self.parse(name: name) { xmlSchemaNewParserCtxt(base + main) }
    }

    /// Parses a schema file. Files it imports or includes are read from beside it (local files
    /// only, never the network).
    package init(path: String) throws(SyntaxError) {
        pointer = try Self.parse(name: path) { xmlSchemaNewParserCtxt(path) }
    }

    /// Parses with the parser context `makeContext` gives, collecting libxml2's errors.
    private static func parse(name: String, _ makeContext: () -> xmlSchemaParserCtxtPtr?) throws(SyntaxError) -> xmlSchemaPtr {
        XMLLibrary.prepare()
        let sink = XMLErrorSink(file: name)
        let parsed: xmlSchemaPtr? = sink.whileCapturing {
            guard let context = makeContext() else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            return xmlSchemaParse(context)
        }
        guard let parsed else {
            let reason = sink.take().first?.message ?? "the schema cannot be parsed"
            throw SyntaxError(SyntaxProblem(.xmlSchema, "cannot use \(name) as a schema: \(reason)",
                                         at: TextPlace(file: name)))
        }
        return parsed
    }

    deinit {
        xmlSchemaFree(pointer)
    }
}

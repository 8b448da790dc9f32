internal import CLibXML2
import ECVETModel

/// A parsed XSD, shared read-only by any number of readers and threads.
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr

    /// Parses a schema from its text; `name` is used in diagnostics. Imports and includes are
    /// not followed (nothing is loaded), so the schema must stand alone.
    public init(text: String, name: String) throws(SyntaxError) {
        XMLLibrary.prepare()
        var bytes = Array(text.utf8)
        let sink = XMLErrorSink(file: name)
        let parsed: xmlSchemaPtr? = sink.whileCapturing {
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    guard let context = xmlSchemaNewMemParserCtxt(chars, Int32(buffer.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(context) }
                    return xmlSchemaParse(context)
                }
            }
        }
        guard let parsed else {
            let reason = sink.take().first?.message ?? "the schema cannot be parsed"
            throw SyntaxError(Diagnostic(.xmlSchema, "cannot use \(name) as a schema: \(reason)",
                                         at: SourceLocation(file: name)))
        }
        pointer = parsed
    }

    /// Parses a schema file. Files it imports or includes are read from beside it (local files
    /// only, never the network).
    public init(path: String) throws(SyntaxError) {
        XMLLibrary.prepare()
        let sink = XMLErrorSink(file: path)
        let parsed: xmlSchemaPtr? = sink.whileCapturing {
            guard let context = xmlSchemaNewParserCtxt(path) else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            return xmlSchemaParse(context)
        }
        guard let parsed else {
            let reason = sink.take().first?.message ?? "the schema cannot be parsed"
            throw SyntaxError(Diagnostic(.xmlSchema, "cannot use \(path) as a schema: \(reason)",
                                         at: SourceLocation(file: path)))
        }
        pointer = parsed
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// The project's own schema of the canonical XML catalogue, embedded in the binary.
    public static let canonical: XMLSchema = {
        do throws(SyntaxError) {
            return try XMLSchema(text: EmbeddedSchemas.catalogue, name: "ecvet-catalogue.xsd")
        } catch {
            fatalError("the embedded catalogue schema does not parse: \(error.diagnostic.message)")
        }
    }()
}

import ECVETFormats
import ECVETBytes

extension ECVET {
    /// The formats a mobility document is read and written in: canonical JSON, YAML and XML.
    public static let documentFormats: [CatalogueFormat] = MobilityCodec.formats

    /// Writes a mobility document to a file that appears whole or not at all (`-` is standard
    /// output), in canonical JSON, YAML or XML.
    public static func write(_ document: MobilityDocument, as format: CatalogueFormat, to path: String) throws(OutputError) {
        if path == "-" {
            let output = ByteOutput(descriptor: 1, name: "standard output")
            try MobilityCodec.write(document, as: format, to: output)
            return
        }
        try commit([try prepare(document, as: format, at: path)])
    }

    /// The bytes of a mobility document in canonical JSON, YAML or XML.
    public static func encode(_ document: MobilityDocument, as format: CatalogueFormat) throws(OutputError) -> [UInt8] {
        let output = ByteOutput()
        try MobilityCodec.write(document, as: format, to: output)
        return output.bytes
    }

    /// Writes a document beside `path`, flushed and synced, without putting it in place.
    package static func prepare(_ document: MobilityDocument, as format: CatalogueFormat, at path: String) throws(OutputError) -> PreparedOutput {
        let file = try AtomicFile(path: path)
        do throws(OutputError) {
            try MobilityCodec.write(document, as: format, to: file.output)
            try file.finishWriting()
        } catch {
            file.discard()
            throw error
        }
        return PreparedOutput(files: [file], folder: nil)
    }
}

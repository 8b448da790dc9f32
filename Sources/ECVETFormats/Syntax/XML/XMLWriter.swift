internal import CLibXML2
import ECVETModel

/// A streaming XML writer on libxml2's `xmlTextWriter`: UTF-8, indented by two spaces, text
/// escaped as XML needs. The first failure is kept and reported by `finish()`.
public final class XMLWriter {
    public let output: ByteOutput
    private let writer: xmlTextWriterPtr
    private var failure: String?

    public init(output: ByteOutput) throws(OutputError) {
        XMLLibrary.prepare()
        self.output = output
        let context = Unmanaged.passUnretained(output).toOpaque()
        guard let buffer = xmlOutputBufferCreateIO({ context, bytes, length in
            let output = Unmanaged<ByteOutput>.fromOpaque(context!).takeUnretainedValue()
            bytes!.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                output.write(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            return length
        }, nil, context, nil), let made = xmlNewTextWriter(buffer) else {
            throw OutputError(message: "cannot start writing XML to \(output.name)")
        }
        writer = made
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    deinit {
        xmlFreeTextWriter(writer)
    }

    public func startElement(_ name: String) {
        check(xmlTextWriterStartElement(writer, name))
    }

    /// Starts the root element with its default namespace.
    public func startRoot(_ name: String, namespace: String) {
        check(xmlTextWriterStartElementNS(writer, nil, name, namespace))
    }

    public func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        check(xmlTextWriterWriteAttribute(writer, name, value))
    }

    /// Declares a namespace prefix on the element just started.
    public func namespace(prefix: String, uri: String) {
        check(xmlTextWriterWriteAttribute(writer, "xmlns:" + prefix, uri))
    }

    public func text(_ value: String) {
        check(xmlTextWriterWriteString(writer, value))
    }

    public func endElement() {
        check(xmlTextWriterEndElement(writer))
    }

    /// `<name attributes…>text</name>` on one line.
    public func element(_ name: String, _ text: String?, attributes: [(String, String?)] = []) {
        guard let text else { return }
        startElement(name)
        for (key, value) in attributes { attribute(key, value) }
        self.text(text)
        endElement()
    }

    /// Ends the document and flushes everything to the output.
    public func finish() throws(OutputError) {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        if let failure { throw OutputError(message: "cannot write XML: \(failure)") }
        try output.flush()
    }

    private func check(_ status: Int32) {
        if status < 0, failure == nil { failure = "libxml2's writer failed" }
    }
}

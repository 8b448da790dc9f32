internal import CLibXML2
import ECVETBytes

/// A streaming XML writer on libxml2's `xmlTextWriter`: UTF-8, indented by two spaces, text
/// escaped as XML needs. The first failure is kept and reported by `finish()`.
package final class XMLWriter {
    package let output: ByteOutput
    private let writer: xmlTextWriterPtr
    private var failure: String?

    package init(output: ByteOutput) throws(OutputError) {
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

    package func startElement(_ name: String) {
        check(xmlTextWriterStartElement(writer, name))
    }

    /// Starts the root element with its default namespace.
    package func startRoot(_ name: String, namespace: String) {
        check(xmlTextWriterStartElementNS(writer, nil, name, namespace))
    }

    package func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        guard refusesUnwritable(value) else { return }
        check(xmlTextWriterWriteAttribute(writer, name, value))
    }

    /// Whether `value` can be written: a character XML 1.0 cannot carry (a control character
    /// but tab, line feed and carriage return; a NUL, which would also cut the text short) makes
    /// the whole document fail, rather than be written not well-formed.
    private func refusesUnwritable(_ value: String) -> Bool {
        guard let bad = value.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }) else {
            return true
        }
        if failure == nil {
            let shown = value.unicodeScalars.prefix(40).map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16, uppercase: true))}" : String($0) }.joined()
            failure = "the text \"\(shown)\" holds U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)), a control character XML 1.0 cannot carry"
        }
        return false
    }

    /// Declares a namespace prefix on the element just started.
    package func namespace(prefix: String, uri: String) {
        check(xmlTextWriterWriteAttribute(writer, "xmlns:" + prefix, uri))
    }

    package func text(_ value: String) {
        // Most texts need no escaping: they are written as they are, without libxml2 making an
        // escaped copy of each (and measuring it again).
        let written = value.withUTF8Bytes { bytes -> Bool in
            guard !Self.needsEscaping(bytes), let base = bytes.baseAddress, bytes.count <= Int(Int32.max) else { return false }
            check(xmlTextWriterWriteRawLen(writer, base, Int32(bytes.count)))
            return true
        }
        if !written && refusesUnwritable(value) { check(xmlTextWriterWriteString(writer, value)) }
    }

    /// Whether text holds a byte that `xmlTextWriterWriteString` would escape (`<`, `>`, `&`,
    /// `"`, carriage return: libxml2 2.9's `xmlEncodeSpecialChars`), or a NUL, which ends its C
    /// string; eight bytes are tested at once.
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            let escaped = word.highBits(ofBytesEqualTo: 0x3C) | word.highBits(ofBytesEqualTo: 0x3E)
                | word.highBits(ofBytesEqualTo: 0x26) | word.highBits(ofBytesEqualTo: 0x22)
                | word.highBits(ofBytesEqualTo: 0x0D) | word.highBitsOfControlBytes
            if escaped != 0 { return true }
            index += 8
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x3C, 0x3E, 0x26, 0x22, 0x0D, 0x00..<0x09, 0x0B, 0x0C, 0x0E..<0x20: return true
            default: index += 1
            }
        }
        return false
    }

    package func endElement() {
        check(xmlTextWriterEndElement(writer))
    }

    /// An element with one attribute and text (`<title language="fi">…</title>`), the most
    /// frequent of all: no list of attributes to make.
    package func element(_ name: String, _ text: String?, attribute: String, _ value: String?) {
        guard let text else { return }
        startElement(name)
        self.attribute(attribute, value)
        self.text(text)
        endElement()
    }

    /// `<name attributes…>text</name>` on one line.
    package func element(_ name: String, _ text: String?, attributes: [(String, String?)] = []) {
        guard let text else { return }
        startElement(name)
        for (key, value) in attributes { attribute(key, value) }
        self.text(text)
        endElement()
    }

    /// Ends the document and flushes everything to the output.
    package func finish() throws(OutputError) {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        if let failure { throw OutputError(message: "cannot write XML: \(failure)") }
        try output.flush()
    }

    private func check(_ status: Int32) {
        if status < 0, failure == nil { failure = "libxml2's writer failed" }
    }
}

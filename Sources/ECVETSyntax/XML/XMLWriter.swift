import ECVETBytes

/// A streaming XML writer: UTF-8, indented by two spaces, text escaped as XML needs. Its layout
/// is that of libxml2's indenting `xmlTextWriter` (an element with text on one line, a start
/// tag with children followed by a line break, a childless element as `<name/>`), written
/// straight into the output's buffer. The first failure is kept and reported by `finish()`.
package final class XMLWriter {
    package let output: ByteOutput
    // The writer runs on one thread and appends per token: no run-time access checks.
    @exclusivity(unchecked) private var pending: PendingBytes
    /// The names of the open elements, outermost first.
    private var open: [String] = []
    /// Whether the innermost element's start tag still waits for its `>`.
    private var startTagOpen = false
    /// The default namespace of the root, declared when its start tag closes (after its
    /// attributes, where libxml2 puts it).
    private var pendingNamespace: String?
    /// Whether an end tag goes on a line of its own: not after text.
    private var indentsEndTag = true
    private var failure: String?

    package init(output: ByteOutput) throws(OutputError) {
        self.output = output
        pending = PendingBytes(output: output)
        pending.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" as StaticString)
    }

    package func startElement(_ name: String) {
        if startTagOpen {
            closeStartTag()
            pending.append(byte: UInt8(ascii: "\n"))
        }
        indent(open.count)
        pending.append(byte: UInt8(ascii: "<"))
        pending.append(name)
        open.append(name)
        startTagOpen = true
    }

    /// Starts the root element with its default namespace.
    package func startRoot(_ name: String, namespace: String) {
        startElement(name)
        pendingNamespace = namespace
    }

    package func attribute(_ name: String, _ value: String?) {
        guard let value, startTagOpen else { return }
        writeAttribute(name, value)
    }

    /// Declares a namespace prefix on the element just started.
    package func namespace(prefix: String, uri: String) {
        guard startTagOpen else { return }
        writeAttribute("xmlns:" + prefix, uri)
    }

    package func text(_ value: String) {
        guard !open.isEmpty else { return }
        if startTagOpen { closeStartTag() }
        var value = value
        value.withUTF8 { escape($0, inAttribute: false) }
        indentsEndTag = false
    }

    package func endElement() {
        guard let name = open.popLast() else { return }
        if startTagOpen {
            closeStartTag(empty: true)
        } else {
            if indentsEndTag { indent(open.count) }
            pending.append("</" as StaticString)
            pending.append(name)
            pending.append(byte: UInt8(ascii: ">"))
        }
        indentsEndTag = true
        pending.append(byte: UInt8(ascii: "\n"))
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

    /// Ends the document (closing what is open) and flushes everything to the output.
    package func finish() throws(OutputError) {
        while !open.isEmpty { endElement() }
        pending.flush()
        if let failure { throw OutputError(message: "cannot write XML: \(failure)") }
        try output.flush()
    }

    // MARK: - Pieces

    private func closeStartTag(empty: Bool = false) {
        if let namespace = pendingNamespace {
            pendingNamespace = nil
            writeAttribute("xmlns", namespace)
        }
        if empty {
            pending.append("/>" as StaticString)
        } else {
            pending.append(byte: UInt8(ascii: ">"))
        }
        startTagOpen = false
    }

    private func writeAttribute(_ name: String, _ value: String) {
        pending.append(byte: UInt8(ascii: " "))
        pending.append(name)
        pending.append("=\"" as StaticString)
        var value = value
        value.withUTF8 { escape($0, inAttribute: true) }
        pending.append(byte: UInt8(ascii: "\""))
    }

    private func indent(_ depth: Int) {
        for _ in 0..<depth { pending.append("  " as StaticString) }
    }

    /// Writes `bytes` with `<`, `>`, `&`, `"` and carriage returns escaped, and in an attribute
    /// also tabs and line feeds, which a reader would otherwise turn into spaces. Runs without
    /// any are copied whole, eight bytes tested at once. A control character XML 1.0 cannot carry
    /// (a NUL too) makes the whole document fail in `finish()`, rather than be written not
    /// well-formed.
    private func escape(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                var special = word.highBits(ofBytesEqualTo: 0x3C) | word.highBits(ofBytesEqualTo: 0x3E)
                    | word.highBits(ofBytesEqualTo: 0x26) | word.highBits(ofBytesEqualTo: 0x22)
                    | word.highBits(ofBytesEqualTo: 0x0D) | word.highBitsOfControlBytes
                if inAttribute { special |= word.highBits(ofBytesEqualTo: 0x09) | word.highBits(ofBytesEqualTo: 0x0A) }
                if special == 0 {
                    index += 8
                    continue
                }
            }
            let replacement: StaticString
            switch base[index] {
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x26: replacement = "&amp;"
            case 0x22: replacement = "&quot;"
            case 0x0D: replacement = "&#13;"
            case 0x09 where inAttribute: replacement = "&#9;"
            case 0x0A where inAttribute: replacement = "&#10;"
            case 0x00..<0x09, 0x0B, 0x0C, 0x0E..<0x20:
                if failure == nil { failure = ForbiddenControl.message(String(decoding: bytes, as: UTF8.self), base[index]) }
                index += 1
                continue
            default:
                index += 1
                continue
            }
            pending.append(UnsafeBufferPointer(start: base + start, count: index - start))
            pending.append(replacement)
            index += 1
            start = index
        }
        pending.append(UnsafeBufferPointer(start: base + start, count: bytes.count - start))
    }
}

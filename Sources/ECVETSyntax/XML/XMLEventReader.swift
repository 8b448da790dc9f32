internal import CLibXML2
import ECVETBytes

/// One event of an XML document.
package enum XMLEvent: Sendable, Equatable {
    /// An element's start tag, with its attributes in document order.
    case start(name: String, namespace: String, attributes: [XMLAttribute])
    /// An element's end (also after an empty element such as `<a/>`).
    case end
    /// Character data (text, CDATA, whitespace inside text), entities not expanded.
    case text(String)
    /// The end of the document.
    case endOfDocument
}

/// An attribute of a start tag.
package struct XMLAttribute: Sendable, Equatable {
    package var name: String
    package var namespace: String
    package var value: String
}

/// A streaming XML reader on libxml2's `xmlTextReader`, safe against hostile input: no network,
/// no DTDs (a document type declaration is refused, so no external entity is ever read and no
/// entity bomb expanded), no XInclude. It can validate against an XSD in the same pass.
///
/// Lines come from each element's start tag (`XML_PARSE_BIG_LINES`, so lines past 65,535 are
/// right); libxml2 gives no column for nodes, so locations have none.
package final class XMLEventReader {
    // One caller drives the reader and it never re-enters itself: its state needs no run-time
    // exclusivity checks, which would cost a dozen calls per event.
    package let fileName: String
    /// Errors found so far: well-formedness errors stop reading, schema errors do not.
    @exclusivity(unchecked) package private(set) var problems: [SyntaxProblem] = []

    private let input: ByteInput
    /// What libxml2 reads: the input, scanned for markup it would take minutes over.
    private let guarded: XMLGuardedInput
    private let reader: xmlTextReaderPtr
    @exclusivity(unchecked) private var validation: xmlSchemaValidCtxtPtr?
    private let errorSink: XMLErrorSink
    @exclusivity(unchecked) private var pendingEnd = false
    @exclusivity(unchecked) private var names: [UnsafeRawPointer: String] = [:]
    /// The first bytes of the input, to find where a `<!DOCTYPE` stands (libxml2 gives no line
    /// for it).
    private let head: [UInt8]
    @exclusivity(unchecked) package private(set) var eventLine = 1

    /// Opens `input`; with `schema`, every element is validated against it as it is read.
    package init(input: ByteInput, schema: XMLSchema? = nil) throws(SyntaxError) {
        XMLLibrary.prepare()
        self.input = input
        self.fileName = input.name
        self.head = (try? input.peek(1 << 16)) ?? []
        let sink = XMLErrorSink(file: input.name)
        self.errorSink = sink
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOXINCNODE.rawValue
                            | XML_PARSE_NOCDATA.rawValue)
        let guarded = XMLGuardedInput(input)
        self.guarded = guarded
        let context = Unmanaged.passUnretained(guarded).toOpaque()
        guard let made = xmlReaderForIO({ context, buffer, length in
            let guarded = Unmanaged<XMLGuardedInput>.fromOpaque(context!).takeUnretainedValue()
            return guarded.read(into: UnsafeMutableRawPointer(buffer!).assumingMemoryBound(to: UInt8.self), count: Int(length))
        }, nil, context, input.name, nil, options) else {
            throw SyntaxError(SyntaxProblem(.unreadableInput, "cannot start reading \(input.name) as XML",
                                         at: TextPlace(file: input.name)))
        }
        reader = made
        xmlTextReaderSetStructuredErrorHandler(reader, XMLErrorSink.handler, Unmanaged.passUnretained(sink).toOpaque())
        if let schema {
            validation = xmlSchemaNewValidCtxt(schema.pointer)
            xmlSchemaSetValidStructuredErrors(validation, XMLErrorSink.handler, Unmanaged.passUnretained(sink).toOpaque())
            xmlTextReaderSchemaValidateCtxt(reader, validation, 0)
        }
    }

    deinit {
        xmlFreeTextReader(reader)
        if let validation { xmlSchemaFreeValidCtxt(validation) }
    }

    /// The next event. Throws at the first error that stops reading; schema errors are collected
    /// in `diagnostics` instead.
    package func next() throws(SyntaxError) -> XMLEvent {
        switch try advance() {
        case .start(let name, let namespace):
            var attributes: [XMLAttribute] = []
            forEachAttribute { name, namespace, value in
                attributes.append(XMLAttribute(name: interned(name), namespace: interned(namespace), value: text(value)))
            }
            return .start(name: interned(name), namespace: interned(namespace), attributes: attributes)
        case .end:
            return .end
        case .text(let value):
            return .text(text(value))
        case .endOfDocument:
            return .endOfDocument
        }
    }

    /// The node the reader stands on, as libxml2 holds it: the pointers are valid until the next
    /// read. Names point into libxml2's dictionary: one pointer is one name.
    enum Node {
        case start(name: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?)
        case end
        case text(UnsafePointer<xmlChar>?)
        case endOfDocument
    }

    /// Reads to the next node that makes an event, and sets `eventLine` for a start tag.
    func advance() throws(SyntaxError) -> Node {
        if pendingEnd {
            pendingEnd = false
            return .end
        }
        while true {
            let status = capturing ? xmlTextReaderRead(reader) : errorSink.whileCapturing { xmlTextReaderRead(reader) }
            try raiseFatalErrors(status: status)
            guard status == 1 else { return .endOfDocument }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                eventLine = currentLine()
                pendingEnd = xmlTextReaderIsEmptyElement(reader) == 1
                return .start(name: xmlTextReaderConstLocalName(reader), namespace: xmlTextReaderConstNamespaceUri(reader))
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(xmlTextReaderConstValue(reader))
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw doctypeRefused()
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw SyntaxError(SyntaxProblem(.xmlForbidden,
                    "entity references are not read; write the text itself",
                    at: TextPlace(file: fileName, line: currentLine())))
            default:
                continue
            }
        }
    }

    /// Calls `body` with the local name, namespace and value of each attribute of the start tag
    /// the reader stands on, in document order, leaving out namespace declarations.
    func forEachAttribute(
        _ body: (UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?) -> Void
    ) {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let namespace = xmlTextReaderConstNamespaceUri(reader)
            if let namespace, xmlStrEqual(namespace, "http://www.w3.org/2000/xmlns/") == 1 { continue }
            body(xmlTextReaderConstLocalName(reader), namespace, xmlTextReaderConstValue(reader))
        }
        xmlTextReaderMoveToElement(reader)
    }

    private func doctypeLine() -> Int {
        let marker = Array("<!DOCTYPE".utf8)
        guard head.count >= marker.count else { return Int(xmlTextReaderGetParserLineNumber(reader)) }
        for start in 0...(head.count - marker.count) where head[start] == marker[0] {
            if Array(head[start..<start + marker.count]) == marker {
                return head[..<start].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    @exclusivity(unchecked) private var capturing = false

    /// Runs `body`, which reads this reader on the calling thread, with libxml2's thread-wide
    /// error handlers set once around it instead of around every read.
    package func reading<Result>(_ body: () -> Result) -> Result {
        errorSink.whileCapturing {
            capturing = true
            defer { capturing = false }
            return body()
        }
    }

    /// The one refusal of a `<!DOCTYPE>`, where libxml2 gives no line of its own.
    private func doctypeRefused() -> SyntaxError {
        SyntaxError(SyntaxProblem(.xmlForbidden,
            "the document declares a DTD (<!DOCTYPE …>); catalogues need none, and a DTD can bring in external files or entity bombs, so it is refused",
            at: TextPlace(file: fileName, line: doctypeLine()), hint: "remove the <!DOCTYPE> declaration"))
    }

    /// Reads to the end without making events: only well-formedness and schema errors are
    /// collected (in `diagnostics`; the first fatal one is thrown). For checking a file against a
    /// schema as fast as libxml2 itself can.
    package func drain() throws(SyntaxError) {
        // The error handlers are set once for the whole loop: swapping them per node costs as
        // much as a tenth of the time of a schema check.
        let failure: SyntaxError? = errorSink.whileCapturing {
            do throws(SyntaxError) {
                while true {
                    let status = xmlTextReaderRead(reader)
                    try raiseFatalErrors(status: status)
                    guard status == 1 else { return nil }
                    if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
                        throw doctypeRefused()
                    }
                }
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// The line of the current node: the line of an element's start tag.
    ///
    /// libxml2 stores lines past 65,535 only on text nodes, at the line where the text ends, and
    /// `xmlGetLineNo` borrows an element's line from its first child: one line too high when that
    /// child is the whitespace after the start tag. The start line is recovered from a
    /// neighbouring text node and the line breaks it holds.
    private func currentLine() -> Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return Int(xmlTextReaderGetParserLineNumber(reader)) }
        if node.pointee.line < UInt16.max { return Int(node.pointee.line) }
        if let previous = node.pointee.prev, let line = Self.textEndLine(previous) {
            return line
        }
        if let child = node.pointee.children, let line = Self.textEndLine(child) {
            return line - Self.lineBreaks(in: child)
        }
        if let next = node.pointee.next, let line = Self.textEndLine(next) {
            return line - Self.lineBreaks(in: next)
        }
        let line = Int(xmlGetLineNo(node))
        return line > 0 ? line : Int(xmlTextReaderGetParserLineNumber(reader))
    }

    private static func textEndLine(_ node: xmlNodePtr) -> Int? {
        guard node.pointee.type == XML_TEXT_NODE else { return nil }
        if node.pointee.line < UInt16.max { return Int(node.pointee.line) }
        guard let stored = node.pointee.psvi else { return nil }
        return Int(bitPattern: stored)
    }

    private static func lineBreaks(in node: xmlNodePtr) -> Int {
        guard var byte = node.pointee.content else { return 0 }
        var count = 0
        while byte.pointee != 0 {
            if byte.pointee == 0x0A { count += 1 }
            byte += 1
        }
        return count
    }

    private func raiseFatalErrors(status: Int32) throws(SyntaxError) {
        // Nearly every read finds nothing to raise: that is told without touching the sink.
        guard status != 1 || errorSink.hasFindings || guarded.failure != nil else { return }
        if let failure = guarded.failure { throw failure }
        let found = errorSink.take()
        for problem in found where problem.kind == .xmlSchema {
            problems.append(problem)
        }
        if let fatal = found.first(where: { $0.kind != .xmlSchema }) {
            throw SyntaxError(fatal)
        }
        if status < 0 {
            throw SyntaxError(SyntaxProblem(.xmlSyntax, "the XML cannot be read",
                                         at: TextPlace(file: fileName, line: Int(xmlTextReaderGetParserLineNumber(reader)))))
        }
    }

    /// Names come from libxml2's dictionary, so one pointer is one name: convert each once.
    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let known = names[key] { return known }
        let made = String(cString: pointer)
        names[key] = made
        return made
    }

    private func text(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

/// Collects libxml2's structured errors as diagnostics.
final class XMLErrorSink {
    package let file: String
    // Filled by libxml2's callbacks on the reading thread and read by the same thread after
    // every event: no run-time exclusivity check is needed.
    @exclusivity(unchecked) private var found: [SyntaxProblem] = []

    package init(file: String) {
        self.file = file
    }

    func record(_ error: xmlError) {
        let lines = (error.message.map { String(cString: $0) } ?? "the XML cannot be read")
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var message = lines.joined(separator: "; ")
        let line = error.line > 0 ? Int(error.line) : nil
        let domain = Int32(bitPattern: UInt32(error.domain))
        if domain == Int32(XML_FROM_SCHEMASV.rawValue) {
            // libxml2 gives schema errors a line but no column: none is invented.
            found.append(SyntaxProblem(.xmlSchema, message, at: TextPlace(file: file, line: line)))
            return
        }
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let column = line != nil && error.int2 > 0 ? Int(error.int2) : nil
        let code = error.code
        let id: SyntaxProblem.Kind
        if code == Int32(XML_ERR_INVALID_CHAR.rawValue) || code == Int32(XML_ERR_INVALID_ENCODING.rawValue)
            || code == Int32(XML_ERR_UNKNOWN_ENCODING.rawValue) || code == Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue) {
            id = .invalidEncoding
            if let bytes = lines.first(where: { $0.hasPrefix("Bytes:") }) {
                message = "the bytes are not valid in the document's encoding (UTF-8 unless the XML declaration names another; "
                    + bytes.lowercased() + ")"
            }
        } else if code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
            found.append(SyntaxProblem(.xmlForbidden,
                "entities that expand into one another (an entity bomb) are refused; catalogues need no DTD",
                at: TextPlace(file: file, line: line)))
            return
        } else if code == Int32(XML_IO_NETWORK_ATTEMPT.rawValue) {
            id = .xmlForbidden
        } else if let limit = Self.limitPassed(message) {
            id = limit.kind
            message = limit.message
        } else {
            id = .xmlSyntax
        }
        found.append(SyntaxProblem(id, message, at: TextPlace(file: file, line: line, column: column)))
    }

    package var hasFindings: Bool { !found.isEmpty }

    /// A limit of libxml2's passed, in words for people rather than libxml2's own (which name an
    /// option, XML_PARSE_HUGE, that ECVETKit never sets: no catalogue comes near the limits).
    static func limitPassed(_ message: String) -> (kind: SyntaxProblem.Kind, message: String)? {
        let limits: [(String, SyntaxProblem.Kind, String)] = [
            ("Excessive depth in document", .nestingTooDeep, "elements nest deeper than 256 levels"),
            ("huge text node", .xmlSyntax, "a text is longer than 10,000,000 bytes"),
            ("AttValue length too long", .xmlSyntax, "an attribute value is longer than 10,000,000 bytes"),
            ("Huge input lookup", .xmlSyntax, "a name, an attribute value or a text is longer than 10,000,000 bytes"),
            ("Name too long", .xmlSyntax, "a name is longer than 50,000 characters"),
        ]
        for (words, kind, said) in limits where message.contains(words) {
            return (kind, said + ", more than XML is read with; no catalogue needs that much")
        }
        guard message.contains("XML_PARSE_HUGE") else { return nil }
        return (.xmlSyntax, message.replacingOccurrences(of: " use XML_PARSE_HUGE option", with: "")
            .replacingOccurrences(of: "XML_PARSE_HUGE", with: "the limits XML is read with"))
    }

    package func take() -> [SyntaxProblem] {
        defer { found.removeAll() }
        return found
    }

    /// libxml2's structured-error callback: records the error in the sink passed as context.
    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<XMLErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
    }

    /// Runs `work` with this sink also as the thread's libxml2 error handler (some errors of
    /// libxml2 2.9 only go there), and puts the previous handler back.
    package func whileCapturing<Result>(_ work: () -> Result) -> Result {
        let savedHandler = __xmlStructuredError()?.pointee
        let savedContext = __xmlStructuredErrorContext()?.pointee
        let savedGeneric = __xmlGenericError()?.pointee
        let savedGenericContext = __xmlGenericErrorContext()?.pointee
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), Self.handler)
        xmlSetGenericErrorFunc(nil, ecvetkit_generic_error_ignorer())
        defer {
            xmlSetStructuredErrorFunc(savedContext ?? nil, savedHandler ?? nil)
            xmlSetGenericErrorFunc(savedGenericContext ?? nil, savedGeneric ?? nil)
        }
        return work()
    }
}

import Foundation

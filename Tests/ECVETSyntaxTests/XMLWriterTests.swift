import CLibXML2
import ECVETBytes
import ECVETTestSupport
@testable import ECVETSyntax
import Testing

/// The writer lays out XML as libxml2's indenting `xmlTextWriter` does, so documents written
/// before and after it are byte for byte the same: the same steps are given to both, and the
/// bytes compared.
@Suite("XML writer")
struct XMLWriterTests {
    /// One step of writing a document.
    enum Step {
        case start(String)
        case attribute(String, String)
        case text(String)
        case end
    }

    /// Texts with everything that is escaped, in text or in attributes, and several scripts.
    static let texts = [
        "", "plain", "Ympäristö & työ <turvallisuus>", "\"quoted\" 'single'", "tab\there",
        "line\nbreak", "crlf\r\nline", "ελληνικά, 日本語, 🙂", "a > b && c < d; x=\"1\"\r",
        String(repeating: "long text without anything to escape ", count: 8),
    ]

    /// A document of random shape: nested elements, attributes, text, empty elements.
    static func randomSteps(seed: UInt64) -> [Step] {
        var generator = SplitMix64(state: seed)
        var steps: [Step] = [.start("root")]
        var depth = 1
        for _ in 0..<60 {
            switch Int.random(in: 0..<5, using: &generator) {
            case 0 where depth < 6:
                steps.append(.start(["unit", "title", "a", "group-member"].randomElement(using: &generator)!))
                depth += 1
                for _ in 0..<Int.random(in: 0..<3, using: &generator) {
                    steps.append(.attribute(["id", "language", "uri"].randomElement(using: &generator)! + "\(steps.count)",
                                            texts.randomElement(using: &generator)!))
                }
            case 1 where depth > 1:
                // Text is written last in an element, as the emitters do.
                steps.append(.text(texts.randomElement(using: &generator)!))
                steps.append(.end)
                depth -= 1
            case 2 where depth > 1:
                steps.append(.end)
                depth -= 1
            default:
                steps.append(.start("leaf"))
                steps.append(.attribute("language", texts.randomElement(using: &generator)!))
                steps.append(.text(texts.randomElement(using: &generator)!))
                steps.append(.end)
            }
        }
        return steps
    }

    static func written(_ steps: [Step]) throws -> [UInt8] {
        let output = ByteOutput()
        let writer = try XMLWriter(output: output)
        for step in steps {
            switch step {
            case .start(let name) where name == "root": writer.startRoot(name, namespace: "urn:example:1")
            case .start(let name): writer.startElement(name)
            case .attribute(let name, let value): writer.attribute(name, value)
            case .text(let text): writer.text(text)
            case .end: writer.endElement()
            }
        }
        try writer.finish()
        return output.bytes
    }

    /// The same steps through libxml2's `xmlTextWriter`, indented by two spaces.
    static func writtenByLibXML2(_ steps: [Step]) -> [UInt8] {
        let buffer = xmlBufferCreate()!
        defer { xmlBufferFree(buffer) }
        let writer = xmlNewTextWriterMemory(buffer, 0)!
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        for step in steps {
            switch step {
            case .start(let name) where name == "root": xmlTextWriterStartElementNS(writer, nil, name, "urn:example:1")
            case .start(let name): xmlTextWriterStartElement(writer, name)
            case .attribute(let name, let value): xmlTextWriterWriteAttribute(writer, name, value)
            case .text(let text): xmlTextWriterWriteString(writer, text)
            case .end: xmlTextWriterEndElement(writer)
            }
        }
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        return Array(UnsafeBufferPointer(start: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer))))
    }

    @Test("random documents are written byte for byte as libxml2's writer writes them", arguments: 0..<40)
    func sameAsLibXML2(seed: UInt64) throws {
        let steps = Self.randomSteps(seed: seed)
        let mine = try Self.written(steps)
        let theirs = Self.writtenByLibXML2(steps)
        #expect(String(decoding: mine, as: UTF8.self) == String(decoding: theirs, as: UTF8.self))
    }

    @Test("a control character XML 1.0 cannot carry fails the document, naming it")
    func controlCharacters() throws {
        for bad in ["bell\u{7}", "nul\u{0}cut", "escape\u{1B}[2J"] {
            let writer = try XMLWriter(output: ByteOutput())
            writer.startElement("a")
            writer.text(bad)
            writer.endElement()
            #expect(throws: OutputError.self) { try writer.finish() }
        }
    }
}

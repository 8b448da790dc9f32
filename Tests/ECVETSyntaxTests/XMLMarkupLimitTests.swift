import ECVETBytes
@testable import ECVETSyntax
import Testing

@Suite("XML markup limits")
struct XMLMarkupLimitTests {
    /// The problem that stopped reading `xml`, if one did.
    static func problem(_ xml: String) -> SyntaxProblem? {
        do {
            let reader = try XMLEventReader(input: ByteInput(bytes: Array(xml.utf8), name: "t.xml"))
            while try reader.next() != .endOfDocument {}
            return nil
        } catch {
            return error.problem
        }
    }

    static func document(_ body: String, attributes: String = "") -> String {
        "<?xml version=\"1.0\"?>\n<a \(attributes)>\n\(body)\n</a>\n"
    }

    @Test("up to the limits nothing is refused, however the markup hides its bytes")
    func withinLimits() {
        let references = String(repeating: "&amp;", count: 100_000)
        let attributes = (0..<1000).map { "x\($0)=\"&gt;=&quot;\"" }.joined(separator: " ")
        #expect(Self.problem(Self.document("<b>\(references)</b>")) == nil)
        #expect(Self.problem(Self.document("<b \(attributes)/>")) == nil)
        // References split by markup are counted per text; comments, CDATA and instructions
        // hold `&`, `=` and `<` that are neither.
        #expect(Self.problem(Self.document("<b>\(references)<c/>\(references)</b>")) == nil)
        let noise = String(repeating: "& = < > \" '", count: 30_000)
        #expect(Self.problem(Self.document("<!-- \(noise) --><![CDATA[\(noise)]]><?pi \(noise) ?>")) == nil)
        let fewer = (0..<999).map { "x\($0)=\"v\"" }.joined(separator: " ")
        #expect(Self.problem(Self.document("<b title=\"\(String(repeating: "a>b", count: 5000))\" \(fewer)/>")) == nil)
    }

    @Test("past a limit, reading stops at the place it was passed", arguments: [
        (document("<b>" + String(repeating: "&#233;", count: 100_001) + "</b>"), 3, 4 + 100_000 * 6),
        (document("<b v=\"" + String(repeating: "&lt;", count: 100_001) + "\"/>"), 3, 7 + 100_000 * 4),
        (document("<b " + (0..<1001).map { "x\($0)='\u{e4}'" }.joined(separator: " ") + "/>"), 3, nil),
        // A `>` in a value does not end the tag.
        (document("<b t=\">\" " + (0..<1000).map { "x\($0)=\">\"" }.joined(separator: " ") + "/>"), 3, nil),
    ])
    func pastLimits(xml: String, line: Int, column: Int?) throws {
        let problem = try #require(Self.problem(xml))
        #expect(problem.kind == .xmlForbidden)
        #expect(problem.place.line == line)
        if let column { #expect(problem.place.column == column) }
    }

    @Test("libxml2's own limits are said in words for people, at their line, not with the name of a libxml2 option", arguments: [
        (String(repeating: "<b>", count: 300) + String(repeating: "</b>", count: 300), SyntaxProblem.Kind.nestingTooDeep, "nest deeper than 256"),
        ("<" + String(repeating: "n", count: 60_000) + "/>", .xmlSyntax, "a name is longer than 50,000 characters"),
    ])
    func libxml2Limits(body: String, kind: SyntaxProblem.Kind, words: String) throws {
        let problem = try #require(Self.problem(Self.document(body)))
        #expect(problem.kind == kind)
        #expect(problem.message.contains(words), "\(problem.message)")
        #expect(!problem.message.contains("XML_PARSE_HUGE"))
        #expect(problem.place.line == 3)
    }
}

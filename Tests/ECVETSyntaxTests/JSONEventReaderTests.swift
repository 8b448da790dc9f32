import ECVETBytes
@testable import ECVETSyntax
import ECVETTestSupport
import Testing

@Suite("JSON event reader")
struct JSONEventReaderTests {
    /// All events with their line and column, reading in chunks of `chunkSize` bytes.
    func events(_ text: String, chunkSize: Int = 1 << 20) throws(SyntaxError) -> [(TreeEvent, Int, Int)] {
        try events(Array(text.utf8), chunkSize: chunkSize)
    }

    func events(_ bytes: [UInt8], chunkSize: Int = 1 << 20) throws(SyntaxError) -> [(TreeEvent, Int, Int)] {
        let reader = JSONEventReader(input: ByteInput(bytes: bytes, name: "t.json"), chunkSize: chunkSize)
        var result: [(TreeEvent, Int, Int)] = []
        while true {
            let event = try reader.next()
            result.append((event, reader.eventLine, reader.eventColumn()))
            if event == .end { return result }
        }
    }

    func failure(_ text: String, chunkSize: Int = 1 << 20) -> SyntaxProblem? {
        failure(Array(text.utf8), chunkSize: chunkSize)
    }

    func failure(_ bytes: [UInt8], chunkSize: Int = 1 << 20) -> SyntaxProblem? {
        do {
            _ = try events(bytes, chunkSize: chunkSize)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test("events carry line and column in code points", arguments: [16, 1 << 20])
    func locations(chunkSize: Int) throws {
        let text = "{\n  \"nimi\": {\"fi\": \"Sähkö ja automaatio\", \"sv\": \"El\"},\n  \"laajuus\": [7.5, true, null]\n}\n"
        let found = try events(text, chunkSize: chunkSize)
        let expected: [(TreeEvent, Int, Int)] = [
            (.objectStart, 1, 1),
            (.key("nimi"), 2, 3),
            (.objectStart, 2, 11),
            (.key("fi"), 2, 12),
            (.scalar("Sähkö ja automaatio", .string), 2, 18),
            (.key("sv"), 2, 41),
            (.scalar("El", .string), 2, 47),
            (.objectEnd, 2, 51),
            (.key("laajuus"), 3, 3),
            (.arrayStart, 3, 14),
            (.scalar("7.5", .number), 3, 15),
            (.scalar("true", .boolean), 3, 20),
            (.scalar("null", .null), 3, 26),
            (.arrayEnd, 3, 30),
            (.objectEnd, 4, 1),
            (.end, 5, 1),
        ]
        #expect(found.count == expected.count)
        for (got, want) in zip(found, expected) {
            #expect(got.0 == want.0)
            #expect(got.1 == want.1, "line of \(want.0)")
            #expect(got.2 == want.2, "column of \(want.0)")
        }
    }

    @Test("escapes, surrogate pairs and a byte order mark", arguments: [16, 1 << 20])
    func escapes(chunkSize: Int) throws {
        let text = "\u{FEFF}[\"a\\\"b\\\\c\\/d\\n\\t\\u00e4\\ud83d\\ude00\", \"\"]"
        let found = try events(text, chunkSize: chunkSize).map(\.0)
        #expect(found == [.arrayStart, .scalar("a\"b\\c/d\n\tä😀", .string), .scalar("", .string), .arrayEnd, .end])
        #expect(try events(text, chunkSize: chunkSize)[0].2 == 1, "the BOM is not a column")
    }

    @Test("a string longer than the buffer grows it")
    func longString() throws {
        let long = String(repeating: "ö", count: 5000)
        let found = try events("{\"k\": \"\(long)\"}", chunkSize: 64).map(\.0)
        #expect(found[2] == .scalar(long, .string))
    }

    @Test("numbers follow the JSON grammar")
    func numbers() throws {
        #expect(try events("[0, -1, 7.50, 1e3, 2.5E-2]").map(\.0).dropFirst().prefix(5)
            == [.scalar("0", .number), .scalar("-1", .number), .scalar("7.50", .number),
                .scalar("1e3", .number), .scalar("2.5E-2", .number)])
        for bad in ["[01]", "[1.]", "[-]", "[1.2.3]", "[.5]"] {
            #expect(failure(bad)?.kind == .jsonSyntax, "\(bad) is not a number")
        }
    }

    @Test("a trailing comma is reported at the closing bracket")
    func trailingComma() {
        let problem = failure("{\n  \"a\": [1, 2,\n  ]\n}")
        #expect(problem?.kind == .jsonSyntax)
        #expect(problem?.place.line == 3)
        #expect(problem?.place.column == 3)
        #expect(problem?.message.contains("trailing comma") == true)
        #expect(failure("{\"a\": 1,}")?.message.contains("trailing comma") == true)
    }

    @Test("a missing closing brace is reported at the end of the input")
    func missingBrace() {
        let problem = failure("{\n  \"a\": {\"b\": 1}\n")
        #expect(problem?.place.line == 3)
        #expect(problem?.place.column == 1)
        #expect(problem?.message.contains("object opened on line 1") == true)
    }

    @Test("other syntax errors point at the offending character")
    func syntaxErrors() {
        let cases: [(String, Int, Int, String)] = [
            ("{\"a\" 1}", 1, 6, "expected ':'"),
            ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}'"),
            ("{a: 1}", 1, 2, "expected a key"),
            ("[1] [2]", 1, 5, "after the end"),
            ("[tru]", 1, 2, "expected a value"),
            ("{\"é\": \"x\ny\"}", 1, 9, "control character"),
            ("", 1, 1, "ends before any JSON value"),
            ("[\"\\x\"]", 1, 3, "unknown escape"),
        ]
        for (text, line, column, message) in cases {
            let problem = failure(text)
            #expect(problem?.place.line == line, "\(text)")
            #expect(problem?.place.column == column, "\(text)")
            #expect(problem?.message.contains(message) == true, "\(text): \(problem?.message ?? "no error")")
        }
    }

    @Test("invalid UTF-8 is refused with its place")
    func invalidUTF8() {
        var bytes = Array("{\n  \"title\": \"ab".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"}".utf8)
        let problem = failure(bytes)
        #expect(problem?.kind == .invalidEncoding)
        #expect(problem?.place.line == 2)
        #expect(problem?.place.column == 15)
    }

    @Test("UTF-16 input gets a clear message")
    func utf16() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("{}".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(failure(bytes)?.kind == .invalidEncoding)
        #expect(failure(bytes)?.message.contains("UTF-16") == true)
    }

    @Test("nesting deeper than the limit is refused without exhausting the stack")
    func deepNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let problem = failure(text)
        #expect(problem?.kind == .nestingTooDeep)
        #expect(problem?.place.column == 257)
    }
}

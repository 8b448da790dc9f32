import ECVETBytes
@testable import ECVETSyntax
import Testing

@Suite("Keys given twice")
struct DuplicateKeyTests {
    /// Every event of `json`, or the error that stopped reading.
    static func read(_ json: String) -> SyntaxError? {
        let reader = JSONEventReader(input: ByteInput(bytes: Array(json.utf8), name: "t.json"))
        do {
            while try reader.next() != .end {}
            return nil
        } catch {
            return error
        }
    }

    @Test("a key repeated in one object is an error at the second, naming the line of the first")
    func repeated() throws {
        let error = try #require(Self.read("{\n  \"a\": 1,\n  \"b\": {\"a\": 2},\n  \"a\": 3\n}"))
        #expect(error.problem.kind == .duplicateKey)
        #expect(error.problem.place.line == 4)
        #expect(error.problem.place.column == 3)
        #expect(error.problem.message.contains("first at line 2"))
    }

    @Test("a key written with escapes is the key it decodes to")
    func escaped() throws {
        let error = try #require(Self.read(#"{"ab": 1, "\u0061b": 2}"#))
        #expect(error.problem.kind == .duplicateKey)
        #expect(Self.read(#"{"ab": 1, "\u0061c": 2, "a\nb": 3}"#) == nil)
    }

    @Test("the same key in sibling and nested objects, and in lists of objects, is not repeated")
    func siblings() {
        #expect(Self.read(#"{"a": {"a": {"a": 1}}, "b": [{"a": 1}, {"a": 2}], "c": {"a": [], "b": {}}}"#) == nil)
    }

    @Test("in an object of thousands of keys, a repeat is found wherever it is", arguments: [0, 17, 9_999])
    func largeObject(repeating index: Int) throws {
        let keys = (0..<10_000).map { "\"k\($0)\": \($0)" }
        #expect(Self.read("{" + keys.joined(separator: ", ") + "}") == nil)
        let error = try #require(Self.read("{" + keys.joined(separator: ", ") + ", \"k\(index)\": 0}"))
        #expect(error.problem.kind == .duplicateKey)
        #expect(error.problem.message.contains("\"k\(index)\""))
    }
}

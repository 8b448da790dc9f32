@testable import ECVETSyntax
import Testing

/// Columns are counted in Unicode code points, eight bytes at a time where it can: the count
/// must be the code points of the text whatever its alignment and mix of scripts.
@Suite("Column counting")
struct ColumnCounterTests {
    @Test("the column after any prefix of mixed-script text is its code point count plus one")
    func mixedScripts() {
        let text = "  \"fi\": \"Ympäristö ja työturvallisuus – ελληνικά, 日本語, 🙂 ok\", \"sv\": \"Miljö\""
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            for stop in 0...buffer.count {
                // Only positions that start a code point are ever asked for.
                guard stop == buffer.count || buffer[stop] & 0xC0 != 0x80 else { continue }
                var counter = ColumnCounter()
                counter.startLine(at: 0)
                counter.advance(to: stop, in: buffer.baseAddress!, base: 0)
                let expected = String(decoding: buffer[..<stop], as: UTF8.self).unicodeScalars.count + 1
                #expect(counter.column == expected, "after \(stop) bytes")
            }
        }
    }

    @Test("advancing in steps gives the same column as one step")
    func steps() {
        var bytes = Array("äöå€🙂abcdefghijklmnopqrstuvwxyzÄÖÅ".utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            var whole = ColumnCounter(), stepped = ColumnCounter()
            whole.startLine(at: 0)
            stepped.startLine(at: 0)
            whole.advance(to: buffer.count, in: buffer.baseAddress!, base: 0)
            for stop in [2, 9, 13, 20, buffer.count] { stepped.advance(to: stop, in: buffer.baseAddress!, base: 0) }
            #expect(whole.column == stepped.column)
        }
    }
}

@testable import ECVETBytes
import Testing

@Suite("Id tables")
struct IDTableTests {
    @Test("a table grown from empty keeps every id's first position")
    func growingTable() {
        var ids: [String] = []
        var table = IDTable()
        var expected: [String: Int] = [:]
        for number in 0..<20_000 {
            // Every fifth id repeats an earlier one; lengths vary around eight bytes.
            let id = number % 5 == 4 ? ids[number / 2] : "U\(number)-\(String(repeating: "x", count: number % 11))"
            let recorded = table.insert(id, at: ids.count) { ids[$0] }
            #expect(recorded == expected[id], "\(id)")
            if expected[id] == nil { expected[id] = ids.count }
            ids.append(id)
        }
        #expect(table.count == expected.count)
        for (id, position) in expected { #expect(table.position(of: id) { ids[$0] } == position, "\(id)") }
        #expect(table.position(of: "U20000-") { ids[$0] } == nil)
    }
}

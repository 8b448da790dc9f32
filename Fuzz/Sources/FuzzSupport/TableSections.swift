/// A folder of CSV tables written as one text, for a fuzz input: each table starts with a line
/// `### NAME`, NAME being the file name of a canonical or Europass CSV table.
///
/// ```
/// ### qualifications.csv
/// id,code,title@en
/// Q-1,,Welding
/// ### units.csv
/// id,title@en
/// ```
///
/// Text before the first such line is left out, and so is a section whose name is no table's:
/// an input never names a file outside the folder it is written to.
public struct TableSections: Sendable {
    /// The names a section may have: the canonical tables, then the two Europass ones.
    public static let tableNames: Set<String> = [
        "catalogue.csv", "organisations.csv", "learning-outcomes.csv", "units.csv", "unit-parts.csv",
        "assessment-criteria.csv", "qualifications.csv", "structure.csv",
        "europass-qualifications.csv", "europass-units.csv",
    ]

    /// The line start that opens a section.
    static let marker: [UInt8] = Array("### ".utf8)

    /// The tables in the order they appear; a name given twice keeps its last section.
    public private(set) var tables: [(name: String, bytes: [UInt8])] = []

    /// Splits `bytes` into its sections.
    public init(_ bytes: [UInt8]) {
        var name: String?
        var body: [UInt8] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if line.starts(with: Self.marker) {
                if let name { add(name, body) }
                var title = line.dropFirst(Self.marker.count)
                while let last = title.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") {
                    title = title.dropLast()
                }
                name = String(decoding: title, as: UTF8.self)
                body = []
            } else {
                body.append(contentsOf: line)
            }
            lineStart = lineEnd
        }
        if let name { add(name, body) }
    }

    private mutating func add(_ name: String, _ bytes: [UInt8]) {
        guard Self.tableNames.contains(name) else { return }
        tables.removeAll { $0.name == name }
        tables.append((name, bytes))
    }
}

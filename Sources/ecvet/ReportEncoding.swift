import Foundation

/// The one JSON form of the tool's reports: pretty, keys sorted, ending with a new line.
enum ReportEncoding {
    static func json<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }
}

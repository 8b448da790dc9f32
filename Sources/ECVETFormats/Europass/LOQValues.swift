/// Values as the official LOQ schema types them: model values kept as written become the
/// schema's `xs:dateTime` and `xs:duration`, or `nil` when they are not of that type.
enum LOQValues {
    /// An ISO 8601 calendar date (`2024-08-01`) as `xs:dateTime` at midnight UTC; a date and
    /// time already in that form is kept.
    static func dateTime(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, isDate(bytes[0..<10]) else { return nil }
        if bytes.count == 10 { return text + "T00:00:00Z" }
        return bytes[10] == UInt8(ascii: "T") && isTime(bytes[11...]) ? text : nil
    }

    /// An ISO 8601 duration that is also an `xs:duration` (`P3Y`, `PT1600H`, `P1Y6M`): whole
    /// numbers but for the seconds.
    static func duration(_ text: String) -> String? {
        var rest = Substring(text)
        guard rest.popFirst() == "P", !rest.isEmpty else { return nil }
        var inTime = false, any = false
        var allowed: [Character] = ["Y", "M", "D"]
        while !rest.isEmpty {
            if rest.first == "T" {
                guard !inTime else { return nil }
                inTime = true
                allowed = ["H", "M", "S"]
                rest.removeFirst()
                guard !rest.isEmpty else { return nil }
                continue
            }
            let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            rest.removeFirst(digits.count)
            guard !digits.isEmpty, digits.first != ".", digits.last != ".", let designator = rest.popFirst(),
                  let position = allowed.firstIndex(of: designator) else { return nil }
            if digits.contains(".") && designator != "S" { return nil }
            allowed.removeFirst(position + 1)
            any = true
        }
        return any ? text : nil
    }

    private static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let base = bytes.startIndex
        guard bytes[base + 4] == UInt8(ascii: "-"), bytes[base + 7] == UInt8(ascii: "-"),
              let year = number(bytes[base..<base + 4]), let month = number(bytes[base + 5..<base + 7]),
              let day = number(bytes[base + 8..<base + 10]), (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// `hh:mm:ss` with optional fraction and zone (`Z`, `+02:00`).
    private static func isTime(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.prefix(8).split(separator: ":")
        guard text.utf8.count >= 8, parts.count == 3, let hour = Int(parts[0]), let minute = Int(parts[1]),
              let second = Int(parts[2]), hour < 24, minute < 60, second < 60 else { return false }
        var zone = text.dropFirst(8)
        if zone.first == "." {
            zone = zone.dropFirst().drop { $0.isASCII && $0.isNumber }
        }
        return zone.isEmpty || zone == "Z" || (zone.count == 6 && (zone.first == "+" || zone.first == "-"))
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

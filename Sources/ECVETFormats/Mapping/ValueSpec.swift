import ECVETModel
import Foundation

/// Where one model field's value comes from, and how it is changed on the way: a path (or
/// alternatives, the first with a value winning), a constant, per-language paths, and
/// transforms applied in a fixed order: trim, split, HTML to text, decimal comma, date, factor,
/// look-up, code table, format.
///
/// A class, so that looking a spec up while binding costs one reference, not a copy; it is
/// changed only while the mapping file is read, and never after.
final class ValueSpec: @unchecked Sendable {
    var field: String
    var paths: [SourcePath] = []
    var constant: String?
    /// `{fi: Nimi, sv: Namn}`: one value spec per language.
    var byLanguage: [(language: String, spec: ValueSpec)] = []
    /// The language of what this spec reads, when the source does not say.
    var language: String?
    var trim = true
    var split: String?
    var html = false
    var decimalComma = false
    var date: DatePattern?
    var multiply: Decimal?
    var divide: Decimal?
    /// A lookup table's name and the field of the looked-up record to take.
    var lookup: (table: String, field: String)?
    var table: String?
    var prefix: String?
    var format: String?
    var location: SourceLocation
    /// The spec's number in its mapping, for counting what it finds; -1 for specs of no mapping
    /// entry.
    var number = -1
    /// `simplePath()`, worked out once when the mapping is read.
    var simple: SimplePath?

    init(field: String, location: SourceLocation) {
        self.field = field
        self.location = location
    }

    var usesLookup: Bool { lookup != nil || byLanguage.contains { $0.spec.usesLookup } }

    /// The keys of the one path this spec reads when it reads nothing else and changes nothing
    /// but white space: most fields of most mappings, which the binder then reads without the
    /// general machinery.
    func simplePath() -> SimplePath? {
        guard paths.count == 1, paths[0].joined.isEmpty, constant == nil, byLanguage.isEmpty, language == nil, split == nil, !html,
              !decimalComma, date == nil, multiply == nil, divide == nil, lookup == nil, table == nil, prefix == nil,
              format == nil else { return nil }
        var path = SimplePath(parents: 0, keys: [])
        for step in paths[0].steps {
            switch step {
            case .parent where path.keys.isEmpty: path.parents += 1
            case .key(let key): path.keys.append(key)
            default: return nil
            }
        }
        return path
    }
}

/// A path of keys, after climbing `parents` records: what simple specs read.
struct SimplePath: Sendable {
    var parents: Int
    var keys: [String]
}

/// One value read through a spec, with where it came from.
struct MappedValue {
    var text: String
    var language: String?
    var place: SourcePlace
}

/// How a date is written in the source.
enum DatePattern: Sendable {
    case epochMilliseconds(TimeZone)
    case epochSeconds(TimeZone)
    /// `dd-mm-yyyy`, `d.m.yyyy`, `yyyymmdd`: the positions of day, month and year.
    case pattern(String)

    static func parse(_ text: String, timeZone: TimeZone) -> DatePattern? {
        switch text.lowercased() {
        case "epochmilliseconds", "epoch-milliseconds", "epoch_ms": return .epochMilliseconds(timeZone)
        case "epochseconds", "epoch-seconds", "epoch_s": return .epochSeconds(timeZone)
        default:
            let lower = text.lowercased()
            guard lower.contains("yyyy"), lower.contains("m"), lower.contains("d") else { return nil }
            return .pattern(lower)
        }
    }

    /// The ISO 8601 date (`2022-08-01`) the source text stands for.
    func isoDate(_ text: String) -> String? {
        switch self {
        case .epochMilliseconds(let zone):
            guard let value = Double(text), let seconds = Self.plausible(value / 1000) else { return nil }
            return Self.iso(Date(timeIntervalSince1970: seconds), in: zone)
        case .epochSeconds(let zone):
            guard let value = Double(text), let seconds = Self.plausible(value) else { return nil }
            return Self.iso(Date(timeIntervalSince1970: seconds), in: zone)
        case .pattern(let pattern):
            return Self.parse(text, pattern: pattern)
        }
    }

    /// Seconds since 1970 that fall in the years 1 to 9999; `nil` for others, and for NaN.
    private static func plausible(_ seconds: Double) -> Double? {
        (-62_135_596_800...253_402_300_799).contains(seconds) ? seconds : nil
    }

    private static func iso(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Reads digits where the pattern has `d`, `m` and `y`; other characters are separators. A
    /// one-letter `d` or `m` takes one or two digits.
    private static func parse(_ text: String, pattern: String) -> String? {
        var day = 0, month = 0, year = 0
        let source = Array(text.trimmingCharacters(in: .whitespaces))
        let shape = Array(pattern)
        var position = 0, index = 0
        while index < shape.count {
            let letter = shape[index]
            var run = 1
            while index + run < shape.count && shape[index + run] == letter { run += 1 }
            index += run
            guard "dmy".contains(letter) else {
                guard position < source.count, !source[position].isNumber else { return nil }
                position += run
                continue
            }
            let widest = run == 1 ? 2 : run
            var digits = 0, value = 0
            while digits < widest, position < source.count, let digit = source[position].wholeNumberValue, source[position].isASCII {
                value = value * 10 + digit
                digits += 1
                position += 1
            }
            guard digits >= (run == 1 ? 1 : run) else { return nil }
            switch letter {
            case "d": day = value
            case "m": month = value
            default: year = value
            }
        }
        guard position == source.count, (1...12).contains(month), year > 0 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}

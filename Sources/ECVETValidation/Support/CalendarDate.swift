import Foundation

/// An ISO 8601 calendar date (`2024-08-01`) as a comparable number (20240801).
struct CalendarDate: Comparable, Sendable {
    let value: Int

    /// Reads `YYYY-MM-DD` (a time part after `T` is ignored); `nil` for anything else.
    init?(_ text: String) {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                result = result * 10 + Int(byte - 0x30)
            }
            return result
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= Self.days(in: month, of: year) else { return nil }
        let rest = text.utf8.dropFirst(10)
        guard rest.isEmpty || rest.first == UInt8(ascii: "T") else { return nil }
        value = year * 10_000 + month * 100 + day
    }

    init(_ date: Date) {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        value = (components.year ?? 0) * 10_000 + (components.month ?? 0) * 100 + (components.day ?? 0)
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.value < rhs.value }

    /// `YYYY-MM-DD`.
    var written: String {
        String(format: "%04d-%02d-%02d", value / 10_000, value / 100 % 100, value % 100)
    }
}

extension ValidationSettings {
    /// The day dates are judged against, as the rules judge them (`today`, else the day of the
    /// clock in UTC), written `YYYY-MM-DD`.
    public var judgedDay: String { CalendarDate(today ?? .now).written }
}

extension CalendarDate {
    /// The number of days from 0000-03-01 (a proleptic Gregorian count), for differences.
    var dayNumber: Int {
        var year = value / 10_000
        let month = value / 100 % 100, day = value % 100
        if month <= 2 { year -= 1 }
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    /// The days from `self` to `other`: 0 for the same day.
    func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// Whole years from `self` to `other` (an age on a day).
    func years(to other: CalendarDate) -> Int {
        let years = other.value / 10_000 - value / 10_000
        return other.value % 10_000 < value % 10_000 ? years - 1 : years
    }
}

import Foundation

/// An `xs:duration` (`P3Y`, `P1Y6M`, `PT1600H`): ISO 8601 durations without weeks.
struct LearningDuration: Sendable {
    var years: Decimal = 0
    var months: Decimal = 0
    var days: Decimal = 0
    var hours: Decimal = 0
    var minutes: Decimal = 0
    var seconds: Decimal = 0

    /// Reads the `xs:duration` form; `nil` when the text is not one.
    init?(_ text: String) {
        var rest = Substring(text)
        if rest.hasPrefix("-") { return nil }
        guard rest.hasPrefix("P") else { return nil }
        rest = rest.dropFirst()
        var inTime = false
        var sawComponent = false
        var sawTimeComponent = false
        var number = ""
        for character in rest {
            if character == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            if character.isASCII && (character.isNumber || (character == "." && inTime)) {
                number.append(character)
                continue
            }
            guard !number.isEmpty, let value = Decimal(string: number, locale: Locale(identifier: "en_US_POSIX")) else {
                return nil
            }
            if number.contains(".") && character != "S" { return nil }
            switch (inTime, character) {
            case (false, "Y"): years = value
            case (false, "M"): months = value
            case (false, "D"): days = value
            case (true, "H"): hours = value
            case (true, "M"): minutes = value
            case (true, "S"): seconds = value
            default: return nil
            }
            sawComponent = true
            if inTime { sawTimeComponent = true }
            number = ""
        }
        guard number.isEmpty, sawComponent, !inTime || sawTimeComponent else { return nil }
    }

    /// The length in years of full-time study: calendar parts by the calendar, hours as
    /// learning hours at `hoursPerYear`.
    func years(hoursPerYear: Decimal) -> Decimal {
        years + months / 12 + days / 365 + (hours + minutes / 60 + seconds / 3600) / hoursPerYear
    }
}

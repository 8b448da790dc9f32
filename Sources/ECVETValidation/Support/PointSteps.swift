import Foundation

/// Points as whole steps, so that sums of decimal points are sums of integers: every value of a
/// qualification's structure is a whole number of steps of `10^-decimals × divisor` points.
///
/// The divisor is the greatest common divisor of the members' points (5 for a structure of 5,
/// 10 and 15 points), which keeps the sets of totals small; it is 1 when a member can give any
/// total in a range, since then every step counts.
struct PointSteps {
    /// Digits after the decimal point of the most precise value.
    let decimals: Int
    /// Scaled units per step.
    let divisor: Int

    /// Steps for `memberPoints` (the points members give) and `bounds` (the values they are
    /// compared with); `continuous` when a member gives any total in a range.
    init?(memberPoints: [Decimal], bounds: [Decimal], continuous: Bool) {
        let decimals = (memberPoints + bounds).map { max(0, -$0.exponent) }.max() ?? 0
        // Beyond this, values are not ECVET points as people write them; V13 reports them.
        guard decimals <= 6 else { return nil }
        self.decimals = decimals
        var divisor = 0
        if !continuous {
            for points in memberPoints {
                guard let scaled = Self.scaled(points, decimals) else { return nil }
                divisor = Self.gcd(divisor, scaled)
            }
        }
        self.divisor = max(divisor, 1)
        for value in bounds where Self.scaled(value, decimals) == nil { return nil }
    }

    /// The steps of a member's points, which are a whole number of steps.
    func steps(_ points: Decimal) -> Int {
        (Self.scaled(points, decimals) ?? 0) / divisor
    }

    /// The fewest steps worth at least `points`.
    func steps(atLeast points: Decimal) -> Int {
        let scaled = Self.scaled(points, decimals) ?? 0
        return (scaled + divisor - 1) / divisor
    }

    /// The most steps worth at most `points`.
    func steps(atMost points: Decimal) -> Int {
        (Self.scaled(points, decimals) ?? 0) / divisor
    }

    /// Whether `points` is a whole number of steps.
    func isWhole(_ points: Decimal) -> Bool {
        (Self.scaled(points, decimals) ?? 1) % divisor == 0
    }

    /// The points of `steps` steps.
    func points(_ steps: Int) -> Decimal {
        Decimal(steps * divisor) / Self.power(decimals)
    }

    private static func power(_ decimals: Int) -> Decimal {
        Decimal(sign: .plus, exponent: decimals, significand: 1)
    }

    /// `points × 10^decimals` as an integer, `nil` beyond a billion steps' worth.
    private static func scaled(_ points: Decimal, _ decimals: Int) -> Int? {
        let value = points * power(decimals)
        guard value >= 0, value <= 1_000_000_000_000 else { return nil }
        return NSDecimalNumber(decimal: value).intValue
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : gcd(b, a % b)
    }
}

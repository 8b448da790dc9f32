import Foundation

/// A decimal number as written, with its exact value when the text is a number.
///
/// Both `.` and `,` are accepted as the decimal separator (`"7,5"` and `"7.5"` are 7.5). The
/// value is a `Decimal`, never a `Double`, so no binary-float artefact can appear. Text that is not
/// a number (`"S91Zb"`) is kept as written for a rule to report.
public struct DecimalText: Sendable, Hashable, CustomStringConvertible {
    /// The text exactly as the source had it.
    public var written: String
    /// The value, when `written` is a decimal number.
    public var value: Decimal?

    /// Reads `written`: `value` is its number, or `nil` when it is not one.
    public init(_ written: String) {
        self.written = written
        self.value = DecimalText.parse(written)
    }

    /// A number made in code, written in the canonical form.
    public init(_ value: Decimal) {
        self.value = value
        self.written = DecimalText.format(value)
    }

    /// The form writers emit: the value with `.` and no trailing zeros, else the written text.
    public var canonical: String {
        guard let value else { return written }
        return DecimalText.format(value)
    }

    /// The canonical form.
    public var description: String { canonical }

    /// The number of digits after the decimal separator, as written (`"7.50"` has 2).
    public var writtenFractionDigits: Int {
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        guard let separator = trimmed.lastIndex(where: { $0 == "." || $0 == "," }) else { return 0 }
        return trimmed.distance(from: separator, to: trimmed.endIndex) - 1
    }

    /// Equal when both are numbers of the same value, however written (`"7,5"` and `"7.50"`);
    /// else when written alike.
    public static func == (lhs: DecimalText, rhs: DecimalText) -> Bool {
        if let left = lhs.value, let right = rhs.value { return left == right }
        return lhs.written == rhs.written
    }

    /// Hashes the value, or the text when it is not a number, in step with `==`.
    public func hash(into hasher: inout Hasher) {
        if let value { hasher.combine(value) } else { hasher.combine(written) }
    }

    /// Parses `[+-]digits[(.|,)digits]`, surrounding spaces allowed; nothing else is a number here.
    static func parse(_ text: String) -> Decimal? {
        var significand: UInt64 = 0
        var exponent = 0
        var negative = false
        var digits = 0
        var sawSeparator = false
        var overflow = false
        var index = 0
        let bytes = Array(text.utf8)
        var end = bytes.count
        while index < end, bytes[index] == 0x20 { index += 1 }
        while end > index, bytes[end - 1] == 0x20 { end -= 1 }
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var digitsAfterSeparator = 0
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if sawSeparator { digitsAfterSeparator += 1 }
                let (times10, overflowA) = significand.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = times10.addingReportingOverflow(UInt64(byte - 48))
                if overflowA || overflowB { overflow = true } else { significand = sum }
                if sawSeparator && !overflow { exponent -= 1 }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if sawSeparator || digits == 0 { return nil }
                sawSeparator = true
            default:
                return nil
            }
            index += 1
        }
        guard digits > 0, !(sawSeparator && digitsAfterSeparator == 0) else { return nil }
        if overflow {
            let normal = String(decoding: bytes, as: UTF8.self)
                .trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: ",", with: ".")
            return Decimal(string: normal, locale: Locale(identifier: "en_US_POSIX"))
        }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    static func format(_ value: Decimal) -> String {
        var text = value.description
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

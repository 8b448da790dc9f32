import Foundation

extension String {
    /// The text without white space (Unicode's, line breaks included) at either end. Values
    /// rarely have any, so a look at the first and last characters settles most of them without
    /// Foundation's character-set machinery, which costs more than reading the value did.
    var trimmingWhiteSpace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !Self.isSpace(first) && !Self.isSpace(last) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || (0x09...0x0D).contains(scalar.value)
        }
        return scalar.properties.isWhitespace
    }
}

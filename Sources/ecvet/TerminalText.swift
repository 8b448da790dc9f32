/// Text from the data made safe for a terminal: control characters (C0 but tab, DEL, C1) are
/// shown escaped, `\u{1B}`, so that a title holding escape sequences cannot clear the screen,
/// set the window title or print a fake summary.
enum TerminalText {
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a source line is text that can be shown: a line with a NUL, or bytes that are
    /// not UTF-8, belongs to a file that is not text, whose lines are not shown at all.
    static func isShowable(_ line: String) -> Bool {
        !line.unicodeScalars.contains { $0.value == 0 || $0 == "\u{FFFD}" }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}

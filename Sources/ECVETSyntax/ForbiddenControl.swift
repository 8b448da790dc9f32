import ECVETBytes

/// The words of writers that meet a control character no catalogue format carries (XML 1.0
/// cannot, so every reader refuses it): below U+0020, but tab, line feed and carriage return.
enum ForbiddenControl {
    /// What readers say after naming the character (`\u0001 is a …`).
    static let readerWords = "control character that catalogue text cannot hold (XML 1.0 cannot carry it); only tab, line feed and carriage return can"

    static func message(_ text: String, _ byte: UInt8) -> String {
        let shown = text.unicodeScalars.prefix(40).map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16, uppercase: true))}" : String($0) }.joined()
        return "the text \"\(shown)\" holds U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4)), a control character XML 1.0 cannot carry"
    }

    /// The first such byte of `text`, if it holds one.
    static func first(in text: String) -> UInt8? {
        var text = text
        return text.withUTF8 { bytes in UTF8Text.firstForbiddenControl(bytes).map { bytes[$0] } }
    }
}

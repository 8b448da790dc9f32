/// Text with HTML taken out: tags (also escaped ones such as `&lt;h1&gt;`) removed, the common
/// entities decoded, runs of white space made one space, ends trimmed. National exports often
/// carry rich text (`<p>…</p>`) where plain statements are meant.
public enum PlainText {
    public static func from(html text: String) -> String {
        if isPlain(text) { return text }
        guard text.utf8.contains(UInt8(ascii: "<")) || text.utf8.contains(UInt8(ascii: "&")) else { return collapse(text) }
        // Entities first, so that escaped tags (`&lt;p&gt;`) are tags; then again, for what was
        // escaped twice.
        return collapse(decodeEntities(stripTags(decodeEntities(text))))
    }

    /// The text with every `<…>` replaced by a space.
    private static func stripTags(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        var inTag = false
        for scalar in text.unicodeScalars {
            if scalar == "<" {
                inTag = true
                kept.append(" ")
            } else if inTag {
                if scalar == ">" { inTag = false }
            } else {
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    /// Most statements are plain already: no markup, no entity, no space to collapse or trim.
    /// One pass over the bytes tells, without Unicode property look-ups.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previousWasSpace = true
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                    return false
                case 0x20:
                    if previousWasSpace { return false }
                    previousWasSpace = true
                case 0xC2 where index + 1 < count && bytes[index + 1] == 0xA0:
                    return false  // U+00A0
                case 0xE2 where index + 2 < count && isWideSpace(0xE2, bytes[index + 1], bytes[index + 2]):
                    return false
                case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80:
                    return false  // U+3000
                default:
                    previousWasSpace = false
                }
                index += 1
            }
            return !previousWasSpace
        }
    }

    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F in UTF-8.
    private static func isWideSpace(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF))
            || (second == 0x81 && third == 0x9F)
    }

    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
                                    ("&apos;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }

    /// Runs of white space made one space, ends trimmed; one pass over the scalars.
    private static func collapse(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace && !kept.isEmpty { kept.append(" ") }
            pendingSpace = false
            kept.append(scalar)
        }
        return String(kept)
    }
}

import Foundation

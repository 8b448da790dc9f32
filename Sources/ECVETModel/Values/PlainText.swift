/// Text with HTML taken out: tags (also escaped ones such as `&lt;h1&gt;`) removed, the common
/// entities decoded, runs of white space made one space, ends trimmed. National exports often
/// carry rich text (`<p>…</p>`) where plain statements are meant.
public enum PlainText {
    public static func from(html text: String) -> String {
        if isPlain(text) { return text }
        guard text.utf8.contains(UInt8(ascii: "<")) || text.utf8.contains(UInt8(ascii: "&")) else { return collapse(text) }
        let decoded = decodeEntities(text)
        var result = ""
        result.reserveCapacity(decoded.utf8.count)
        var inTag = false
        for character in decoded {
            if character == "<" {
                inTag = true
                result.append(" ")
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                result.append(character)
            }
        }
        return collapse(decodeEntities(result))
    }

    /// Most statements are plain already: no markup, no entity, no space to collapse or trim.
    /// One pass over the bytes tells, without Unicode property look-ups.
    static func isPlain(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xC2, 0xE2, 0xE3:
                // Markup, entities, control white space, and the lead bytes of non-ASCII spaces
                // (U+00A0, U+2000…, U+3000) take the careful path.
                return false
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            default:
                previousWasSpace = false
            }
        }
        return !previousWasSpace
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

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

import Foundation

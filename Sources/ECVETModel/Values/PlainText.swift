/// Text with HTML taken out: tags (also escaped ones such as `&lt;h1&gt;`) removed, the common
/// entities decoded, runs of white space made one space, ends trimmed. National exports often
/// carry rich text (`<p>…</p>`) where plain statements are meant.
public enum PlainText {
    public static func from(html text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return collapse(text) }
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

/// A piece of HTML: an element with attributes and children, or text. Text and attribute values
/// are escaped when the page is written, so nothing a document holds can become markup.
public indirect enum HTML: Sendable, Equatable {
    case element(String, attributes: [(String, String)], children: [HTML])
    case text(String)
    /// Markup written as it is: only for the page's own fixed parts (the style sheet).
    case raw(String)

    /// An element `name` with `attributes` and `children`.
    public static func tag(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTML] = []) -> HTML {
        .element(name, attributes: attributes, children: children)
    }

    /// An element holding only text; no element when `text` is `nil`.
    public static func tag(_ name: String, _ attributes: [(String, String)] = [], text: String?) -> HTML? {
        text.map { .element(name, attributes: attributes, children: [.text($0)]) }
    }

    public static func == (lhs: HTML, rhs: HTML) -> Bool {
        switch (lhs, rhs) {
        case let (.element(a, attributesA, childrenA), .element(b, attributesB, childrenB)):
            a == b && attributesA.elementsEqual(attributesB, by: { $0 == $1 }) && childrenA == childrenB
        case let (.text(a), .text(b)), let (.raw(a), .raw(b)): a == b
        default: false
        }
    }

    /// The markup, escaped.
    public var rendered: String {
        var out = ""
        render(into: &out)
        return out
    }

    /// Elements HTML writes without an end tag.
    private static let empty: Set<String> = ["meta", "br", "hr", "img", "link", "input"]
    /// Elements followed by a line break, so that the page's source reads line by line.
    private static let blocks: Set<String> = ["p", "div", "section", "tr", "li", "h1", "h2", "h3", "h4", "table", "ul", "head", "body",
                                                   "header", "main", "nav", "figure", "details", "svg", "g", "pre"]

    private func render(into out: inout String) {
        switch self {
        case .text(let text):
            Self.escape(text, into: &out, quotes: false)
        case .raw(let markup):
            out += markup
        case .element(let name, let attributes, let children):
            out += "<" + name
            for (key, value) in attributes {
                out += " " + key + "=\""
                Self.escape(value, into: &out, quotes: true)
                out += "\""
            }
            out += ">"
            if Self.empty.contains(name) { return }
            for child in children { child.render(into: &out) }
            out += "</" + name + ">"
            if Self.blocks.contains(name) { out += "\n" }
        }
    }

    private static func escape(_ text: String, into out: inout String, quotes: Bool) {
        // Most text has nothing to escape: it goes in whole.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                                        || (quotes && $0 == UInt8(ascii: "\"")) }) {
            out += text
            return
        }
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.unicodeScalars.append(character)
            }
        }
    }
}

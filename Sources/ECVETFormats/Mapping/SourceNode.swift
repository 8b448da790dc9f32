import ECVETModel
import ECVETBytes
import ECVETSyntax

/// A node of one record of a foreign export, held while a mapping binds the record. Compact on
/// purpose: no boxes for scalars, and a place of two numbers instead of a `SourceLocation`, so
/// that building and walking records costs little more than reading them.
enum SourceNode {
    case scalar(String, ScalarKind, SourcePlace)
    case object([(key: String, value: SourceNode)], SourcePlace)
    case list([SourceNode], SourcePlace)

    /// The key under which an XML element's text is kept when it also has attributes or children.
    static let textKey = "#text"

    var place: SourcePlace {
        switch self {
        case .scalar(_, _, let place), .object(_, let place), .list(_, let place): place
        }
    }

    /// The first value of `key` in an object.
    subscript(key: String) -> SourceNode? {
        guard case .object(let pairs, _) = self else { return nil }
        for pair in pairs where pair.key == key { return pair.value }
        return nil
    }

    /// The text of a scalar (`nil` for null), or of an XML element's text content.
    var text: String? {
        switch self {
        case .scalar(let text, let kind, _): kind == .null ? nil : text
        case .object: self[Self.textKey]?.text
        case .list: nil
        }
    }

    var isContainer: Bool {
        if case .scalar = self { return false }
        return true
    }
}

/// Where a node stands in its file: a line and a column (0 when unknown, as in XML).
struct SourcePlace: Sendable {
    var line: Int32
    var column: Int32

    static let unknown = SourcePlace(line: 0, column: 0)

    init(line: Int, column: Int = 0) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }

    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line > 0 ? Int(line) : nil, column: column > 0 ? Int(column) : nil)
    }
}

import ECVETBytes

/// One event of a tree-shaped document (JSON, YAML): the canonical and mapping binders consume
/// these, whatever the syntax was.
package enum TreeEvent: Sendable, Equatable {
    case objectStart
    case objectEnd
    case arrayStart
    case arrayEnd
    case key(String)
    case scalar(String, ScalarKind)
    /// The end of the document.
    case end
}

/// What kind of scalar the syntax wrote. The text is always kept as written.
package enum ScalarKind: Sendable, Equatable {
    /// A quoted string.
    case string
    /// An unquoted YAML scalar: its type depends on where it stands.
    case plain
    case number
    case boolean
    case null
}

/// A streaming source of tree events with the place of the last one.
package protocol TreeEventSource {
    /// The name diagnostics use for the input.
    var fileName: String { get }
    /// The next event; `.end` at the end of the document.
    mutating func next() throws(SyntaxError) -> TreeEvent
    /// The 1-based line of the last event.
    var eventLine: Int { get }
    /// The 1-based column, in Unicode code points, of the last event.
    mutating func eventColumn() -> Int
    /// Skips the next value whole, checking it as `next()` would; sources that can do so
    /// without making its strings do.
    mutating func skipValue() throws(SyntaxError)
}

extension TreeEventSource {
    package mutating func skipValue() throws(SyntaxError) {
        var depth = 0
        repeat {
            switch try next() {
            case .objectStart, .arrayStart: depth += 1
            case .objectEnd, .arrayEnd: depth -= 1
            case .end: return
            default: break
            }
        } while depth > 0
    }
}

import ECVETBytes

/// One event of a tree-shaped document (JSON, YAML): the canonical and mapping binders consume
/// these, whatever the syntax was.
@usableFromInline
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

extension TreeEvent {
    // Written out to be inlinable: binders in the formats module compare every event they read
    // (`event == .arrayEnd`), and the synthesized `==` is a call across the module boundary.
    @inlinable
    package static func == (lhs: TreeEvent, rhs: TreeEvent) -> Bool {
        switch (lhs, rhs) {
        case (.objectStart, .objectStart), (.objectEnd, .objectEnd), (.arrayStart, .arrayStart),
             (.arrayEnd, .arrayEnd), (.end, .end):
            return true
        case (.key(let left), .key(let right)):
            return left == right
        case (.scalar(let left, let leftKind), .scalar(let right, let rightKind)):
            return left == right && leftKind == rightKind
        default:
            return false
        }
    }
}

/// What kind of scalar the syntax wrote. The text is always kept as written.
@usableFromInline
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
///
/// It and the JSON reader are `@usableFromInline` so that their conformance can be seen from
/// the binders in the formats module: a binder specialised for the JSON reader then calls its
/// methods directly, where it otherwise went through the witness table and a thunk per event.
@usableFromInline
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

/// Where an entity or value was read: the file, the 1-based line and column (in Unicode code
/// points) where the source can say, and the entity's path as a JSON Pointer into the canonical
/// JSON form (`/qualifications/2/structure/members/5`).
///
/// Locations never take part in equality or hashing: two catalogues read from different files are
/// equal when their content is equal.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var path: String

    public init(file: String, line: Int? = nil, column: Int? = nil, path: String = "") {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }

    /// A location for values made in code rather than read from a file.
    public static let none = SourceLocation(file: "")

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// The same place with a longer path, for a value inside the entity.
    public func appending(path component: String) -> SourceLocation {
        var copy = self
        copy.path += "/" + component
        return copy
    }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}

/// Where an entity or value was read: the file, the 1-based line and column (in Unicode code
/// points) where the source can say, and the entity's path as a JSON Pointer into the canonical
/// JSON form (`/qualifications/2/structure/members/5`).
///
/// Two locations are equal when file, line, column and path are. Entities keep their location
/// out of their own equality (`@ExcludedFromEquality`): two catalogues read from different files
/// are equal when their content is equal.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The name of the input, as given (usually a path); empty for values made in code.
    public var file: String
    /// The JSON Pointer into the canonical JSON form (`/units/3/credits`); empty for the
    /// document itself or where unknown.
    public var path: String
    // A catalogue holds millions of locations: line and column are kept in 32 bits each, 0 for
    // none, rather than as two optional Ints, which makes every location a third smaller.
    @usableFromInline var storedLine: UInt32
    @usableFromInline var storedColumn: UInt32

    // Inlinable, so that reading them copies no strings.
    /// The 1-based line; `nil` where the source cannot say.
    @inlinable
    public var line: Int? {
        get { storedLine == 0 ? nil : Int(storedLine) - 1 }
        set { storedLine = Self.stored(newValue) }
    }

    /// The 1-based column, in Unicode code points; `nil` where the source cannot say.
    @inlinable
    public var column: Int? {
        get { storedColumn == 0 ? nil : Int(storedColumn) - 1 }
        set { storedColumn = Self.stored(newValue) }
    }

    /// A place in `file`; line and column are 1-based, `nil` when unknown.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String = "") {
        self.file = file
        self.path = path
        storedLine = Self.stored(line)
        storedColumn = Self.stored(column)
    }

    /// 0 for none (and for a negative number, which no source has), else the number plus one.
    @usableFromInline
    static func stored(_ value: Int?) -> UInt32 {
        guard let value, value >= 0 else { return 0 }
        return UInt32(clamping: value + 1)
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
}

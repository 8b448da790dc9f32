/// A finding about the input: what is wrong, where, and how to fix it.
public struct Diagnostic: Sendable, Hashable {
    public var id: DiagnosticID
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// What to do about it.
    public var hint: String?
    /// The id of the entity the finding is about, when there is one.
    public var entityID: String?

    public init(_ id: DiagnosticID, severity: Severity? = nil, _ message: String,
                at location: SourceLocation?, hint: String? = nil, entityID: String? = nil) {
        self.id = id
        self.severity = severity ?? id.defaultSeverity
        self.message = message
        self.location = location
        self.hint = hint
        self.entityID = entityID
    }

    /// Diagnostics compare equal by content and place, so sorting and de-duplication see the
    /// location (which plain `SourceLocation` equality ignores).
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.id == rhs.id && lhs.severity == rhs.severity && lhs.message == rhs.message
            && lhs.hint == rhs.hint && lhs.entityID == rhs.entityID
            && lhs.location?.file == rhs.location?.file && lhs.location?.line == rhs.location?.line
            && lhs.location?.column == rhs.location?.column && lhs.location?.path == rhs.location?.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(message)
        hasher.combine(location?.file)
        hasher.combine(location?.line)
        hasher.combine(location?.column)
    }

    /// The one text form used everywhere:
    /// `path:line:column: error: [V05 unit-has-outcomes] message`.
    public var formatted: String {
        var text = ""
        if let location, !location.file.isEmpty { text = "\(location): " }
        return text + "\(severity.rawValue): \(id) \(message)"
    }

    /// Deterministic order: file, line, column, id, message.
    public static func sortedForOutput(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { left, right in
            let leftFile = left.location?.file ?? "", rightFile = right.location?.file ?? ""
            if leftFile != rightFile { return leftFile < rightFile }
            let leftLine = left.location?.line ?? 0, rightLine = right.location?.line ?? 0
            if leftLine != rightLine { return leftLine < rightLine }
            let leftColumn = left.location?.column ?? 0, rightColumn = right.location?.column ?? 0
            if leftColumn != rightColumn { return leftColumn < rightColumn }
            if left.id != right.id { return left.id < right.id }
            return left.message < right.message
        }
    }
}

extension Array where Element == Diagnostic {
    /// `true` when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

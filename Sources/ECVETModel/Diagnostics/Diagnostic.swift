/// A finding about the input: what is wrong, where, and how to fix it.
public struct Diagnostic: Sendable, Hashable {
    /// What kind of finding it is: its id, name and default severity.
    public var id: DiagnosticID
    /// How serious it is: the id's default severity unless the case, a profile or the
    /// configuration sets another.
    public var severity: Severity
    /// What is wrong, naming the entity (`Unit "U-12 Welding" has no learning outcomes`).
    public var message: String
    /// Where the finding stands; `nil` when it has no place in an input.
    public var location: SourceLocation?
    /// What to do about it.
    public var hint: String?
    /// The id of the entity the finding is about, when there is one.
    public var entityID: String?
    /// How many findings this one stands for: 1, or for the summary of findings that were only
    /// counted (`… and 499,000 more`), their number. Counts of errors and warnings add these up.
    public var findingCount = 1

    /// A finding of kind `id` at `location`; `severity` defaults to the id's default severity.
    public init(_ id: DiagnosticID, severity: Severity? = nil, _ message: String,
                at location: SourceLocation?, hint: String? = nil, entityID: String? = nil) {
        self.id = id
        self.severity = severity ?? id.defaultSeverity
        self.message = message
        self.location = location
        self.hint = hint
        self.entityID = entityID
    }


    /// The one text form used everywhere:
    /// `path:line:column: error: [V05 unit-has-outcomes] message`.
    public var formatted: String {
        var text = ""
        if let location, !location.file.isEmpty { text = "\(location): " }
        return text + "\(severity.rawValue): \(id) \(message)"
    }

    /// The diagnostics of `parts` in one array, in no particular order: the largest part's
    /// array is kept and grown, so that its diagnostics are not copied.
    package static func joined(_ parts: consuming [[Diagnostic]]) -> [Diagnostic] {
        guard let largest = parts.indices.max(by: { parts[$0].count < parts[$1].count }) else { return [] }
        var all = parts.remove(at: largest)
        for part in parts { all += part }
        return all
    }

    /// Deterministic order: file, line, column, id, message.
    public static func sortedForOutput(_ diagnostics: consuming [Diagnostic]) -> [Diagnostic] {
        let diagnostics = diagnostics
        // The places are taken out once, in a plain loop: comparing diagnostics directly, or
        // reading them in a closure, copies each one (its five strings) at every step.
        var files: Set<String> = []
        var fileOf: [String] = []
        fileOf.reserveCapacity(diagnostics.count)
        for index in diagnostics.indices {
            let file = diagnostics[index].location?.file ?? ""
            // Findings come in runs from one file: the same string is not hashed again.
            if fileOf.last != file { files.insert(file) }
            fileOf.append(file)
        }
        let fileRanks = Dictionary(uniqueKeysWithValues: files.sorted().enumerated().map { ($1, $0) })
        var places: [Place] = []
        places.reserveCapacity(diagnostics.count)
        var last: (file: String, rank: Int) = ("", fileRanks[""] ?? 0)
        for index in diagnostics.indices {
            if fileOf[index] != last.file { last = (fileOf[index], fileRanks[fileOf[index]] ?? 0) }
            places.append(Place(file: last.rank, line: diagnostics[index].location?.line ?? 0,
                                column: diagnostics[index].location?.column ?? 0))
        }
        let order = diagnostics.indices.sorted { left, right in
            if places[left] != places[right] { return places[left] < places[right] }
            if diagnostics[left].id != diagnostics[right].id { return diagnostics[left].id < diagnostics[right].id }
            return diagnostics[left].message < diagnostics[right].message
        }
        return order.map { diagnostics[$0] }
    }

    /// Where a diagnostic stands, in the order of output.
    private struct Place: Comparable {
        var file: Int
        var line: Int
        var column: Int

        static func < (left: Place, right: Place) -> Bool {
            (left.file, left.line, left.column) < (right.file, right.line, right.column)
        }
    }
}

extension Array where Element == Diagnostic {
    /// `true` when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

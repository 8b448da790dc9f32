/// Lines of the source files findings point at, by file and line number (1-based).
public struct SourceLines: Sendable, Hashable {
    private var lines: [String: [Int: String]]

    /// Lines by file, then by line number.
    public init(_ lines: [String: [Int: String]] = [:]) {
        self.lines = lines
    }

    /// The text of line `number` of `file`, when it was read.
    public func line(_ number: Int, of file: String) -> String? {
        lines[file]?[number]
    }
}

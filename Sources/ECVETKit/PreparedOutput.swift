import ECVETBytes

/// An output written and synced beside its place, not yet in it: `ECVET.commit` puts a batch of
/// them in place together, `discard` gives one up. For tools that must make a batch of outputs
/// appear whole or not at all.
package struct PreparedOutput: Sendable {
    let files: [AtomicFile]
    /// For a folder format, the new folder the files are in, put in place after them.
    let folder: AtomicFolder?

    /// Removes the written files; the destinations stay as they were.
    package func discard() {
        files.forEach { $0.discard() }
        folder?.discard()
    }

    /// The findings of the schema at `xsd` about the written files, placed in `input` (the
    /// file they were made from, since an output refused is never written), with the output's
    /// line in the message.
    package func schemaProblems(against xsd: String, namedAfter input: String) -> [Diagnostic] {
        ECVET.schemaProblems(of: files, against: xsd).map { Self.moved($0, to: input) }
    }

    /// A schema finding about an output that is not written, placed in the input it was made
    /// from, with the output's line in the message.
    package static func moved(_ problem: Diagnostic, to input: String) -> Diagnostic {
        var moved = problem
        let line = problem.location?.line.map { " at line \($0)" } ?? ""
        moved.message = "its output would break the schema\(line): " + problem.message
        moved.location = SourceLocation(file: input)
        return moved
    }
}

import ECVETBytes

/// An output written and synced beside its place, not yet in it: `ECVET.commit` puts a batch of
/// them in place together, `discard` gives one up. For tools that must make a batch of outputs
/// appear whole or not at all.
package struct PreparedOutput: Sendable {
    let files: [AtomicFile]

    /// Removes the written files; the destinations stay as they were.
    package func discard() {
        files.forEach { $0.discard() }
    }
}

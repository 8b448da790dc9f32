import ECVETBytes
import ECVETSyntax
import Foundation

/// What a command-line tool built on the front door needs besides it: running blocking work
/// off Swift's cooperative pool, keeping large values until exit, the source lines findings
/// point at. Package access: the `ecvet` tool's, not a public promise.
extension ECVET {
    /// Runs blocking work (reading, writing a file) on a thread of its own and resumes with its
    /// result, so that the few threads of the cooperative pool stay free.
    package static func runBlocking<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await DedicatedThreads.run(work)
    }

    /// Runs `work` for the indexes `0..<count`, as many at a time as there are cores (and
    /// `extra` more), and returns the results in index order.
    package static func inParallel<Result: Sendable>(_ count: Int, extra: Int = 0,
                                                     _ work: @escaping @Sendable (Int) async -> Result) async -> [Result] {
        await DedicatedThreads.window(count, extra: extra, work)
    }

    /// From now on, SIGINT, SIGTERM and SIGHUP remove every temporary file of the run before the
    /// process ends with status 128 + the signal's number.
    package static func removeTemporaryFilesOnSignals() {
        TemporaryFiles.removeOnSignals()
    }

    /// Keeps `value` until the process ends: for a command about to exit, freeing hundreds of
    /// MB of small objects costs more than the rest of its run.
    package static func keepUntilExit<Value: Sendable>(_ value: consuming Value) {
        LateRelease.atExit(value)
    }

    /// Lets `value` go and hands its memory back to the system before returning: for a large
    /// catalogue read only to make a smaller index of it, before more is read.
    package static func release<Value: Sendable>(_ value: consuming Value) async {
        await LateRelease.returningMemory(value)
    }

    /// The bytes of the lines `numbers` of `file` (1-based), each cut at `limit` bytes; lines
    /// that cannot be read are left out. For showing the source a finding points at.
    package static func sourceLines(_ numbers: Set<Int>, of file: String, limit: Int) -> [Int: [UInt8]] {
        FileLines.read(numbers, of: file, limit: limit)
    }
}

/// A JSON document written as it goes, with the writer canonical JSON uses (no intermediate
/// tree): for reports of tens of thousands of findings.
package struct JSONDocument {
    private let output = ByteOutput()
    private var writer: JSONTreeWriter

    /// An empty document, indented by two spaces.
    package init() {
        writer = JSONTreeWriter(output: output)
    }

    package mutating func beginObject() { writer.beginObject() }
    package mutating func endObject() { writer.endObject() }
    package mutating func beginArray() { writer.beginArray() }
    package mutating func endArray() { writer.endArray() }
    package mutating func key(_ key: String) { writer.key(key) }
    package mutating func string(_ value: String) { writer.string(value) }
    /// A number, written as given (`"12"`).
    package mutating func number(_ text: String) { writer.number(text) }
    package mutating func bool(_ value: Bool) { writer.bool(value) }

    /// The document's bytes, once its outermost value is closed.
    package mutating func finish() throws(OutputError) -> [UInt8] {
        try writer.finish()
        return output.bytes
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that appears whole or not at all: bytes go to a temporary file beside the destination,
/// which `commit()` renames over it. Until then an existing file at the path is left untouched.
///
/// It may be handed from one thread to another, but is used by one at a time.
package final class AtomicFile: @unchecked Sendable {
    package let path: String
    /// Where the bytes are until `commit()`: a file beside the destination.
    package let temporaryPath: String
    private var descriptor: Int32
    private var finished = false
    /// The output to write into.
    package let output: ByteOutput

    package init(path: String) throws(OutputError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard made >= 0 else {
            throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        descriptor = made
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var existing = stat()
        let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o777 : 0o644
        fchmod(descriptor, mode)
        output = ByteOutput(descriptor: descriptor, name: path)
    }

    deinit {
        if !finished { discard() }
    }

    /// Writes out the buffered bytes (the file stays beside its destination).
    package func flush() throws(OutputError) {
        try output.flush()
    }

    /// Writes out the buffered bytes and puts the file in place.
    package func commit() throws(OutputError) {
        try finishWriting()
        try putInPlace()
    }

    /// Writes out everything and closes the file, which stays beside its destination; on a
    /// failure the temporary file is removed.
    package func finishWriting() throws(OutputError) {
        guard descriptor >= 0 else { return }
        do {
            try output.flush()
        } catch {
            discard()
            throw error
        }
        let syncFailed = fsync(descriptor) != 0
        let closeFailed = close(descriptor) != 0
        descriptor = -1
        if syncFailed || closeFailed {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(message: "cannot write \(path): \(reason)")
        }
    }

    /// Renames the finished file over its destination.
    package func putInPlace() throws(OutputError) {
        defer { finished = true }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputError(message: "cannot write \(path): \(reason)")
        }
    }

    /// Removes the temporary file; the destination is left as it was.
    package func discard() {
        finished = true
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporaryPath)
    }
}

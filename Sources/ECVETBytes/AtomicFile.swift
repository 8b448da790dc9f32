#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that appears whole or not at all: bytes go to a temporary file beside the destination
/// (`NAME.ecvet-partial-XXXXXX`, visible, so that what a killed run leaves is plain to see),
/// which `commit()` renames over it. Until then an existing file at the path is left untouched.
///
/// Only regular files are replaced so. A device, a FIFO, a socket or a standard stream
/// (`/dev/null`, `/dev/stdout`, `/dev/fd/3`) is written into directly, as `-` is: it stays what
/// it is, and a discarded write leaves it alone. A symbolic link to a file is followed: the file
/// it points to is replaced and the link kept; a link that points nowhere is replaced by the file.
///
/// It may be handed from one thread to another, but is used by one at a time.
package final class AtomicFile: @unchecked Sendable {
    package let path: String
    /// Where the bytes are until `commit()`: a file beside the destination, or, written into
    /// directly, the destination itself.
    package let temporaryPath: String
    /// Whether the destination is written into directly (a device, a FIFO, a stream).
    package let isDirect: Bool
    /// The file the temporary file is renamed over: the path, or the file its link points to.
    private let destination: String
    private var descriptor: Int32
    private var finished = false
    /// The output to write into.
    package let output: ByteOutput

    package init(path: String) throws(OutputError) {
        self.path = path
        if Self.writesDirectly(to: path) {
            let opened = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
            guard opened >= 0 else {
                throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            descriptor = opened
            temporaryPath = path
            destination = path
            isDirect = true
            output = ByteOutput(descriptor: opened, name: path)
            return
        }
        isDirect = false
        let target = Self.linkTarget(of: path) ?? path
        destination = target
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var template = Array("\(folder.isEmpty ? "/" : folder)/\(name).ecvet-partial-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard made >= 0 else {
            throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        descriptor = made
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        TemporaryFiles.add(temporaryPath)
        // The mode of the file replaced, never of anything else.
        var existing = stat()
        let regular = stat(target, &existing) == 0 && existing.st_mode & S_IFMT == S_IFREG
        fchmod(descriptor, regular ? existing.st_mode & 0o777 : 0o644)
        output = ByteOutput(descriptor: descriptor, name: path)
    }

    /// Whether `path` is written into rather than replaced: a standard stream's name, or
    /// something that exists and is neither a regular file nor a folder.
    package static func writesDirectly(to path: String) -> Bool {
        let streams = ["/dev/stdout", "/dev/stderr", "/dev/stdin", "/dev/tty"]
        if streams.contains(path) || path.hasPrefix("/dev/fd/") || path.hasPrefix("/proc/self/fd/") { return true }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// The file a symbolic link at `path` points to, when it points to one.
    private static func linkTarget(of path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
              let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
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
        // A device or a FIFO has nothing to sync (fsync fails on /dev/null).
        let syncFailed = !isDirect && fsync(descriptor) != 0
        let closeFailed = close(descriptor) != 0
        descriptor = -1
        if syncFailed || closeFailed {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(message: "cannot write \(path): \(reason)")
        }
    }

    /// Renames the finished file over its destination; written into directly, it is there.
    package func putInPlace() throws(OutputError) {
        defer { finished = true }
        guard !isDirect else { return }
        defer { TemporaryFiles.remove(temporaryPath) }
        if rename(temporaryPath, destination) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputError(message: "cannot write \(path): \(reason)")
        }
    }

    /// Removes the temporary file; the destination is left as it was. A destination written
    /// into directly is only closed: a device is never removed.
    package func discard() {
        finished = true
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if !isDirect {
            unlink(temporaryPath)
            TemporaryFiles.remove(temporaryPath)
        }
    }
}

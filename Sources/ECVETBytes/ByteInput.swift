#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a streaming reader gets its bytes: an open file descriptor or bytes in memory.
package final class ByteInput {
    private enum Source {
        case descriptor(Int32, closes: Bool)
        case memory([UInt8], offset: Int)
    }

    private var source: Source
    /// Bytes read ahead by `peek`, handed out before any more are read.
    private var pending: [UInt8] = []
    /// The name diagnostics use.
    package let name: String
    /// Counts the bytes read from a file, for a progress display.
    package var progress: ReadProgress?

    /// Opens a file for reading; `-` is standard input.
    package init(path: String) throws(SyntaxError) {
        self.name = path
        if path == "-" {
            source = .descriptor(0, closes: false)
            return
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw SyntaxError(SyntaxProblem(.unreadableInput, "cannot open \(path): \(reason)",
                                         at: TextPlace(file: path)))
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw SyntaxError(SyntaxProblem(.unreadableInput, "\(path) is a folder, not a file",
                                         at: TextPlace(file: path)))
        }
        source = .descriptor(descriptor, closes: true)
    }

    /// Opens `range` of a file's bytes, read as if they were the whole file: for reading one file
    /// in parts at once.
    package convenience init(path: String, range: Range<Int>) throws(SyntaxError) {
        try self.init(path: path)
        guard case .descriptor(let descriptor, _) = source, lseek(descriptor, off_t(range.lowerBound), SEEK_SET) >= 0 else {
            throw SyntaxError(SyntaxProblem(.unreadableInput, "cannot read \(path) from byte \(range.lowerBound)",
                                         at: TextPlace(file: path)))
        }
        remaining = range.count
    }

    /// How many bytes are left to read when only part of a file is read.
    private var remaining = Int.max

    /// Reads from bytes held in memory (tests, standard input already read).
    package init(bytes: [UInt8], name: String) {
        self.name = name
        source = .memory(bytes, offset: 0)
    }

    deinit {
        if case .descriptor(let descriptor, true) = source { close(descriptor) }
    }

    /// The first bytes of the input (up to `count`), without consuming them: format detection
    /// looks at them before a reader starts.
    package func peek(_ count: Int) throws(SyntaxError) -> [UInt8] {
        while pending.count < count {
            var chunk = [UInt8](repeating: 0, count: count - pending.count)
            let got = try chunk.withUnsafeMutableBufferPointer { buffer throws(SyntaxError) in
                try readSource(into: buffer.baseAddress!, count: buffer.count)
            }
            if got == 0 { break }
            pending += chunk[..<got]
        }
        return Array(pending.prefix(count))
    }

    /// Fills up to `count` bytes at `destination`; returns how many, 0 at the end of the input.
    package func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(SyntaxError) -> Int {
        guard !pending.isEmpty else { return try readSource(into: destination, count: count) }
        let taken = min(count, pending.count)
        pending.withUnsafeBufferPointer { destination.update(from: $0.baseAddress!, count: taken) }
        pending.removeFirst(taken)
        guard taken < count else { return taken }
        // Go on past the read-ahead bytes so that callers get a full chunk.
        return taken + (try readSource(into: destination + taken, count: count - taken))
    }

    /// The failure of the last `readRecordingFailure`, for readers fed through C callbacks.
    // Set and read by the one thread that reads the input (the XML reader asks after every
    // event): no run-time exclusivity check is needed.
    @exclusivity(unchecked) package private(set) var readFailure: SyntaxError?

    /// Like `read(into:count:)`, for C callbacks that cannot throw: returns -1 on failure and
    /// keeps the failure in `readFailure`.
    package func readRecordingFailure(into destination: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        do {
            return try read(into: destination, count: count)
        } catch {
            readFailure = error
            return -1
        }
    }

    private func readSource(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(SyntaxError) -> Int {
        switch source {
        case .descriptor(let descriptor, _):
            let count = min(count, remaining)
            guard count > 0 else { return 0 }
            while true {
                #if canImport(Glibc)
                let got = Glibc.read(descriptor, destination, count)
                #else
                let got = Darwin.read(descriptor, destination, count)
                #endif
                if got >= 0 {
                    remaining -= got
                    progress?.add(got)
                    return got
                }
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw SyntaxError(SyntaxProblem(.unreadableInput, "cannot read \(name): \(reason)",
                                             at: TextPlace(file: name)))
            }
        case .memory(let bytes, let offset):
            let taken = min(count, bytes.count - offset)
            bytes.withUnsafeBufferPointer { all in
                destination.update(from: all.baseAddress! + offset, count: taken)
            }
            source = .memory(bytes, offset: offset + taken)
            return taken
        }
    }
}

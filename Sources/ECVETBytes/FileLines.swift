#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wanted lines of a text file, read without reading the rest into memory.
package enum FileLines {
    /// The bytes of lines `numbers` (1-based) of `file`, each cut at `limit` bytes; lines the
    /// file does not have, or all when it cannot be read, are left out. The file is streamed:
    /// line ends are found with `memchr`, and only wanted lines are copied.
    package static func read(_ numbers: Set<Int>, of file: String, limit: Int) -> [Int: [UInt8]] {
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else { return [:] }
        defer { close(descriptor) }
        // One buffer for every chunk: a fresh one per read would cost page faults for each.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        var scan = LineScan(wanted: numbers.sorted(), limit: limit)
        while !scan.isDone {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            guard count > 0 else { break }
            scan.feed(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
        scan.finish()
        return scan.found
    }

    /// The line and column (1-based; the column counted in characters, a byte that is not
    /// UTF-8 counting as one) of byte `offset` of `file`; `nil` when the file cannot be read
    /// (standard input) or is shorter.
    package static func place(ofOffset offset: Int, in file: String) -> (line: Int, column: Int)? {
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var line = 1
        var lineStart: [UInt8] = []
        var position = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while position < offset {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, min($0.count, offset - position)) }
            guard count > 0 else { return nil }
            for byte in buffer[..<count] {
                if byte == 0x0A {
                    line += 1
                    lineStart.removeAll(keepingCapacity: true)
                } else {
                    lineStart.append(byte)
                }
            }
            position += count
        }
        // Continuation bytes do not start a character.
        let column = lineStart.reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (line, column)
    }

    /// Finds wanted lines in chunks of a file.
    private struct LineScan {
        let wanted: [Int]
        var next = 0
        var current = 1
        var pending: [UInt8] = []
        let limit: Int
        var found: [Int: [UInt8]] = [:]

        init(wanted: [Int], limit: Int) {
            self.wanted = wanted
            self.limit = limit
        }

        var isDone: Bool { next >= wanted.count }

        mutating func feed(_ chunk: UnsafeRawBufferPointer) {
            guard let base = chunk.baseAddress else { return }
            var offset = 0
            while offset < chunk.count && !isDone {
                let end: Int
                if let newline = memchr(base + offset, 0x0A, chunk.count - offset) {
                    end = base.distance(to: UnsafeRawPointer(newline))
                } else {
                    end = chunk.count
                }
                if current == wanted[next], pending.count < limit {
                    let take = min(end - offset, limit - pending.count)
                    pending.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: take))
                }
                if end == chunk.count { return }
                if current == wanted[next] {
                    found[current] = pending
                    pending.removeAll(keepingCapacity: true)
                    next += 1
                }
                current += 1
                offset = end + 1
            }
        }

        mutating func finish() {
            if !isDone, current == wanted[next], !pending.isEmpty { found[current] = pending }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered byte sink: a file descriptor, or memory. Writers append to it in the hot path; the
/// first write failure is kept and reported by `flush()`.
package final class ByteOutput {
    private enum Target {
        case descriptor(Int32)
        case memory
    }

    private let target: Target
    // Read by the inlinable writes: each byte written is a store into the buffer in the caller.
    @usableFromInline var buffer: UnsafeMutablePointer<UInt8>
    @usableFromInline let capacity: Int
    @usableFromInline var count = 0
    private var failure: String?
    private var collected: [UInt8] = []
    /// Bytes written so far, buffered ones included.
    @usableFromInline package internal(set) var bytesWritten = 0
    /// The name diagnostics use.
    package let name: String

    /// Writes to an open file descriptor, which the caller owns.
    package init(descriptor: Int32, name: String, capacity: Int = 1 << 18) {
        self.target = .descriptor(descriptor)
        self.name = name
        self.capacity = capacity
        self.buffer = .allocate(capacity: capacity)
    }

    /// Collects the bytes in memory (see `bytes`).
    package init(name: String = "<memory>") {
        self.target = .memory
        self.name = name
        self.capacity = 1 << 16
        self.buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// Everything written, for an in-memory output.
    package var bytes: [UInt8] {
        drain()
        return collected
    }

    @inlinable @inline(__always)
    package func write(byte: UInt8) {
        if count == capacity { drain() }
        buffer[count] = byte
        count += 1
        bytesWritten += 1
    }

    package func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        bytesWritten += bytes.count
        if bytes.count > capacity - count {
            drain()
            if bytes.count > capacity {
                emit(source, bytes.count)
                return
            }
        }
        (buffer + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    package func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    package func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    package func write(_ text: StaticString) {
        write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes out what is buffered; throws the first failure seen.
    package func flush() throws(OutputError) {
        drain()
        if let failure { throw OutputError(message: failure) }
    }

    @usableFromInline func drain() {
        guard count > 0 else { return }
        emit(buffer, count)
        count = 0
    }

    private func emit(_ start: UnsafePointer<UInt8>, _ length: Int) {
        switch target {
        case .memory:
            collected.append(contentsOf: UnsafeBufferPointer(start: start, count: length))
        case .descriptor(let descriptor):
            guard failure == nil else { return }
            var offset = 0
            while offset < length {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, start + offset, length - offset)
                #else
                let written = Darwin.write(descriptor, start + offset, length - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot write \(name): \(String(cString: strerror(errno)))"
                    return
                }
                offset += written
            }
        }
    }
}

/// Output that could not be written: a file, folder or stream (`IO02`).
public struct OutputError: Error, Sendable, Equatable {
    /// What went wrong and where, for people: `cannot write out.xml: No space left on device`.
    public var message: String

    /// An error with this message.
    public init(message: String) {
        self.message = message
    }
}

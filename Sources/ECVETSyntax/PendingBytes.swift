import ECVETBytes

/// Bytes gathered in a value before they go to a `ByteOutput` in large pieces.
///
/// A writer that keeps one as a stored property, and is itself changed in place by its caller,
/// appends with exclusive access checked when compiled: the count lives in the value and the
/// buffer's address never changes, where writing each token to the shared output object would
/// check its fields at run time, token by token.
struct PendingBytes {
    /// The buffer, freed with its owner.
    final class Storage {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        deinit {
            base.deallocate()
        }
    }

    let storage: Storage
    var count = 0
    /// The output the bytes go to when the buffer is full or on `flush`.
    let output: ByteOutput

    init(output: ByteOutput, capacity: Int = 1 << 16) {
        self.output = output
        storage = Storage(capacity: capacity)
    }

    // The appends are a few instructions each and run per token: left to itself the optimizer
    // made calls of them, which cost more than the appends.
    @inline(__always)
    mutating func append(byte: UInt8) {
        if count == storage.capacity { flush() }
        storage.base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        guard buffer.count <= storage.capacity - count else { return appendLarge(buffer) }
        let target = storage.base + count
        // Most pieces are a few bytes (a separator, an indentation, a short key): a loop is
        // cheaper than a call of memmove for them.
        if buffer.count <= 16 {
            for index in 0..<buffer.count { target[index] = source[index] }
        } else {
            target.update(from: source, count: buffer.count)
        }
        count += buffer.count
    }

    /// A piece that does not fit in what is left of the buffer.
    @inline(never)
    private mutating func appendLarge(_ buffer: UnsafeBufferPointer<UInt8>) {
        flush()
        if buffer.count > storage.capacity {
            output.write(buffer)
            return
        }
        (storage.base + count).update(from: buffer.baseAddress!, count: buffer.count)
        count += buffer.count
    }

    @inline(__always)
    mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var copy = text
            copy.withUTF8 { append($0) }
        }
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes the waiting bytes to the output, keeping the buffer for more.
    @inline(never)
    mutating func flush() {
        guard count > 0 else { return }
        output.write(UnsafeBufferPointer(start: storage.base, count: count))
        count = 0
    }
}

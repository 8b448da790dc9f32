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

    mutating func append(byte: UInt8) {
        if count == storage.capacity { flush() }
        storage.base[count] = byte
        count += 1
    }

    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        if buffer.count > storage.capacity - count {
            flush()
            if buffer.count > storage.capacity {
                output.write(buffer)
                return
            }
        }
        (storage.base + count).update(from: source, count: buffer.count)
        count += buffer.count
    }

    mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var copy = text
            copy.withUTF8 { append($0) }
        }
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes the waiting bytes to the output, keeping the buffer for more.
    mutating func flush() {
        guard count > 0 else { return }
        output.write(UnsafeBufferPointer(start: storage.base, count: count))
        count = 0
    }
}

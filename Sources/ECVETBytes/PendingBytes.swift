/// Bytes gathered in a value before they go to a `ByteOutput` in large pieces.
///
/// A writer that keeps one as a stored property, and is itself changed in place by its caller,
/// appends with exclusive access checked when compiled: writing each token to the shared output
/// object would check it at run time, token by token.
package struct PendingBytes {
    @usableFromInline var bytes: [UInt8] = []

    /// How many bytes make it worth handing them over.
    @usableFromInline static let chunk = 1 << 16

    package init() {
        bytes.reserveCapacity(Self.chunk + 1024)
    }

    /// Whether enough bytes are waiting to hand them over.
    @inlinable package var isFull: Bool { bytes.count >= Self.chunk }

    @inlinable package mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    @inlinable package mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    @inlinable package mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inlinable package mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    /// Writes the waiting bytes to `output` and keeps the storage for more.
    package mutating func flush(into output: ByteOutput) {
        guard !bytes.isEmpty else { return }
        output.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

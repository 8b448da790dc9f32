import ECVETBytes

/// Counts columns in Unicode code points for a chunked reader, incrementally: from a known point
/// on the current line up to each position asked for, so a whole file costs one pass however
/// long its lines. The reader calls `advance` before it drops bytes from its buffer.
package struct ColumnCounter {
    /// Absolute offset of the known point, and the column there.
    private(set) var offset = 0
    private(set) var column = 1

    /// A new line starts at absolute `offset`.
    package mutating func startLine(at offset: Int) {
        self.offset = offset
        column = 1
    }

    /// Moves the known point to `target`, counting the code points (bytes that are not UTF-8
    /// continuation bytes) in between. `buffer` holds the input from absolute offset `base`.
    package mutating func advance(to target: Int, in buffer: UnsafeMutablePointer<UInt8>, base: Int) {
        guard target > offset else { return }
        var count = 0
        var index = offset - base
        let stop = target - base
        // Eight bytes at a time: a continuation byte (10xxxxxx) has its top bit set and the next
        // one clear, which one shift and mask find in every byte of a word at once.
        while index + 8 <= stop {
            let word = UnsafeRawPointer(buffer + index).loadUnaligned(as: UInt64.self)
            let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
            count &+= 8 &- continuations.nonzeroBitCount
            index += 8
        }
        while index < stop {
            count &+= buffer[index] & 0xC0 != 0x80 ? 1 : 0
            index += 1
        }
        column += count
        offset = target
    }
}

extension UInt64 {
    /// The high bit of each of the eight bytes that is equal to `byte`, exactly (no false
    /// positives from borrows): the test that lets a loop look at eight bytes at once.
    @inlinable @inline(__always)
    package func highBits(ofBytesEqualTo byte: UInt8) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let word = self ^ 0x0101_0101_0101_0101 &* UInt64(byte)
        return ~(((word & lows) &+ lows) | word | lows)
    }

    /// The high bit of each of the eight bytes that is a control character XML 1.0 cannot carry
    /// (below 0x20, but tab and line feed; carriage return is counted, as writers escape it).
    @inlinable @inline(__always)
    package var highBitsOfControlBytes: UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let below = ~(((self & lows) &+ 0x6060_6060_6060_6060) | self) & 0x8080_8080_8080_8080
        return below & ~highBits(ofBytesEqualTo: 0x09) & ~highBits(ofBytesEqualTo: 0x0A)
    }
}

extension UInt64 {
    /// The high bit of each of the eight bytes below `limit` (at most 0x80), exactly.
    @inlinable @inline(__always)
    package func highBits(ofBytesBelow limit: UInt8) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // Adding 0x80 - limit to the low seven bits carries into the high bit exactly when the
        // byte's low bits are at least `limit`; a byte with its own high bit set is not below.
        let reaches = (self & lows) &+ 0x0101_0101_0101_0101 &* UInt64(0x80 - limit)
        return ~(reaches | self) & 0x8080_8080_8080_8080
    }
}

extension String {
    /// The string with zeros before it up to `width` characters (`"1"` → `"0001"`).
    package func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

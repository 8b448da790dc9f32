extension UInt64 {
    /// The high bit of each of the eight bytes that is equal to `byte`, exactly (no false
    /// positives from borrows): the test that lets a loop look at eight bytes at once.
    @inlinable @inline(__always)
    package func highBits(ofBytesEqualTo byte: UInt8) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let word = self ^ 0x0101_0101_0101_0101 &* UInt64(byte)
        return ~(((word & lows) &+ lows) | word | lows)
    }
}

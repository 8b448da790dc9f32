@testable import ECVETBytes
import Testing

@Suite("Byte lanes")
struct ByteLanesTests {
    @Test("control bytes are found exactly, in every lane, whatever the other lanes hold", arguments: [0x00, 0x41, 0x80, 0xFF])
    func controlBytes(filler: Int) {
        for lane in 0..<8 {
            for byte in 0...255 {
                var word = UInt64(0)
                for position in 0..<8 {
                    word |= UInt64(position == lane ? UInt8(byte) : UInt8(filler)) << (8 * position)
                }
                let isControl = { (value: Int) in value < 0x20 && value != 0x09 && value != 0x0A }
                var expected = UInt64(0)
                for position in 0..<8 where isControl(position == lane ? byte : filler) {
                    expected |= UInt64(0x80) << (8 * position)
                }
                #expect(word.highBitsOfControlBytes == expected, "byte \(byte) in lane \(lane), others \(filler)")
            }
        }
    }

    @Test("bytes below a limit are found exactly, in every lane", arguments: [0x01, 0x21, 0x41, 0x80])
    func bytesBelow(limit: Int) {
        for filler in [0x00, 0x20, 0x21, 0x7F, 0x80, 0xFF] {
            for lane in 0..<8 {
                for byte in 0...255 {
                    var word = UInt64(0)
                    var expected = UInt64(0)
                    for position in 0..<8 {
                        let value = position == lane ? byte : filler
                        word |= UInt64(value) << (8 * position)
                        if value < limit { expected |= UInt64(0x80) << (8 * position) }
                    }
                    #expect(word.highBits(ofBytesBelow: UInt8(limit)) == expected, "byte \(byte) in lane \(lane), others \(filler)")
                }
            }
        }
    }
}

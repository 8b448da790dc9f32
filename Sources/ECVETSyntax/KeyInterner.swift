import ECVETBytes

/// Hands out one shared `String` per distinct short key, so the thousands of repeated keys and
/// language tags of a catalogue cost no allocation after their first appearance.
package struct KeyInterner {
    private var table: [UInt64: String] = [:]
    private let limit = 8192

    package mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        if let known = table[hash] {
            var copy = known
            if UTF8Text.matches(&copy, bytes) { return known }
        }
        guard let made = UTF8Text.make(bytes) else { return nil }
        if table.count < limit, table[hash] == nil { table[hash] = made }
        return made
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

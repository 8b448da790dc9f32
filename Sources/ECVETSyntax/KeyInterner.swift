import ECVETBytes

/// Hands out one shared `String` per distinct short key, so the thousands of repeated keys and
/// language tags of a catalogue cost no allocation after their first appearance.
package struct KeyInterner {
    /// An open-addressed table by FNV-1a hash (0: an empty slot): a key costs one hash of its
    /// bytes, where a dictionary would hash the hash again.
    private var hashes: [UInt64] = Array(repeating: 0, count: 256)
    private var strings: [String] = Array(repeating: "", count: 256)
    private var count = 0
    private let limit = 8192

    /// The FNV-1a hash of `bytes`, never 0.
    @inline(__always)
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash | 1
    }

    package mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String? {
        string(for: bytes, hash: Self.hash(bytes))
    }

    /// The string of `bytes`, whose `hash(_:)` the caller has.
    package mutating func string(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String? {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash {
                var copy = strings[slot]
                if UTF8Text.matches(&copy, bytes) { return strings[slot] }
            }
            slot = (slot + 1) & mask
        }
        guard let made = UTF8Text.make(bytes) else { return nil }
        if count < limit {
            hashes[slot] = hash
            strings[slot] = made
            count += 1
            if count * 2 > hashes.count { grow() }
        }
        return made
    }

    /// Doubles the table, keeping it at most half full.
    private mutating func grow() {
        let oldHashes = hashes, oldStrings = strings
        hashes = Array(repeating: 0, count: oldHashes.count * 2)
        strings = Array(repeating: "", count: oldHashes.count * 2)
        let mask = hashes.count - 1
        for index in oldHashes.indices where oldHashes[index] != 0 {
            let hash = oldHashes[index]
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            strings[slot] = oldStrings[index]
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

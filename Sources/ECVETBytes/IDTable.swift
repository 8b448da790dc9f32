import Foundation

/// Positions of entities by id, for catalogues of hundreds of thousands of ids.
///
/// The ids stay where they are (in the caller's entities): the table keeps, per slot, 32 bits
/// of a hash of an id's bytes and the entity's position, and reads an id through `idAt` only
/// when those bits match. A `[String: Int]` hashes every id with SipHash and compares it, as a
/// string, with each key met on the way to a free bucket, each comparison reading another id
/// from memory. Ids compare as Swift strings do (canonically equivalent ids are one id), so an
/// id that is not ASCII is hashed in its composed form.
package struct IDTable: Sendable {
    /// Per slot, 32 bits of the hash above the position plus one; 0 for a free slot.
    private var slots: [UInt64]
    /// How many ids the table holds.
    package private(set) var count = 0

    /// An empty table with room for `capacity` ids before it grows.
    package init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
    }

    /// The position recorded for `id`, or `nil`; `idAt` gives the id of a position.
    package func position(of id: String, idAt: (Int) -> String) -> Int? {
        let hash = Self.hash(id)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(forTag: hash >> 32) & (slots.count - 1)
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let position = Int(entry & 0xFFFF_FFFF) - 1
                if entry >> 32 == hash >> 32, idAt(position) == id { return position }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
    }

    /// Records `position` for `id` unless the table holds the id already; returns the position
    /// recorded before, or `nil` when this one was recorded.
    @discardableResult
    package mutating func insert(_ id: String, at position: Int, idAt: (Int) -> String) -> Int? {
        precondition(position >= 0 && position < Int(UInt32.max), "position out of the table's range")
        if 2 * (count + 1) > slots.count { grow() }
        let hash = Self.hash(id)
        let found: Int? = slots.withUnsafeMutableBufferPointer { slots in
            var slot = Self.slot(forTag: hash >> 32) & (slots.count - 1)
            while true {
                let entry = slots[slot]
                if entry == 0 {
                    slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(position + 1)
                    return nil
                }
                let recorded = Int(entry & 0xFFFF_FFFF) - 1
                if entry >> 32 == hash >> 32, idAt(recorded) == id { return recorded }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
        if found == nil { count += 1 }
        return found
    }

    /// Doubles the slots. Only the 32 bits kept of each hash are known here, which is why
    /// slots are picked from those bits alone.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        slots.withUnsafeMutableBufferPointer { slots in
            for entry in old where entry != 0 {
                var slot = Self.slot(forTag: entry >> 32) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }

    /// The hash of an id: its bytes eight at a time, or those of its composed form when it is
    /// not ASCII. Its high 32 bits are kept as the tag, and pick the slot.
    package static func hash(_ id: String) -> UInt64 {
        let (hash, isASCII) = id.withUTF8Bytes(hash(bytes:))
        if isASCII { return hash }
        return id.precomposedStringWithCanonicalMapping.withUTF8Bytes(hash(bytes:)).hash
    }

    /// A slot number from a 32-bit tag, mixed so that neighbouring tags spread out.
    private static func slot(forTag tag: UInt64) -> Int {
        Int(truncatingIfNeeded: (tag &* 0x9E37_79B9_7F4A_7C15) >> 16)
    }

    /// A hash of bytes, eight at a time, and whether they are all ASCII.
    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var high: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            high |= word
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            index += 8
        }
        var last: UInt64 = 0
        while index < bytes.count {
            last = last << 8 | UInt64(bytes[index])
            index += 1
        }
        high |= last
        hash = (hash ^ last) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 29
        return (hash, high & 0x8080_8080_8080_8080 == 0)
    }
}

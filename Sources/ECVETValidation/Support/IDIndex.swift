import ECVETModel
import Foundation

/// Entities that carry an id, for `IDIndex`.
public protocol Identified: Sendable {
    var id: String { get }
}

extension LearningOutcome: Identified {}
extension ECVETModel.Unit: Identified {}
extension Organisation: Identified {}

/// The index of the first entity with each id.
///
/// Ids are found by a 64-bit hash of their bytes, in open addressing, and compared as strings
/// only when 32 bits of their hashes match. A `[String: Int]` of hundreds of thousands of ids
/// hashes each with SipHash and compares it, as a string, with every key met on the way to a
/// free bucket, each comparison reading another id from memory. Ids compare as Swift strings
/// do (canonically equivalent ids are one id), so an id that is not ASCII is hashed in its
/// composed form.
public struct IDIndex<Entity: Identified>: Sendable {
    private let entities: [Entity]
    /// Per slot, 32 bits of the hash above the entity's index plus one; 0 for a free slot.
    private let slots: [UInt64]
    private let mask: Int
    /// How many distinct ids there are.
    public let count: Int

    public init(_ entities: [Entity]) {
        var capacity = 16
        while capacity < 2 * entities.count { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        var distinct = 0
        entities.withUnsafeBufferPointer { entities in
            slots.withUnsafeMutableBufferPointer { slots in
                for index in entities.indices {
                    let hash = Self.hash(entities[index].id)
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 {
                            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
                            distinct += 1
                            break
                        }
                        // A later entity with an id already seen: the first keeps it.
                        if entry >> 32 == hash >> 32, entities[Int(entry & 0xFFFF_FFFF) - 1].id == entities[index].id { break }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        self.entities = entities
        self.slots = slots
        self.mask = mask
        count = distinct
    }

    /// The index of the first entity with `id`, or `nil`.
    public subscript(id: String) -> Int? {
        let hash = Self.hash(id)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            entities.withUnsafeBufferPointer { entities in
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return nil }
                    let index = Int(entry & 0xFFFF_FFFF) - 1
                    if entry >> 32 == hash >> 32, entities[index].id == id { return index }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private static func hash(_ id: String) -> UInt64 {
        let (hash, isASCII) = id.utf8.withContiguousStorageIfAvailable(hash(bytes:)) ?? {
            var copy = id
            return copy.withUTF8(hash(bytes:))
        }()
        if isASCII { return hash }
        var composed = id.precomposedStringWithCanonicalMapping
        return composed.withUTF8(hash(bytes:)).hash
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
        return (hash ^ hash >> 29, high & 0x8080_8080_8080_8080 == 0)
    }
}

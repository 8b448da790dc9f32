#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast strings from bytes that should be UTF-8.
///
/// `@usableFromInline`: without it, the bodies of its inlinable members are not handed to the
/// syntax readers in the other module, and every string they make costs two calls.
@usableFromInline
package enum UTF8Text {
    /// The text of `bytes`, or `nil` when they are not valid UTF-8.
    ///
    /// `String(decoding:)` is the fast path; it repairs invalid sequences with U+FFFD, which
    /// always changes the bytes, so comparing the result with the input detects them.
    @inlinable @inline(__always)
    package static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        return matches(&text, bytes) ? text : nil
    }

    /// Whether a string's UTF-8 is exactly `bytes`.
    @inlinable @inline(__always)
    package static func matches(_ text: inout String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.withUTF8 { stored in
            stored.count == bytes.count
                && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }

    /// The index of the first control character that catalogue text cannot hold (XML 1.0 cannot
    /// carry it): below U+0020, but tab, line feed and carriage return; `nil` when there is none.
    package static func firstForbiddenControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // Most words hold no byte below U+0020; of the rest, most hold only a line break.
            let below = word.highBits(ofBytesBelow: 0x20)
            if below != 0 {
                let allowed = word.highBits(ofBytesEqualTo: 0x0A) | word.highBits(ofBytesEqualTo: 0x0D)
                    | word.highBits(ofBytesEqualTo: 0x09)
                if below & ~allowed != 0 { break }
            }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return index }
            index += 1
        }
        return nil
    }

    /// The index of the first byte that does not start a valid UTF-8 sequence; `nil` when
    /// all are valid.
    package static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes at a time: the bulk of most texts.
            if index + 8 <= count,
               UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var scalar: UInt32
            let smallest: UInt32
            switch lead {
            case 0xC2...0xDF: (length, scalar, smallest) = (2, UInt32(lead & 0x1F), 0x80)
            case 0xE0...0xEF: (length, scalar, smallest) = (3, UInt32(lead & 0x0F), 0x800)
            case 0xF0...0xF4: (length, scalar, smallest) = (4, UInt32(lead & 0x07), 0x10000)
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let follower = bytes[index + offset]
                guard follower & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(follower & 0x3F)
            }
            guard scalar >= smallest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return index }
            index += length
        }
        return nil
    }

    /// Appends the UTF-8 bytes of a Unicode scalar value.
    package static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            output.append(UInt8(scalar))
        case ..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

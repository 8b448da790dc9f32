import ECVETBytes


extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing spaces and tabs. Cells rarely have any, so the
    /// common case returns at once without Foundation's character-set machinery.
    package func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if !isCellSpace(first) && !isCellSpace(last) { return String(self) }
        return Array(utf8).withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed(bytes.indices, of: bytes)]), as: UTF8.self)
        }
    }
}

extension String {
    /// The items of a list cell: the text split at `separator`, an ASCII byte (so never inside a
    /// character), each item without leading and trailing spaces and tabs. Empty items are kept.
    package func listItems(separatedBy separator: UInt8) -> [String] {
        withUTF8Bytes { bytes in
            var items: [String] = []
            var start = 0
            while true {
                var end = start
                while end < bytes.count && bytes[end] != separator { end += 1 }
                items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed(start..<end, of: bytes)]),
                                    as: UTF8.self))
                guard end < bytes.count else { return items }
                start = end + 1
            }
        }
    }
}

/// Spaces and tabs, which cells and list items are trimmed of.
private func isCellSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09
}

/// `range` of `bytes` without the spaces and tabs at its ends.
private func trimmed(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high && isCellSpace(bytes[low]) { low += 1 }
    while high > low && isCellSpace(bytes[high - 1]) { high -= 1 }
    return low..<high
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing spaces and tabs. Cells rarely have any, so the
    /// common case returns at once without Foundation's character-set machinery.
    func trimmingSpaces() -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(self) }
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

extension String {
    /// The items of a list cell: the text split at `separator`, an ASCII byte (so never inside a
    /// character), each item without leading and trailing spaces and tabs. Empty items are kept.
    func listItems(separatedBy separator: UInt8) -> [String] {
        var text = self
        return text.withUTF8 { bytes in
            let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
            var items: [String] = []
            var start = 0
            while true {
                var end = start
                while end < bytes.count && bytes[end] != separator { end += 1 }
                var low = start
                var high = end
                while low < high && isSpace(bytes[low]) { low += 1 }
                while high > low && isSpace(bytes[high - 1]) { high -= 1 }
                items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))
                guard end < bytes.count else { return items }
                start = end + 1
            }
        }
    }
}

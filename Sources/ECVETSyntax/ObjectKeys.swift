import ECVETBytes

/// The keys of the objects (JSON) or mappings (YAML) open in a document, to find a key given
/// twice in one of them: readers would otherwise keep one value and lose the other in silence.
///
/// A key is known by its 64-bit FNV-1a hash and its length in bytes: every key of every
/// object passes through here, and plain values keep that cheap (no strings to retain and
/// release). Two different keys of one object that agree on both are taken for one; only a file
/// made for that could hold them.
struct ObjectKeys {
    /// Where a key was given: its line, and its column or its byte offset in the input (the
    /// JSON reader works out columns only for what it reports).
    struct Place {
        // Kept small: one is stored per key of every open object.
        private let storedLine: Int32
        private let storedColumn: Int32
        private let storedOffset: Int

        init(line: Int, column: Int) {
            storedLine = Int32(clamping: line)
            storedColumn = Int32(clamping: column)
            storedOffset = -1
        }

        init(line: Int, offset: Int) {
            storedLine = Int32(clamping: line)
            storedColumn = 0
            storedOffset = offset
        }

        var line: Int { Int(storedLine) }
        var column: Int? { storedColumn > 0 ? Int(storedColumn) : nil }
        var offset: Int? { storedOffset >= 0 ? storedOffset : nil }
    }

    private struct Seen {
        var hash: UInt64
        var length: Int
        var place: Place
    }

    /// The keys of every open object, innermost last; `starts` holds where each object's begin.
    private var seen: [Seen] = []
    private var starts: [Int] = []
    /// For an object of many keys (by its depth): its keys by hash, so that a large object
    /// costs one look-up per key rather than a scan of all before it.
    private var large: [Int: [UInt64: [Int]]] = [:]
    /// Objects of up to this many keys are scanned.
    private static let scanned = 64

    mutating func open() {
        starts.append(seen.count)
    }

    mutating func close() {
        guard let start = starts.popLast() else { return }
        seen.removeLast(seen.count - start)
        if !large.isEmpty { large[starts.count] = nil }
    }

    /// Notes `key` at `place` in the innermost object; where it was given before in that
    /// object, if it was.
    mutating func add(_ key: String, at place: Place) -> Place? {
        var key = key
        return key.withUTF8 { add(hash: KeyInterner.hash($0), length: $0.count, at: place) }
    }

    /// `add(_:at:)` for a key of `length` bytes whose `KeyInterner.hash(_:)` the caller has.
    mutating func add(hash: UInt64, length: Int, at place: Place) -> Place? {
        guard let start = starts.last else { return nil }
        if seen.count - start < Self.scanned {
            for index in start..<seen.count where seen[index].hash == hash && seen[index].length == length {
                return seen[index].place
            }
        } else {
            let depth = starts.count - 1
            if large[depth] == nil {
                large[depth] = Dictionary(grouping: start..<seen.count) { seen[$0].hash }
            }
            if let candidates = large[depth]?[hash] {
                for index in candidates where seen[index].length == length { return seen[index].place }
            }
            large[depth, default: [:]][hash, default: []].append(seen.count)
        }
        seen.append(Seen(hash: hash, length: length, place: place))
        return nil
    }
}

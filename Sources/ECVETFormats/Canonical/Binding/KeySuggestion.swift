/// Finds the known key an unknown one was probably meant to be (`eqfLevle` → `eqfLevel`).
package enum KeySuggestion {
    /// The closest known key within a small edit distance, or `nil` when none is close.
    package static func closest(to key: String, among known: [String]) -> String? {
        let lowered = Array(key.lowercased().utf8)
        guard lowered.count >= 3 else { return nil }
        var best: (key: String, distance: Int)?
        for candidate in known {
            let target = Array(candidate.lowercased().utf8)
            let allowed = target.count <= 5 ? 1 : 2
            guard abs(target.count - lowered.count) <= allowed else { continue }
            let distance = editDistance(lowered, target)
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.key
    }

    /// Damerau–Levenshtein distance (adjacent transpositions count once).
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

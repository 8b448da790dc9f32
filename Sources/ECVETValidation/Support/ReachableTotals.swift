/// The totals a choice of members can reach, as whole steps from 0 up to a cap: a bit per total.
///
/// The cap stands for "the cap or more": totals beyond it are not told apart, so V12 chooses a
/// cap above every bound it compares with, and only its messages (the nearest total above a
/// range) can say "or more".
struct ReachableTotals: Equatable {
    /// The highest total told apart; the bit at `cap` means "`cap` or more".
    let cap: Int
    private var words: [UInt64]

    /// No total at all.
    init(cap: Int) {
        precondition(cap >= 0)
        self.cap = cap
        words = Array(repeating: 0, count: cap / 64 + 1)
    }

    /// One total.
    init(_ total: Int, cap: Int) {
        self.init(cap: cap)
        insert(total)
    }

    /// Every total from `low` to `high` (`nil`: no upper bound).
    init(from low: Int, to high: Int?, cap: Int) {
        self.init(cap: cap)
        guard high.map({ low <= $0 }) ?? true else { return }
        let last = min(high ?? cap, cap)
        var total = min(low, cap)
        while total <= last {
            insert(total)
            total += 1
        }
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    func contains(_ total: Int) -> Bool {
        guard total >= 0 else { return false }
        let bit = min(total, cap)
        return words[bit >> 6] >> UInt64(bit & 63) & 1 == 1
    }

    mutating func insert(_ total: Int) {
        guard total >= 0 else { return }
        let bit = min(total, cap)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    mutating func formUnion(_ other: ReachableTotals) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    /// Every total of this set plus `steps`.
    func adding(_ steps: Int) -> ReachableTotals {
        guard steps > 0 else { return self }
        var result = ReachableTotals(cap: cap)
        guard steps < cap else {
            if !isEmpty { result.insert(cap) }
            return result
        }
        let wordShift = steps >> 6, bitShift = UInt64(steps & 63)
        for index in stride(from: words.count - 1, through: wordShift, by: -1) {
            var word = words[index - wordShift] << bitShift
            if bitShift > 0, index - wordShift > 0 { word |= words[index - wordShift - 1] >> (64 - bitShift) }
            result.words[index] = word
        }
        // Totals pushed past the cap are "the cap or more".
        if firstTotal(atLeast: cap - steps) != nil { result.insert(cap) }
        result.clearAboveCap()
        return result
    }

    /// Every sum of a total of this set and a total of `other`.
    func adding(_ other: ReachableTotals) -> ReachableTotals {
        var result = ReachableTotals(cap: cap)
        var start = other.firstTotal(atLeast: 0)
        while let low = start {
            // A run of consecutive totals low...high is added in log(length) shifts.
            var high = low
            while high < cap, other.contains(high + 1) { high += 1 }
            result.formUnion(addingEvery(from: low, to: high))
            start = high < cap ? other.firstTotal(atLeast: high + 1) : nil
        }
        return result
    }

    /// Every total of this set plus any number of steps from `low` to `high` (`nil`: any above).
    func addingEvery(from low: Int, to high: Int?) -> ReachableTotals {
        let length = min(high ?? cap, cap) - low + 1
        guard length > 0 else { return ReachableTotals(cap: cap) }
        // `spread` holds every total plus 0..<covered steps; doubling `covered` reaches `length`.
        var spread = self, covered = 1
        while covered * 2 <= length {
            spread.formUnion(spread.adding(covered))
            covered *= 2
        }
        if covered < length { spread.formUnion(spread.adding(length - covered)) }
        if high == nil, !spread.isEmpty { spread.insert(cap) }
        return spread.adding(low)
    }

    /// The totals from `low` to `high` (`nil`: no upper bound) only.
    func limited(from low: Int, to high: Int?) -> ReachableTotals {
        var result = ReachableTotals(cap: cap)
        var total = firstTotal(atLeast: max(low, 0))
        while let found = total, high.map({ found <= $0 }) ?? true {
            result.insert(found)
            total = found < cap ? firstTotal(atLeast: found + 1) : nil
        }
        return result
    }

    /// The smallest total of at least `bound`.
    func firstTotal(atLeast bound: Int) -> Int? {
        let start = max(bound, 0)
        guard start <= cap else { return nil }
        var index = start >> 6
        var word = words[index] & (~0 << UInt64(start & 63))
        while word == 0 {
            index += 1
            guard index < words.count else { return nil }
            word = words[index]
        }
        let total = index << 6 + word.trailingZeroBitCount
        return total <= cap ? total : nil
    }

    /// The largest total of at most `bound`.
    func lastTotal(atMost bound: Int) -> Int? {
        guard bound >= 0 else { return nil }
        let start = min(bound, cap)
        var index = start >> 6
        let keep = start & 63 == 63 ? ~UInt64(0) : (UInt64(1) << UInt64(start & 63 + 1)) - 1
        var word = words[index] & keep
        while word == 0 {
            guard index > 0 else { return nil }
            index -= 1
            word = words[index]
        }
        return index << 6 + 63 - word.leadingZeroBitCount
    }

    private mutating func clearAboveCap() {
        let used = cap & 63 + 1
        if used < 64 { words[words.count - 1] &= (UInt64(1) << UInt64(used)) - 1 }
    }
}

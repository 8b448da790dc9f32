/// A count written with its thousands grouped, as messages show it: `499900` → `499,900`.
package struct GroupedNumber: CustomStringConvertible, Sendable {
    package var value: Int

    package init(_ value: Int) {
        self.value = value
    }

    package var description: String {
        var digits = String(value.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return (value < 0 ? "-" : "") + ([Substring(digits)] + groups).joined(separator: ",")
    }
}

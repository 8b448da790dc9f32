/// A count with its noun, in the singular for one: `1 qualification`, `3 units`.
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

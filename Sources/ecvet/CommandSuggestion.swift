import ArgumentParser

/// "Did you mean validate?" for a mistyped subcommand (`ecvet valdate x.json`), which
/// ArgumentParser would only call "unexpected arguments".
enum CommandSuggestion {
    /// The one of `names` closest to `word`, when it is close.
    static func closest(to word: String, among names: [String]) -> String? {
        guard let (best, cost) = names.map({ ($0, distance(word, $0)) }).min(by: { $0.1 < $1.1 }),
              cost <= max(1, best.count / 3) else { return nil }
        return best
    }

    /// The message for `arguments` when their first word is no subcommand but close to one.
    static func message(for arguments: [String], commands: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        let ranked = commands.map { ($0, distance(word.lowercased(), $0)) }.sorted { $0.1 < $1.1 }
        guard let (best, cost) = ranked.first, cost <= max(1, best.count / 3) else { return nil }
        return "error: there is no command \"\(word)\"; did you mean \"\(best)\"? (`ecvet --help` lists them)"
    }

    /// The edit distance between two words: insertions, deletions, substitutions, and swaps of
    /// neighbours, the commonest slip of the keyboard.
    static func distance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

import Foundation

/// A command line of a documentation code block, split into words as a shell would: quotes group
/// words, a line ending in `\` goes on, `#` outside a word starts a comment. Enough for the
/// examples of the documentation, which use no variables, globs or substitutions.
package struct ShellLine: Equatable, Sendable {
    package var words: [String]
    /// What followed `#`, trimmed; empty when there was no comment.
    package var comment: String

    package init(words: [String], comment: String = "") {
        self.words = words
        self.comment = comment
    }

    /// The command lines of a block of shell text: continued lines joined, empty lines and
    /// comment-only lines left out.
    package static func lines(_ text: String) -> [ShellLine] {
        text.replacingOccurrences(of: "\\\n", with: " ")
            .split(separator: "\n")
            .map { split(String($0)) }
            .filter { !$0.words.isEmpty }
    }

    /// One line, split into words and a comment.
    package static func split(_ line: String) -> ShellLine {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var comment = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else if character == "#" && !inWord {
                comment = line[line.index(after: index)...].trimmingCharacters(in: .whitespaces)
                break
            } else {
                word.append(character)
                inWord = true
            }
            index = line.index(after: index)
        }
        if inWord { words.append(word) }
        return ShellLine(words: words, comment: comment)
    }
}

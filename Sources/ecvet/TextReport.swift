import ECVETKit
import Foundation

/// Diagnostics for people: each finding in the one text form, then the source line it points
/// at and a caret under the column, then its hint; colour only on a terminal (`NO_COLOR` is
/// honoured).
struct TextReport {
    let colour: Bool

    static func forStandardError() -> TextReport {
        let environment = ProcessInfo.processInfo.environment
        return TextReport(colour: isatty(2) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb")
    }

    func render(_ diagnostics: [Diagnostic]) -> String {
        let sorted = Diagnostic.sortedForOutput(diagnostics)
        // One part per file, rendered side by side: each reads its own source lines.
        var parts: [ArraySlice<Diagnostic>] = []
        var start = sorted.startIndex
        for index in sorted.indices.dropFirst() where sorted[index].location?.file != sorted[index - 1].location?.file {
            parts.append(sorted[start..<index])
            start = index
        }
        if start < sorted.endIndex { parts.append(sorted[start...]) }
        guard parts.count > 1 else { return renderPart(Array(sorted)) }
        let rendered = RenderedParts(count: parts.count)
        let groups = parts.map { Array($0) }
        DispatchQueue.concurrentPerform(iterations: groups.count) { index in
            rendered.set(index, renderPart(groups[index]))
        }
        return rendered.joined()
    }

    private func renderPart(_ sorted: [Diagnostic]) -> String {
        let lines = SourceLines(wanted: sorted)
        var text = ""
        for diagnostic in sorted {
            text += headline(diagnostic) + "\n"
            if let location = diagnostic.location, let number = location.line,
               let line = lines.line(number, of: location.file), TerminalText.isShowable(line) {
                let (source, column) = Self.excerpt(line, around: location.column)
                let plain = source.utf8.contains(0x09) ? source.replacingOccurrences(of: "\t", with: " ") : source
                let shown = TerminalText.escaped(plain)
                text += "    " + shown + "\n"
                if let column, column >= 1, column <= plain.unicodeScalars.count + 1 {
                    // The caret stands under the same character once controls before it are escaped.
                    let before = TerminalText.escaped(String(String.UnicodeScalarView(plain.unicodeScalars.prefix(column - 1))))
                    text += "    " + String(repeating: " ", count: before.unicodeScalars.count) + paint("^", "1;32") + "\n"
                }
            }
            if let hint = diagnostic.hint { text += "    " + paint("hint:", "1;36") + " \(TerminalText.escaped(hint))\n" }
        }
        return text
    }

    /// A long line cut to the part around `column` (a CSV row of many cells), with `…` where it
    /// was cut, and the column in the part.
    static func excerpt(_ line: String, around column: Int?) -> (text: String, column: Int?) {
        let scalars = line.unicodeScalars
        let width = 160
        guard scalars.count > width else { return (line, column) }
        guard let column, column >= 1, column <= scalars.count + 1 else {
            return (String(String.UnicodeScalarView(scalars.prefix(width))) + "…", column)
        }
        let start = max(0, min(column - 1 - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        let part = String(String.UnicodeScalarView(scalars.dropFirst(start).prefix(end - start)))
        return ((start > 0 ? "…" : "") + part + (end < scalars.count ? "…" : ""), column - start + (start > 0 ? 1 : 0))
    }

    private func headline(_ diagnostic: Diagnostic) -> String {
        guard colour else { return TerminalText.escaped(diagnostic.formatted) }
        let place = diagnostic.location.map { "\($0): " } ?? ""
        let code: String
        switch diagnostic.severity {
        case .error: code = "1;31"
        case .warning: code = "1;35"
        case .note: code = "1;34"
        }
        return paint(TerminalText.escaped(place), "1") + paint("\(diagnostic.severity.rawValue):", code)
            + " \(diagnostic.id) \(TerminalText.escaped(diagnostic.message))"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Texts rendered on several threads, kept in order.
private final class RenderedParts: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String]

    init(count: Int) {
        parts = Array(repeating: "", count: count)
    }

    func set(_ index: Int, _ text: String) {
        lock.lock()
        parts[index] = text
        lock.unlock()
    }

    func joined() -> String {
        lock.lock()
        defer { lock.unlock() }
        return parts.joined()
    }
}

/// The lines of source files that diagnostics point at, read once per file.
struct SourceLines {
    private var lines: [String: [Int: String]] = [:]

    init(wanted diagnostics: [Diagnostic]) {
        var wanted: [String: Set<Int>] = [:]
        for diagnostic in diagnostics {
            if let location = diagnostic.location, let line = location.line, !location.file.isEmpty, location.file != "-" {
                wanted[location.file, default: []].insert(line)
            }
        }
        for (file, numbers) in wanted {
            lines[file] = Self.read(file, numbers)
        }
    }

    func line(_ number: Int, of file: String) -> String? {
        lines[file]?[number]
    }

    /// Reads only the wanted lines, at most 4,000 bytes of each: the excerpt is cut around the
    /// column later.
    private static func read(_ file: String, _ numbers: Set<Int>) -> [Int: String] {
        ECVET.sourceLines(numbers, of: file, limit: 4000).mapValues(decode)
    }

    private static func decode(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}

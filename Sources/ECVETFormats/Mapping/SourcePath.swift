import ECVETModel

/// A path into a foreign export, as a mapping file writes it: `tutkinnonOsat[*]`,
/// `muodostumisSaanto.laajuus.minimi`, `kwalificatie/@code`, `../osaamistaso/otsikko`.
///
/// Steps are separated by `.` or `/`. `[*]` is every item of a list, `[2]` the third, `*` any key,
/// `@name` an XML attribute, `..` the enclosing record (lists skipped), `$` or `.` the record
/// itself. A key applied to a list applies to each item, so `koulutukset.koodi` reads the code of
/// every training. CSV paths are column names, taken literally.
package struct SourcePath: Sendable, Hashable, CustomStringConvertible {
    enum Step: Sendable, Hashable {
        case key(String)
        case anyKey
        case index(Int)
        case allItems
        case parent
    }

    let steps: [Step]
    package let description: String

    /// A CSV column, taken as written.
    init(column: String) {
        steps = [.key(column)]
        description = column
    }

    /// Parses `text`; `nil` with the reason when it is not a path.
    static func parse(_ text: String) -> Result<SourcePath, PathError> {
        var steps: [Step] = []
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "$" || trimmed == "." { return .success(SourcePath(steps: [], text: text)) }
        var body = Substring(trimmed)
        if body.hasPrefix("$.") || body.hasPrefix("$/") { body = body.dropFirst(2) }
        if body.hasPrefix("$[") { body = body.dropFirst() }
        if body.hasPrefix("/") { body = body.dropFirst() }
        var segments: [Substring] = []
        var current = Substring()
        var index = body.startIndex
        while index < body.endIndex {
            let character = body[index]
            if character == "/" {
                segments.append(current)
                current = Substring()
            } else if character == "." {
                let next = body.index(after: index)
                if next < body.endIndex, body[next] == "." {
                    if !current.isEmpty { segments.append(current) }
                    segments.append("..")
                    current = Substring()
                    index = body.index(after: next)
                    continue
                }
                segments.append(current)
                current = Substring()
            } else {
                current.append(character)
            }
            index = body.index(after: index)
        }
        segments.append(current)
        for segment in segments where !segment.isEmpty {
            if segment == ".." {
                steps.append(.parent)
                continue
            }
            var name = segment
            var brackets: [Step] = []
            while name.hasSuffix("]") {
                guard let open = name.lastIndex(of: "[") else { return .failure(PathError("unclosed [ in \(text)")) }
                let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
                if inside == "*" {
                    brackets.insert(.allItems, at: 0)
                } else if let number = Int(inside), number >= 0 {
                    brackets.insert(.index(number), at: 0)
                } else {
                    return .failure(PathError("[\(inside)] in \(text): a list index is [*] or a number from 0"))
                }
                name = name[..<open]
            }
            if name.contains("[") || name.contains("]") { return .failure(PathError("a stray bracket in \(text)")) }
            if name == "*" {
                steps.append(.anyKey)
            } else if !name.isEmpty {
                steps.append(.key(String(name)))
            }
            steps += brackets
        }
        return .success(SourcePath(steps: steps, text: text))
    }

    private init(steps: [Step], text: String) {
        self.steps = steps
        self.description = text
    }

    /// Whether the path climbs out of the record (`..`): such paths cannot select records.
    var climbs: Bool { steps.contains(.parent) }

    /// The nodes the path reaches from `start`, in document order; `missing` tells whether a key
    /// the path names was absent (rather than present and null or empty), `climbedOut` whether a
    /// `..` found nothing above it to climb to.
    ///
    /// With `keepingAncestors` false, the nodes reached do not remember the objects above them
    /// (unless the path itself climbs): values need no `..`, and remembering costs an array per
    /// step.
    func evaluate(from start: SourceCursor, keepingAncestors: Bool = true) -> (nodes: [SourceCursor], missing: Bool, climbedOut: Bool) {
        var current = [start]
        var missing = false
        var climbedOut = false
        let keep = keepingAncestors || climbs
        for step in steps {
            var next: [SourceCursor] = []
            if case .index(let position) = step, current.count > 1,
               !current.contains(where: { if case .list = $0.node { true } else { false } }) {
                // Values that are not lists, such as XML elements of one name, are the list
                // `[n]` picks from.
                if position < current.count { next.append(current[position]) }
                current = next
                continue
            }
            for cursor in current {
                if step == .parent && cursor.ancestors.isEmpty { climbedOut = true }
                cursor.apply(step, into: &next, missing: &missing, keepingAncestors: keep)
            }
            current = next
            if current.isEmpty { break }
        }
        return (current, missing && current.isEmpty, climbedOut && current.isEmpty)
    }
}

/// Why a path could not be read.
struct PathError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// A node of a record with the records and objects above it, so that `..` can climb.
struct SourceCursor {
    let node: SourceNode
    let ancestors: [SourceNode]

    init(_ node: SourceNode, ancestors: [SourceNode] = []) {
        self.node = node
        self.ancestors = ancestors
    }

    fileprivate func apply(_ step: SourcePath.Step, into next: inout [SourceCursor], missing: inout Bool,
                           keepingAncestors: Bool) {
        switch (step, node) {
        case (.parent, _):
            if let parent = ancestors.last {
                next.append(SourceCursor(parent, ancestors: Array(ancestors.dropLast())))
            }
        case (.key(let name), .object(let pairs, _)):
            var found = false
            for pair in pairs where pair.key == name {
                found = true
                next.append(child(pair.value, keepingAncestors))
            }
            if !found { missing = true }
        case (.anyKey, .object(let pairs, _)):
            for pair in pairs where !pair.key.hasPrefix("@") && pair.key != SourceNode.textKey {
                next.append(child(pair.value, keepingAncestors))
            }
        case (.key, .list(let items, _)), (.anyKey, .list(let items, _)):
            for item in items {
                SourceCursor(item, ancestors: ancestors).apply(step, into: &next, missing: &missing,
                                                               keepingAncestors: keepingAncestors)
            }
        case (.allItems, .list(let items, _)):
            for item in items { next.append(SourceCursor(item, ancestors: ancestors)) }
        case (.index(let position), .list(let items, _)):
            if position < items.count { next.append(SourceCursor(items[position], ancestors: ancestors)) }
        case (.allItems, .object), (.index(0), .object), (.allItems, .scalar), (.index(0), .scalar):
            // A value that is not a list (an XML element that occurs once) is a list of one.
            next.append(self)
        default:
            break
        }
    }

    private func child(_ value: SourceNode, _ keepingAncestors: Bool) -> SourceCursor {
        keepingAncestors ? SourceCursor(value, ancestors: ancestors + [node]) : SourceCursor(value)
    }

    /// The text of a scalar, or of an XML element's text content; `nil` for null and containers.
    var text: String? { node.text }
}

import ECVETModel

/// A path into a foreign export, as a mapping file writes it: `tutkinnonOsat[*]`,
/// `muodostumisSaanto.laajuus.minimi`, `kwalificatie/@code`, `../osaamistaso/otsikko`,
/// `/kd:dossier/@domein`, `//profiel[not(@ref)]`, `naam | titel`.
///
/// Steps are separated by `.` or `/`. `[*]` is every item of a list, `[2]` the third, `*` any key,
/// `@name` an XML attribute, `..` the record or object around (lists skipped), `$` or `.` the
/// record itself. A path that starts with `/` starts at the document's root, whatever the record;
/// `//` reaches any depth below (`//profiel` anywhere in the document, `kerntaken//werkproces`
/// at any depth in `kerntaken`). A condition in brackets keeps the nodes it holds for:
/// `[@nr]` (the attribute is there), `[@soort='basis']`, `[code]`, `[code='x']`,
/// `[not(@ref)]`. `|` joins paths: the values of all of them. A key applied to a list applies to
/// each item, so `koulutukset.koodi` reads the code of every training. CSV paths are column
/// names, taken literally. Positions count from 0.
package struct SourcePath: Sendable, Hashable, CustomStringConvertible {
    enum Step: Sendable, Hashable {
        case key(String)
        case anyKey
        case index(Int)
        case allItems
        case parent
        /// The document's root: the first step of a path written from `/`.
        case root
        /// Every node at any depth below, and the node itself (`//`).
        case descendant
        /// Keeps the nodes the condition holds for (`[@nr]`).
        case filter(PathCondition)
    }

    let steps: [Step]
    /// Paths joined to this one with `|`: their values come after this one's.
    let joined: [SourcePath]
    package let description: String

    /// A CSV column, taken as written.
    init(column: String) {
        steps = [.key(column)]
        joined = []
        description = column
    }

    init(steps: [Step], joined: [SourcePath] = [], text: String) {
        self.steps = steps
        self.joined = joined
        self.description = text
    }

    /// The path and the paths joined to it, each on its own.
    var branches: [SourcePath] {
        [SourcePath(steps: steps, text: description)] + joined.flatMap(\.branches)
    }

    /// Whether the path climbs out of the record (`..`): such paths cannot select records.
    var climbs: Bool { steps.contains(.parent) || joined.contains { $0.climbs } }

    /// The key of a path that is one key (`poistettu`, `@ref`), else `nil`.
    var singleKey: String? {
        guard steps.count == 1, joined.isEmpty, case .key(let key) = steps[0] else { return nil }
        return key
    }

    /// Whether the path starts at the document's root (`/…`).
    var isAbsolute: Bool { steps.first == .root }

    /// The conditions on the path's last key (`profiel[@nr]`, `units[*][code]`): on the nodes it
    /// reaches.
    var trailingConditions: [PathCondition] {
        conditions(last: true)
    }

    /// Conditions on a key before the last, which a stream can judge only when they test
    /// attributes of an XML element.
    var innerConditions: [PathCondition] {
        conditions(last: false)
    }

    private func conditions(last: Bool) -> [PathCondition] {
        let lastKey = steps.lastIndex { step in
            switch step {
            case .key, .anyKey, .descendant, .parent, .root: true
            default: false
            }
        } ?? -1
        return steps.indices.compactMap { index in
            guard case .filter(let condition) = steps[index], (index > lastKey) == last else { return nil }
            return condition
        }
    }

    /// The nodes the path reaches from `start`, in document order; `missing` tells whether a key
    /// the path names was absent (rather than present and null or empty), `climbedOut` whether a
    /// `..` found nothing above it to climb to.
    ///
    /// With `keepingAncestors` false, the nodes reached do not remember the objects above them
    /// (unless the path itself climbs): values need no `..`, and remembering costs an array per
    /// step.
    func evaluate(from start: SourceCursor, keepingAncestors: Bool = true) -> (nodes: [SourceCursor], missing: Bool, climbedOut: Bool) {
        var result = evaluateSteps(from: start, keepingAncestors: keepingAncestors)
        for other in joined {
            let more = other.evaluate(from: start, keepingAncestors: keepingAncestors)
            result.nodes += more.nodes
            result.missing = result.missing && more.missing
            result.climbedOut = result.climbedOut || more.climbedOut
        }
        return result
    }

    private func evaluateSteps(from start: SourceCursor, keepingAncestors: Bool) -> (nodes: [SourceCursor], missing: Bool, climbedOut: Bool) {
        var current = [start]
        var missing = false
        var climbedOut = false
        let keep = keepingAncestors || climbs
        for step in steps {
            var next: [SourceCursor] = []
            switch step {
            case .index(let position) where current.count > 1
                && !current.contains(where: { if case .list = $0.node { true } else { false } }):
                // Values that are not lists, such as XML elements of one name, are the list
                // `[n]` picks from.
                if position < current.count { next.append(current[position]) }
                current = next
                continue
            case .root:
                current = start.root.map { [SourceCursor($0, root: $0)] } ?? []
                if current.isEmpty { climbedOut = true }
                continue
            case .descendant:
                for cursor in current { cursor.collectDescendants(into: &next) }
                current = next
                continue
            case .filter(let condition):
                for cursor in current {
                    if case .list(let items, _) = cursor.node {
                        for item in items where condition.holds(at: cursor.with(item)) { next.append(cursor.with(item)) }
                    } else if condition.holds(at: cursor) {
                        next.append(cursor)
                    }
                }
                current = next
                if current.isEmpty { break }
                continue
            default:
                break
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

/// A node of a record with the records and objects above it, so that `..` can climb, and what
/// the document's root holds of what the mapping reads from it, for paths that start at `/`.
struct SourceCursor {
    let node: SourceNode
    let ancestors: [SourceNode]
    let root: SourceNode?

    init(_ node: SourceNode, ancestors: [SourceNode] = [], root: SourceNode? = nil) {
        self.node = node
        self.ancestors = ancestors
        self.root = root
    }

    /// Another node, seen from the same place.
    func with(_ node: SourceNode) -> SourceCursor {
        SourceCursor(node, ancestors: ancestors, root: root)
    }

    /// The node and every node at any depth below it, in document order (`//`).
    fileprivate func collectDescendants(into found: inout [SourceCursor]) {
        // A list is its items: a key applied to it would apply to each of them again.
        if case .list = node {} else { found.append(self) }
        switch node {
        case .object(let pairs, _):
            for pair in pairs where !pair.key.hasPrefix("@") && pair.key != SourceNode.textKey {
                SourceCursor(pair.value, ancestors: ancestors + [node], root: root).collectDescendants(into: &found)
            }
        case .list(let items, _):
            for item in items { with(item).collectDescendants(into: &found) }
        case .scalar:
            break
        }
    }

    fileprivate func apply(_ step: SourcePath.Step, into next: inout [SourceCursor], missing: inout Bool,
                           keepingAncestors: Bool) {
        switch (step, node) {
        case (.parent, _):
            if let parent = ancestors.last {
                next.append(SourceCursor(parent, ancestors: Array(ancestors.dropLast()), root: root))
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
                with(item).apply(step, into: &next, missing: &missing, keepingAncestors: keepingAncestors)
            }
        case (.allItems, .list(let items, _)):
            for item in items { next.append(with(item)) }
        case (.index(let position), .list(let items, _)):
            if position < items.count { next.append(with(items[position])) }
        case (.allItems, .object), (.index(0), .object), (.allItems, .scalar), (.index(0), .scalar):
            // A value that is not a list (an XML element that occurs once) is a list of one.
            next.append(self)
        default:
            break
        }
    }

    private func child(_ value: SourceNode, _ keepingAncestors: Bool) -> SourceCursor {
        keepingAncestors ? SourceCursor(value, ancestors: ancestors + [node], root: root) : SourceCursor(value, root: root)
    }

    /// The text of a scalar, or of an XML element's text content; `nil` for null and containers.
    var text: String? { node.text }
}

/// The keys of a record a mapping reads, as a tree: what is not in it is skipped while the
/// record streams in, not built. A node marked `everything` needs its whole value (a text in
/// several languages, a structure of groups that nests to any depth).
final class DemandTree: @unchecked Sendable {
    /// A list, not a dictionary: a record has a handful of keys, which compare faster than they
    /// hash, and every key of a streaming record is looked up here.
    private(set) var children: [(key: String, tree: DemandTree)] = []
    private(set) var everything = false

    /// A tree that needs everything, for records more than one selector takes.
    static func whole() -> DemandTree {
        let tree = DemandTree()
        tree.everything = true
        return tree
    }

    /// What a record of `spec` needs, with what the `conditions` on its path test.
    static func of(_ spec: RecordSpec, conditions: [PathCondition] = []) -> DemandTree {
        let root = DemandTree()
        root.add(spec, objects: [])
        for path in conditions.flatMap(\.paths).flatMap(\.branches) { root.walk(path, objects: []).node.everything = true }
        return root
    }

    /// The tree of the value under `key`; `nil` when the mapping never reads it.
    func child(_ key: String) -> DemandTree? {
        if everything { return self }
        for child in children where child.key == key { return child.tree }
        return nil
    }

    private func add(_ spec: RecordSpec, objects: [DemandTree]) {
        for value in spec.values.values { add(value, objects: objects) }
        for record in spec.records.values.flatMap(\.gathered) {
            if record.at.isEmpty {
                add(record, objects: objects)
                continue
            }
            for path in record.at.flatMap(\.branches) {
                let (node, above) = walk(path, objects: objects)
                // Groups nest in themselves through `members:`, to any depth.
                if record.kind == .group { node.everything = true }
                // Even where the node is read whole, the record's `..` paths may climb above it.
                node.add(record, objects: above)
            }
        }
    }

    private func add(_ value: ValueSpec, objects: [DemandTree]) {
        for path in value.paths.flatMap(\.branches) {
            walk(path, objects: objects).node.everything = true
        }
        for (_, inner) in value.byLanguage { add(inner, objects: objects) }
    }

    /// The node a path leads to from this one, and the objects above that node, for `..`. A
    /// path from the document's root needs nothing of the record (the root's own demand is
    /// `DemandTree.context`); one that searches at any depth needs all below where it starts.
    private func walk(_ path: SourcePath, objects: [DemandTree]) -> (node: DemandTree, objects: [DemandTree]) {
        if path.isAbsolute { return (DemandTree(), []) }
        var node = self
        var above = objects
        for step in path.steps {
            if node.everything, step != .parent { return (node, above) }
            switch step {
            case .key(let key):
                above.append(node)
                if let existing = node.child(key) {
                    node = existing
                } else {
                    let child = DemandTree()
                    node.children.append((key, child))
                    node = child
                }
            case .anyKey:
                // Every child is read whole; a later `..` comes back to this node.
                node.everything = true
                above.append(node)
            case .index, .allItems:
                continue
            case .filter(let condition):
                for tested in condition.paths.flatMap(\.branches) { node.walk(tested, objects: above).node.everything = true }
            case .descendant:
                node.everything = true
                return (node, above)
            case .root:
                return (DemandTree(), [])
            case .parent:
                guard let enclosing = above.popLast() else {
                    // Above the record: nothing here can be left out.
                    node.everything = true
                    return (node, above)
                }
                node = enclosing
            }
        }
        return (node, above)
    }
}

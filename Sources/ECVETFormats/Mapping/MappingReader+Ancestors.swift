extension MappingReader {
    /// Turns the `..` of a top-level record's fields, which climb above the record, into paths
    /// from the document's root: the record path says which objects stand above every record it
    /// selects when it names them by key and position (`tutkinnonOsat[*]`: the root;
    /// `dossier/profielen/profiel`: `profielen`, `dossier`, the root). Above records found at
    /// any depth or under `[*]` the objects differ from record to record, and `..` there finds
    /// nothing (M16 says so); a path from the root (`/…`) reaches them.
    func climbFromRoot(_ spec: RecordSpec) {
        let chains = spec.at.flatMap(\.branches).map(Self.ancestors(of:))
        guard let chain = chains.first, let ancestors = chain, chains.allSatisfy({ $0 == chain }) else { return }
        func rewrite(_ value: ValueSpec) {
            value.paths = value.paths.map { Self.fromRoot($0, ancestors: ancestors) }
            value.simple = value.simplePath()
            value.byLanguage.forEach { rewrite($0.spec) }
        }
        spec.values.values.forEach(rewrite)
    }

    /// The paths from the root to each object above a record of `path`, nearest last; `nil`
    /// when they differ between records.
    static func ancestors(of path: SourcePath) -> [[SourcePath.Step]]? {
        var steps = path.steps
        if steps.first == .root { steps.removeFirst() }
        // The document itself has nothing above it.
        guard !steps.isEmpty else { return [] }
        // The record's own `[*]` and conditions say nothing of what stands above it.
        while let last = steps.last, last == .allItems || { if case .filter = last { true } else { false } }() {
            steps.removeLast()
        }
        var chain: [[SourcePath.Step]] = [[]]
        var prefix: [SourcePath.Step] = []
        for (position, step) in steps.enumerated() {
            switch step {
            case .key:
                // The object that holds this key is an ancestor, unless the key leads to the record.
                if position > 0 { chain.append(prefix) }
                prefix.append(step)
            case .index:
                prefix.append(step)
            default:
                return nil
            }
        }
        return chain
    }

    /// `path` with its leading `..` that climb above the record taken from the root.
    static func fromRoot(_ path: SourcePath, ancestors: [[SourcePath.Step]]) -> SourcePath {
        let joined = path.joined.map { fromRoot($0, ancestors: ancestors) }
        var steps = path.steps
        let climbs = steps.prefix { $0 == .parent }.count
        if climbs > 0, climbs <= ancestors.count {
            steps = [.root] + ancestors[ancestors.count - climbs] + steps.dropFirst(climbs)
        }
        return SourcePath(steps: steps, joined: joined, text: path.description)
    }
}

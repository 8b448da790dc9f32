import ECVETModel

extension MappingReader {
    /// Finds lookups that lead back to themselves: a field of a lookup table whose value is
    /// looked up in a table whose field is looked up … in the first again. Binding one would
    /// never end, so such a mapping is refused when it is read, naming the cycle.
    mutating func refuseLookupCycles(in lookups: [String: RecordSpec]) {
        struct Step: Hashable {
            var table: String
            var field: String
        }
        /// The lookups a value makes: its own and those of its languages'. Taking the key of a
        /// table reads no field of it, so leads nowhere.
        func next(_ spec: ValueSpec?) -> [(Step, SourceLocation)] {
            guard let spec else { return [] }
            var steps: [(Step, SourceLocation)] = []
            if let (table, field) = spec.lookup, field != "key" { steps.append((Step(table: table, field: field), spec.location)) }
            for (_, inner) in spec.byLanguage { steps += next(inner) }
            return steps
        }
        var reported = Set<Set<Step>>()
        for table in lookups.keys.sorted() {
            for field in lookups[table]!.values.pairs.map(\.name) {
                // Depth first from (table, field), along the lookups its value makes.
                var path: [(Step, SourceLocation)] = []
                var visiting = Set<Step>()
                func walk(_ step: Step) -> Bool {
                    guard visiting.insert(step).inserted else { return step == Step(table: table, field: field) }
                    for (following, location) in next(lookups[step.table]?.values[step.field]) {
                        path.append((following, location))
                        if walk(following) { return true }
                        path.removeLast()
                    }
                    return false
                }
                guard walk(Step(table: table, field: field)), let last = path.last else { continue }
                let members = Set(path.map(\.0))
                guard reported.insert(members).inserted else { continue }
                let names = ([Step(table: table, field: field)] + path.map(\.0)).map { "\($0.table).\($0.field)" }
                problem(.mappingValue,
                        "the lookups go round in a cycle, \(names.joined(separator: " → ")): a value would be looked up for ever",
                        last.1)
            }
        }
    }
}

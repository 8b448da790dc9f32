import ECVETModel
import Foundation
import ECVETBytes

/// Binds the records a mapping selects to the canonical model: the mapping's second binder,
/// beside the canonical one, over the same syntax readers.
///
/// Records arrive one at a time as the source streams. Entities whose fields look values up in a
/// lookup table wait until the end of the document, since the table may come after them; all
/// others are bound as they arrive, so only the catalogue itself grows with the input. Records
/// of one kind with the same id are one entity: later ones add their unit links and outcomes.
final class MappingBinder {
    enum Target {
        case entity(Mapping.EntityKind)
        case lookup(String)
        /// The document's root, with what the mapping's `/…` paths read there.
        case context
    }

    let mapping: Mapping
    let fileName: String
    var catalogue = Catalogue()
    private(set) var diagnostics: [Diagnostic] = []
    /// The selectors' paths, in the order `RecordStream` numbers them, and the specs of their
    /// records.
    private(set) var selectorPaths: [SourcePath] = []
    private(set) var selectorSpecs: [RecordSpec] = []
    /// The conditions at the end of each selector's path, judged on the records it reaches.
    private var recordConditions: [[PathCondition]] = []
    private var targets: [Target] = []
    var qualificationIndex: [String: Int] = [:]
    var unitIndex: [String: Int] = [:]
    /// The outcomes bound so far, by id: a catalogue has hundreds of thousands.
    var outcomeIDs = IDTable()
    /// The organisations bound so far, by id: those the mapping writes out, then those of records.
    var organisationIDs: Set<String> = []
    private var lookupRecords: [String: [String: SourceCursor]] = [:]
    private var deferred: [(Mapping.EntityKind, SourceNode)] = []
    /// Records that read the document's root before it held what they read there: bound at
    /// the end, with the whole root.
    private var waitingForRoot: [(Target, SourceNode)] = []
    /// What the document's root holds of what `/…` paths read, once it is read to the end.
    private var root: SourceNode?
    /// Selectors whose records read the root, and the root paths of each.
    private(set) var readsRoot: Set<Int> = []
    private var rootPaths: [Int: [SourcePath]] = [:]
    private(set) var contextSelector: Int?
    private var deferredKinds: Set<Mapping.EntityKind> = []
    private var reportedMissing: Set<String> = []
    /// Records selected by each selector, and by each record path inside records (by its place
    /// in the mapping, with how often it was looked for): a path that selects nothing is
    /// reported at the end.
    @exclusivity(unchecked) private var selected: [Int] = []
    /// The rows of a CSV export.
    private var rows = 0
    private var nested: [ObjectIdentifier: (spec: RecordSpec, searches: Int, found: Int)] = [:]
    /// The spec of a group's members, one per group spec, so that `nested` counts every visit
    /// of the group under the one spec.
    var memberSpecs: [ObjectIdentifier: RecordSpec] = [:]
    /// Per value spec (by number): how often it was read, found a value, and the values found.
    /// Counted for every field of every record, on the binder's one thread: no access checks.
    @exclusivity(unchecked) private var read: [Int]
    @exclusivity(unchecked) private var found: [Int]
    @exclusivity(unchecked) private var valueCounts: [Int]
    /// The id of the record whose values are traced, and whether one is being bound.
    var traceID: String?
    var tracing = false
    private(set) var trace: [MappingCoverage.Traced] = []
    private let languageKeys: [String]

    init(mapping: Mapping, fileName: String) {
        self.mapping = mapping
        self.fileName = fileName
        read = Array(repeating: 0, count: mapping.valueSpecCount)
        found = read
        valueCounts = read
        languageKeys = mapping.languages.sorted()
        catalogue.location = SourceLocation(file: fileName, line: 1, column: 1)
        catalogue.organisations = mapping.organisations
        organisationIDs = Set(mapping.organisations.map(\.id))
        for (name, spec) in mapping.lookups.sorted(by: { $0.key < $1.key }) {
            for path in spec.at.flatMap(\.branches) {
                selectorPaths.append(path)
                selectorSpecs.append(spec)
                targets.append(.lookup(name))
                recordConditions.append(path.trailingConditions)
            }
        }
        for kind in Mapping.EntityKind.allCases {
            guard let spec = mapping.entities[kind] else { continue }
            if Self.usesLookup(spec) { deferredKinds.insert(kind) }
            for path in spec.at.flatMap(\.branches) {
                selectorPaths.append(path)
                selectorSpecs.append(spec)
                targets.append(.entity(kind))
                recordConditions.append(path.trailingConditions)
            }
        }
        // Paths from the root: a selector of the whole document keeps what they read there.
        for index in selectorSpecs.indices {
            let paths = selectorSpecs[index].rootPaths
            if !paths.isEmpty {
                readsRoot.insert(index)
                rootPaths[index] = paths
            }
        }
        if !readsRoot.isEmpty {
            var values = NamedFields<ValueSpec>()
            for (number, path) in rootPaths.values.flatMap({ $0 }).enumerated() {
                let value = ValueSpec(field: "root\(number)", location: mapping.entities.values.first?.location ?? SourceLocation(file: mapping.file))
                value.paths = [SourcePath(steps: Array(path.steps.dropFirst()), text: path.description)]
                values[value.field] = value
            }
            contextSelector = selectorPaths.count
            selectorPaths.append(SourcePath(steps: [], text: "$"))
            selectorSpecs.append(RecordSpec(kind: .lookup, at: [], values: values, location: SourceLocation(file: mapping.file)))
            targets.append(.context)
            recordConditions.append([])
        }
    }

    private static func usesLookup(_ spec: RecordSpec) -> Bool {
        spec.values.values.contains { $0.usesLookup } || spec.records.values.flatMap(\.gathered).contains { usesLookup($0) }
    }

    /// A record reached by selector `index`: kept when the conditions at the end of its path
    /// hold (`profiel[not(@ref)]`), which only the whole record can tell. `root` is what the
    /// document's root holds so far, for records that read it; one that reads there what is not
    /// there yet waits for the end.
    func receive(_ index: Int, _ record: SourceNode, root snapshot: SourceNode? = nil) {
        if case .context = targets[index] {
            root = record
            return
        }
        if let paths = rootPaths[index] {
            let probe = SourceCursor(record, root: snapshot)
            if paths.contains(where: { $0.evaluate(from: probe, keepingAncestors: false).missing }) {
                guard recordConditions[index].allSatisfy({ $0.holds(at: probe) }) else { return }
                if selected.isEmpty { selected = Array(repeating: 0, count: targets.count) }
                selected[index] += 1
                waitingForRoot.append((targets[index], record))
                return
            }
        }
        let conditions = recordConditions[index]
        if !conditions.isEmpty {
            let cursor = SourceCursor(record)
            guard conditions.allSatisfy({ $0.holds(at: cursor) }) else { return }
        }
        if selected.isEmpty { selected = Array(repeating: 0, count: targets.count) }
        selected[index] += 1
        take(targets[index], record, root: snapshot)
    }

    private func take(_ target: Target, _ record: SourceNode, root: SourceNode?) {
        switch target {
        case .lookup(let name):
            guard let spec = mapping.lookups[name] else { return }
            let cursor = SourceCursor(record, root: root)
            for key in values(spec.values["key"], at: cursor) where lookupRecords[name]?[key.text] == nil {
                lookupRecords[name, default: [:]][key.text] = cursor
            }
        case .entity(let kind):
            if deferredKinds.contains(kind) {
                deferred.append((kind, record))
            } else {
                bind(kind, record, root: root)
            }
        case .context:
            break
        }
    }

    /// A record of a CSV export: every entity the mapping describes is read from it.
    func receiveRow(_ record: SourceNode) {
        rows += 1
        for kind in Mapping.EntityKind.allCases where mapping.entities[kind] != nil {
            bind(kind, record)
        }
    }

    /// Binds what waited for the lookup tables, and hands over the catalogue.
    func finish() -> Catalogue {
        for (target, record) in waitingForRoot { take(target, record, root: root) }
        waitingForRoot = []
        for (kind, record) in deferred { bind(kind, record, root: root) }
        deferred = []
        return catalogue
    }

    private func bind(_ kind: Mapping.EntityKind, _ record: SourceNode, root: SourceNode? = nil) {
        guard let spec = mapping.entities[kind] else { return }
        let cursor = SourceCursor(record, root: root)
        switch kind {
        case .qualifications: bindQualification(cursor, spec)
        case .units: bindUnit(cursor, spec)
        case .learningOutcomes: _ = bindOutcome(cursor, spec, owner: nil, position: 0)
        case .organisations: bindOrganisation(cursor, spec)
        }
    }

    // MARK: - Records inside records

    /// The records `spec.at` reaches from `cursor`; the record itself when `at` is not given.
    func records(_ spec: RecordSpec, in cursor: SourceCursor) -> [SourceCursor] {
        guard !spec.at.isEmpty else { return [cursor] }
        var found: [SourceCursor] = []
        defer {
            let counted = nested[ObjectIdentifier(spec)] ?? (spec, 0, 0)
            nested[ObjectIdentifier(spec)] = (spec, counted.searches + 1, counted.found + found.count)
        }
        for path in spec.at {
            for reached in path.evaluate(from: cursor).nodes {
                if case .list(let items, _) = reached.node {
                    found += items.map { SourceCursor($0, ancestors: reached.ancestors) }
                } else if case .scalar(_, .null, _) = reached.node {
                    continue
                } else {
                    found.append(reached)
                }
            }
        }
        return found
    }

    // MARK: - Values

    /// Every value `spec` reads at `cursor`, transformed.
    func values(_ spec: ValueSpec?, at cursor: SourceCursor) -> [MappedValue] {
        guard let spec else { return [] }
        if !spec.byLanguage.isEmpty {
            return spec.byLanguage.flatMap { values($0.spec, at: cursor) }
        }
        var result: [MappedValue] = []
        defer { count(spec, result.count) { result } }
        if let constant = spec.constant {
            transform(MappedValue(text: constant, language: spec.language, place: cursor.node.place), spec, into: &result)
            return result
        }
        // The first path that gives a value wins; an empty value is none.
        var allMissing = true
        var raw: [MappedValue] = []
        for path in spec.paths {
            let (nodes, missing, climbedOut) = path.evaluate(from: cursor, keepingAncestors: false)
            if climbedOut { reportClimb(spec, path, at: cursor.node.place) }
            if !missing { allMissing = false }
            raw.removeAll(keepingCapacity: true)
            for node in nodes { collect(node.node, into: &raw) }
            for value in raw { transform(value, spec, into: &result) }
            if !result.isEmpty { return result }
        }
        if allMissing && !spec.paths.isEmpty && mapping.syntax != .csv {
            // CSV columns the header lacks are reported once, at the header.
            reportMissing(spec, at: cursor.node.place)
        }
        return result
    }

    /// The texts a node holds: a scalar's, an XML element's text with its language, or each
    /// language of a multilingual object.
    private func collect(_ node: SourceNode, into values: inout [MappedValue]) {
        switch node {
        case .scalar(let text, let kind, let place):
            if kind != .null { values.append(MappedValue(text: text, language: nil, place: place)) }
        case .list(let items, _):
            for item in items { collect(item, into: &values) }
        case .object(let pairs, let place):
            if let text = node[SourceNode.textKey]?.text {
                let language = node["@xml:lang"]?.text ?? node["@lang"]?.text ?? node["@language"]?.text
                values.append(MappedValue(text: text, language: language, place: place))
                return
            }
            for pair in pairs where isLanguageKey(pair.key) {
                if let text = pair.value.text {
                    values.append(MappedValue(text: text, language: pair.key, place: pair.value.place))
                }
            }
        }
    }

    private func isLanguageKey(_ key: String) -> Bool {
        // A list, not a set: a handful of two-letter keys compare faster than they hash.
        languageKeys.isEmpty ? MappingReader.isLanguageCode(key) : languageKeys.contains(key)
    }

    private func transform(_ value: MappedValue, _ spec: ValueSpec, into result: inout [MappedValue], split: Bool = false) {
        var value = value
        if value.language == nil { value.language = spec.language }
        if spec.trim { value.text = value.text.trimmingWhiteSpace }
        if let separator = spec.split, !split {
            for piece in value.text.components(separatedBy: separator) {
                var part = value
                part.text = piece.trimmingWhiteSpace
                transform(part, spec, into: &result, split: true)
            }
            return
        }
        if spec.html { value.text = PlainText.from(html: value.text) }
        guard !value.text.isEmpty else { return }
        if spec.decimalComma { value.text = value.text.replacingOccurrences(of: ",", with: ".") }
        if let date = spec.date {
            guard let iso = date.isoDate(value.text) else {
                report(.unconvertibleValue, "\(value.text) is not a date as the mapping's \(spec.field) reads it", location(value.place))
                return
            }
            value.text = iso
        }
        if spec.multiply != nil || spec.divide != nil {
            guard var number = DecimalText(value.text).value else {
                report(.unconvertibleValue, "\(value.text) is not a number, so \(spec.field) cannot be converted", location(value.place))
                return
            }
            if let factor = spec.multiply { number *= factor }
            if let divisor = spec.divide { number /= divisor }
            var rounded = Decimal()
            NSDecimalRound(&rounded, &number, 6, .plain)
            value.text = DecimalText(rounded).canonical
        }
        if let (table, field) = spec.lookup {
            guard let found = lookupRecords[table]?[value.text] else {
                report(.lookupMissing, "no record of the lookup table \(table) has the key \(value.text)", location(value.place))
                return
            }
            if field != "key" {
                // Every value of the looked-up field: a list gives all of them.
                for looked in values(mapping.lookups[table]?.values[field], at: found) {
                    var each = value
                    each.text = looked.text
                    finish(each, spec, into: &result)
                }
                return
            }
        }
        finish(value, spec, into: &result)
    }

    /// The transforms after a look-up: the code table, then the prefix or format.
    private func finish(_ value: MappedValue, _ spec: ValueSpec, into result: inout [MappedValue]) {
        var value = value
        if let name = spec.table, let table = mapping.codeTables[name] {
            guard let mapped = table.entries[value.text] ?? table.otherwise else {
                report(.unmappedCode, "\(value.text) is not in the code table \(name) of the mapping", location(value.place))
                return
            }
            if mapped.isEmpty { return }
            value.text = mapped
        }
        if let prefix = spec.prefix { value.text = prefix + value.text }
        if let format = spec.format { value.text = format.replacingOccurrences(of: "{}", with: value.text) }
        result.append(value)
    }

    // MARK: - Typed values

    func text(_ spec: ValueSpec?, at cursor: SourceCursor) -> String? {
        first(spec, at: cursor)?.text
    }

    /// The first value `spec` reads; for a simple spec, found by walking the record directly.
    func first(_ spec: ValueSpec?, at cursor: SourceCursor) -> MappedValue? {
        guard let spec else { return nil }
        if let node = simpleNode(spec, at: cursor) {
            switch node {
            case .scalar(let text, let kind, let place):
                guard kind != .null else {
                    count(spec, 0) { [] }
                    return nil
                }
                let trimmed = spec.trim ? text.trimmingWhiteSpace : text
                let value = trimmed.isEmpty ? nil : MappedValue(text: trimmed, language: nil, place: place)
                count(spec, value == nil ? 0 : 1) { value.map { [$0] } ?? [] }
                return value
            default:
                break
            }
        }
        return single(values(spec, at: cursor), spec)
    }

    /// The one value of a field that takes one: the first, with a warning when the source gave
    /// several that differ.
    func single(_ found: [MappedValue], _ spec: ValueSpec?) -> MappedValue? {
        guard let first = found.first else { return nil }
        if found.count > 1, let spec, found.dropFirst().contains(where: { $0.text != first.text }) {
            let key = "many \(spec.location.line ?? 0):\(spec.location.column ?? 0)"
            if reportedMissing.insert(key).inserted {
                let shown = found.prefix(3).map { "\"\($0.text)\"" }.joined(separator: ", ")
                report(.manyValuesForOne,
                       "\(spec.field) takes one value and the source gives \(found.count) (\(shown)\(found.count > 3 ? ", …" : "")): the first is taken (\(mapping.file):\(spec.location.line ?? 0)); later records are not reported",
                       location(first.place))
            }
        }
        return first
    }

    /// The node a simple spec's keys lead to among objects, or `nil` when the general way must
    /// decide (a list on the way, a key missing, a spec that transforms).
    private func simpleNode(_ spec: ValueSpec, at cursor: SourceCursor) -> SourceNode? {
        guard let path = spec.simple, path.parents <= cursor.ancestors.count else { return nil }
        var node = path.parents == 0 ? cursor.node : cursor.ancestors[cursor.ancestors.count - path.parents]
        for key in path.keys {
            guard case .object = node, let next = node[key] else { return nil }
            node = next
        }
        return node
    }

    func localized(_ spec: ValueSpec?, at cursor: SourceCursor) -> LocalizedText {
        if let spec, let node = simpleNode(spec, at: cursor) {
            switch node {
            case .object(let pairs, _) where node[SourceNode.textKey] == nil:
                var text = LocalizedText()
                for pair in pairs where isLanguageKey(pair.key) {
                    guard let value = pair.value.text else { continue }
                    let trimmed = spec.trim ? value.trimmingWhiteSpace : value
                    if !trimmed.isEmpty && text[pair.key] == nil {
                        text.entries.append(LocalizedText.Entry(language: pair.key, text: trimmed))
                    }
                }
                count(spec, text.entries.count) { text.entries.map { MappedValue(text: $0.text, language: $0.language, place: node.place) } }
                return text
            case .scalar(_, .null, _):
                return LocalizedText()
            default:
                break
            }
        }
        var text = LocalizedText()
        for value in values(spec, at: cursor) {
            let language = value.language ?? mapping.language ?? "en"
            if text[language] == nil {
                text.entries.append(LocalizedText.Entry(language: language, text: value.text))
            }
        }
        return text
    }

    func decimal(_ spec: ValueSpec?, at cursor: SourceCursor) -> DecimalText? {
        guard let value = first(spec, at: cursor) else { return nil }
        let number = DecimalText(value.text)
        if number.value == nil {
            report(.unconvertibleValue, "\(value.text) is not a number, as \(spec?.field ?? "") must be", location(value.place))
            return nil
        }
        return number
    }

    func integer(_ spec: ValueSpec?, at cursor: SourceCursor) -> Int? {
        guard let value = first(spec, at: cursor) else { return nil }
        guard let number = Int(value.text) else {
            report(.unconvertibleValue, "\(value.text) is not a whole number, as \(spec?.field ?? "") must be", location(value.place))
            return nil
        }
        return number
    }

    func flag(_ spec: ValueSpec?, at cursor: SourceCursor) -> Bool? {
        guard let value = first(spec, at: cursor) else { return nil }
        switch value.text.lowercased() {
        case "true", "yes", "1", "y", "x": return true
        case "false", "no", "0", "n": return false
        default:
            report(.unconvertibleValue, "\(value.text) is not yes or no; map it with a code table to true or false",
                   location(value.place))
            return nil
        }
    }

    func codes(_ spec: ValueSpec?, at cursor: SourceCursor) -> [Code] {
        values(spec, at: cursor).map { Code($0.text, location: location($0.place)) }
    }

    func references(_ spec: ValueSpec?, at cursor: SourceCursor) -> [Reference] {
        values(spec, at: cursor).map { Reference($0.text, location: location($0.place)) }
    }

    // MARK: - Diagnostics

    /// Counts what a spec found at one record, and traces it when its record is traced.
    /// Counts a reading of `spec` that found `number` values; `values` are made only for a trace.
    private func count(_ spec: ValueSpec, _ number: Int, _ values: () -> [MappedValue]) {
        guard spec.number >= 0 else { return }
        read[spec.number] += 1
        if number > 0 {
            found[spec.number] += 1
            valueCounts[spec.number] += number
        }
        if tracing {
            let values = values()
            appendTrace(MappingCoverage.Traced(
                field: spec.field, paths: spec.constant.map { "value: \($0)" } ?? spec.paths.map(\.description).joined(separator: ", "),
                values: values.map { MappingCoverage.Traced.Value(text: $0.text, location: "\(location($0.place))") }))
        }
    }

    func appendTrace(_ traced: MappingCoverage.Traced) {
        trace.append(traced)
    }

    /// What each entry of the mapping selected and each of its fields found.
    func coverage() -> MappingCoverage {
        var entries: [MappingCoverage.Entry] = []
        func fields(of spec: RecordSpec) -> [MappingCoverage.Field] {
            spec.values.pairs.filter { $0.value.number >= 0 }.map { name, value in
                MappingCoverage.Field(name: name, line: value.location.line, read: read[value.number],
                                      found: found[value.number], values: valueCounts[value.number])
            }
        }
        func add(_ spec: RecordSpec, name: String, records: Int, searchedIn: Int?) {
            entries.append(MappingCoverage.Entry(name: name, at: spec.at.map(\.description).joined(separator: ", "),
                                                 line: spec.location.line, records: records, searchedIn: searchedIn,
                                                 fields: fields(of: spec)))
            for (key, child) in spec.records.pairs {
                for inner in child.gathered {
                    let counted = nested[ObjectIdentifier(inner)]
                    add(inner, name: "\(name) › \(key)", records: counted?.found ?? (inner.at.isEmpty ? records : 0),
                        searchedIn: inner.at.isEmpty ? nil : counted?.searches ?? 0)
                }
            }
        }
        func selectedRecords(_ target: (Target) -> Bool) -> Int {
            targets.indices.filter { target(targets[$0]) }.reduce(0) { $0 + (selected.isEmpty ? 0 : selected[$1]) }
        }
        for kind in Mapping.EntityKind.allCases {
            guard let spec = mapping.entities[kind] else { continue }
            let records = selectedRecords { if case .entity(kind) = $0 { true } else { false } }
            add(spec, name: kind.rawValue, records: mapping.syntax == .csv ? rows : records, searchedIn: nil)
        }
        for (name, spec) in mapping.lookups.sorted(by: { $0.key < $1.key }) {
            add(spec, name: "lookup \(name)", records: selectedRecords { if case .lookup(name) = $0 { true } else { false } },
                searchedIn: nil)
        }
        return MappingCoverage(entries: entries, trace: trace)
    }

    /// The place of a node as a location in the source file.
    func location(_ place: SourcePlace) -> SourceLocation {
        place.location(in: fileName)
    }

    func report(_ id: DiagnosticID, _ message: String, _ location: SourceLocation) {
        diagnostics.append(Diagnostic(id, message, at: location))
    }

    /// A path that climbs above its record: reported once per path.
    private func reportClimb(_ spec: ValueSpec, _ path: SourcePath, at place: SourcePlace) {
        let key = "climb \(spec.location.line ?? 0):\(spec.location.column ?? 0) \(path)"
        guard reportedMissing.insert(key).inserted else { return }
        report(.pathLeavesRecord,
               "\(path) climbs above the record, where \(spec.field) finds nothing (\(mapping.file):\(spec.location.line ?? 0)): a record sees its own values and, with .., the records around it that the mapping also selects",
               location(place))
    }

    /// Record paths that selected nothing in the whole export: each a warning at the mapping's
    /// line, since a wrong path there empties the catalogue of what it should hold.
    func emptySelections() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var counts: [ObjectIdentifier: (spec: RecordSpec, name: String, found: Int)] = [:]
        for (index, target) in targets.enumerated() {
            let spec = selectorSpecs[index]
            let name: String
            switch target {
            case .entity(let kind): name = "no \(kind.rawValue) were read"
            case .lookup(let table): name = "the lookup table \(table) is empty"
            case .context: continue
            }
            let key = ObjectIdentifier(spec)
            counts[key] = (spec, name, (counts[key]?.found ?? 0) + (selected.isEmpty ? 0 : selected[index]))
        }
        for (_, entry) in counts.sorted(by: { ($0.value.spec.location.line ?? 0) < ($1.value.spec.location.line ?? 0) })
        where entry.found == 0 {
            findings.append(Diagnostic(.recordPathEmpty,
                "at: \(entry.spec.at.map(\.description).joined(separator: ", ")) selected nothing in \(fileName): \(entry.name)",
                at: entry.spec.location))
        }
        for (_, entry) in nested.sorted(by: { ($0.value.spec.location.line ?? 0) < ($1.value.spec.location.line ?? 0) })
        where entry.found == 0 && entry.searches > 0 {
            findings.append(Diagnostic(.recordPathEmpty,
                "at: \(entry.spec.at.map(\.description).joined(separator: ", ")) selected nothing in any of the \(entry.searches) records it was looked for in (\(fileName))",
                at: entry.spec.location))
        }
        return findings
    }

    /// A field the mapping names and the record lacks: reported once per mapping field, since a
    /// path that misses usually misses in every record.
    private func reportMissing(_ spec: ValueSpec, at place: SourcePlace) {
        let key = "\(spec.location.line ?? 0):\(spec.location.column ?? 0)"
        guard reportedMissing.insert(key).inserted else { return }
        let paths = spec.paths.map(\.description).joined(separator: " or ")
        report(.sourceFieldMissing,
               "the record has no \(paths), which the mapping reads for \(spec.field) (\(mapping.file):\(spec.location.line ?? 0)); later records that lack it are not reported",
               location(place))
    }
}

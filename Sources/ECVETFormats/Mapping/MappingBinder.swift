import ECVETModel
import Foundation

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
    }

    let mapping: Mapping
    let fileName: String
    var catalogue = Catalogue()
    private(set) var diagnostics: [Diagnostic] = []
    /// The selectors' paths, in the order `RecordStream` numbers them.
    private(set) var selectorPaths: [SourcePath] = []
    private var targets: [Target] = []
    var qualificationIndex: [String: Int] = [:]
    var unitIndex: [String: Int] = [:]
    var outcomeIndex: [String: Int] = [:]
    private var lookupRecords: [String: [String: SourceCursor]] = [:]
    private var deferred: [(Mapping.EntityKind, TreeNode)] = []
    private var deferredKinds: Set<Mapping.EntityKind> = []
    private var reportedMissing: Set<String> = []

    init(mapping: Mapping, fileName: String) {
        self.mapping = mapping
        self.fileName = fileName
        catalogue.location = SourceLocation(file: fileName, line: 1, column: 1)
        for (name, spec) in mapping.lookups.sorted(by: { $0.key < $1.key }) {
            for path in spec.at {
                selectorPaths.append(path)
                targets.append(.lookup(name))
            }
        }
        for kind in Mapping.EntityKind.allCases {
            guard let spec = mapping.entities[kind] else { continue }
            if Self.usesLookup(spec) { deferredKinds.insert(kind) }
            for path in spec.at {
                selectorPaths.append(path)
                targets.append(.entity(kind))
            }
        }
    }

    private static func usesLookup(_ spec: RecordSpec) -> Bool {
        spec.values.values.contains { $0.usesLookup } || spec.records.values.contains { usesLookup($0) }
    }

    /// A record reached by selector `index`.
    func receive(_ index: Int, _ record: TreeNode) {
        switch targets[index] {
        case .lookup(let name):
            guard let spec = mapping.lookups[name] else { return }
            let cursor = SourceCursor(record)
            for key in values(spec.values["key"], at: cursor) where lookupRecords[name]?[key.text] == nil {
                lookupRecords[name, default: [:]][key.text] = cursor
            }
        case .entity(let kind):
            if deferredKinds.contains(kind) {
                deferred.append((kind, record))
            } else {
                bind(kind, record)
            }
        }
    }

    /// A record of a CSV export: every entity the mapping describes is read from it.
    func receiveRow(_ record: TreeNode) {
        for kind in Mapping.EntityKind.allCases where mapping.entities[kind] != nil {
            bind(kind, record)
        }
    }

    /// Binds what waited for the lookup tables, and hands over the catalogue.
    func finish() -> Catalogue {
        for (kind, record) in deferred { bind(kind, record) }
        deferred = []
        return catalogue
    }

    private func bind(_ kind: Mapping.EntityKind, _ record: TreeNode) {
        guard let spec = mapping.entities[kind] else { return }
        let cursor = SourceCursor(record)
        switch kind {
        case .qualifications: bindQualification(cursor, spec)
        case .units: bindUnit(cursor, spec)
        case .learningOutcomes: _ = bindOutcome(cursor, spec, owner: nil, position: 0)
        }
    }

    // MARK: - Records inside records

    /// The records `spec.at` reaches from `cursor`; the record itself when `at` is not given.
    func records(_ spec: RecordSpec, in cursor: SourceCursor) -> [SourceCursor] {
        guard !spec.at.isEmpty else { return [cursor] }
        var found: [SourceCursor] = []
        for path in spec.at {
            for reached in path.evaluate(from: cursor).nodes {
                if case .sequence(let items, _) = reached.node {
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
        var raw: [MappedValue] = []
        if let constant = spec.constant {
            raw = [MappedValue(text: constant, language: spec.language, location: cursor.node.location)]
        } else {
            var allMissing = true
            for path in spec.paths {
                let (nodes, missing) = path.evaluate(from: cursor)
                if !missing { allMissing = false }
                for node in nodes { collect(node.node, into: &raw) }
                if !raw.isEmpty { break }
            }
            if raw.isEmpty && allMissing && !spec.paths.isEmpty {
                reportMissing(spec, at: cursor.node.location)
            }
        }
        var result: [MappedValue] = []
        for value in raw {
            transform(value, spec, into: &result)
        }
        return result
    }

    /// The texts a node holds: a scalar's, an XML element's text with its language, or each
    /// language of a multilingual object.
    private func collect(_ node: TreeNode, into values: inout [MappedValue]) {
        switch node {
        case .scalar(let text, let kind, let location):
            if kind != .null { values.append(MappedValue(text: text, language: nil, location: location)) }
        case .sequence(let items, _):
            for item in items { collect(item, into: &values) }
        case .mapping(let pairs, let location):
            if let text = node[TreeNode.textKey]?.text {
                let language = node["@xml:lang"]?.text ?? node["@lang"]?.text ?? node["@language"]?.text
                values.append(MappedValue(text: text, language: language, location: location))
                return
            }
            for pair in pairs where isLanguageKey(pair.key) {
                if let text = pair.value.text {
                    values.append(MappedValue(text: text, language: pair.key, location: pair.value.location))
                }
            }
        }
    }

    private func isLanguageKey(_ key: String) -> Bool {
        mapping.languages.isEmpty ? MappingReader.isLanguageCode(key) : mapping.languages.contains(key)
    }

    private func transform(_ value: MappedValue, _ spec: ValueSpec, into result: inout [MappedValue]) {
        var value = value
        if value.language == nil { value.language = spec.language }
        if spec.trim { value.text = value.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let separator = spec.split {
            for piece in value.text.components(separatedBy: separator) {
                var part = value
                part.text = piece.trimmingCharacters(in: .whitespacesAndNewlines)
                var splitSpec = spec
                splitSpec.split = nil
                transform(part, splitSpec, into: &result)
            }
            return
        }
        if spec.html { value.text = PlainText.from(html: value.text) }
        guard !value.text.isEmpty else { return }
        if spec.decimalComma { value.text = value.text.replacingOccurrences(of: ",", with: ".") }
        if let date = spec.date {
            guard let iso = date.isoDate(value.text) else {
                report(.unconvertibleValue, "\(value.text) is not a date as the mapping's \(spec.field) reads it", value.location)
                return
            }
            value.text = iso
        }
        if spec.multiply != nil || spec.divide != nil {
            guard var number = DecimalText(value.text).value else {
                report(.unconvertibleValue, "\(value.text) is not a number, so \(spec.field) cannot be converted", value.location)
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
                report(.lookupMissing, "no record of the lookup table \(table) has the key \(value.text)", value.location)
                return
            }
            if field != "key" {
                guard let looked = values(mapping.lookups[table]?.values[field], at: found).first else { return }
                value.text = looked.text
            }
        }
        if let name = spec.table, let table = mapping.codeTables[name] {
            guard let mapped = table.entries[value.text] ?? table.otherwise else {
                report(.unmappedCode, "\(value.text) is not in the code table \(name) of the mapping", value.location)
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
        values(spec, at: cursor).first?.text
    }

    func localized(_ spec: ValueSpec?, at cursor: SourceCursor) -> LocalizedText {
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
        guard let value = values(spec, at: cursor).first else { return nil }
        let number = DecimalText(value.text)
        if number.value == nil {
            report(.unconvertibleValue, "\(value.text) is not a number, as \(spec?.field ?? "") must be", value.location)
            return nil
        }
        return number
    }

    func integer(_ spec: ValueSpec?, at cursor: SourceCursor) -> Int? {
        guard let value = values(spec, at: cursor).first else { return nil }
        guard let number = Int(value.text) else {
            report(.unconvertibleValue, "\(value.text) is not a whole number, as \(spec?.field ?? "") must be", value.location)
            return nil
        }
        return number
    }

    func flag(_ spec: ValueSpec?, at cursor: SourceCursor) -> Bool? {
        guard let value = values(spec, at: cursor).first else { return nil }
        switch value.text.lowercased() {
        case "true", "yes", "1", "y", "x": return true
        case "false", "no", "0", "n": return false
        default:
            report(.unconvertibleValue, "\(value.text) is not yes or no; map it with a code table to true or false",
                   value.location)
            return nil
        }
    }

    func codes(_ spec: ValueSpec?, at cursor: SourceCursor) -> [Code] {
        values(spec, at: cursor).map { Code($0.text, location: $0.location) }
    }

    func references(_ spec: ValueSpec?, at cursor: SourceCursor) -> [Reference] {
        values(spec, at: cursor).map { Reference($0.text, location: $0.location) }
    }

    // MARK: - Diagnostics

    func report(_ id: DiagnosticID, _ message: String, _ location: SourceLocation) {
        diagnostics.append(Diagnostic(id, message, at: location))
    }

    /// A field the mapping names and the record lacks: reported once per mapping field, since a
    /// path that misses usually misses in every record.
    private func reportMissing(_ spec: ValueSpec, at location: SourceLocation) {
        let key = "\(spec.location.line ?? 0):\(spec.location.column ?? 0)"
        guard reportedMissing.insert(key).inserted else { return }
        let paths = spec.paths.map(\.description).joined(separator: " or ")
        report(.sourceFieldMissing,
               "the record has no \(paths), which the mapping reads for \(spec.field) (\(mapping.file):\(spec.location.line ?? 0)); later records that lack it are not reported",
               location)
    }
}

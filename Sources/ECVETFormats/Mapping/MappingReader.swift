import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// Reads a mapping file into a `Mapping`, reporting each problem at its line in the file (`M01`
/// to `M04`), so a mapping with problems is never half used.
struct MappingReader {
    private(set) var diagnostics: [Diagnostic] = []
    /// Value specs made so far, which numbers the next.
    private var valueSpecs = 0
    private var timeZone = TimeZone(identifier: "UTC")!
    private var tableNames: Set<String> = []
    private var lookupFields: [String: Set<String>] = [:]
    private var syntax = Mapping.Syntax.json

    static let topKeys = ["ecvetMapping", "name", "syntax", "language", "languages", "namespaces", "csv",
                                  "timeZone", "codeTables", "lookups", "defaults", "validation"] + Mapping.EntityKind.allCases.map(\.rawValue)
    static let transformKeys = ["path", "value", "language", "trim", "split", "html", "decimalComma", "date",
                                        "timeZone", "multiply", "divide", "lookup", "field", "table", "prefix", "format"]

    mutating func read(_ root: TreeNode, file: String) -> Mapping? {
        guard case .mapping = root, root[Mapping.marker] != nil else {
            problem(.mappingFile, "a mapping file is a YAML mapping that starts with `\(Mapping.marker): 1`", root.location)
            return nil
        }
        if let version = root[Mapping.marker], version.text != "1" {
            problem(.mappingFile, "this build reads mapping files of version 1", version.location)
        }
        guard let syntaxNode = root["syntax"], let name = syntaxNode.text, let syntax = Mapping.Syntax(rawValue: name.lowercased()) else {
            problem(.mappingFile, "say which syntax the exports are in: `syntax:` json, yaml, xml or csv", root["syntax"]?.location ?? root.location)
            return nil
        }
        self.syntax = syntax
        var mapping = Mapping(file: file, syntax: syntax)
        if syntax == .csv, let lookups = root["lookups"] {
            problem(.mappingValue, "lookups need at:, and a CSV export has none: every row is a record", lookups.location)
        }
        if let zone = root["timeZone"] {
            if let text = zone.text, let known = TimeZone(identifier: text) {
                timeZone = known
            } else {
                problem(.mappingValue, "timeZone is an IANA time zone such as Europe/Helsinki", zone.location)
            }
        }
        for (key, keyLocation, value) in root.pairs {
            switch key {
            case "ecvetMapping", "syntax", "timeZone", "defaults", "validation":
                continue
            case "name": mapping.name = value.text
            case "language": mapping.language = value.text
            case "languages": mapping.languages = Set(list(value).compactMap(\.text))
            case "namespaces":
                for (prefix, _, uri) in value.pairs { mapping.namespaces[prefix] = uri.text ?? "" }
            case "csv": mapping.csv = csvOptions(value)
            case "codeTables":
                for (name, _, table) in value.pairs {
                    mapping.codeTables[name] = codeTable(table)
                    tableNames.insert(name)
                }
            case "lookups":
                for (name, _, _) in value.pairs { tableNames.insert("lookup:" + name) }
            default:
                if Mapping.EntityKind(rawValue: key) != nil { continue }
                unknownKey(key, at: keyLocation, known: Self.topKeys, in: "a mapping file")
            }
        }
        mapping.defaults = root["defaults"]
        mapping.validation = root["validation"]
        for (name, _, lookup) in root["lookups"]?.pairs ?? [] {
            lookupFields[name] = Set(lookup.pairs.map(\.key).filter { $0 != "at" })
        }
        for (name, _, lookup) in root["lookups"]?.pairs ?? [] {
            if let spec = record(lookup, kind: .lookup, topLevel: true) { mapping.lookups[name] = spec }
        }
        refuseLookupCycles(in: mapping.lookups)
        for kind in Mapping.EntityKind.allCases {
            guard var node = root[kind.rawValue] else { continue }
            if kind == .organisations {
                // Written-out organisations go straight into the mapping; records are described
                // like every other entity's.
                guard let records = organisations(node, into: &mapping) else { continue }
                node = records
            }
            if let spec = record(node, kind: kind.recordKind, topLevel: true) {
                if syntax != .csv { climbFromRoot(spec) }
                mapping.entities[kind] = spec
            }
        }
        mapping.valueSpecCount = valueSpecs
        if mapping.entities.isEmpty {
            problem(.mappingFile, "the mapping selects nothing: give qualifications:, units: or learningOutcomes:", root.location)
        }
        return diagnostics.contains { $0.severity == .error } ? nil : mapping
    }

    // MARK: - Records

    private mutating func record(_ node: TreeNode, kind: RecordKind, topLevel: Bool = false) -> RecordSpec? {
        if let field = kind.shorthandField, node.isShorthandValue {
            guard let value = value(node, field: field) else { return nil }
            value.simple = value.simplePath()
            let spec = RecordSpec(kind: kind, at: [], location: node.location)
            spec.values[field] = value
            return spec
        }
        guard case .mapping = node else {
            problem(.mappingValue, "\(kind.rawValue) is described by a mapping of its fields", node.location)
            return nil
        }
        let spec = RecordSpec(kind: kind, at: [], location: node.location)
        let fields = kind.valueFields, records = kind.recordFields
        for (key, keyLocation, value) in node.pairs {
            if key == "at" {
                spec.at = paths(value, selecting: true)
            } else if kind == .lookup || fields.contains(key) {
                if let parsed = self.value(value, field: key) {
                    parsed.simple = parsed.simplePath()
                    spec.values[key] = parsed
                }
            } else if let childKind = records[key] {
                if case .sequence(let items, _) = value, childKind == .link || childKind == .learningOutcome {
                    // Records gathered from several places.
                    let specs = items.compactMap { record($0, kind: childKind) }
                    if let first = specs.first {
                        first.alongside = Array(specs.dropFirst())
                        spec.records[key] = first
                    }
                } else if let child = record(value, kind: childKind) {
                    spec.records[key] = child
                }
            } else {
                unknownKey(key, at: keyLocation, known: ["at"] + fields + records.keys.sorted(), in: "a \(kind.rawValue)")
            }
        }
        if topLevel && spec.at.isEmpty && syntax != .csv {
            problem(.mappingValue, "say where the \(kind.rawValue) records are with `at:` (a path such as units[*])", node.location)
        }
        if topLevel && syntax == .csv && !spec.at.isEmpty {
            problem(.mappingValue, "in a CSV export every row is a record: leave `at:` out", node["at"]?.location ?? node.location)
        }
        if let members = spec.values["members"],
           members.paths.contains(where: { path in path.climbs || !path.steps.contains { step in
               if case .key = step { return true }
               if case .anyKey = step { return true }
               return false
           } }) {
            problem(.mappingPath, "members: is the path from a group down to its members, such as osat[*]", members.location)
        }
        if kind == .lookup && spec.values["key"] == nil {
            problem(.mappingValue, "a lookup table needs `key:`, the field its records are found by", node.location)
        }
        return spec
    }

    // MARK: - Values

    private mutating func value(_ node: TreeNode, field: String) -> ValueSpec? {
        let spec = ValueSpec(field: field, location: node.location)
        spec.number = valueSpecs
        valueSpecs += 1
        switch node {
        case .scalar:
            spec.paths = paths(node, selecting: false)
            return spec
        case .sequence:
            spec.paths = paths(node, selecting: false)
            return spec
        case .mapping(let pairs, _):
            if !pairs.isEmpty, pairs.allSatisfy({ Self.isLanguageCode($0.key) }) {
                for (language, _, inner) in pairs {
                    guard let languageSpec = value(inner, field: field) else { continue }
                    languageSpec.language = language
                    spec.byLanguage.append((language, languageSpec))
                }
                return spec
            }
            var zone = timeZone
            if let zoneNode = node["timeZone"] {
                if let text = zoneNode.text, let known = TimeZone(identifier: text) {
                    zone = known
                } else {
                    problem(.mappingValue, "timeZone is an IANA time zone such as Europe/Helsinki", zoneNode.location)
                }
            }
            for (key, keyLocation, value) in pairs {
                switch key {
                case "path": spec.paths = paths(value, selecting: false)
                case "value": spec.constant = value.text
                case "language": spec.language = value.text
                case "trim": spec.trim = flag(value)
                case "split": spec.split = value.text
                case "html": spec.html = flag(value)
                case "decimalComma": spec.decimalComma = flag(value)
                case "date":
                    if let text = value.text, let pattern = DatePattern.parse(text, timeZone: zone) {
                        spec.date = pattern
                    } else {
                        problem(.mappingValue, "date is epochMilliseconds, epochSeconds or a pattern such as dd-mm-yyyy", value.location)
                    }
                case "timeZone": continue
                case "multiply", "divide":
                    guard let number = value.text.flatMap({ DecimalText($0).value }), number != 0 else {
                        problem(.mappingValue, "\(key) is a number other than 0", value.location)
                        continue
                    }
                    if key == "multiply" { spec.multiply = number } else { spec.divide = number }
                case "lookup":
                    guard let table = value.text, tableNames.contains("lookup:" + table) else {
                        problem(.mappingValue, "there is no lookup table \(value.text ?? "") under lookups:", value.location)
                        continue
                    }
                    let wanted = node["field"]?.text ?? "key"
                    if wanted != "key" && !(lookupFields[table] ?? []).contains(wanted) {
                        problem(.mappingValue, "the lookup table \(table) has no field \(wanted)", node["field"]?.location ?? value.location)
                    }
                    spec.lookup = (table, wanted)
                case "field":
                    if node["lookup"] == nil { problem(.mappingValue, "field: goes with lookup:", keyLocation) }
                case "table":
                    guard let table = value.text, tableNames.contains(table) else {
                        problem(.mappingValue, "there is no code table \(value.text ?? "") under codeTables:", value.location)
                        continue
                    }
                    spec.table = table
                case "prefix": spec.prefix = value.text
                case "format":
                    guard let text = value.text, text.contains("{}") else {
                        problem(.mappingValue, "format is a text with {} where the value goes, such as urn:fi:{}", value.location)
                        continue
                    }
                    spec.format = text
                default:
                    unknownKey(key, at: keyLocation, known: Self.transformKeys, in: "a value")
                }
            }
            if spec.paths.isEmpty && spec.constant == nil {
                problem(.mappingValue, "a value needs path: (where it is) or value: (a constant)", node.location)
                return nil
            }
            return spec
        }
    }

    private mutating func paths(_ node: TreeNode, selecting: Bool) -> [SourcePath] {
        var found: [SourcePath] = []
        for item in list(node) {
            guard let text = item.text else {
                problem(.mappingPath, "a path is text such as units[*] or title/@lang", item.location)
                continue
            }
            if syntax == .csv && !selecting {
                found.append(SourcePath(column: text))
                continue
            }
            switch SourcePath.parse(text) {
            case .success(let path):
                if selecting && path.climbs {
                    problem(.mappingPath, "a path that selects records cannot climb with ..", item.location)
                }
                for branch in path.branches where selecting {
                    for condition in branch.innerConditions where syntax != .xml || !condition.testsAttributesOnly {
                        problem(.mappingPath,
                                "[\(condition)] stands on a step before the record's own; there a condition can only test attributes of XML elements, as they are read: put it on the last step, or test an attribute",
                                item.location)
                    }
                }
                found.append(path)
            case .failure(let error):
                problem(.mappingPath, error.message, item.location)
            }
        }
        return found
    }

    private mutating func codeTable(_ node: TreeNode) -> CodeTable {
        var table = CodeTable(entries: [:], location: node.location)
        guard case .mapping(let pairs, _) = node else {
            problem(.mappingValue, "a code table maps source codes to values (koulutustyyppi_12: 5)", node.location)
            return table
        }
        for (code, _, value) in pairs {
            let text = value.text ?? ""
            if code == "*" { table.otherwise = text } else { table.entries[code] = text }
        }
        return table
    }

    private mutating func csvOptions(_ node: TreeNode) -> CSVOptions {
        var options = CSVOptions()
        for (key, keyLocation, value) in node.pairs {
            switch key {
            case "delimiter":
                let text = value.text ?? ""
                let resolved = text == "tab" || text == "\\t" ? "\t" : text
                if resolved.utf8.count == 1 { options.delimiter = resolved.utf8.first } else {
                    problem(.mappingValue, "delimiter is one character: , ; or tab", value.location)
                }
            case "encoding":
                if let name = value.text, let encoding = TextEncoding(name: name) { options.encoding = encoding } else {
                    problem(.mappingValue, "encoding is utf-8, utf-16, windows-1252 or iso-8859-1", value.location)
                }
            default:
                unknownKey(key, at: keyLocation, known: ["delimiter", "encoding"], in: "csv:")
            }
        }
        return options
    }

    // MARK: - Support

    func list(_ node: TreeNode) -> [TreeNode] {
        if case .sequence(let items, _) = node { return items }
        return [node]
    }

    private func flag(_ node: TreeNode) -> Bool {
        ["true", "yes", "on", "1"].contains(node.text?.lowercased() ?? "")
    }

    static func isLanguageCode(_ key: String) -> Bool {
        key.utf8.count == 2 && CodeLists.languageByAlpha2[key.lowercased()] != nil
    }

    mutating func unknownKey(_ key: String, at location: SourceLocation, known: [String], in place: String) {
        var message = "\(key) is not a key of \(place)"
        if let suggestion = KeySuggestion.closest(to: key, among: known) {
            message += "; did you mean \(suggestion)?"
        } else {
            message += "; the keys are \(known.joined(separator: ", "))"
        }
        problem(.mappingUnknownKey, message, location)
    }

    mutating func problem(_ id: DiagnosticID, _ message: String, _ location: SourceLocation) {
        diagnostics.append(Diagnostic(id, message, at: location))
    }
}

extension TreeNode {
    /// A scalar, list, or mapping with `path:` or `value:`: one value where a record of a few
    /// fields may stand (`credits: laajuus`).
    fileprivate var isShorthandValue: Bool {
        switch self {
        case .scalar, .sequence: true
        case .mapping: self["path"] != nil || self["value"] != nil
        }
    }
}

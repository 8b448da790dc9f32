import ECVETModel
import ECVETBytes
import ECVETSyntax

/// One table of the canonical layout being read: its header, resolved once, and the current record.
final class CSVTable {
    // One reader drives a table, cell by cell, and never re-enters it: its state needs no
    // run-time exclusivity checks, which would cost several calls per cell.
    let reader: CSVRecordReader
    let table: CanonicalCSVLayout.Table
    @exclusivity(unchecked) private(set) var columns: [String: Int] = [:]
    /// For each multilingual column name, its languages and field indexes, in header order.
    @exclusivity(unchecked) private(set) var texts: [String: [(language: String, index: Int)]] = [:]
    /// Unknown columns: key, field index, and whether the cell holds JSON.
    @exclusivity(unchecked) private(set) var extensions: [(key: String, index: Int, isJSON: Bool)] = []
    @exclusivity(unchecked) private(set) var headerCount = 0
    @exclusivity(unchecked) var diagnostics: [Diagnostic] = []
    /// Per entity type, the indexes of its fields the header has a column for.
    @exclusivity(unchecked) private var presentFields: [ObjectIdentifier: [Int]] = [:]

    init(reader: CSVRecordReader, table: CanonicalCSVLayout.Table) {
        self.reader = reader
        self.table = table
    }

    /// A table that reads rows after a header read by `header`: a later part of the same file.
    init(reader: CSVRecordReader, header: CSVTable) {
        self.reader = reader
        self.table = header.table
        columns = header.columns
        texts = header.texts
        extensions = header.extensions
        headerCount = header.headerCount
    }

    /// Reads the header row; `false` for an empty file.
    func readHeader() throws(SyntaxError) -> Bool {
        guard try reader.next() else { return false }
        headerCount = reader.fields.count
        let known = Set(table.columns.map { $0.lowercased() })
        let knownTexts = Set(table.texts.map { $0.lowercased() })
        for (index, raw) in reader.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            if let at = name.firstIndex(of: "@") {
                let base = String(name[..<at])
                let language = String(name[name.index(after: at)...])
                if knownTexts.contains(base.lowercased()) {
                    guard Self.isLanguageTag(language) else {
                        diagnostics.append(Diagnostic(.csvSyntax,
                            "column \"\(name)\" names no language: after \"@\" comes a language tag such as \"fi\" or \"sv-FI\"",
                            at: reader.location(ofField: index)))
                        continue
                    }
                    let canonical = table.texts.first { $0.lowercased() == base.lowercased() }!
                    texts[canonical, default: []].append((language, index))
                    continue
                }
            }
            if known.contains(name.lowercased()) {
                let canonical = table.columns.first { $0.lowercased() == name.lowercased() }!
                columns[canonical] = index
            } else if name.hasSuffix(":json") {
                extensions.append((String(name.dropLast(5)), index, true))
            } else {
                extensions.append((name, index, false))
            }
        }
        return true
    }

    /// Reads the next record, reporting a wrong field count; `false` at the end.
    func next() throws(SyntaxError) -> Bool {
        guard try reader.next() else { return false }
        if reader.fields.count != headerCount {
            diagnostics.append(Diagnostic(.csvSyntax,
                "the row has \(reader.fields.count) fields; the header has \(headerCount)",
                at: reader.recordLocation,
                hint: "quote fields that hold the delimiter (\(Character(Unicode.Scalar(reader.delimiter ?? 44))))"))
        }
        return true
    }

    /// The cell of a plain column, `nil` when absent or empty.
    /// The indexes of `fields` the table can give a value for, worked out once per table: a
    /// field without a column is not looked up again on every row.
    func present<Entity>(_ fields: [Field<Entity>]) -> [Int] {
        let key = ObjectIdentifier(Entity.self)
        if let known = presentFields[key] { return known }
        let present = fields.indices.filter { index in
            switch fields[index].value {
            case .credits, .validity, .assessment, .nested: true
            case .localizedText: texts[fields[index].key] != nil
            default: columns[fields[index].key] != nil
            }
        }
        presentFields[key] = present
        return present
    }

    func value(_ column: String) -> String? {
        guard let index = columns[column], index < reader.fields.count else { return nil }
        let text = reader.fields[index]
        return text.isEmpty ? nil : text
    }

    func location(_ column: String, path: String) -> SourceLocation {
        reader.location(ofField: columns[column], path: path)
    }

    func text(_ column: String) -> LocalizedText {
        var entries: [LocalizedText.Entry] = []
        for (language, index) in texts[column] ?? [] where index < reader.fields.count {
            let text = reader.fields[index]
            if !text.isEmpty { entries.append(LocalizedText.Entry(language: language, text: text)) }
        }
        return LocalizedText(entries)
    }

    func list(_ column: String) -> [String] {
        guard let cell = value(column) else { return [] }
        return cell.listItems(separatedBy: UInt8(ascii: CanonicalCSVLayout.listSeparator))
    }

    func codes(_ column: String, path: String) -> [Code] {
        let items = list(column).filter { !$0.isEmpty }
        guard !items.isEmpty else { return [] }
        let location = location(column, path: path)
        return items.map { Code($0, location: location) }
    }

    func references(_ column: String, path: String) -> [Reference] {
        let items = list(column).filter { !$0.isEmpty }
        guard !items.isEmpty else { return [] }
        let location = location(column, path: path)
        return items.map { Reference($0, location: location) }
    }

    /// Identifiers written `scheme=value` (or `value` alone), `|`-separated.
    func identifiers(_ column: String) -> [Identifier] {
        list(column).filter { !$0.isEmpty }.map { item in
            guard let equals = item.firstIndex(of: "=") else { return Identifier(value: item) }
            return Identifier(scheme: String(item[..<equals]), value: String(item[item.index(after: equals)...]))
        }
    }

    func code(_ column: String, path: String) -> Code? {
        value(column).map { Code($0, location: location(column, path: path)) }
    }

    func reference(_ column: String, path: String) -> Reference? {
        value(column).map { Reference($0, location: location(column, path: path)) }
    }

    func decimal(_ column: String) -> DecimalText? {
        value(column).map(DecimalText.init)
    }

    func boolean(_ column: String, path: String) -> Bool? {
        guard let cell = value(column) else { return nil }
        switch cell.lowercased() {
        case "true", "yes", "1", "x": return true
        case "false", "no", "0": return false
        default:
            diagnostics.append(Diagnostic(.unexpectedValue, "expected true or false in column \"\(column)\", found \"\(cell)\"",
                                          at: location(column, path: path)))
            return nil
        }
    }

    func integer(_ column: String, path: String) -> Int? {
        guard let cell = value(column) else { return nil }
        guard let number = Int(cell.trimmingSpaces()) else {
            diagnostics.append(Diagnostic(.unexpectedValue, "expected a whole number in column \"\(column)\", found \"\(cell)\"",
                                          at: location(column, path: path)))
            return nil
        }
        return number
    }

    /// The credits of a row; a system without points is kept, for the rules to report.
    func credits(path: String, column: String = "credits") -> CreditPoints? {
        let amount = decimal(column)
        let factor = decimal("ecvetFactor")
        let system = value("creditSystem").map { CreditSystem(name: $0, ecvetFactor: factor) }
        guard amount != nil || system != nil else { return nil }
        return CreditPoints(amount, system: system, location: location(amount == nil ? "creditSystem" : column, path: path))
    }

    func validity(path: String) -> ValidityPeriod? {
        let from = value("validFrom"), until = value("validUntil")
        guard from != nil || until != nil else { return nil }
        return ValidityPeriod(from: from, until: until, location: location(from != nil ? "validFrom" : "validUntil", path: path))
    }

    func eqfLevel(path: String) -> EQFLevel? {
        value("eqfLevel").map { EQFLevel($0, location: location("eqfLevel", path: path)) }
    }

    /// The unknown columns of this row; JSON cells that do not parse are kept as text with a
    /// diagnostic.
    func extensionFields(path: String) -> [ExtensionField] {
        var fields: [ExtensionField] = []
        for (key, index, isJSON) in extensions where index < reader.fields.count {
            let cell = reader.fields[index]
            guard !cell.isEmpty else { continue }
            var location = reader.location(ofField: index)
            location.path = path + "/" + key
            if isJSON {
                let parsed = CSVTable.parseJSONValue(cell, name: reader.fileName)
                if let value = parsed.value {
                    fields.append(ExtensionField(key: key, value: value, location: location))
                } else {
                    diagnostics.append(Diagnostic(.unexpectedValue,
                        "column \"\(key):json\" holds no JSON value: \(parsed.problem ?? "")", at: location))
                    fields.append(ExtensionField(key: key, value: .string(cell), location: location))
                }
            } else {
                fields.append(ExtensionField(key: key, value: .string(cell), location: location))
            }
        }
        return fields
    }

    static func parseJSONValue(_ text: String, name: String) -> (value: ExtensionValue?, problem: String?) {
        // The JSON event reader reads any value; the binder's extension reading needs a source.
        let reader = JSONEventReader(input: ByteInput(bytes: Array(text.utf8), name: name), chunkSize: 4096)
        var binder = CanonicalBinder(source: reader)
        do throws(SyntaxError) {
            let value = try binder.readExtensionValue(first: binder.next())
            guard try binder.next() == .end else { return (nil, "text after the value") }
            return (value, nil)
        } catch {
            return (nil, error.diagnostic.message)
        }
    }

    /// `fi`, `sv-FI`, `zh-Hant`: two or three letters, then optional subtags.
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

import Foundation

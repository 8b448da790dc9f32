import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// Writes a catalogue as a folder of canonical CSV tables (see `CanonicalCSVLayout`). Every table
/// is written beside its destination first and put in place only when all were written.
package struct CanonicalCSVWriter {
    package var delimiter: UInt8
    package var byteOrderMark: Bool

    package init(delimiter: UInt8 = UInt8(ascii: ","), byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    /// Writes the tables into a new folder beside `folder`; committing the returned files, then
    /// the folder, puts them in place.
    package func prepare(_ catalogue: Catalogue, inFolder folder: String) throws(OutputError) -> (files: [AtomicFile], folder: AtomicFolder) {
        try CSVTableFolder.prepare(at: folder, delimiter: delimiter, byteOrderMark: byteOrderMark,
                                   tables: tables(of: catalogue).map { table, rows in
                                       (table.fileName, { writer in rows.write(to: &writer) })
                                   })
    }

    /// Every table with its rows, in layout order; tables with no rows are still written (with
    /// their header), so a folder always shows the whole layout.
    func tables(of catalogue: Catalogue) -> [(CanonicalCSVLayout.Table, TableRows)] {
        var result: [(CanonicalCSVLayout.Table, TableRows)] = []
        for table in CanonicalCSVLayout.Table.allCases {
            var rows = TableRows(table: table)
            switch table {
            case .catalogue: rows.add(catalogueRow(catalogue))
            case .organisations: catalogue.organisations.forEach { rows.add(row($0)) }
            case .learningOutcomes: catalogue.learningOutcomes.forEach { rows.add(row($0)) }
            case .units: catalogue.units.forEach { rows.add(row($0)) }
            case .unitParts:
                for unit in catalogue.units {
                    unit.parts.forEach { rows.add(row($0, of: unit)) }
                }
            case .assessmentCriteria:
                for unit in catalogue.units {
                    for criterion in unit.assessment?.criteria ?? [] { rows.add(row(criterion, owner: ("unit", unit.id))) }
                    for part in unit.parts {
                        for criterion in part.assessment?.criteria ?? [] {
                            rows.add(row(criterion, owner: ("part", unit.id + "/" + part.id)))
                        }
                    }
                }
                for outcome in catalogue.learningOutcomes {
                    for criterion in outcome.assessmentCriteria {
                        rows.add(row(criterion, owner: ("learningOutcome", outcome.id)))
                    }
                }
            case .qualifications: catalogue.qualifications.forEach { rows.add(row($0)) }
            case .structure:
                for qualification in catalogue.qualifications {
                    if let structure = qualification.structure {
                        add(structure, path: [1], qualification: qualification.id, to: &rows)
                    }
                }
            }
            result.append((table, rows))
        }
        return result
    }

    // MARK: - Rows

    /// Fills the cells of `entity`'s fields as its table says, each kind of value one way for
    /// every entity; nested fields are the entity's own code's.
    private func fill<Entity>(_ row: inout TableRow, from entity: Entity, _ fields: [Field<Entity>]) {
        for index in fields.indices {
            let key = fields[index].key
            switch fields[index].value {
            case .identifier(let property): row[key] = property.get(entity)
            case .text(let property, _): row[key] = property.get(entity)
            case .localizedText(let property): row.text[key] = property.get(entity)
            case .eqfLevel(let property): row[key] = property.get(entity).map { $0.value.map(String.init) ?? $0.written }
            case .code(let property): row[key] = property.get(entity)?.written
            case .codes(let property): row[key] = list(property.get(entity).map(\.written))
            case .reference(let property): row[key] = property.get(entity)?.id
            case .references(let property, _): row[key] = list(property.get(entity).map(\.id))
            case .identifiers(let property):
                row[key] = list(property.get(entity).map { identifier in
                    identifier.scheme.map { "\($0)=\(identifier.value)" } ?? identifier.value
                })
            case .decimal(let property): row[key] = property.get(entity)?.canonical
            case .integer(let property): row[key] = property.get(entity).map(String.init)
            case .flag(let property): row[key] = property.get(entity).map { $0 ? "true" : "false" }
            case .credits(let property): credits(property.get(entity), into: &row)
            case .validity(let property):
                let validity = property.get(entity)
                row["validFrom"] = validity?.from
                row["validUntil"] = validity?.until
            case .assessment(let property): assessment(property.get(entity), into: &row)
            case .category(let property): row[key] = property.get(entity)?.written
            case .nested: break
            }
        }
    }

    private func catalogueRow(_ catalogue: Catalogue) -> TableRow {
        var row = TableRow(.catalogue)
        row["format"] = CanonicalFormat.name
        fill(&row, from: catalogue, Catalogue.fields)
        row.extensions += catalogue.extensions
        return row
    }

    private func row(_ organisation: Organisation) -> TableRow {
        var row = TableRow(.organisations)
        fill(&row, from: organisation, Organisation.fields)
        row.extensions += organisation.extensions
        return row
    }

    private func row(_ outcome: LearningOutcome) -> TableRow {
        var row = TableRow(.learningOutcomes)
        fill(&row, from: outcome, LearningOutcome.fields)
        row.extensions += outcome.extensions
        return row
    }

    private func row(_ unit: ECVETModel.Unit) -> TableRow {
        var row = TableRow(.units)
        fill(&row, from: unit, ECVETModel.Unit.fields)
        row.extensions += unit.extensions
        return row
    }

    private func row(_ part: UnitPart, of unit: ECVETModel.Unit) -> TableRow {
        var row = TableRow(.unitParts)
        row["unit"] = unit.id
        fill(&row, from: part, UnitPart.fields)
        row.extensions += part.extensions
        return row
    }

    private func row(_ criterion: AssessmentCriterion, owner: (type: String, id: String)) -> TableRow {
        var row = TableRow(.assessmentCriteria)
        row["ownerType"] = owner.type
        row["owner"] = owner.id
        fill(&row, from: criterion, AssessmentCriterion.fields)
        row.extensions += criterion.extensions
        return row
    }

    private func row(_ qualification: Qualification) -> TableRow {
        var row = TableRow(.qualifications)
        fill(&row, from: qualification, Qualification.fields)
        row["nqfFramework"] = list(qualification.nqfLevels.map { $0.framework ?? "" })
        row["nqfLevel"] = list(qualification.nqfLevels.map { $0.level ?? "" })
        row["nqfURI"] = list(qualification.nqfLevels.map { $0.uri ?? "" })
        row.extensions += qualification.extensions
        return row
    }

    private func add(_ group: UnitGroup, path: [Int], qualification: String, to rows: inout TableRows) {
        var row = TableRow(.structure)
        row["qualification"] = qualification
        row["member"] = path.map(String.init).joined(separator: ".")
        fill(&row, from: group, UnitGroup.fields)
        row.extensions += group.extensions
        rows.add(row)
        for (index, member) in group.members.enumerated() {
            let memberPath = path + [index + 1]
            switch member {
            case .group(let nested):
                add(nested, path: memberPath, qualification: qualification, to: &rows)
            case .unit(let link):
                var row = TableRow(.structure)
                row["qualification"] = qualification
                row["member"] = memberPath.map(String.init).joined(separator: ".")
                fill(&row, from: link, UnitLink.fields)
                row.extensions += link.extensions
                rows.add(row)
            }
        }
    }

    private func credits(_ credits: CreditPoints?, into row: inout TableRow) {
        guard let credits else { return }
        row["credits"] = credits.amount?.canonical ?? ""
        if let system = credits.system, !system.name.isEmpty { row["creditSystem"] = system.name }
        row["ecvetFactor"] = credits.system?.ecvetFactor?.canonical
    }

    private func assessment(_ assessment: Assessment?, into row: inout TableRow) {
        guard let assessment else { return }
        row.text["assessment"] = assessment.procedures
        row.extensions += assessment.extensions.map { field in
            var field = field
            field.key = "assessment." + field.key
            return field
        }
    }

    private func list(_ items: [String]) -> String? {
        items.isEmpty ? nil : items.joined(separator: String(CanonicalCSVLayout.listSeparator))
    }
}

/// One row being written: plain cells and texts in the table's column order, unknown fields.
struct TableRow {
    let table: CanonicalCSVLayout.Table
    var cells: [String?]
    var texts: [LocalizedText]
    var extensions: [ExtensionField] = []

    init(_ table: CanonicalCSVLayout.Table) {
        self.table = table
        cells = Array(repeating: nil, count: table.columns.count)
        texts = Array(repeating: LocalizedText(), count: table.texts.count)
    }

    subscript(column: String) -> String? {
        get { cells[table.columnIndex(column)] }
        set { cells[table.columnIndex(column)] = newValue }
    }

    /// The multilingual column `name`.
    var text: TextColumns {
        get { TextColumns(row: self) }
        set { self = newValue.row }
    }

    struct TextColumns {
        var row: TableRow

        subscript(name: String) -> LocalizedText {
            get { row.texts[row.table.textIndex(name)] }
            set { row.texts[row.table.textIndex(name)] = newValue }
        }
    }
}

extension CanonicalCSVLayout.Table {
    /// The position of a plain column (the writer names only columns the table has).
    func columnIndex(_ name: String) -> Int {
        columns.firstIndex(of: name)!
    }

    func textIndex(_ name: String) -> Int {
        texts.firstIndex(of: name)!
    }
}

/// The rows of one table, and the header they need: every plain column, a column per language
/// used, and the unknown fields in order of first appearance.
struct TableRows {
    let table: CanonicalCSVLayout.Table
    private(set) var rows: [TableRow] = []
    private var languages: [String: [String]] = [:]
    private var extensionKeys: [String] = []
    private var jsonKeys: Set<String> = []

    init(table: CanonicalCSVLayout.Table) {
        self.table = table
    }

    mutating func add(_ row: TableRow) {
        for (position, text) in row.texts.enumerated() {
            let column = table.texts[position]
            for language in text.languages where !(languages[column]?.contains(language) ?? false) {
                languages[column, default: []].append(language)
            }
        }
        for field in row.extensions {
            if !extensionKeys.contains(field.key) { extensionKeys.append(field.key) }
            if case .string = field.value {} else { jsonKeys.insert(field.key) }
        }
        rows.append(row)
    }

    func write(to writer: inout CSVWriter) {
        var header = table.columns
        for column in table.texts {
            header += (languages[column] ?? []).map { "\(column)@\($0)" }
        }
        header += extensionKeys.map { jsonKeys.contains($0) ? "\($0):json" : $0 }
        writer.writeRecord(header)
        let textLanguages = table.texts.map { languages[$0] ?? [] }
        for row in rows {
            var fields = row.cells.map { $0 ?? "" }
            for (position, text) in row.texts.enumerated() {
                fields += textLanguages[position].map { text[$0] ?? "" }
            }
            for key in extensionKeys {
                guard let field = row.extensions.first(where: { $0.key == key }) else {
                    fields.append("")
                    continue
                }
                if case .string(let text) = field.value, !jsonKeys.contains(key) {
                    fields.append(text)
                } else {
                    fields.append(Self.json(field.value))
                }
            }
            writer.writeRecord(fields)
        }
    }

    /// A value as one-line JSON, for `:json` columns.
    static func json(_ value: ExtensionValue) -> String {
        let output = ByteOutput()
        var emitter = CanonicalEmitter(writer: JSONTreeWriter(output: output, indented: false))
        emitter.value(value)
        emitter.writer.handOver()
        return String(decoding: output.bytes, as: UTF8.self)
    }
}

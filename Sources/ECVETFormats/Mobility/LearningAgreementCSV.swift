import ECVETModel
import ECVETBytes
import ECVETSyntax

/// A group mobility's learning agreements as one CSV file, a row per learner: each column is the
/// path of a value in the JSON form (`learner/givenName`, `period/start`, `units/0/points`,
/// `units/0/title@en`), so the agreements the group shares repeat on every row and what differs
/// (the learner, the dates) is a column. Read and written without loss of the known fields.
package enum LearningAgreementCSV {
    /// Whether a CSV file's first line is the header of learning agreements: it names the MoU
    /// (`memorandum`) and the learner (`learner/…`).
    package static func isAgreements(head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(4096), as: UTF8.self)
        guard let header = text.split(whereSeparator: \.isNewline).first else { return false }
        let names = header.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\t" })
            .map { $0.trimmingCharacters(in: .init(charactersIn: "\"\u{FEFF} ")) }
        return names.contains("memorandum") && names.contains { $0.hasPrefix("learner/") }
    }

    /// The learning agreements of a CSV file, one per row, each placed at its row.
    package static func read(_ input: ByteInput, delimiter: UInt8? = nil, encoding: TextEncoding? = nil)
        -> (documents: [MobilityDocument], diagnostics: [Diagnostic]) {
        let reader = CSVRecordReader(input: input, delimiter: delimiter, encoding: encoding)
        var documents: [MobilityDocument] = []
        var diagnostics: [Diagnostic] = []
        do throws(SyntaxError) {
            guard try reader.next() else { return ([], [Diagnostic(.unknownInputFormat, "the CSV file is empty", at: SourceLocation(file: input.name, line: 1))]) }
            let header = reader.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            var row = 0
            while try reader.next() {
                let place = reader.recordPlace.location(path: "/\(row)")
                if reader.fields.count != header.count {
                    diagnostics.append(Diagnostic(.csvSyntax, "row \(row + 1) has \(reader.fields.count) fields; the header has \(header.count)",
                                                  at: place))
                }
                var cells: [(path: String, value: String, location: SourceLocation)] = []
                for (index, value) in reader.fields.enumerated() where index < header.count && !value.isEmpty {
                    cells.append((header[index], value, reader.place(ofField: index).location(path: "/\(row)/\(header[index])")))
                }
                var binder = DocumentBinder()
                let agreement: LearningAgreement = binder.entity(DocumentCells.tree(cells, at: place), path: "/\(row)")
                diagnostics += binder.diagnostics
                documents.append(.learningAgreement(agreement))
                row += 1
            }
            return (documents, reader.diagnostics + diagnostics)
        } catch {
            return (documents, reader.diagnostics + diagnostics + [error.diagnostic])
        }
    }

    /// Writes learning agreements as one CSV file, a row each, and flushes it.
    package static func write(_ agreements: [LearningAgreement], to output: ByteOutput, delimiter: UInt8 = UInt8(ascii: ","),
                              byteOrderMark: Bool = false) throws(OutputError) {
        let rows = agreements.map { agreement in
            var cells = DocumentCells()
            cells.add(agreement)
            return cells
        }
        let columns = DocumentCells.columns(of: rows)
        var writer = CSVWriter(output: output, delimiter: delimiter, byteOrderMark: byteOrderMark)
        writer.writeRecord(columns)
        for row in rows {
            var values = [String: String](minimumCapacity: row.cells.count)
            for cell in row.cells { values[cell.path] = cell.value }
            writer.writeRecord(columns.map { values[$0] ?? "" })
        }
        try writer.finish()
        try output.flush()
    }
}

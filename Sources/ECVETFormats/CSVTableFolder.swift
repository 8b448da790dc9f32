import ECVETBytes
import ECVETSyntax

/// A folder of CSV tables as a writer makes it: the tables are written into a new folder beside
/// the destination, which is put in place whole (`AtomicFolder`) once they all were.
package enum CSVTableFolder {
    /// Every table ECVETKit writes into a folder (canonical and Europass): a folder that holds
    /// nothing else may be replaced.
    package static let tableNames: Set<String> = Set(CanonicalCSVLayout.Table.allCases.map(\.fileName))
        .union([EuropassCSV.qualificationsTable, EuropassCSV.unitsTable])

    /// Writes `tables` (a file name, and what writes its records) into a new folder beside
    /// `path`; committing the files, then the folder, puts them in place.
    package static func prepare(at path: String, delimiter: UInt8, byteOrderMark: Bool,
                                tables: [(name: String, write: (inout CSVWriter) -> Void)]) throws(OutputError)
        -> (files: [AtomicFile], folder: AtomicFolder) {
        let folder = try AtomicFolder(path: path, replaceable: tableNames)
        var files: [AtomicFile] = []
        do throws(OutputError) {
            for table in tables {
                let file = try AtomicFile(path: folder.temporaryPath + "/" + table.name)
                files.append(file)
                var writer = CSVWriter(output: file.output, delimiter: delimiter, byteOrderMark: byteOrderMark)
                table.write(&writer)
                try writer.finish()
                try file.flush()
            }
            return (files, folder)
        } catch {
            files.forEach { $0.discard() }
            folder.discard()
            throw error
        }
    }
}

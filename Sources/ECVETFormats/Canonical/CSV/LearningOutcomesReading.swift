import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// Reads the learning-outcomes table, most of a canonical catalogue's bytes, on a thread of its
/// own while the calling thread reads the other tables. A large table is cut in two: the calling
/// thread reads the first part (`readFirstPart`) before the other tables, the other thread the
/// rest. The result is the same as reading the table in one piece.
struct OutcomesReading {
    private let path: String
    private let size: Int
    private let split: OutcomesSplit?
    private let settings: CanonicalCSVReader
    // The two threads tell each other what each needs of the other: the other thread, how many
    // outcomes and lines the first part holds and which outcomes own criteria; the calling
    // thread, where those owners are in the rest of the table.
    private let firstPart = Handoff<OutcomesSplit.FirstPart?>()
    private let criteriaOwners = Handoff<Set<String>>()
    private let rest: WorkThread<CanonicalCSVReader.OutcomesResult>
    private var first: CanonicalCSVReader.OutcomesResult?

    /// Starts reading the table at `path` (or its later part) on a thread of its own.
    init(path: String, settings: CanonicalCSVReader, otherBytes: () -> Int) {
        let size = OutcomesSplit.size(of: path)
        let split = OutcomesSplit(path: path, size: size, encoding: settings.encoding, otherBytes: otherBytes)
        self.path = path
        self.size = size
        self.split = split
        self.settings = settings
        let firstPart = firstPart, criteriaOwners = criteriaOwners
        rest = WorkThread { () -> CanonicalCSVReader.OutcomesResult in
            var read: CanonicalCSVReader.OutcomesResult
            if let split {
                read = settings.readLaterOutcomes(split)
                // When the first part failed, the table is read again whole.
                if let first = firstPart.value() { read.move(after: first) }
            } else {
                read = settings.readOutcomes(at: path, tableBytes: size)
            }
            read.findOwners(criteriaOwners.value())
            return read
        }
    }

    /// Reads the first part of a table that is cut, on the calling thread.
    mutating func readFirstPart() {
        guard let split else { return }
        let read = settings.readOutcomes(at: path, range: 0..<split.offset, tableBytes: size)
        firstPart.give(read.table.failure == nil ? OutcomesSplit.FirstPart(read) : nil)
        first = read
    }

    /// The whole table, once the other thread is done, with the last outcome of each of
    /// `criteriaOwners` found.
    mutating func finish(criteriaOwners owners: Set<String>) -> CanonicalCSVReader.OutcomesResult {
        criteriaOwners.give(owners)
        guard var first else { return rest.result() }
        self.first = nil
        first.findOwners(owners)
        let rest = rest.result()
        guard first.table.failure == nil && rest.table.failure == nil else {
            // An error, or a cut inside a quoted field: read the table whole, so that what is
            // reported is what reading it in one piece reports.
            var whole = settings.readOutcomes(at: path, tableBytes: size)
            whole.findOwners(owners)
            return whole
        }
        first.append(rest)
        return first
    }
}

/// Where a large learning-outcomes table is cut so that two threads read it at once: the first
/// part with the header on one, which also reads the other tables, the rest on the other.
///
/// The cut is put after a line break. Whether that line break ends a record or lies inside a
/// quoted cell is only known once the first part is read: the first part then ends inside a
/// quoted cell and fails, and the table is read again whole. Files that are not UTF-8 are never
/// cut.
struct OutcomesSplit {
    /// Where the second part starts.
    let offset: Int
    let path: String
    /// The size of the whole table.
    let size: Int

    /// Tables below this size are read in one piece.
    static let smallestSplit = 8 << 20

    /// Plans the cut of the table at `path`; `nil` when it should be read in one piece.
    /// `size` is the table's, `otherBytes` gives the size of the other tables, which the thread
    /// that reads the first part reads too.
    init?(path: String, size: Int, encoding: TextEncoding?, otherBytes: () -> Int) {
        guard size >= Self.smallestSplit, encoding == nil || encoding == .utf8,
              let input = try? ByteInput(path: path), let head = try? input.peek(3),
              (TextEncoding.byteOrderMark(in: head)?.encoding ?? .utf8) == .utf8 else { return nil }
        // A byte costs about the same to read in every table: share the bytes evenly between
        // this thread (the first part, then the other tables) and the other (the rest).
        let firstPart = max(0, size - (size + otherBytes()) / 2)
        guard firstPart > size / 20 else { return nil }
        guard let window = try? ByteInput(path: path, range: firstPart..<min(size, firstPart + (1 << 16))),
              let bytes = try? window.peek(1 << 16),
              let lineEnd = bytes.firstIndex(of: 0x0A), firstPart + lineEnd + 1 < size else { return nil }
        self.offset = firstPart + lineEnd + 1
        self.path = path
        self.size = size
    }

    /// What the thread reading the later part needs to know of the first part.
    struct FirstPart: Sendable {
        var count: Int
        var endLine: Int

        init(_ first: CanonicalCSVReader.OutcomesResult) {
            count = first.outcomes.count
            endLine = first.table.endLine
        }
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

extension CanonicalCSVReader {
    /// Reads the rows of the learning-outcomes table after `split`, with the header at the start
    /// of the file. Places in the result count from the cut; `OutcomesResult.move` moves them.
    func readLaterOutcomes(_ split: OutcomesSplit) -> OutcomesResult {
        var reader = CanonicalCSVReader(delimiter: delimiter, encoding: .utf8)
        reader.expectedTableBytes = split.size - split.offset
        reader.placesOutcomes = false
        do throws(SyntaxError) {
            let header = CSVTable(reader: CSVRecordReader(input: try ByteInput(path: split.path), delimiter: delimiter,
                                                          encoding: encoding), table: .learningOutcomes)
            guard try header.readHeader() else { return OutcomesResult(outcomes: [], table: TableResult()) }
            let later = CSVRecordReader(input: try ByteInput(path: split.path, range: split.offset..<Int.max),
                                        delimiter: header.reader.delimiter, encoding: .utf8)
            let table = reader.readRows(.learningOutcomes, from: CSVTable(reader: later, header: header))
            return OutcomesResult(outcomes: reader.catalogue.learningOutcomes, table: table)
        } catch {
            return OutcomesResult(outcomes: [], table: TableResult(failure: error.diagnostic))
        }
    }
}

extension CanonicalCSVReader.OutcomesResult {
    /// Gives the outcomes of a later part of the table, read without their paths, the places
    /// they have in the whole table: their lines follow the first part's, their indexes its
    /// outcomes.
    mutating func move(after first: OutcomesSplit.FirstPart) {
        let lineOffset = first.endLine - 1
        firstIndex = first.count
        var missingIDs: [Diagnostic] = []
        for index in outcomes.indices {
            if let missing = CanonicalCSVReader.place(&outcomes[index], at: first.count + index, lineOffset: lineOffset) {
                missingIDs.append(missing)
            }
        }
        func moved(_ diagnostic: Diagnostic) -> Diagnostic {
            var diagnostic = diagnostic
            guard var location = diagnostic.location else { return diagnostic }
            location.line = location.line.map { $0 + lineOffset }
            let prefix = "/learningOutcomes/"
            if location.path.hasPrefix(prefix) {
                let rest = location.path.dropFirst(prefix.count)
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                if let index = Int(digits) { location.path = prefix + String(first.count + index) + rest.dropFirst(digits.count) }
            }
            diagnostic.location = location
            return diagnostic
        }
        table.diagnostics = missingIDs + table.diagnostics.map(moved)
        table.problems = table.problems.map(moved)
        table.endLine += lineOffset
    }

    /// Appends the outcomes and diagnostics of the part of the table after this one, already
    /// moved to their places. Owners found in the later part win: they are the last outcomes
    /// with their ids.
    mutating func append(_ later: Self) {
        outcomes += later.outcomes
        table.diagnostics += later.table.diagnostics
        table.problems += later.table.problems
        table.endLine = later.table.endLine
        owners.merge(later.owners) { _, later in later }
    }

    /// Finds the last outcome of each owner in `wanted` among this part's outcomes.
    mutating func findOwners(_ wanted: Set<String>) {
        guard !wanted.isEmpty else { return }
        for index in outcomes.indices.reversed() where owners.count < wanted.count {
            let id = outcomes[index].id
            if owners[id] == nil && wanted.contains(id) { owners[id] = firstIndex + index }
        }
    }
}

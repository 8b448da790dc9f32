import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// Reads a catalogue from a folder of canonical CSV tables (see `CanonicalCSVLayout`), one table
/// at a time, a record at a time. Problems in a row are reported and the rest is still read.
package struct CanonicalCSVReader {
    package var delimiter: UInt8?
    package var encoding: TextEncoding?

    package init(delimiter: UInt8? = nil, encoding: TextEncoding? = nil) {
        self.delimiter = delimiter
        self.encoding = encoding
    }

    private(set) var catalogue = Catalogue()
    private var diagnostics: [Diagnostic] = []
    private var unitIndex: [String: Int] = [:]
    private var qualificationIndex: [String: Int] = [:]
    private var structureRows: [String: [StructureRow]] = [:]

    /// Learning-outcome criteria met before the learning outcomes were read: attached once they
    /// are, in row order.
    private var waitingCriteria: [WaitingCriterion] = []
    /// The owners of `waitingCriteria`.
    private var waitingOwners: Set<String> = []
    /// Whether learning outcomes get their paths as they are read; a later part of the table
    /// gets them once its place in the table is known.
    var placesOutcomes = true
    /// The size of the learning-outcomes table, whichever part of it is read.
    var expectedTableBytes = 0

    private struct WaitingCriterion {
        var criterion: AssessmentCriterion
        var ownerType: String
        var owner: String
        var ownerLocation: SourceLocation
        /// Where, among the criteria table's diagnostics so far, a diagnostic about it belongs.
        var diagnosticPosition: Int
    }

    /// What reading one table (or part of one) gave.
    struct TableResult: Sendable {
        /// Diagnostics about the rows, in row order.
        var diagnostics: [Diagnostic] = []
        /// Problems of the syntax and of the columns, after those about the rows.
        var problems: [Diagnostic] = []
        /// The error that stopped the reading, if one did.
        var failure: Diagnostic?
        /// The physical line the reader reached.
        var endLine = 1
    }

    /// What the thread reading the learning outcomes hands back.
    struct OutcomesResult: Sendable {
        var outcomes: [LearningOutcome]
        var table: TableResult
        /// The index in the whole table of the first of `outcomes`.
        var firstIndex = 0
        /// For each owner of a learning outcome's criteria, the index in the whole table of the
        /// last outcome with its id.
        var owners: [String: Int] = [:]
    }

    /// Reads the tables of `folder`. The catalogue is `nil` when a table cannot be read at all.
    ///
    /// The learning outcomes, most of a catalogue's bytes, are read on a thread of their own while
    /// this one reads the other tables. A large learning-outcomes table is cut in two: this
    /// thread reads the first part before the other tables, the other thread the rest. The result
    /// is the same as reading the tables one by one.
    package mutating func read(folder: String) -> (catalogue: Catalogue?, diagnostics: [Diagnostic]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        func path(of table: CanonicalCSVLayout.Table) -> String? {
            names.first { $0.lowercased() == table.fileName }.map { (folder as NSString).appendingPathComponent($0) }
        }
        catalogue = Catalogue(location: SourceLocation(file: folder))
        // Asked for only when the learning outcomes are large enough to be cut.
        let otherBytes = {
            CanonicalCSVLayout.Table.allCases.reduce(0) { total, table in
                guard table != .learningOutcomes, let path = path(of: table) else { return total }
                return total + OutcomesSplit.size(of: path)
            }
        }
        var outcomes = path(of: .learningOutcomes).map { outcomesPath in
            OutcomesReading(path: outcomesPath, settings: CanonicalCSVReader(delimiter: delimiter, encoding: encoding),
                            otherBytes: otherBytes)
        }
        outcomes?.readFirstPart()
        var results: [CanonicalCSVLayout.Table: TableResult] = [:]
        for table in CanonicalCSVLayout.Table.allCases where table != .learningOutcomes {
            guard let path = path(of: table) else { continue }
            results[table] = readTable(table, at: path)
            if results[table]?.failure != nil { break }
        }
        var owners: [String: Int] = [:]
        if var read = outcomes?.finish(criteriaOwners: waitingOwners) {
            // Handed over, not shared: the criteria below change the outcomes in place.
            swap(&catalogue.learningOutcomes, &read.outcomes)
            results[.learningOutcomes] = read.table
            owners = read.owners
        }
        if var criteria = results[.assessmentCriteria] {
            attachWaitingCriteria(owners: owners, diagnostics: &criteria.diagnostics)
            results[.assessmentCriteria] = criteria
        }
        var diagnostics: [Diagnostic] = []
        for table in CanonicalCSVLayout.Table.allCases {
            guard let result = results[table] else { continue }
            diagnostics += result.diagnostics
            if let failure = result.failure { return (nil, diagnostics + [failure]) }
            diagnostics += result.problems
        }
        buildStructures()
        return (catalogue, diagnostics)
    }

    /// Reads the learning-outcomes table at `path`, or the part of it in `range`, with a reader
    /// of its own.
    func readOutcomes(at path: String, range: Range<Int>? = nil, tableBytes: Int) -> OutcomesResult {
        var reader = CanonicalCSVReader(delimiter: delimiter, encoding: encoding)
        reader.expectedTableBytes = tableBytes
        let table = reader.readTable(.learningOutcomes, at: path, range: range)
        return OutcomesResult(outcomes: reader.catalogue.learningOutcomes, table: table)
    }

    /// Reads `table` from `path`, or from `range` of its bytes.
    private mutating func readTable(_ table: CanonicalCSVLayout.Table, at path: String, range: Range<Int>? = nil) -> TableResult {
        do throws(SyntaxError) {
            let input = if let range { try ByteInput(path: path, range: range) } else { try ByteInput(path: path) }
            let rows = CSVTable(reader: CSVRecordReader(input: input, delimiter: delimiter, encoding: encoding), table: table)
            guard try rows.readHeader() else { return TableResult() }
            return readRows(table, from: rows)
        } catch {
            return TableResult(failure: error.diagnostic)
        }
    }

    /// Reads the rows of a table whose header has been read.
    mutating func readRows(_ table: CanonicalCSVLayout.Table, from rows: CSVTable) -> TableResult {
        diagnostics = []
        do throws(SyntaxError) {
            try read(table, from: rows)
            return TableResult(diagnostics: diagnostics, problems: rows.reader.diagnostics + rows.diagnostics,
                               endLine: rows.reader.line)
        } catch {
            return TableResult(diagnostics: diagnostics, failure: error.diagnostic)
        }
    }

    /// Attaches the criteria of learning outcomes, in row order, to the last outcome with the
    /// owner's id, found in `owners`.
    private mutating func attachWaitingCriteria(owners: [String: Int], diagnostics: inout [Diagnostic]) {
        var missing: [(position: Int, diagnostic: Diagnostic)] = []
        for waiting in waitingCriteria {
            guard let index = owners[waiting.owner] else {
                missing.append((waiting.diagnosticPosition, Self.unknownOwner(waiting.ownerType, waiting.owner, at: waiting.ownerLocation)))
                continue
            }
            var criterion = waiting.criterion
            criterion.location.path = "/learningOutcomes/\(index)/assessmentCriteria/\(catalogue.learningOutcomes[index].assessmentCriteria.count)"
            catalogue.learningOutcomes[index].assessmentCriteria.append(criterion)
        }
        for (position, diagnostic) in missing.reversed() {
            diagnostics.insert(diagnostic, at: position)
        }
        waitingCriteria = []
    }

    private static func unknownOwner(_ ownerType: String, _ owner: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.csvSyntax,
            "the criterion belongs to \(ownerType) \"\(owner)\", which is not in the catalogue; the row is skipped",
            at: location)
    }

    private mutating func read(_ table: CanonicalCSVLayout.Table, from rows: CSVTable) throws(SyntaxError) {
        switch table {
        case .catalogue: try readCatalogue(rows)
        case .organisations: try readOrganisations(rows)
        case .learningOutcomes: try readLearningOutcomes(rows)
        case .units: try readUnits(rows)
        case .unitParts: try readParts(rows)
        case .assessmentCriteria: try readCriteria(rows)
        case .qualifications: try readQualifications(rows)
        case .structure: try readStructure(rows)
        }
    }

    // MARK: - Tables

    private mutating func readCatalogue(_ rows: CSVTable) throws(SyntaxError) {
        guard try rows.next() else { return }
        catalogue.location = rows.reader.recordLocation
        if let format = rows.value("format"), format != CanonicalFormat.name {
            diagnostics.append(Diagnostic(.unsupportedFormat,
                "\"\(format)\" is not a format this version reads; expected \"\(CanonicalFormat.name)\"",
                at: rows.location("format", path: "/format")))
        }
        fill(&catalogue, from: rows, Catalogue.fields, path: "")
        catalogue.extensions = rows.extensionFields(path: "")
        if try rows.next() {
            diagnostics.append(Diagnostic(.csvSyntax, "catalogue.csv holds one row; this one is ignored",
                                          at: rows.reader.recordLocation))
        }
    }

    private mutating func readOrganisations(_ rows: CSVTable) throws(SyntaxError) {
        while try rows.next() {
            let path = "/organisations/\(catalogue.organisations.count)"
            var organisation = Organisation(id: "", location: located(rows, path))
            fill(&organisation, from: rows, Organisation.fields, path: path)
            organisation.extensions = rows.extensionFields(path: path)
            requireID(organisation.id, "organisation", organisation.location)
            catalogue.organisations.append(organisation)
        }
    }

    private mutating func readLearningOutcomes(_ rows: CSVTable) throws(SyntaxError) {
        while try rows.next() {
            if catalogue.learningOutcomes.count == 256 { reserveOutcomes(readingSoFar: rows.reader.bytesRead) }
            var outcome = LearningOutcome(id: "", location: rows.reader.recordLocation)
            // `place` gives the values their paths, once the outcome's index in the table is known.
            fill(&outcome, from: rows, LearningOutcome.fields, path: nil)
            let index = catalogue.learningOutcomes.count
            if !rows.extensions.isEmpty {
                // With this path, problems of extension cells can be moved with the outcome.
                outcome.extensions = rows.extensionFields(path: "/learningOutcomes/\(index)")
            }
            if placesOutcomes, let missing = Self.place(&outcome, at: index) { diagnostics.append(missing) }
            catalogue.learningOutcomes.append(outcome)
        }
    }

    /// Makes room at once for the outcomes the whole table is likely to hold, judging by the
    /// first rows: growing step by step would copy the array several times over.
    private mutating func reserveOutcomes(readingSoFar bytes: Int) {
        guard expectedTableBytes > 0, bytes > 0 else { return }
        let expected = Double(catalogue.learningOutcomes.count) / Double(bytes) * Double(expectedTableBytes) * 1.05
        catalogue.learningOutcomes.reserveCapacity(min(Int(expected), expectedTableBytes / 16))
    }

    /// Gives an outcome and its values the paths of learning outcome `index`, moves their lines
    /// `lineOffset` down (for rows read from a later part of the file), and returns the
    /// diagnostic of a missing id.
    static func place(_ outcome: inout LearningOutcome, at index: Int, lineOffset: Int = 0) -> Diagnostic? {
        func placed(_ location: inout SourceLocation, _ path: String) {
            location.path = path
            if lineOffset != 0 { location.line = location.line.map { $0 + lineOffset } }
        }
        let path = "/learningOutcomes/\(index)"
        placed(&outcome.location, path)
        if outcome.category != nil { placed(&outcome.category!.location, path + "/category") }
        for skill in outcome.escoSkills.indices { placed(&outcome.escoSkills[skill].location, path + "/escoSkills") }
        for field in outcome.extensions.indices {
            placed(&outcome.extensions[field].location, path + "/" + outcome.extensions[field].key)
        }
        return outcome.id.isEmpty ? missingID("learning outcome", at: outcome.location) : nil
    }

    private mutating func readUnits(_ rows: CSVTable) throws(SyntaxError) {
        while try rows.next() {
            let path = "/units/\(catalogue.units.count)"
            var unit = ECVETModel.Unit(id: "", location: located(rows, path))
            fill(&unit, from: rows, ECVETModel.Unit.fields, path: path)
            unit.extensions = ownExtensions(rows, path: path)
            requireID(unit.id, "unit", unit.location)
            unitIndex[unit.id] = catalogue.units.count
            catalogue.units.append(unit)
        }
    }

    private mutating func readParts(_ rows: CSVTable) throws(SyntaxError) {
        while try rows.next() {
            guard let unitID = rows.value("unit"), let index = unitIndex[unitID] else {
                diagnostics.append(Diagnostic(.csvSyntax,
                    "the part names unit \"\(rows.value("unit") ?? "")\", which is not in units.csv; the row is skipped",
                    at: rows.location("unit", path: "")))
                continue
            }
            let path = "/units/\(index)/parts/\(catalogue.units[index].parts.count)"
            var part = UnitPart(id: "", location: located(rows, path))
            fill(&part, from: rows, UnitPart.fields, path: path)
            part.extensions = ownExtensions(rows, path: path)
            requireID(part.id, "unit part", part.location)
            catalogue.units[index].parts.append(part)
        }
    }

    private mutating func readCriteria(_ rows: CSVTable) throws(SyntaxError) {
        while try rows.next() {
            let owner = rows.value("owner") ?? ""
            var criterion = AssessmentCriterion(location: rows.reader.recordLocation)
            fill(&criterion, from: rows, AssessmentCriterion.fields, path: "")
            criterion.extensions = rows.extensionFields(path: "")
            switch rows.value("ownerType")?.lowercased() {
            case "unit":
                if let index = unitIndex[owner] {
                    criterion.location.path = "/units/\(index)/assessment/criteria/\(catalogue.units[index].assessment?.criteria.count ?? 0)"
                    catalogue.units[index].assessment = appending(criterion, to: catalogue.units[index].assessment,
                                                                  path: "/units/\(index)/assessment")
                    continue
                }
            case "part":
                let ids = owner.split(separator: "/", maxSplits: 1).map(String.init)
                if ids.count == 2, let index = unitIndex[ids[0]],
                   let partIndex = catalogue.units[index].parts.firstIndex(where: { $0.id == ids[1] }) {
                    let path = "/units/\(index)/parts/\(partIndex)/assessment"
                    catalogue.units[index].parts[partIndex].assessment =
                        appending(criterion, to: catalogue.units[index].parts[partIndex].assessment, path: path)
                    continue
                }
            case "learningoutcome":
                waitingOwners.insert(owner)
                waitingCriteria.append(WaitingCriterion(criterion: criterion, ownerType: rows.value("ownerType") ?? "", owner: owner,
                                                        ownerLocation: rows.location("owner", path: ""),
                                                        diagnosticPosition: diagnostics.count))
                continue
            default:
                diagnostics.append(Diagnostic(.csvSyntax,
                    "ownerType is \"\(rows.value("ownerType") ?? "")\"; expected unit, part or learningOutcome",
                    at: rows.location("ownerType", path: "")))
                continue
            }
            diagnostics.append(Self.unknownOwner(rows.value("ownerType") ?? "", owner, at: rows.location("owner", path: "")))
        }
    }

    private mutating func readQualifications(_ rows: CSVTable) throws(SyntaxError) {
        while try rows.next() {
            let path = "/qualifications/\(catalogue.qualifications.count)"
            var qualification = Qualification(id: "", location: located(rows, path))
            fill(&qualification, from: rows, Qualification.fields, path: path)
            qualification.nqfLevels = nqfLevels(rows, path: path + "/nqf")
            qualification.extensions = rows.extensionFields(path: path)
            requireID(qualification.id, "qualification", qualification.location)
            qualificationIndex[qualification.id] = catalogue.qualifications.count
            catalogue.qualifications.append(qualification)
        }
    }

    /// One row of structure.csv: a group or a unit link at a member path (`1`, `1.2`, `1.2.1`).
    private struct StructureRow {
        var path: [Int]
        var member: GroupMember
    }

    private mutating func readStructure(_ rows: CSVTable) throws(SyntaxError) {
        while try rows.next() {
            let qualificationID = rows.value("qualification") ?? ""
            guard qualificationIndex[qualificationID] != nil else {
                diagnostics.append(Diagnostic(.csvSyntax,
                    "the row names qualification \"\(qualificationID)\", which is not in qualifications.csv; the row is skipped",
                    at: rows.location("qualification", path: "")))
                continue
            }
            let memberText = rows.value("member") ?? ""
            let path = memberText.split(separator: ".").compactMap { Int($0) }
            guard !path.isEmpty, path.count == memberText.split(separator: ".").count, path.allSatisfy({ $0 > 0 }) else {
                diagnostics.append(Diagnostic(.csvSyntax,
                    "member \"\(memberText)\" is not a member path such as 1 or 1.2.3; the row is skipped",
                    at: rows.location("member", path: "")))
                continue
            }
            let location = rows.reader.recordLocation
            let extensions = rows.extensionFields(path: "")
            let member: GroupMember
            if let unit = rows.value("unit") {
                member = .unit(UnitLink(unit: Reference(unit, location: rows.location("unit", path: "")),
                                        points: rows.decimal("points"),
                                        isMandatory: rows.boolean("mandatory", path: ""),
                                        extensions: extensions, location: location))
            } else {
                member = .group(UnitGroup(id: rows.value("id"), title: rows.text("title"),
                                          description: rows.text("description"),
                                          isMandatory: rows.boolean("mandatory", path: ""),
                                          minPoints: rows.decimal("minPoints"), maxPoints: rows.decimal("maxPoints"),
                                          minUnits: rows.integer("minUnits", path: ""),
                                          maxUnits: rows.integer("maxUnits", path: ""),
                                          extensions: extensions, location: location))
            }
            structureRows[qualificationID, default: []].append(StructureRow(path: path, member: member))
        }
    }

    /// Nests the structure rows of each qualification into its group tree.
    private mutating func buildStructures() {
        for (qualificationID, rows) in structureRows {
            guard let index = qualificationIndex[qualificationID] else { continue }
            guard let root = rows.first(where: { $0.path.count == 1 }), case .group(let group) = root.member else {
                let location = rows.first?.member.location ?? catalogue.qualifications[index].location
                diagnostics.append(Diagnostic(.csvSyntax,
                    "the structure of \"\(qualificationID)\" has no root group (member 1, with no unit)", at: location))
                continue
            }
            catalogue.qualifications[index].structure = nest(group, at: root.path, rows: rows,
                                                             path: "/qualifications/\(index)/structure")
        }
    }

    private func nest(_ group: UnitGroup, at prefix: [Int], rows: [StructureRow], path: String) -> UnitGroup {
        var group = group
        group.location.path = path
        let children = rows.filter { $0.path.count == prefix.count + 1 && Array($0.path.prefix(prefix.count)) == prefix }
        for (position, child) in children.enumerated() {
            let memberPath = path + "/members/\(position)"
            switch child.member {
            case .unit(var link):
                link.location.path = memberPath
                link.unit.location.path = memberPath + "/unit"
                group.members.append(.unit(link))
            case .group(let nested):
                group.members.append(.group(nest(nested, at: child.path, rows: rows, path: memberPath + "/group")))
            }
        }
        return group
    }

    // MARK: - Shared pieces

    private func located(_ rows: CSVTable, _ path: String) -> SourceLocation {
        rows.reader.location(ofField: nil, path: path)
    }

    private mutating func requireID(_ id: String, _ what: String, _ location: SourceLocation) {
        if id.isEmpty { diagnostics.append(Self.missingID(what, at: location)) }
    }

    static func missingID(_ what: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.missingKey, "the \(what) has no id", at: location, hint: "fill the id column of every row")
    }

    private func nqfLevels(_ rows: CSVTable, path: String) -> [NQFLevel] {
        let frameworks = rows.list("nqfFramework"), levels = rows.list("nqfLevel"), uris = rows.list("nqfURI")
        let count = max(frameworks.count, levels.count, uris.count)
        let location = rows.location("nqfFramework", path: path)
        return (0..<count).map { index in
            func item(_ list: [String]) -> String? {
                index < list.count && !list[index].isEmpty ? list[index] : nil
            }
            var level = NQFLevel(framework: item(frameworks), level: item(levels), uri: item(uris), location: location)
            level.location.path = path + "/\(index)"
            return level
        }
    }

    /// Reads the cells of `entity`'s fields as its table says, each kind of value one way for
    /// every table; `path` is the entity's JSON Pointer, `nil` for values whose paths are given
    /// later (learning outcomes, placed once their index is known). Nested fields are the
    /// entity's own code's.
    private func fill<Entity>(_ entity: inout Entity, from rows: CSVTable, _ fields: [Field<Entity>], path: String?) {
        // A field the header lacks keeps the entity's empty value.
        for index in rows.present(fields) {
            let key = fields[index].key
            // Made only for the values that keep a location.
            var fieldPath: String { path.map { $0 + "/" + key } ?? "" }
            switch fields[index].value {
            case .identifier(let property): property.set(&entity, rows.value(key) ?? "")
            case .text(let property, _): property.set(&entity, rows.value(key))
            case .localizedText(let property): property.set(&entity, rows.text(key))
            case .eqfLevel(let property): property.set(&entity, rows.value(key).map { EQFLevel($0, location: rows.location(key, path: fieldPath)) })
            case .code(let property): property.set(&entity, rows.code(key, path: fieldPath))
            case .codes(let property): property.set(&entity, rows.codes(key, path: fieldPath))
            case .reference(let property): property.set(&entity, rows.reference(key, path: fieldPath))
            case .references(let property, _): property.set(&entity, rows.references(key, path: fieldPath))
            case .identifiers(let property): property.set(&entity, rows.identifiers(key))
            case .decimal(let property): property.set(&entity, rows.decimal(key))
            case .integer(let property): property.set(&entity, rows.integer(key, path: fieldPath))
            case .flag(let property): property.set(&entity, rows.boolean(key, path: fieldPath))
            case .credits(let property): property.set(&entity, rows.credits(path: fieldPath))
            case .validity(let property): property.set(&entity, rows.validity(path: fieldPath))
            case .assessment(let property): property.set(&entity, assessment(rows, path: fieldPath))
            case .category(let property):
                property.set(&entity, rows.value(key).map { LearningOutcomeCategory($0, location: rows.location(key, path: fieldPath)) })
            case .nested: break
            }
        }
    }

    /// The assessment of a unit or part: its procedures columns and `assessment.` extension columns.
    private func assessment(_ rows: CSVTable, path: String) -> Assessment? {
        let procedures = rows.text("assessment")
        let extensions = rows.extensionFields(path: path).compactMap { field -> ExtensionField? in
            guard field.key.hasPrefix("assessment.") else { return nil }
            var field = field
            field.key.removeFirst("assessment.".count)
            return field
        }
        guard !procedures.isEmpty || !extensions.isEmpty else { return nil }
        return Assessment(procedures: procedures, extensions: extensions, location: rows.location("assessment", path: path))
    }

    private func ownExtensions(_ rows: CSVTable, path: String) -> [ExtensionField] {
        rows.extensionFields(path: path).filter { !$0.key.hasPrefix("assessment.") }
    }

    private func appending(_ criterion: AssessmentCriterion, to assessment: Assessment?, path: String) -> Assessment {
        var assessment = assessment ?? Assessment(location: SourceLocation(file: criterion.location.file,
                                                                           line: criterion.location.line, path: path))
        var criterion = criterion
        criterion.location.path = path + "/criteria/\(assessment.criteria.count)"
        assessment.criteria.append(criterion)
        return assessment
    }
}

extension GroupMember {
    /// The place of the member.
    var location: SourceLocation {
        switch self {
        case .unit(let link): link.location
        case .group(let group): group.location
        }
    }
}

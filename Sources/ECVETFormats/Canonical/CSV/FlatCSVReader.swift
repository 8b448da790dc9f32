import ECVETModel
import ECVETBytes
import ECVETSyntax

/// Reads the flat layout real exports use: one CSV file with one row per unit (the
/// qualification's columns repeated on each row) or one row per learning outcome (the unit's
/// columns repeated too).
///
/// Column names are matched case-insensitively, ignoring `_`, `-` and spaces
/// (`Qualification_ID` is `qualificationId`); `columnMap` renames other headers first
/// (`Tutkinto` → `qualificationId`). Text columns carry their language (`unitTitle@fi`), or take
/// `language`. Rows with the same qualification or unit id build one entity; its first row gives
/// its values.
package struct FlatCSVReader {
    package var options: CSVOptions

    package init(options: CSVOptions = CSVOptions()) {
        self.options = options
    }

    /// The columns of the flat layout, by role.
    enum Column: String, CaseIterable {
        case qualificationID = "qualificationId", qualificationCode, qualificationTitle, qualificationDescription
        case eqfLevel, nqfFramework, nqfLevel, nqfURI, iscedF, languages, qualificationPoints
        case volumeOfLearning, awardingBody, country, validFrom, validUntil
        case unitID = "unitId", unitCode, unitTitle, unitDescription, points, mandatory, group, groupTitle
        case outcomeID = "outcomeId", outcome, category

        var isText: Bool {
            switch self {
            case .qualificationTitle, .qualificationDescription, .unitTitle, .unitDescription, .outcome, .groupTitle: true
            default: false
            }
        }

        /// Other names exports use for the same column (normalised).
        var aliases: [String] {
            switch self {
            case .qualificationID: ["qualification", "qualificationid"]
            case .qualificationTitle: ["qualificationtitle", "qualificationname"]
            case .eqfLevel: ["eqf", "eqflevel"]
            case .nqfLevel: ["nqf", "nqflevel"]
            case .iscedF: ["isced", "iscedf", "iscedfcode", "fieldofeducation"]
            case .qualificationPoints: ["qualificationpoints", "qualificationcredits", "totalpoints"]
            case .volumeOfLearning: ["volumeoflearning", "duration"]
            case .unitID: ["unit", "unitid"]
            case .unitTitle: ["unittitle", "unitname"]
            case .points: ["points", "credits", "unitpoints", "unitcredits", "ecvetpoints"]
            case .outcomeID: ["outcomeid", "learningoutcomeid"]
            case .outcome: ["outcome", "learningoutcome", "outcometext", "statement"]
            case .category: ["category", "outcomecategory", "domain"]
            case .group: ["group", "groupid", "unitgroup"]
            case .groupTitle: ["grouptitle", "groupname"]
            default: [FlatCSVReader.normalise(rawValue)]
            }
        }
    }

    static func normalise(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Reads one flat CSV file.
    package func read(_ input: ByteInput) -> (catalogue: Catalogue?, diagnostics: [Diagnostic]) {
        var state = FlatCSVState(file: input.name)
        let reader = CSVRecordReader(input: input, delimiter: options.delimiter, encoding: options.encoding)
        do throws(SyntaxError) {
            guard try reader.next() else {
                return (nil, [Diagnostic(.unknownInputFormat, "the CSV file is empty", at: SourceLocation(file: input.name, line: 1, column: 1))])
            }
            let columns = reader.fields
            let header = resolveHeader(reader, into: &state)
            guard header.plain[.qualificationID] != nil || header.plain[.qualificationCode] != nil else {
                // Nothing of the file can be read: one finding, not one more per column besides.
                let name = input.name.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
                let isTable = CanonicalCSVLayout.Table.allCases.contains { $0.fileName == name }
                let recognised = BundledMapping.recognising(columns)
                let problem = Diagnostic(.csvSyntax,
                    isTable ? "\(name) is one table of a canonical CSV folder; give the folder that holds it"
                            : "the flat layout needs a qualificationId or qualificationCode column",
                    at: SourceLocation(file: input.name, line: 1, column: 1),
                    hint: isTable ? nil : recognised?.hint ?? "rename the column, map it with --columns 'YourName=qualificationId', or read the file through a mapping (--mapping FILE.mapping.yaml)")
                return (nil, reader.diagnostics + [problem])
            }
            while try reader.next() {
                if reader.fields.count != header.count {
                    state.diagnostics.append(Diagnostic(.csvSyntax,
                        "the row has \(reader.fields.count) fields; the header has \(header.count)",
                        at: reader.recordLocation))
                }
                state.add(row: reader, header: header)
            }
        } catch {
            return (nil, reader.diagnostics + state.diagnostics + [error.diagnostic])
        }
        return (state.finish(), reader.diagnostics + state.diagnostics)
    }

    /// The columns of the header: plain columns by role, text columns by role and language.
    struct Header {
        var plain: [Column: Int] = [:]
        var texts: [Column: [(language: String, index: Int)]] = [:]
        var count = 0
    }

    private func resolveHeader(_ reader: CSVRecordReader, into state: inout FlatCSVState) -> Header {
        var header = Header(count: reader.fields.count)
        let renames = Dictionary(options.columnMap.map { (Self.normalise($0.key), $0.value) },
                                 uniquingKeysWith: { first, _ in first })
        for (index, raw) in reader.fields.enumerated() {
            var name = raw.trimmingCharacters(in: .whitespaces)
            if let renamed = renames[Self.normalise(name)] { name = renamed }
            var language: String?
            if let at = name.firstIndex(of: "@") {
                language = String(name[name.index(after: at)...])
                name = String(name[..<at])
            }
            let normal = Self.normalise(name)
            guard let column = Column.allCases.first(where: { $0.aliases.contains(normal) }) else {
                // A column no role reads is said, not dropped without a word.
                if !raw.trimmingCharacters(in: .whitespaces).isEmpty {
                    state.diagnostics.append(Diagnostic(.unknownKey,
                        "column \"\(raw)\" is none the flat layout reads; its values are not read",
                        at: reader.location(ofField: index),
                        hint: "rename it to a column of the flat layout (Documentation/Formats.md, Flat CSV exports), map it with --columns NAME=column, or read the sheet through a mapping"))
                }
                continue
            }
            if column.isText {
                guard let tag = language ?? options.language, CSVTable.isLanguageTag(tag) else {
                    state.diagnostics.append(Diagnostic(.csvSyntax,
                        "column \"\(raw)\" needs a language: name it \(column.rawValue)@fi (or give --language)",
                        at: reader.location(ofField: index)))
                    continue
                }
                header.texts[column, default: []].append((tag, index))
            } else {
                header.plain[column] = index
            }
        }
        return header
    }
}

/// The catalogue being built from flat rows.
struct FlatCSVState {
    let file: String
    var catalogue = Catalogue()
    var diagnostics: [Diagnostic] = []
    private var qualificationIndex: [String: Int] = [:]
    private var unitIndex: [String: Int] = [:]
    /// Per qualification: its links in order, grouped by group id (`""` for none).
    private var links: [Int: [(group: String, title: LocalizedText, link: UnitLink)]] = [:]
    private var linked: Set<String> = []
    /// The qualification whose rows first gave each unit: the unit's outcomes come from its rows;
    /// a unit shared by another qualification repeats them there.
    private var unitOwner: [String: String] = [:]

    init(file: String) {
        self.file = file
        catalogue.location = SourceLocation(file: file, line: 1, column: 1)
    }

    mutating func add(row reader: CSVRecordReader, header: FlatCSVReader.Header) {
        func value(_ column: FlatCSVReader.Column) -> String? {
            guard let index = header.plain[column], index < reader.fields.count else { return nil }
            let text = reader.fields[index].trimmingSpaces()
            return text.isEmpty ? nil : text
        }
        func text(_ column: FlatCSVReader.Column) -> LocalizedText {
            LocalizedText((header.texts[column] ?? []).compactMap { language, index in
                guard index < reader.fields.count, !reader.fields[index].isEmpty else { return nil }
                return LocalizedText.Entry(language: language, text: reader.fields[index])
            })
        }
        func location(_ column: FlatCSVReader.Column, _ path: String) -> SourceLocation {
            reader.location(ofField: header.plain[column], path: path)
        }

        guard let qualificationID = value(.qualificationID) ?? value(.qualificationCode) else {
            diagnostics.append(Diagnostic(.missingKey, "the row names no qualification", at: reader.recordLocation))
            return
        }
        let qualification: Int
        if let known = qualificationIndex[qualificationID] {
            qualification = known
        } else {
            qualification = catalogue.qualifications.count
            let path = "/qualifications/\(qualification)"
            var entity = Qualification(id: qualificationID, location: reader.location(ofField: nil, path: path))
            entity.code = value(.qualificationCode)
            entity.title = text(.qualificationTitle)
            entity.description = text(.qualificationDescription)
            entity.eqfLevel = value(.eqfLevel).map { EQFLevel($0, location: location(.eqfLevel, path + "/eqfLevel")) }
            if value(.nqfFramework) != nil || value(.nqfLevel) != nil || value(.nqfURI) != nil {
                entity.nqfLevels = [NQFLevel(framework: value(.nqfFramework), level: value(.nqfLevel), uri: value(.nqfURI),
                                             location: location(.nqfLevel, path + "/nqf/0"))]
            }
            entity.iscedF = split(value(.iscedF)).map { Code($0, location: location(.iscedF, path + "/iscedF")) }
            entity.languages = split(value(.languages)).map { Code($0, location: location(.languages, path + "/languages")) }
            entity.credits = value(.qualificationPoints).map {
                CreditPoints($0, location: location(.qualificationPoints, path + "/credits"))
            }
            entity.volumeOfLearning = value(.volumeOfLearning)
            entity.awardingBody = value(.awardingBody).map { Reference($0, location: location(.awardingBody, path + "/awardingBody")) }
            entity.country = value(.country).map { Code($0, location: location(.country, path + "/country")) }
            if value(.validFrom) != nil || value(.validUntil) != nil {
                entity.validity = ValidityPeriod(from: value(.validFrom), until: value(.validUntil),
                                                 location: location(.validFrom, path + "/validity"))
            }
            qualificationIndex[qualificationID] = qualification
            catalogue.qualifications.append(entity)
        }

        guard let unitID = value(.unitID) ?? value(.unitCode) else { return }
        let unit: Int
        if let known = unitIndex[unitID] {
            unit = known
        } else {
            unit = catalogue.units.count
            let path = "/units/\(unit)"
            var entity = ECVETModel.Unit(id: unitID, location: reader.location(ofField: nil, path: path))
            entity.code = value(.unitCode)
            entity.title = text(.unitTitle)
            entity.description = text(.unitDescription)
            entity.credits = value(.points).map { CreditPoints($0, location: location(.points, path + "/credits")) }
            // A flat row describes the unit within its qualification: the field and languages
            // of the row are the unit's too.
            entity.iscedF = split(value(.iscedF)).map { Code($0, location: location(.iscedF, path + "/iscedF")) }
            entity.languages = split(value(.languages)).map { Code($0, location: location(.languages, path + "/languages")) }
            unitIndex[unitID] = unit
            unitOwner[unitID] = qualificationID
            catalogue.units.append(entity)
        }
        let linkKey = qualificationID + "\u{0}" + unitID
        if linked.insert(linkKey).inserted {
            let mandatory = value(.mandatory).flatMap { text -> Bool? in
                switch text.lowercased() {
                case "true", "yes", "1", "x", "kyllä", "ja", "oui", "sí", "si": true
                case "false", "no", "0", "ei", "nej", "nein", "non": false
                default: nil
                }
            }
            let link = UnitLink(unit: Reference(unitID, location: location(.unitID, "")),
                                points: value(.points).map(DecimalText.init), isMandatory: mandatory,
                                location: reader.recordLocation)
            let groupTitle = text(.groupTitle)
            links[qualification, default: []].append((value(.group) ?? groupTitle.text() ?? "", groupTitle, link))
        }

        let statement = text(.outcome)
        guard !statement.isEmpty || value(.outcomeID) != nil, unitOwner[unitID] == qualificationID else { return }
        let index = catalogue.learningOutcomes.count
        let path = "/learningOutcomes/\(index)"
        let outcomeID = value(.outcomeID) ?? "\(unitID)-LO\(catalogue.units[unit].learningOutcomes.count + 1)"
        var outcome = LearningOutcome(id: outcomeID, text: statement,
                                      location: reader.location(ofField: nil, path: path))
        outcome.category = value(.category).map { LearningOutcomeCategory($0, location: location(.category, path + "/category")) }
        catalogue.learningOutcomes.append(outcome)
        catalogue.units[unit].learningOutcomes.append(Reference(outcomeID, location: outcome.location))
    }

    /// Builds each qualification's structure: one root group, with a nested group per `group`
    /// value, in order of first appearance.
    mutating func finish() -> Catalogue {
        for (qualification, entries) in links {
            let path = "/qualifications/\(qualification)/structure"
            var root = UnitGroup(location: SourceLocation(file: file, path: path))
            var groupOrder: [String] = []
            var groups: [String: UnitGroup] = [:]
            for entry in entries {
                if entry.group.isEmpty {
                    root.members.append(.unit(entry.link))
                    continue
                }
                if groups[entry.group] == nil {
                    groupOrder.append(entry.group)
                    let id = entry.title.isEmpty || entry.title.text() != entry.group ? entry.group : nil
                    groups[entry.group] = UnitGroup(id: id, title: entry.title, location: entry.link.location)
                    root.members.append(.group(UnitGroup()))
                }
                groups[entry.group]!.members.append(.unit(entry.link))
            }
            // Put each group where it first appeared.
            var next = 0
            for index in root.members.indices {
                if case .group = root.members[index] {
                    root.members[index] = .group(groups[groupOrder[next]]!)
                    next += 1
                }
            }
            catalogue.qualifications[qualification].structure = root
        }
        return catalogue
    }

    private func split(_ cell: String?) -> [String] {
        guard let cell else { return [] }
        return cell.split(whereSeparator: { $0 == "|" || $0 == "," }).map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
    }
}

import Foundation

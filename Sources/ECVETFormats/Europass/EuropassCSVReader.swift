import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// Reads the two Europass CSV tables back into the model: codes from their code columns (the
/// URI and label columns are for people), units linked to their qualifications with their points
/// there, and each line of a `learningOutcomes@…` cell as one learning outcome.
package struct EuropassCSVReader {
    package var options: CSVOptions

    package init(options: CSVOptions = CSVOptions()) {
        self.options = options
    }

    package func read(folder: String) -> (catalogue: Catalogue?, diagnostics: [Diagnostic]) {
        var catalogue = Catalogue(location: SourceLocation(file: folder))
        var diagnostics: [Diagnostic] = []
        var qualificationIndex: [String: Int] = [:]
        var unitIndex: [String: Int] = [:]
        do throws(SyntaxError) {
            diagnostics += try rows(of: EuropassCSV.qualificationsTable, in: folder) { cell, text, location in
                let id = cell("id") ?? ""
                let path = "/qualifications/\(catalogue.qualifications.count)"
                var qualification = Qualification(id: id, location: location(nil, path))
                qualification.code = cell("code")
                qualification.title = text("title")
                qualification.description = text("description")
                qualification.learningOutcomeSummary = text("learningOutcomeSummary")
                qualification.entryRequirements = text("entryRequirements")
                qualification.eqfLevel = (cell("eqfLevel") ?? cell("eqfURI")).map { EQFLevel($0, location: location("eqfLevel", path + "/eqfLevel")) }
                if cell("nqfLevel") != nil || cell("nqfURI") != nil {
                    var level = NQFLevel(uri: cell("nqfURI"), location: location("nqfLevel", path + "/nqf/0"))
                    if let written = cell("nqfLevel"), let space = written.lastIndex(of: " ") {
                        level.framework = String(written[..<space])
                        level.level = String(written[written.index(after: space)...])
                    }
                    qualification.nqfLevels = [level]
                }
                qualification.iscedF = Self.list(cell("iscedF")).map { Code($0, location: location("iscedF", path + "/iscedF")) }
                qualification.country = cell("country").map { Code($0, location: location("country", path + "/country")) }
                qualification.languages = Self.list(cell("languages")).map { Code($0, location: location("languages", path + "/languages")) }
                qualification.credits = cell("credits").map {
                    CreditPoints($0, system: cell("creditSystem").map { CreditSystem(name: $0) }, location: location("credits", path + "/credits"))
                }
                qualification.volumeOfLearning = cell("volumeOfLearning")
                if let body = cell("awardingBody") {
                    qualification.awardingBody = Reference(body, location: location("awardingBody", path + "/awardingBody"))
                    if !catalogue.organisations.contains(where: { $0.id == body }) {
                        let language = qualification.title.languages.first ?? "en"
                        catalogue.organisations.append(Organisation(
                            id: body, name: cell("awardingBodyName").map { LocalizedText([language: $0]) } ?? LocalizedText(),
                            country: qualification.country, location: location("awardingBody", "/organisations/\(catalogue.organisations.count)")))
                    }
                }
                if cell("validFrom") != nil || cell("validUntil") != nil {
                    qualification.validity = ValidityPeriod(from: cell("validFrom"), until: cell("validUntil"),
                                                            location: location("validFrom", path + "/validity"))
                }
                qualification.isPartial = cell("partial").map { $0 == "true" }
                qualification.homepage = cell("homepage")
                qualification.structure = UnitGroup(location: location(nil, path + "/structure"))
                qualificationIndex[id] = catalogue.qualifications.count
                catalogue.qualifications.append(qualification)
            }
            diagnostics += try rows(of: EuropassCSV.unitsTable, in: folder) { cell, text, location in
                let unitID = cell("unit") ?? ""
                guard let owner = cell("qualification"), let index = qualificationIndex[owner] else {
                    diagnostics.append(Diagnostic(.csvSyntax,
                        "the row names qualification \"\(cell("qualification") ?? "")\", which is not in \(EuropassCSV.qualificationsTable)",
                        at: location("qualification", "")))
                    return
                }
                let memberPath = "/qualifications/\(index)/structure/members/\(catalogue.qualifications[index].structure?.members.count ?? 0)"
                catalogue.qualifications[index].structure?.members.append(.unit(UnitLink(
                    unit: Reference(unitID, location: location("unit", memberPath + "/unit")),
                    points: cell("points").map(DecimalText.init), isMandatory: cell("mandatory").map { $0 == "true" },
                    location: location(nil, memberPath))))
                guard unitIndex[unitID] == nil else { return }
                let path = "/units/\(catalogue.units.count)"
                var unit = ECVETModel.Unit(id: unitID, location: location(nil, path))
                unit.code = cell("code")
                unit.credits = cell("points").map { CreditPoints($0, location: location("points", path + "/credits")) }
                unit.title = text("title")
                unit.description = text("description")
                unit.iscedF = Self.list(cell("iscedF")).map { Code($0, location: location("iscedF", path + "/iscedF")) }
                unit.languages = Self.list(cell("languages")).map { Code($0, location: location("languages", path + "/languages")) }
                let statements = text("learningOutcomes").entries.map { entry in
                    (entry.language, entry.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
                }
                let count = statements.map(\.1.count).max() ?? 0
                for number in 0..<count {
                    let outcomeID = "\(unitID)-LO\(number + 1)"
                    var text = LocalizedText()
                    for (language, lines) in statements where number < lines.count { text[language] = lines[number] }
                    let outcomePath = "/learningOutcomes/\(catalogue.learningOutcomes.count)"
                    catalogue.learningOutcomes.append(LearningOutcome(id: outcomeID, text: text,
                                                                      location: location("learningOutcomes", outcomePath)))
                    unit.learningOutcomes.append(Reference(outcomeID, location: location("learningOutcomes", path + "/learningOutcomes/\(number)")))
                }
                unitIndex[unitID] = catalogue.units.count
                catalogue.units.append(unit)
            }
        } catch {
            return (nil, diagnostics + [error.diagnostic])
        }
        for index in catalogue.qualifications.indices {
            Self.groupOptionalUnits(of: &catalogue.qualifications[index])
        }
        return (catalogue, diagnostics)
    }

    /// The tables hold no groups: mandatory units stay in the root, the others go to one choice
    /// group. What the total leaves after the mandatory units is shared between that group and
    /// an open group for the units the tables do not list (the source's open groups, units
    /// defined elsewhere), since the tables cannot say how the choice was ruled.
    static func groupOptionalUnits(of qualification: inout Qualification) {
        guard var root = qualification.structure else { return }
        var mandatory: [GroupMember] = []
        var optional: [GroupMember] = []
        var mandatoryPoints: Decimal = 0
        for member in root.members {
            guard case .unit(let link) = member else { continue }
            if link.isMandatory == true {
                mandatory.append(member)
                mandatoryPoints += link.points?.value ?? 0
            } else {
                optional.append(member)
            }
        }
        guard !optional.isEmpty else { return }
        var choice = UnitGroup(title: LocalizedText(["en": "Optional units"]), minUnits: 0, members: optional,
                               location: root.location)
        var unlisted: [GroupMember] = []
        if let total = qualification.credits?.amount?.value, total >= mandatoryPoints {
            let remainder = DecimalText(total - mandatoryPoints)
            choice.maxPoints = remainder
            unlisted = [.group(UnitGroup(title: LocalizedText(["en": "Units not listed in the tables"]),
                                         minPoints: DecimalText(0), maxPoints: remainder, location: root.location))]
        }
        root.members = mandatory + [.group(choice)] + unlisted
        qualification.structure = root
    }

    /// Calls `body` for each row of a table with accessors for its cells, texts and places;
    /// returns the problems the CSV reader found on the way.
    private func rows(
        of table: String, in folder: String,
        _ body: ((String) -> String?, (String) -> LocalizedText, (String?, String) -> SourceLocation) throws(SyntaxError) -> Void
    ) throws(SyntaxError) -> [Diagnostic] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard let name = names.first(where: { $0.lowercased() == table }) else { return [] }
        let reader = CSVRecordReader(input: try ByteInput(path: (folder as NSString).appendingPathComponent(name)),
                                     delimiter: options.delimiter, encoding: options.encoding)
        guard try reader.next() else { return [] }
        var columns: [String: Int] = [:]
        var texts: [String: [(String, Int)]] = [:]
        for (index, header) in reader.fields.enumerated() {
            if let at = header.firstIndex(of: "@") {
                texts[String(header[..<at]), default: []].append((String(header[header.index(after: at)...]), index))
            } else {
                columns[header] = index
            }
        }
        while try reader.next() {
            let fields = reader.fields
            func cell(_ column: String) -> String? {
                guard let index = columns[column], index < fields.count, !fields[index].isEmpty else { return nil }
                return fields[index]
            }
            func text(_ column: String) -> LocalizedText {
                LocalizedText((texts[column] ?? []).compactMap { language, index in
                    index < fields.count && !fields[index].isEmpty ? LocalizedText.Entry(language: language, text: fields[index]) : nil
                })
            }
            func location(_ column: String?, _ path: String) -> SourceLocation {
                reader.location(ofField: column.flatMap { columns[$0] }, path: path)
            }
            try body(cell, text, location)
        }
        return reader.diagnostics
    }

    private static func list(_ cell: String?) -> [String] {
        (cell ?? "").listItems(separatedBy: UInt8(ascii: "|")).filter { !$0.isEmpty }
    }
}

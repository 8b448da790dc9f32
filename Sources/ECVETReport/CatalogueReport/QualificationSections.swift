import ECVETModel
import Foundation

/// A section per qualification: its facts, whether its structure can be satisfied (V12), the
/// structure as a tree of groups and units with their points, and its learning outcomes by
/// language.
struct QualificationSections {
    /// The anchors of the sections, by file and qualification id, for links from findings.
    private(set) var anchors: [QualificationKey: String] = [:]
    private let report: CatalogueReport
    private let indexes: [CatalogueIndex]
    private let structureFindings: [QualificationKey: [Diagnostic]]
    /// The qualifications that get a section, as (input, qualification) positions.
    private let positions: [(Int, Int)]
    private let total: Int

    init(_ report: CatalogueReport) {
        self.report = report
        indexes = report.inputs.map { CatalogueIndex($0.catalogue) }
        var byQualification: [QualificationKey: [Diagnostic]] = [:]
        for finding in Diagnostic.sortedForOutput(report.structureFindings) {
            guard let id = finding.entityID else { continue }
            byQualification[QualificationKey(file: finding.location?.file ?? "", id: id), default: []].append(finding)
        }
        structureFindings = byQualification
        var positions: [(Int, Int)] = []
        var total = 0
        for (input, item) in report.inputs.enumerated() {
            for index in item.catalogue.qualifications.indices {
                total += 1
                guard positions.count < report.limits.qualifications else { continue }
                positions.append((input, index))
                let key = QualificationKey(file: Self.file(of: item.catalogue.qualifications[index], in: item), id: item.catalogue.qualifications[index].id)
                if anchors[key] == nil { anchors[key] = "q\(input + 1)-\(index + 1)" }
            }
        }
        self.positions = positions
        self.total = total
    }

    /// The file findings about `qualification` name: where it was read, else its input.
    private static func file(of qualification: Qualification, in input: CatalogueReport.Input) -> String {
        qualification.location.file.isEmpty ? input.source : qualification.location.file
    }

    private var preferred: [String] { report.language.map { [$0] } ?? [] }

    /// Links to every section, for the table of contents.
    var contents: HTML {
        .tag("ul", [], positions.map { input, index in
            let qualification = report.inputs[input].catalogue.qualifications[index]
            return .tag("li", [], [.tag("a", [("href", "#q\(input + 1)-\(index + 1)")], [.text(qualification.id)]),
                                   .text(" " + (qualification.title.text(preferring: preferred) ?? ""))])
        })
    }

    var html: HTML {
        var children: [HTML] = [HTML.tag("h2", text: "Qualifications")!]
        if total > positions.count {
            children.append(HTML.tag("p", [("class", "capped")],
                                     text: "The first \(ReportPage.grouped(positions.count)) of \(ReportPage.grouped(total)) qualifications have a section.")!)
        }
        if total == 0 { children.append(HTML.tag("p", [("class", "empty")], text: "No qualifications.")!) }
        for (input, index) in positions { children.append(section(input, index)) }
        return .tag("section", [("id", "qualifications")], children)
    }

    private func section(_ input: Int, _ index: Int) -> HTML {
        let item = report.inputs[input]
        let qualification = item.catalogue.qualifications[index]
        let catalogueIndex = indexes[input]
        var facts: [(String, String?)] = [
            ("Id", qualification.id),
            ("Code", qualification.code),
            ("EQF level", qualification.eqfLevel?.written),
            ("NQF level", qualification.nqfLevels.isEmpty ? nil : qualification.nqfLevels.map { [$0.framework, $0.level].compactMap { $0 }.joined(separator: " ") }.joined(separator: ", ")),
            ("Points", qualification.credits.map(Self.points)),
            ("Validity", qualification.validity.flatMap { $0.isEmpty ? nil : "\($0.from ?? "…") – \($0.until ?? "…")" }),
            ("Units", String(qualification.unitLinks.count)),
        ]
        if !qualification.location.file.isEmpty { facts.append(("Source", qualification.location.description)) }
        var children: [HTML] = [
            .tag("h3", [], [.text(qualification.title.text(preferring: preferred) ?? qualification.id)]),
            .tag("table", [("class", "fields")], facts.compactMap { label, value in
                value.map { .tag("tr", [], [HTML.tag("th", text: label)!, HTML.tag("td", text: $0)!]) }
            }),
            verdict(qualification, file: Self.file(of: qualification, in: item)),
        ]
        if let structure = qualification.structure {
            children.append(HTML.tag("h4", text: "Structure")!)
            children.append(.tag("ul", [("class", "tree")], [group(structure, in: catalogueIndex, top: true)]))
        }
        children += outcomes(of: qualification, in: catalogueIndex)
        return .tag("section", [("class", "qualification"), ("id", "q\(input + 1)-\(index + 1)")], children)
    }

    // MARK: - The structure

    /// Whether the structure can be satisfied, from V12's arithmetic.
    private func verdict(_ qualification: Qualification, file: String) -> HTML {
        let findings = structureFindings[QualificationKey(file: file, id: qualification.id)] ?? []
        let (kind, text): (String, String)
        if qualification.structure == nil {
            (kind, text) = ("unknown", "No structure given: there is nothing to satisfy.")
        } else if findings.contains(where: { $0.severity == .error }) {
            (kind, text) = ("unsatisfiable", "The structure cannot be satisfied (V12):")
        } else if !findings.isEmpty {
            (kind, text) = ("unknown", "The structure could not be counted exactly (V12):")
        } else if qualification.credits?.amount?.value != nil {
            (kind, text) = ("satisfiable", "The structure is satisfiable: every group's rule can be met, and a choice of units gives the total (V12).")
        } else {
            (kind, text) = ("satisfiable", "The structure is satisfiable: every group's rule can be met (V12; the qualification gives no total).")
        }
        var children: [HTML] = [HTML.tag("p", text: text)!]
        if !findings.isEmpty { children.append(.tag("ul", [], findings.compactMap { HTML.tag("li", text: $0.message) })) }
        return .tag("div", [("class", "verdict " + kind)], children)
    }

    private func group(_ group: UnitGroup, in index: CatalogueIndex, top: Bool = false) -> HTML {
        let name = group.title.text(preferring: preferred) ?? group.id ?? (top ? "Structure" : "Group")
        var label: [HTML] = [.tag("span", [("class", "group")], [.text(name)])]
        if let rule = Self.rule(of: group) { label.append(.tag("span", [("class", "rule-text")], [.text(" — " + rule)])) }
        let members: [HTML] = group.members.map { member in
            switch member {
            case .group(let nested): return self.group(nested, in: index)
            case .unit(let link): return unit(link, in: index)
            }
        }
        return .tag("li", [], label + (members.isEmpty ? [] : [.tag("ul", [], members)]))
    }

    private func unit(_ link: UnitLink, in index: CatalogueIndex) -> HTML {
        let unit = index.unit(link.unit.id)
        var text = link.unit.id
        if let title = unit?.title.text(preferring: preferred) { text += " " + title }
        var details: [String] = []
        if let points = link.points { details.append(points.written + " points") } else if let credits = unit?.credits { details.append(Self.points(credits)) }
        if link.isMandatory == true { details.append("mandatory") }
        if unit == nil { details.append("not in the catalogue") }
        if let parts = unit?.parts, !parts.isEmpty { details.append("\(parts.count) parts") }
        return .tag("li", [("class", unit == nil ? "unit missing" : "unit")],
                    [.text(text), .tag("span", [("class", "points")], [.text(details.isEmpty ? "" : " — " + details.joined(separator: ", "))])])
    }

    /// The group's rule in words: `choose 2–3 units, 30–45 points`.
    static func rule(of group: UnitGroup) -> String? {
        var parts: [String] = []
        if group.isMandatory == true { parts.append("all required") }
        func range(_ low: String?, _ high: String?, _ noun: String) -> String? {
            // `noun` is plural: one of it is said in the singular.
            func counted(_ number: String) -> String { number + " " + (number == "1" ? String(noun.dropLast()) : noun) }
            return switch (low, high) {
            case let (low?, high?) where low == high: counted(low)
            case let (low?, high?): "\(low)–\(high) \(noun)"
            case let (low?, nil): "at least " + counted(low)
            case let (nil, high?): "at most " + counted(high)
            default: nil
            }
        }
        let choice = [range(group.minUnits.map(String.init), group.maxUnits.map(String.init), "units"),
                      range(group.minPoints?.written, group.maxPoints?.written, "points")].compactMap { $0 }
        if !choice.isEmpty { parts.append("choose " + choice.joined(separator: ", ")) }
        if group.isOpen { parts.append("open: its units are defined elsewhere") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    static func points(_ credits: CreditPoints) -> String {
        let system = credits.system.map { $0.name == "ECVET" ? "" : " " + $0.name } ?? ""
        return (credits.amount?.written ?? "?") + " points" + system
    }

    // MARK: - Outcomes

    /// The qualification's outcomes by language: a chart of the share with a statement in each,
    /// and the first outcomes written out.
    private func outcomes(of qualification: Qualification, in index: CatalogueIndex) -> [HTML] {
        var ids: [String] = []
        var seen = Set<String>()
        func add(_ references: [Reference]) {
            for reference in references where seen.insert(reference.id).inserted { ids.append(reference.id) }
        }
        add(qualification.learningOutcomes)
        for link in qualification.unitLinks {
            guard let unit = index.unit(link.unit.id) else { continue }
            add(unit.learningOutcomes)
            for part in unit.parts { add(part.learningOutcomes) }
        }
        guard !ids.isEmpty else { return [HTML.tag("p", [("class", "empty")], text: "No learning outcomes.")!] }
        var counts: [String: Int] = [:]
        var outcomes: [LearningOutcome] = []
        for id in ids {
            guard let outcome = index.outcome(id) else { continue }
            outcomes.append(outcome)
            for entry in outcome.text.entries where !entry.text.isEmpty { counts[entry.language, default: 0] += 1 }
        }
        let languages = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let chart = BarChart(title: "Outcomes with a statement in each language", bars: languages.map { language in
            let share = Double(counts[language]!) * 100 / Double(ids.count)
            return .init(label: language, segments: [.init(value: share, kind: "bar")],
                         caption: ReportPage.percent(counts[language]!, of: ids.count) + " (\(counts[language]!))")
        }, scale: 100)
        var children: [HTML] = [HTML.tag("h4", text: "Learning outcomes by language (\(ReportPage.grouped(ids.count)))")!]
        if !languages.isEmpty { children.append(chart.svg) }
        let shown = outcomes.prefix(report.limits.outcomesPerQualification)
        let summary = shown.count < ids.count
            ? "The first \(shown.count) of \(ReportPage.grouped(ids.count)) outcomes"
            : "All \(shown.count) outcomes"
        let header: [HTML] = [HTML.tag("th", text: "Id")!] + languages.map { HTML.tag("th", text: $0)! }
        let rows: [HTML] = shown.map { outcome in
            .tag("tr", [], [HTML.tag("td", text: outcome.id)!] + languages.map { language in
                .tag("td", [("lang", language)], outcome.text[language].map { [.text($0)] } ?? [])
            })
        }
        children.append(.tag("details", [], [
            HTML.tag("summary", text: summary)!,
            .tag("table", [("class", "outcomes")], [.tag("tr", [], header)] + rows),
        ]))
        return children
    }
}

/// Units and outcomes of one catalogue by id: positions, so nothing is copied.
struct CatalogueIndex {
    private let catalogue: Catalogue
    private let units: [String: Int]
    private let outcomes: [String: Int]

    init(_ catalogue: Catalogue) {
        self.catalogue = catalogue
        var units: [String: Int] = [:]
        units.reserveCapacity(catalogue.units.count)
        for (index, unit) in catalogue.units.enumerated() where units[unit.id] == nil { units[unit.id] = index }
        var outcomes: [String: Int] = [:]
        outcomes.reserveCapacity(catalogue.learningOutcomes.count)
        for (index, outcome) in catalogue.learningOutcomes.enumerated() where outcomes[outcome.id] == nil { outcomes[outcome.id] = index }
        self.units = units
        self.outcomes = outcomes
    }

    func unit(_ id: String) -> ECVETModel.Unit? { units[id].map { catalogue.units[$0] } }
    func outcome(_ id: String) -> LearningOutcome? { outcomes[id].map { catalogue.learningOutcomes[$0] } }
}

import ECVETModel

/// The findings of a report, a section per rule in the order of rule ids, each finding with its
/// place, message, hint and source line; a filter by severity made of the page's radio buttons.
struct FindingsSection {
    private let groups: FindingGroups
    private let report: CatalogueReport
    /// The anchors of qualification sections, by file and qualification id.
    private let anchors: [QualificationKey: String]
    private let filters: [(id: String, label: String)]

    init(_ groups: FindingGroups, report: CatalogueReport, anchors: [QualificationKey: String], filters: [(id: String, label: String)]) {
        self.groups = groups
        self.report = report
        self.anchors = anchors
        self.filters = filters
    }

    var html: HTML {
        let totals = groups.totals
        var children: [HTML] = [
            HTML.tag("h2", text: "Findings")!,
            HTML.tag("p", text: "\(ReportPage.count(totals.errors, "error")), \(ReportPage.count(totals.warnings, "warning")), "
                     + "\(ReportPage.count(totals.notes, "note")), by rule of the \(report.profile) profile. "
                     + "Each rule shows its first \(ReportPage.grouped(report.limits.findingsPerRule)) findings; "
                     + "ecvet validate lists more (1,000 of each rule per file).")!,
        ]
        if groups.groups.isEmpty {
            children.append(HTML.tag("p", [("class", "empty")], text: "No findings.")!)
            return .tag("section", [("id", "findings")], children)
        }
        children.append(.tag("p", [("class", "filters")], [HTML.tag("span", text: "Show: ")!] + filters.map { id, label in
            .tag("label", [("for", id)], [.text(label)])
        }))
        for group in groups.groups { children.append(rule(group)) }
        return .tag("section", [("id", "findings")], children)
    }

    private func rule(_ group: FindingGroups.Group) -> HTML {
        let counts = [(group.errors, "error"), (group.warnings, "warning"), (group.notes, "note")]
            .filter { $0.0 > 0 }.map { "\(ReportPage.grouped($0.0)) \($0.1)\($0.0 == 1 ? "" : "s")" }
        let kinds = [(group.errors, "has-error"), (group.warnings, "has-warning"), (group.notes, "has-note")].filter { $0.0 > 0 }.map(\.1)
        var children: [HTML] = [
            .tag("h3", [], [.tag("code", [], [.text(group.id.id)]), .text(" \(group.id.name) "),
                            .tag("span", [("class", "count")], [.text(counts.joined(separator: ", "))])]),
        ]
        children += group.shown.map(finding)
        if group.capped > 0 {
            children.append(HTML.tag("p", [("class", "capped")],
                                     text: "… and \(ReportPage.grouped(group.capped)) more \(group.id.id) findings, "
                                         + "not shown (at most \(ReportPage.grouped(report.limits.findingsPerRule)) per rule).")!)
        }
        // What the checks themselves only counted, past 1,000 of the rule in one file.
        for summary in group.summaries {
            children.append(HTML.tag("p", [("class", "capped")],
                                     text: (summary.location.map { $0.file + ": " } ?? "") + summary.message
                                         + " (the checks keep 1,000 findings of a rule per file and count the rest)")!)
        }
        return .tag("section", [("class", (["rule"] + kinds).joined(separator: " ")), ("id", "rule-" + group.id.id)], children)
    }

    private func finding(_ finding: Diagnostic) -> HTML {
        var heading: [HTML] = []
        if let location = finding.location, !location.file.isEmpty {
            heading.append(.tag("code", [("class", "where")], [.text(location.description)]))
            heading.append(.text(" "))
        }
        heading.append(.tag("span", [("class", "severity")], [.text(finding.severity.rawValue)]))
        heading.append(.text(" " + finding.message))
        if let id = finding.entityID, let file = finding.location?.file, let anchor = anchors[QualificationKey(file: file, id: id)] {
            heading.append(.text(" "))
            heading.append(.tag("a", [("href", "#" + anchor)], [.text("→ qualification")]))
        }
        var children: [HTML] = [.tag("p", [], heading)]
        if let location = finding.location, let line = location.line, let source = report.sourceLines.line(line, of: location.file),
           let excerpt = Self.excerpt(source, line: line, column: location.column) {
            children.append(.tag("pre", [("class", "excerpt")], [.text(excerpt)]))
        }
        if let hint = finding.hint { children.append(HTML.tag("p", [("class", "hint")], text: "hint: " + hint)!) }
        return .tag("div", [("class", "finding " + finding.severity.rawValue)], children)
    }

    /// The line with its number and a caret under the column; a long line (minified JSON) is cut
    /// to the part around the column. `nil` when the column lies beyond the part of the line read.
    static func excerpt(_ source: String, line: Int, column: Int?) -> String? {
        let characters = Array(source.replacingOccurrences(of: "\t", with: " "))
        if let column, column > characters.count + 1 { return nil }
        let width = 160
        var start = 0
        if let column, column > width - 20 { start = min(column - 1 - width / 2, max(0, characters.count - width)) }
        start = max(0, start)
        let end = min(characters.count, start + width)
        let shown = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        let gutter = "\(line) | "
        var text = gutter + shown
        if let column, column >= 1, column - 1 >= start, column - 1 <= end {
            text += "\n" + String(repeating: " ", count: gutter.count + column - 1 - start + (start > 0 ? 1 : 0)) + "^"
        }
        return text
    }
}

/// A qualification in a report, by the file it was read from and its id.
struct QualificationKey: Hashable {
    var file: String
    var id: String
}

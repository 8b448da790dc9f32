import ECVETModel

/// The HTML page of a `CatalogueDiff`, in the style of catalogue reports: a summary table of
/// what was added, removed, renamed and changed, then a section per kind of entity with a table
/// of old and new values for every changed field. Self-contained, no script.
public struct DiffPage: Sendable {
    private let diff: CatalogueDiff
    private let old: String
    private let new: String

    /// The page of `diff` between the sources `old` and `new`.
    public init(_ diff: CatalogueDiff, old: String, new: String) {
        self.diff = diff
        self.old = old
        self.new = new
    }

    /// The page, as HTML text.
    public var html: String {
        let title = "Changes from \(old) to \(new)"
        var sections: [HTML] = [summary]
        if !diff.catalogue.isEmpty {
            sections.append(.tag("section", [("id", "catalogue")], [HTML.tag("h2", text: "The catalogue")!, fieldTable(diff.catalogue)]))
        }
        for kind in EntityChange.Entity.allCases {
            let changes = diff.entities.filter { $0.entity == kind }
            guard !changes.isEmpty else { continue }
            sections.append(.tag("section", [("id", kind.rawValue)],
                                 [HTML.tag("h2", text: kind.noun.capitalized + "s")!] + changes.map(entity)))
        }
        let page = HTML.tag("html", [("lang", "en")], [
            .tag("head", [], [
                .tag("meta", [("charset", "utf-8")]),
                .tag("meta", [("name", "generator"), ("content", "ECVETKit")]),
                HTML.tag("title", text: title)!,
                .tag("style", [], [.raw(ReportStyle.css + Self.style)]),
            ]),
            .tag("body", [], [
                .tag("header", [], [HTML.tag("h1", text: "Changes")!,
                                    .tag("p", [("class", "reference")], [.text("from "), .tag("code", [], [.text(old)]),
                                                                         .text(" to "), .tag("code", [], [.text(new)])])]),
                .tag("main", [("data-changes", String(diff.entities.count + (diff.catalogue.isEmpty ? 0 : 1)))], sections),
            ]),
        ])
        return "<!DOCTYPE html>\n" + page.rendered
    }

    private var summary: HTML {
        guard !diff.isEmpty else {
            return .tag("section", [("id", "summary")], [HTML.tag("p", [("class", "empty")], text: "The two catalogues are the same.")!])
        }
        let kinds = EntityChange.Kind.allCases
        let header: [HTML] = [HTML.tag("th", text: "")!] + kinds.map { HTML.tag("th", text: $0.rawValue)! }
        let rows: [HTML] = EntityChange.Entity.allCases.map { entity in
            .tag("tr", [], [HTML.tag("th", text: entity.noun + "s")!] + kinds.map { kind in
                HTML.tag("td", [("class", "number")], text: String(diff.count(entity, kind)))!
            })
        }
        return .tag("section", [("id", "summary")], [HTML.tag("h2", text: "Summary")!,
                                                     .tag("table", [("class", "numbers summary")], [.tag("tr", [], header)] + rows)])
    }

    private func entity(_ change: EntityChange) -> HTML {
        var heading: [HTML] = [.tag("span", [("class", "mark " + change.kind.rawValue)], [.text(change.kind.rawValue)]), .text(" "),
                               .tag("code", [], [.text(change.oldID.map { "\($0) → \(change.id)" } ?? change.id)])]
        if let title = change.title { heading.append(.text(" " + title)) }
        var children: [HTML] = [.tag("h3", [], heading)]
        let places = [change.oldPlace.map { "old: " + $0 }, change.newPlace.map { "new: " + $0 }].compactMap { $0 }
        if !places.isEmpty { children.append(HTML.tag("p", [("class", "where")], text: places.joined(separator: " · "))!) }
        if !change.fields.isEmpty { children.append(fieldTable(change.fields)) }
        return .tag("div", [("class", "change " + change.kind.rawValue)], children)
    }

    private func fieldTable(_ fields: [FieldChange]) -> HTML {
        let header: [HTML] = ["Field", "Old", "New"].map { HTML.tag("th", text: $0)! }
        return .tag("table", [("class", "fields-changed")], [.tag("tr", [], header)] + fields.map { field in
            .tag("tr", [], [.tag("td", [], [.tag("code", [], [.text(field.field)])]),
                            .tag("td", [("class", "old")], field.old.map { [.text($0)] } ?? [.tag("span", [("class", "absent")], [.text("—")])]),
                            .tag("td", [("class", "new")], field.new.map { [.text($0)] } ?? [.tag("span", [("class", "absent")], [.text("—")])])])
        })
    }

    private static let style = """

        .change { border-left: 4px solid #5b7da1; padding: .1em .8em; margin: .8em 0; background: #f6f8fb; }
        .change.added { border-left-color: #2e7d32; background: #f1f8f1; }
        .change.removed { border-left-color: #b3261e; background: #fdf3f2; }
        .change.renamed { border-left-color: #d99a00; }
        .change h3 { margin: .4em 0; }
        .mark { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #fff; background: #5b7da1; padding: .1em .4em; border-radius: .3em; }
        .mark.added { background: #2e7d32; } .mark.removed { background: #b3261e; } .mark.renamed { background: #a87400; }
        table.fields-changed { width: 100%; font-size: 13px; background: #fff; }
        table.fields-changed td.old { color: #8c1d18; } table.fields-changed td.new { color: #1b5e20; }
        table.summary td.number { text-align: right; min-width: 5em; }
        table.summary tr:first-child th { text-align: right; }
        .absent { color: #999; }
        """
}

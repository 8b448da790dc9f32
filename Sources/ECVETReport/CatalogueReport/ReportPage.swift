import ECVETModel
import Foundation

/// The HTML of a `CatalogueReport`: the page's frame, the overview and the table of contents;
/// the findings and the qualifications have sections of their own.
struct ReportPage {
    private let report: CatalogueReport
    private let findings: FindingGroups
    private let overview: ReportOverview
    private let qualifications: QualificationSections

    init(_ report: CatalogueReport) {
        self.report = report
        findings = FindingGroups(report.findings, limit: report.limits.findingsPerRule)
        overview = ReportOverview(report.inputs.map(\.catalogue))
        qualifications = QualificationSections(report)
    }

    var html: String {
        let severities: [(id: String, label: String)] = [("show-all", "all"), ("show-errors", "errors"),
                                                         ("show-warnings", "warnings"), ("show-notes", "notes")]
        // The filter's buttons come first in the body: CSS shows or hides findings after them.
        let filters: [HTML] = severities.map { id, _ in
            .tag("input", [("type", "radio"), ("name", "severity"), ("id", id), ("class", "filter")]
                 + (id == "show-all" ? [("checked", "checked")] : []))
        }
        let totals = findings.totals
        let page = HTML.tag("html", [("lang", report.language ?? "en")], [
            .tag("head", [], [
                .tag("meta", [("charset", "utf-8")]),
                .tag("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                .tag("meta", [("name", "generator"), ("content", "ECVETKit")]),
                HTML.tag("title", text: report.title)!,
                .tag("style", [], [.raw(ReportStyle.css)]),
            ]),
            .tag("body", [], filters + [
                .tag("header", [], [
                    HTML.tag("h1", text: report.title)!,
                    HTML.tag("p", [("class", "reference")], text: sourcesLine)!,
                ]),
                contents,
                .tag("main", [("data-qualifications", String(overview.qualifications)), ("data-errors", String(totals.errors)),
                              ("data-warnings", String(totals.warnings)), ("data-notes", String(totals.notes))], [
                    overviewSection,
                    FindingsSection(findings, report: report, anchors: qualifications.anchors, filters: severities).html,
                    qualifications.html,
                ]),
            ]),
        ])
        return "<!DOCTYPE html>\n" + page.rendered
    }

    private var sourcesLine: String {
        var parts = [ReportPage.count(report.inputs.count, "catalogue")]
        if !report.otherSources.isEmpty { parts.append(ReportPage.count(report.otherSources.count, "other input")) }
        return parts.joined(separator: ", ") + " · rule profile " + report.profile + (report.judgedOn.map { " · dates judged on " + $0 } ?? "")
    }

    /// A row per input: what it is and what it holds.
    private var inputsTable: HTML {
        let header = ["Input", "Format", "Qualifications", "Units", "Learning outcomes"].map { HTML.tag("th", text: $0)! }
        var rows: [HTML] = [.tag("tr", [], header)]
        for input in report.inputs {
            let catalogue = input.catalogue
            rows.append(.tag("tr", [], [
                HTML.tag("td", [("class", "source")], text: input.source)!, HTML.tag("td", text: input.format ?? "")!,
                HTML.tag("td", [("class", "number")], text: Self.grouped(catalogue.qualifications.count))!,
                HTML.tag("td", [("class", "number")], text: Self.grouped(catalogue.units.count))!,
                HTML.tag("td", [("class", "number")], text: Self.grouped(catalogue.learningOutcomes.count))!,
            ]))
        }
        for source in report.otherSources {
            rows.append(.tag("tr", [("class", "other")], [HTML.tag("td", [("class", "source")], text: source)!, .tag("td", [("colspan", "4")], [])]))
        }
        return .tag("table", [("class", "inputs")], rows)
    }

    private var contents: HTML {
        .tag("nav", [], [
            HTML.tag("h2", text: "Contents")!,
            .tag("ul", [], [
                .tag("li", [], [.tag("a", [("href", "#overview")], [.text("Overview")])]),
                .tag("li", [], [.tag("a", [("href", "#findings")], [.text("Findings")])]),
                .tag("li", [], [.tag("a", [("href", "#qualifications")], [.text("Qualifications")]),
                                .tag("details", [], [HTML.tag("summary", text: Self.count(overview.qualifications, "qualification"))!,
                                                     qualifications.contents])]),
            ]),
        ])
    }

    // MARK: - Overview

    private var overviewSection: HTML {
        let totals = findings.totals
        let numbers: [(String, String)] = [
            ("Catalogues", String(report.inputs.count)),
            ("Qualifications", Self.grouped(overview.qualifications)),
            ("Units", Self.grouped(overview.units) + (overview.unitParts > 0 ? " (\(Self.grouped(overview.unitParts)) parts)" : "")),
            ("Unit points", DecimalText(overview.unitPoints).canonical
                + (overview.unitsWithoutPoints > 0 ? " (\(Self.grouped(overview.unitsWithoutPoints)) units without points)" : "")),
            ("Learning outcomes", Self.grouped(overview.outcomes)),
            ("Findings", "\(Self.count(totals.errors, "error")), \(Self.count(totals.warnings, "warning")), \(Self.count(totals.notes, "note"))"),
        ]
        var charts: [HTML] = []
        charts.append(figure("Qualifications by EQF level", BarChart(
            title: "Qualifications by EQF level",
            bars: overview.byLevel.map { .init(label: $0.0, segments: [.init(value: Double($0.1), kind: "bar")], caption: Self.grouped($0.1)) })))
        charts.append(figure("Units by points", BarChart(
            title: "Units by their own points",
            bars: overview.byPoints.map { .init(label: $0.0, segments: [.init(value: Double($0.1), kind: "bar")], caption: Self.grouped($0.1)) })))
        charts.append(figure("Languages covered: share of learning outcomes with a statement in each", BarChart(
            title: "Share of learning outcomes with a statement in each language",
            bars: overview.statements.map { language, count in
                let share = overview.outcomes > 0 ? Double(count) * 100 / Double(overview.outcomes) : 0
                return .init(label: language, segments: [.init(value: share, kind: "bar")],
                             caption: Self.percent(count, of: overview.outcomes) + " (\(Self.grouped(count)))")
            }, scale: 100)))
        charts.append(figure("Findings by rule and severity", BarChart(
            title: "Findings by rule: errors, warnings and notes",
            bars: findings.groups.map { group in
                .init(label: "\(group.id.id) \(group.id.name)",
                      segments: [.init(value: Double(group.errors), kind: "error"), .init(value: Double(group.warnings), kind: "warning"),
                                 .init(value: Double(group.notes), kind: "note")],
                      caption: Self.grouped(group.total))
            }), legend: findings.groups.isEmpty ? nil : ["error", "warning", "note"]))
        return .tag("section", [("id", "overview")], [
            HTML.tag("h2", text: "Overview")!,
            .tag("table", [("class", "numbers")], numbers.map { label, value in
                .tag("tr", [], [HTML.tag("th", text: label)!, HTML.tag("td", text: value)!])
            }),
            .tag("div", [("class", "charts")], charts),
            HTML.tag("h3", text: "Inputs")!,
            inputsTable,
        ])
    }

    private func figure(_ caption: String, _ chart: BarChart, legend: [String]? = nil) -> HTML {
        var children: [HTML] = [HTML.tag("figcaption", text: caption)!]
        if chart.bars.isEmpty {
            children.append(HTML.tag("p", [("class", "empty")], text: "none")!)
        } else {
            children.append(chart.svg)
        }
        if let legend {
            children.append(.tag("p", [("class", "legend")], legend.flatMap { kind -> [HTML] in
                [.tag("span", [("class", "swatch " + kind)], []), .text(kind + "s ")]
            }))
        }
        return .tag("figure", [], children)
    }

    /// `12,345`: the same on every machine, whatever its locale.
    static func grouped(_ number: Int) -> String {
        GroupedNumber(number).description
    }

    /// `1 catalogue`, `3 catalogues`.
    static func count(_ number: Int, _ noun: String) -> String {
        grouped(number) + " " + noun + (number == 1 ? "" : "s")
    }

    /// `87 %`, to one decimal below ten.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0 %" }
        let share = Double(part) * 100 / Double(whole)
        if share == 100 || share >= 10 { return "\(Int(share.rounded(.down))) %" }
        return "\(Double(Int(share * 10)) / 10) %"
    }
}

import ArgumentParser
import ECVETKit
import Foundation

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what catalogues and mobility documents hold: qualifications, units, outcomes, languages, EQF levels, points.",
        discussion: """
            The summary goes to standard output (--format json for scripts); diagnostics go to \
            standard error. Folders are searched for catalogue files.

            Read through a mapping, each input also shows what every entry of the mapping \
            selected (records per at:) and in how many records each field found a value; \
            --trace ID shows which source values made the fields of the record with that id.

              ecvet inspect --mapping Mappings/fi-eperusteet.mapping.yaml peruste.json --trace 4709
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Catalogues, mobility documents or folders; - reads standard input.")
    var inputs: [String]

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Option(name: .customLong("from"), help: "Read inputs as this format instead of detecting it.")
    var source: CatalogueFormat?

    @Option(help: "A configuration file instead of the nearest .ecvet.yaml (its defaults fill what the data lacks).")
    var config: String?

    @OptionGroup(title: "Mapping")
    var mappingArguments: MappingArguments

    @Option(help: ArgumentHelp("With --mapping: show which source values made the fields of the record with this id.",
                               valueName: "id"))
    var trace: String?

    @OptionGroup(title: "CSV")
    var csv: CSVArguments

    func run() async throws {
        let paths = try InputPaths.expand(inputs)
        if trace != nil && mappingArguments.mapping == nil {
            throw ValidationError("--trace follows the values of a record read through a mapping: give --mapping")
        }
        let (loaded, _, problems) = try await mappingArguments.read(paths, format: source, csv: csv.options, config: config,
                                                                    trace: trace)
        DiagnosticPrinter.print(problems + loaded.flatMap(\.diagnostics))
        guard !problems.hasErrors else { throw ExitStatus.usageOrIO }
        let summaries = loaded.compactMap { item in
            item.catalogue.map { catalogue in
                var summary = CatalogueSummary(catalogue, source: item.source,
                                               format: item.format?.rawValue ?? item.mapping.map { "through \($0)" })
                summary.mapping = item.coverage
                return summary
            }
        }
        let documents = loaded.flatMap { item in
            item.documents.map { DocumentSummary($0, source: item.source, format: item.format?.rawValue) }
        }
        switch format {
        case .json:
            if documents.isEmpty {
                try StandardOutput.write(Array(try ReportEncoding.json(summaries)))
            } else {
                try StandardOutput.write(Array(try ReportEncoding.json(InspectReport(catalogues: summaries, documents: documents))))
            }
        case .text:
            try StandardOutput.write((summaries.map(Self.render) + documents.map(Self.render)).joined(separator: "\n\n"))
        }
        if loaded.contains(where: { ($0.catalogue == nil && $0.documents.isEmpty) || $0.diagnostics.hasErrors }) {
            throw ExitStatus.dataErrors
        }
    }

    /// The JSON report of inputs that hold mobility documents as well as catalogues.
    struct InspectReport: Encodable {
        var catalogues: [CatalogueSummary]
        var documents: [DocumentSummary]
    }

    static func render(_ summary: DocumentSummary) -> String {
        var lines = ["\(summary.source) (\(summary.kind), \(summary.format ?? "unknown format"))"]
        let relation = summary.kind == MobilityDocumentKind.transcript.description ? "reports on" : "within"
        lines.append("  id                 \(summary.id ?? "(none)")" + (summary.refersTo.map { "  (\(relation) \($0))" } ?? ""))
        if !summary.organisations.isEmpty { lines.append("  organisations      \(summary.organisations.joined(separator: "; "))") }
        if let learner = summary.learner { lines.append("  learner            \(learner)") }
        if let period = summary.period { lines.append("  \(summary.kind == "memorandum of understanding" ? "valid   " : "period  ")           \(period)") }
        if !summary.qualifications.isEmpty { lines.append("  qualifications     \(summary.qualifications.joined(separator: ", "))") }
        lines.append("  units              \(summary.units)  (\(summary.points) points)")
        lines.append("  signatures         \(summary.signatures)")
        return lines.joined(separator: "\n")
    }

    static func render(_ summary: CatalogueSummary) -> String {
        func counts(_ map: [String: Int], order: [String]? = nil) -> String {
            let keys = order ?? map.keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
            return keys.compactMap { key in map[key].map { "\(key): \($0)" } }.joined(separator: ", ")
        }
        var lines = ["\(summary.source) (\(summary.format ?? "unknown format"))"]
        lines.append("  qualifications     \(summary.qualifications)"
                     + (summary.qualifications > 0 ? "  (EQF \(counts(summary.qualificationsByEQFLevel)))" : ""))
        lines.append("  units              \(summary.units)"
                     + (summary.unitParts > 0 ? "  (\(summary.unitParts) parts)" : ""))
        lines.append("  learning outcomes  \(summary.learningOutcomes)"
                     + (summary.statementsByLanguage.isEmpty ? "" : "  (statements by language: \(counts(summary.statementsByLanguage, order: summary.languages)))"))
        lines.append("  organisations      \(summary.organisations)")
        lines.append("  languages          \(summary.languages.isEmpty ? "none" : summary.languages.joined(separator: ", "))")
        var points = "  points             qualifications \(summary.qualificationPoints), units \(summary.unitPoints)"
        let missing = [
            summary.qualificationsWithoutPoints > 0 ? "\(summary.qualificationsWithoutPoints) qualifications" : nil,
            summary.unitsWithoutPoints > 0 ? "\(summary.unitsWithoutPoints) units" : nil,
        ].compactMap { $0 }
        if !missing.isEmpty { points += "  (without points: \(missing.joined(separator: ", ")))" }
        lines.append(points)
        if let coverage = summary.mapping { lines += MappingCoverageText.lines(coverage) }
        return lines.joined(separator: "\n")
    }
}

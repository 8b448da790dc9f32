import ArgumentParser
import ECVETKit
import Foundation

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report of catalogues: an overview with charts, the findings by rule, a section per qualification.",
        discussion: """
            One self-contained page (inline CSS and SVG, no script, nothing from the network) \
            that opens from disk: qualifications by EQF level, units by points, the languages \
            outcomes are written in and the findings by rule as charts; the findings grouped by \
            rule with their source lines, filtered by severity with the page's buttons; for each \
            qualification its structure as a tree of groups and units with points, whether it can \
            be satisfied (V12), and its outcomes by language. Long lists are capped and the page \
            says where. The same inputs give the same bytes.

            Exit status: 0 the report is written and the data has no errors, 1 it is written and \
            the data has errors, 2 usage or I/O problems (nothing written).

            Examples:
              ecvet report catalogue.json -o report.html
              ecvet report exports/ --profile europass --display-language fi -o report.html
              ecvet report --mapping Mappings/fi-eperusteet.mapping.yaml peruste.json -o report.html
            """
    )

    @Argument(help: "Catalogues or folders (mobility documents among them are checked against the catalogues); - reads standard input.")
    var inputs: [String]

    @Option(name: [.customShort("o"), .customLong("output")], help: "The HTML file to write; - is standard output.")
    var output: String

    @Option(name: .customLong("profile"),
            help: "Rule profile: ecvet (default), eqf (points voluntary) or europass (what a Europass export needs).")
    var profile: Profile?

    @Option(help: "A configuration file instead of the nearest .ecvet.yaml.")
    var config: String?

    @Option(help: "The day expiry is judged against (YYYY-MM-DD), instead of today.")
    var today: String?

    @Option(name: .customLong("display-language"),
            help: "The language of titles where the data has several (fi, sv, en…); the first written when not given.")
    var language: String?

    @Option(help: "The page's heading.")
    var title: String = "Catalogue report"

    @Option(help: ArgumentHelp("Findings shown for each rule, with their source lines; the rest are counted.", valueName: "n"))
    var findingsPerRule: Int = ReportLimits().findingsPerRule

    @Option(name: .customLong("from"), help: "Read inputs as this format instead of detecting it.")
    var source: CatalogueFormat?

    @OptionGroup(title: "Mapping")
    var mappingArguments: MappingArguments

    @OptionGroup(title: "CSV")
    var csv: CSVArguments

    func validate() throws {
        if let today, Configuration.parseDate(today) == nil { throw ValidationError("--today takes a date such as 2026-01-31") }
        if findingsPerRule < 0 { throw ValidationError("--findings-per-rule takes a number of findings, 0 or more") }
    }

    func run() async throws {
        let started = ContinuousClock.now
        let paths = try InputPaths.expand(inputs)
        try InputProtection.refuse(output: output, among: paths + [config].compactMap { $0 } + mappingArguments.files)
        var (loaded, configurations, problems) = try await mappingArguments.read(paths, format: source, csv: csv.options, config: config)
        DiagnosticPrinter.print(problems)
        guard !problems.hasErrors else { throw ExitStatus.usageOrIO }
        // What made an input unreadable is told here too: the page lists it with the findings.
        DiagnosticPrinter.print(loaded.filter { $0.catalogue == nil && $0.documents.isEmpty }.flatMap(\.diagnostics))
        if let day = today.flatMap(Configuration.parseDate) {
            for index in configurations.indices { configurations[index].settings.today = day }
        }
        var limits = ReportLimits()
        limits.findingsPerRule = findingsPerRule
        let report = await ECVET.report(loaded, profile: profile, configurations: configurations, title: title,
                                        language: language, limits: limits)
        ECVET.keepUntilExit(consume loaded)
        let html = report.html
        do throws(OutputError) {
            try ECVET.write(bytes: Array(html.utf8), to: output)
        } catch {
            StandardError.unwritable(error)
            throw ExitStatus.usageOrIO
        }
        var (errors, warnings) = (0, 0)
        for finding in report.findings {
            if finding.severity == .error { errors += finding.findingCount }
            if finding.severity == .warning { warnings += finding.findingCount }
        }
        if output != "-" {
            let qualifications = report.inputs.reduce(0) { $0 + $1.catalogue.qualifications.count }
            RunSummary(started: started).write("reported on \(counted(report.inputs.count, "catalogue")), \(counted(qualifications, "qualification")): "
                                               + "\(counted(errors, "error")), \(counted(warnings, "warning")); the report is in \(output)")
        }
        ECVET.keepUntilExit(consume report)
        if errors > 0 { throw ExitStatus.dataErrors }
    }
}

import ArgumentParser
import ECVETKit
import Foundation

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check catalogues and mobility documents against the ECVET, EQF and Europass rules.",
        discussion: """
            Text findings go to standard error, then a summary. A JSON or SARIF report is the \
            command's data: it goes to standard output (or --output) whatever the exit status. \
            Folders are searched for catalogues and mobility documents; files are checked in \
            parallel and every file gets its findings. Mobility documents are checked together: \
            a learning agreement against its MoU and the catalogues (inputs, or --catalogue), a \
            transcript against its agreement. A .ecvet.yaml beside an input or above it (or --config) can change \
            the profile, switch rules off, re-grade them and give defaults.

            Exit status: 0 no errors (warnings allowed), 1 errors (or more warnings than \
            --max-warnings), 2 usage or I/O problems.

            Examples:
              ecvet validate catalogue.json
              ecvet validate exports/ --profile europass --format sarif --output findings.sarif
              ecvet validate catalogue.json --rule V11=off --rule V06=error
              ecvet validate catalogue.json --write-baseline baseline.json
              ecvet validate catalogue.json --baseline baseline.json
              ecvet validate file.xml --schema-only --xsd europass
              ecvet validate mou.yaml agreements/ --catalogue home.json --catalogue host.json
            """
    )

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Argument(help: "Catalogues, mobility documents or folders; - reads standard input.")
    var inputs: [String]

    @Option(help: "text (to standard error), json or sarif (to standard output or --output).")
    var format: ReportFormat = .text

    // Read as text, so that a near miss (europas) is told the profile meant.
    @Option(name: .customLong("profile"),
            help: "Rule profile: ecvet (default), eqf (points voluntary) or europass (what a Europass export needs).")
    var profileName: String?

    var profile: Profile? { profileName.flatMap { Profile(rawValue: $0.lowercased()) } }

    @Option(help: "A configuration file instead of the nearest .ecvet.yaml.")
    var config: String?

    @Option(name: .customLong("rule"), help: ArgumentHelp("Set a rule: V11=off, V06=error, V13=note (repeatable).", valueName: "ID=SETTING"))
    var rules: [String] = []

    @Flag(help: "Report warnings as errors.")
    var warningsAsErrors = false

    @Option(help: "Fail (exit 1) when there are more warnings than this.")
    var maxWarnings: Int?

    @Option(help: ArgumentHelp("Show at most this many findings per file; the rest are counted, not shown.", valueName: "n"))
    var maxFindings: Int?

    @Option(help: "Report only findings that are not in this baseline file.")
    var baseline: String?

    @Option(help: "Write all current findings to this baseline file and accept them.")
    var writeBaseline: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the JSON or SARIF report to this file.")
    var output: String?

    @Option(help: "The day expiry is judged against (YYYY-MM-DD), instead of today.")
    var today: String?

    @Flag(help: "Only check XML files against a schema (the catalogue XSD, or --xsd).")
    var schemaOnly = false

    @Option(help: "With --schema-only: the XSD to check against; \"europass\" is the official LOQ schema, built in.")
    var xsd: String?

    @Option(name: .customLong("catalogue"),
            help: ArgumentHelp("A catalogue that mobility documents refer to, read but not itself checked (repeatable).", valueName: "file"))
    var catalogues: [String] = []

    @Option(name: .customLong("from"), help: "Read inputs as this format instead of detecting it.")
    var source: CatalogueFormat?

    @OptionGroup(title: "Mapping")
    var mappingArguments: MappingArguments

    @OptionGroup(title: "CSV")
    var csv: CSVArguments

    func validate() throws {
        if let profileName, profile == nil {
            let names = Profile.allCases.map(\.rawValue)
            let meant = CommandSuggestion.closest(to: profileName.lowercased(), among: names).map { "; did you mean \($0)?" } ?? ""
            throw ValidationError("--profile \(profileName) is no rule profile\(meant) The profiles are \(names.joined(separator: ", ")).")
        }
        if xsd != nil && !schemaOnly { throw ValidationError("--xsd goes with --schema-only") }
        let read = inputs + catalogues + [config, baseline].compactMap { $0 } + mappingArguments.files
        for written in [output, writeBaseline].compactMap({ $0 }) { try InputProtection.refuse(output: written, among: read) }
        if let today, Configuration.parseDate(today) == nil { throw ValidationError("--today takes a date such as 2026-01-31") }
        if output != nil && format == .text { throw ValidationError("--output holds a JSON or SARIF report: add --format json or sarif") }
        _ = try ruleOverrides()
    }

    func ruleOverrides() throws -> [String: Severity?] {
        var overrides: [String: Severity?] = [:]
        for setting in rules {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ValidationError("--rule takes ID=SETTING with a rule id from `ecvet rules`, such as V11=off")
            }
            guard let rule = RuleCatalog.rule(parts[0]) else {
                throw ValidationError("--rule \(parts[0]): there is no rule \(parts[0]); `ecvet rules` lists them (V01–V37)")
            }
            guard let severity = Configuration.parseSeverity(parts[1]) else {
                throw ValidationError("--rule \(parts[0]) is set to off, note, warning or error")
            }
            overrides[rule.id.id] = severity
        }
        return overrides
    }

    func run() async throws {
        let started = ContinuousClock.now
        let paths = try InputPaths.expand(inputs)
        var diagnostics: [Diagnostic] = []
        var summary = (files: paths.count, qualifications: 0, units: 0, documents: 0)
        /// The profile the files were checked with: the option's, else each configuration's.
        var checkedProfile = schemaOnly ? "schema" : (profile?.rawValue ?? Profile.ecvet.rawValue)

        if schemaOnly {
            diagnostics = await ECVET.checkSchema(paths: paths, xsd: xsd).flatMap { $0 }
        } else {
            // The catalogues documents refer to come first, reduced to what their checks need:
            // a national catalogue is let go before thousands of agreements are read.
            let referenced = try await referencedCatalogues()
            diagnostics += referenced.diagnostics
            let progress = ProgressDisplay(total: paths.count)
            let (loaded, configurations, problems) = try await mappingArguments.read(
                paths, format: source, csv: csv.options, config: config, progress: { progress.advance() })
            progress.finish()
            diagnostics += problems
            let overrides = try ruleOverrides()
            let profile = self.profile
            let profiles = Set(configurations.map { (profile ?? $0.profile ?? .ecvet).rawValue })
            if !profiles.isEmpty { checkedProfile = profiles.sorted().joined(separator: ",") }
            let day = today.flatMap(Configuration.parseDate)
            let work = zip(loaded, configurations).map { ($0, $1) }
            let findings = await withTaskGroup(of: [Diagnostic].self) { group in
                for (item, configuration) in work {
                    group.addTask {
                        guard let catalogue = item.catalogue else { return item.diagnostics }
                        var configuration = configuration
                        if let day { configuration.settings.today = day }
                        let findings = await ECVET.validate(catalogue, profile: profile,
                                                            configuration: configuration, overrides: overrides)
                        return item.diagnostics + FollowOn.marked(findings, after: item.diagnostics)
                    }
                }
                var parts: [[Diagnostic]] = []
                for await part in group { parts.append(part) }
                return Diagnostic.joined(consume parts)
            }
            diagnostics = Diagnostic.joined([consume diagnostics, consume findings])
            let documents = zip(loaded, configurations).filter { !$0.0.documents.isEmpty }
            if !documents.isEmpty {
                var configuration = documents[0].1
                if let day { configuration.settings.today = day }
                let findings = await ECVET.validate(documents: documents.flatMap(\.0.documents),
                                                    against: HomeCatalogues(loaded.compactMap(\.catalogue)).adding(referenced.home),
                                                    profile: profile, configuration: configuration, overrides: overrides)
                diagnostics = Diagnostic.joined([consume diagnostics, findings.flatMap { $0 }])
                summary.documents = documents.reduce(0) { $0 + $1.0.documents.count }
            }
            for item in loaded {
                summary.qualifications += item.catalogue?.qualifications.count ?? 0
                summary.units += item.catalogue?.units.count ?? 0
            }
            ECVET.keepUntilExit((consume loaded, consume work))
        }

        if let writeBaseline {
            try write(Baseline(diagnostics).encoded(), to: writeBaseline)
            diagnostics = []
        } else if let baseline {
            do {
                diagnostics = try Baseline.load(baseline).filter(diagnostics)
            } catch {
                StandardError.write("error: \(DiagnosticID.unreadableInput) cannot read baseline \(baseline): \(error.localizedDescription)")
                throw ExitStatus.usageOrIO
            }
        }
        if warningsAsErrors {
            diagnostics = diagnostics.map { diagnostic in
                var changed = diagnostic
                if changed.severity == .warning { changed.severity = .error }
                return changed
            }
        }

        // Counted in place: passing tens of thousands of findings to a closure would copy each.
        // A summary of findings that were only counted stands for all of them.
        var (errors, warnings, notes) = (0, 0, 0)
        var byRule = RuleCounts()
        for finding in diagnostics.indices {
            let count = diagnostics[finding].findingCount
            switch diagnostics[finding].severity {
            case .error: errors += count
            case .warning: warnings += count
            case .note: notes += count
            }
            byRule.add(diagnostics[finding].id, diagnostics[finding].severity, count)
        }
        let leftOut = limitPerFile(&diagnostics)
        let version = ECVETCommand.configuration.version
        switch format {
        case .text:
            let report = TextReport.forStandardError()
            var text = report.render(diagnostics)
            text += byRule.table
            var line = "checked " + counted(summary.files, "file")
            if !schemaOnly && summary.files > summary.documents {
                line += ", " + counted(summary.qualifications, "qualification") + ", " + counted(summary.units, "unit")
            }
            if summary.documents > 0 { line += ", " + counted(summary.documents, "mobility document") }
            line += ": " + counted(errors, "error") + ", " + counted(warnings, "warning")
            if notes > 0 { line += ", " + counted(notes, "note") }
            if leftOut > 0, let maxFindings {
                line += " (" + counted(leftOut, "finding") + " not shown: at most \(maxFindings) per file, --max-findings)"
            }
            if isatty(2) == 1 { line += RunSummary(started: started).elapsed }
            text += line + "\n"
            StandardError.write(text)
            ECVET.keepUntilExit(consume diagnostics)
        case .json:
            let report = JSONReport(diagnostics: consume diagnostics, profile: checkedProfile,
                                    summary: .init(files: summary.files, qualifications: summary.qualifications,
                                                   units: summary.units, errors: errors, warnings: warnings, notes: notes),
                                    version: version)
            try emit(report.encoded())
            ECVET.keepUntilExit(report)
        case .sarif:
            try emit(SARIFReport(diagnostics: diagnostics, version: version).encoded())
            ECVET.keepUntilExit(consume diagnostics)
        }
        if format != .text, let output, output != "-" {
            RunSummary(started: started).write("checked \(counted(summary.files, "file")): \(counted(errors, "error")), "
                + "\(counted(warnings, "warning")); the \(format) report is in \(output)")
        }
        if errors > 0 { throw ExitStatus.dataErrors }
        if let maxWarnings, warnings > maxWarnings {
            if format == .text { StandardError.write("error: \(warnings) warnings, more than --max-warnings \(maxWarnings)") }
            throw ExitStatus.dataErrors
        }
    }

    /// What the checks of mobility documents need of the catalogues of `--catalogue` (read
    /// through the mapping, when one is given, but not checked themselves), and what reading
    /// them found. The catalogues themselves are let go, and their memory handed back.
    private func referencedCatalogues() async throws -> (home: HomeCatalogues, diagnostics: [Diagnostic]) {
        guard !catalogues.isEmpty else { return (HomeCatalogues([]), []) }
        let (loaded, _, problems) = try await mappingArguments.read(try InputPaths.expand(catalogues), format: source,
                                                                    csv: csv.options, config: config)
        for item in loaded where item.catalogue == nil && !item.diagnostics.hasErrors {
            StandardError.write("error: --catalogue \(item.source) is not a catalogue")
            throw ExitStatus.usageOrIO
        }
        let home = HomeCatalogues(loaded.compactMap(\.catalogue))
        let diagnostics = problems + loaded.flatMap(\.diagnostics)
        await ECVET.release(consume loaded)
        return (home, diagnostics)
    }

    /// Keeps at most `--max-findings` findings of each file, in the order they are shown; the
    /// counts of errors and warnings are taken before, so the exit status is the same. Returns
    /// how many were left out.
    private func limitPerFile(_ diagnostics: inout [Diagnostic]) -> Int {
        guard let maxFindings, diagnostics.count > maxFindings else { return 0 }
        let ordered = Diagnostic.sortedForOutput(diagnostics)
        var shown: [String: Int] = [:]
        var kept: [Diagnostic] = []
        for diagnostic in ordered {
            let file = diagnostic.location?.file ?? ""
            let count = shown[file, default: 0]
            guard count < maxFindings else { continue }
            shown[file] = count + 1
            kept.append(diagnostic)
        }
        let leftOut = diagnostics.reduce(0) { $0 + $1.findingCount } - kept.reduce(0) { $0 + $1.findingCount }
        diagnostics = kept
        return leftOut
    }

    private func emit(_ data: Data) throws {
        if let output, output != "-" {
            try write(data, to: output)
        } else {
            try StandardOutput.write(Array(data))
        }
    }

    private func write(_ data: Data, to path: String) throws {
        do throws(OutputError) {
            try ECVET.write(bytes: Array(data), to: path)
        } catch {
            StandardError.unwritable(error)
            throw ExitStatus.usageOrIO
        }
    }
}

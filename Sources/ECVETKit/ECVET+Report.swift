import ECVETReport
import ECVETValidation
import Foundation

extension ECVET {
    /// A report of catalogues as `ecvet report` makes it: each catalogue checked with the rules of
    /// `profile` (else each configuration's, else `ecvet`), mobility documents among the inputs
    /// checked against the catalogues, the structure of every qualification counted (V12) to say
    /// whether it can be satisfied, and the source lines of the findings shown read from the
    /// files. `report.html` is the page.
    ///
    /// ```swift
    /// let loaded = await ECVET.read(paths: ["catalogue.json"])
    /// let report = await ECVET.report(loaded)
    /// try ECVET.write(bytes: Array(report.html.utf8), to: "report.html")
    /// ```
    ///
    /// - Parameters:
    ///   - loaded: the inputs as `ECVET.read(paths:)` gives them; unreadable ones bring their findings.
    ///   - profile: the rules to check with; `nil` takes each configuration's.
    ///   - configurations: one per input (their rule settings and day); `Configuration()` for all
    ///     when empty.
    ///   - overrides: rule severities set on top of the configurations (`"V11": nil` is off).
    ///   - title: the page's title.
    ///   - language: the language of titles where the data has several.
    ///   - limits: how many findings and qualifications the page lists before it says it stopped.
    public static func report(_ loaded: [LoadedCatalogue], profile: Profile? = nil, configurations: [Configuration] = [],
                              overrides: [String: Severity?] = [:], title: String = "Catalogue report",
                              language: String? = nil, limits: ReportLimits = ReportLimits()) async -> CatalogueReport {
        let configurations = configurations.count == loaded.count ? configurations : loaded.map { _ in Configuration() }
        let work = Array(zip(loaded, configurations))
        // Each catalogue is checked twice, side by side: by the profile for the findings, and by
        // V12 alone for the verdict on each structure, whatever the profile makes of V12.
        let structureOnly = Dictionary(uniqueKeysWithValues: RuleCatalog.all.map { ($0.id.id, $0.id.id == "V12" ? Severity?.some(.error) : nil) })
        let checked = await withTaskGroup(of: (Int, [Diagnostic], [Diagnostic]).self) { group in
            for (index, (item, configuration)) in work.enumerated() {
                group.addTask {
                    guard let catalogue = item.catalogue else { return (index, item.diagnostics, []) }
                    async let findings = validate(catalogue, profile: profile, configuration: configuration, overrides: overrides)
                    async let structure = Validator(profile: .ecvet, overrides: structureOnly).validate(catalogue)
                    return (index, item.diagnostics + (await findings), await structure)
                }
            }
            var results = [([Diagnostic], [Diagnostic])](repeating: ([], []), count: work.count)
            for await (index, findings, structure) in group { results[index] = (findings, structure) }
            return results
        }
        var findings = checked.flatMap(\.0)
        let documents = work.filter { !$0.0.documents.isEmpty }
        if let first = documents.first {
            findings += await validate(documents: documents.flatMap(\.0.documents),
                                       against: HomeCatalogues(loaded.compactMap(\.catalogue)),
                                       profile: profile, configuration: first.1, overrides: overrides).flatMap { $0 }
        }
        let profiles = Set(configurations.map { (profile ?? $0.profile ?? .ecvet).rawValue }).sorted()
        var report = CatalogueReport(
            title: title,
            inputs: loaded.compactMap { item in
                item.catalogue.map { CatalogueReport.Input(source: item.source, format: item.format?.rawValue ?? item.mapping.map { "through \($0)" }, catalogue: $0) }
            },
            otherSources: loaded.filter { $0.catalogue == nil }.map { $0.source + ($0.documents.isEmpty ? " (not read)" : ($0.documents.count == 1 ? " (a mobility document)" : " (mobility documents)")) },
            findings: findings, structureFindings: checked.flatMap(\.1),
            profile: profiles.isEmpty ? (profile ?? .ecvet).rawValue : profiles.joined(separator: ", "),
            language: language, limits: limits,
            judgedOn: (configurations.first ?? Configuration()).settings.judgedDay)
        report.sourceLines = sourceLines(of: report.shownFindings)
        return report
    }

    /// Reads `paths` (catalogues, mobility documents, folders' files as given) and reports on
    /// them as `report(_:profile:configurations:overrides:title:language:limits:)` does.
    public static func report(paths: [String], profile: Profile? = nil, title: String = "Catalogue report",
                              language: String? = nil, limits: ReportLimits = ReportLimits()) async -> CatalogueReport {
        await report(await read(paths: paths), profile: profile, title: title, language: language, limits: limits)
    }

    /// The lines `findings` point at, each file read once; a line's first 64 KiB, enough for the
    /// column of a finding in any but a huge minified export.
    private static func sourceLines(of findings: [Diagnostic]) -> SourceLines {
        var wanted: [String: Set<Int>] = [:]
        for finding in findings {
            guard let location = finding.location, let line = location.line, !location.file.isEmpty, location.file != "-" else { continue }
            wanted[location.file, default: []].insert(line)
        }
        var lines: [String: [Int: String]] = [:]
        for (file, numbers) in wanted {
            lines[file] = sourceLines(numbers, of: file, limit: 1 << 16).compactMapValues { bytes in
                var text = String(decoding: bytes, as: UTF8.self)
                if text.hasSuffix("\r") { text.removeLast() }
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                // A line of a file in UTF-16, or in Latin-1 with accents, is not shown garbled.
                return text.contains("\u{FFFD}") || text.contains("\0") ? nil : text
            }
        }
        return SourceLines(lines)
    }
}

@_exported import struct ECVETReport.CatalogueReport
@_exported import struct ECVETReport.ReportLimits
@_exported import struct ECVETReport.SourceLines

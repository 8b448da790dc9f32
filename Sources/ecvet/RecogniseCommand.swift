import ArgumentParser
import ECVETKit
import Foundation

struct RecogniseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognise",
        abstract: "Show what a learner's transcript brings to their home qualification.",
        discussion: """
            For each unit (or part) the transcript records: its result, the points it counts \
            towards the qualification of the home catalogue, and the points accumulated against \
            those planned and the qualification's total. The transcript is first checked against \
            its learning agreement and the catalogue; findings go to standard error.

            Exit status: 0 no errors, 1 the documents have errors (the summary is shown all the \
            same), 2 usage or I/O problems.

              ecvet recognise transcript.yaml --agreement la.yaml --catalogue home.json
              ecvet recognise pt.yaml --agreement la.yaml --catalogue fi.json --format json
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The learner's personal transcript.")
    var transcript: String

    @Option(help: ArgumentHelp("The learning agreement the transcript reports on.", valueName: "file"))
    var agreement: String?

    @Option(name: .customLong("catalogue"), help: ArgumentHelp("The home catalogue (repeatable).", valueName: "file"))
    var catalogues: [String] = []

    @Option(help: "text or json (to standard output).")
    var format: OutputFormat = .text

    func validate() throws {
        if catalogues.isEmpty { throw ValidationError("give the home catalogue with --catalogue FILE") }
    }

    func run() async throws {
        let documentPaths = [transcript] + (agreement.map { [$0] } ?? [])
        let loaded = await ECVET.read(paths: documentPaths + catalogues)
        let documents = Array(loaded.prefix(documentPaths.count))
        let catalogueInputs = Array(loaded.dropFirst(documentPaths.count))
        var diagnostics = loaded.flatMap(\.diagnostics)
        guard case .transcript(let transcript)? = documents[0].document else {
            DiagnosticPrinter.print(diagnostics)
            if documents[0].catalogue != nil || documents[0].document != nil { StandardError.write("error: \(self.transcript) is not a personal transcript") }
            throw diagnostics.hasErrors ? ExitStatus.dataErrors : ExitStatus.usageOrIO
        }
        var learningAgreement: LearningAgreement?
        if documents.count > 1 {
            guard case .learningAgreement(let read)? = documents[1].document else {
                DiagnosticPrinter.print(diagnostics)
                if !documents[1].diagnostics.hasErrors { StandardError.write("error: \(agreement!) is not a learning agreement") }
                throw documents[1].diagnostics.hasErrors ? ExitStatus.dataErrors : ExitStatus.usageOrIO
            }
            if let mismatch = Self.mismatch(of: transcript, with: read) {
                DiagnosticPrinter.print(diagnostics)
                StandardError.write("error: \(agreement!) is the learning agreement \(mismatch)")
                throw ExitStatus.usageOrIO
            }
            learningAgreement = read
        }
        for item in catalogueInputs where item.catalogue == nil && !item.diagnostics.hasErrors {
            StandardError.write("error: --catalogue \(item.source) is not a catalogue")
            throw ExitStatus.usageOrIO
        }
        let homeCatalogues = catalogueInputs.compactMap(\.catalogue)
        diagnostics += await ECVET.validate(documents: documents.compactMap(\.document), catalogues: homeCatalogues).flatMap { $0 }
            // Notes say which checks did not run for want of an MoU, which recognition does not need.
            .filter { $0.severity != .note }
        DiagnosticPrinter.print(diagnostics)

        let summary = RecognitionSummary(transcript, agreement: learningAgreement, catalogues: homeCatalogues)
        switch format {
        case .json: try StandardOutput.write(Array(try ReportEncoding.json(summary)))
        case .text: try StandardOutput.write(Self.render(summary) + "\n")
        }
        if diagnostics.hasErrors { throw ExitStatus.dataErrors }
    }

    /// How `agreement` is not the one `transcript` reports on (another id, another learner), in
    /// words; `nil` when it is.
    static func mismatch(of transcript: PersonalTranscript, with agreement: LearningAgreement) -> String? {
        if let planned = transcript.learningAgreement, let id = agreement.id, planned != id {
            return "\(id); the transcript reports on \(planned)"
        }
        if let learner = transcript.learner, let planned = agreement.learner, !learner.isSamePerson(as: planned) {
            return "of \(planned.fullName ?? planned.id ?? "another learner"); the transcript is \(learner.fullName ?? learner.id ?? "another learner")'s"
        }
        return nil
    }

    static func render(_ summary: RecognitionSummary) -> String {
        var lines: [String] = []
        lines.append("Transcript \(summary.transcript ?? "(no id)")" + (summary.learningAgreement.map { " of learning agreement \($0)" } ?? ""))
        if let learner = summary.learner { lines.append("Learner: \(learner)") }
        var qualification = "Qualification: \(summary.qualification ?? "(not named)")"
        if let title = summary.qualificationTitle { qualification += " \(title)" }
        if let level = summary.eqfLevel { qualification += " (EQF \(level))" }
        if let total = summary.qualificationPoints { qualification += ", \(total) points" }
        lines.append(qualification)
        if !summary.qualificationFound, summary.qualification != nil {
            lines.append("  (not in the catalogues given: the transcript's own points are counted, unchecked)")
        }
        let rows = summary.items.map { item -> [String] in
            let name = item.part.map { "\(item.unit) part \($0)" } ?? item.unit
            let achieved = item.pointsRecognised != nil || item.alreadyCounted
            let state = !achieved ? (item.result ?? "no result")
                : !summary.qualificationFound ? "achieved"
                : item.part == nil ? "unit achieved" : "part achieved"
            let points = item.pointsRecognised.map { "\($0) points" } ?? (item.pointsPlanned.map { "(\($0) planned)" } ?? "")
            var notes: [String] = []
            if item.alreadyCounted {
                let wholeUnit = item.part != nil && summary.items.contains { $0.unit == item.unit && $0.part == nil && $0.pointsRecognised != nil }
                notes.append(wholeUnit ? "counted with its unit" : "recorded twice, counted once")
            }
            if summary.qualificationFound && !item.inQualification { notes.append("not a unit of the qualification") }
            return [name, item.title, points, state + (item.assessed.map { " \($0)" } ?? "") + notes.map { ", " + $0 }.joined()]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        lines.append("")
        for row in rows {
            lines.append("  " + (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                         + "  " + row[3])
        }
        for unit in summary.notRecorded { lines.append("  \(unit): planned, not in the transcript") }
        lines.append("")
        var total = "Recognised: \(summary.pointsRecognised) points"
        if let planned = summary.pointsPlanned { total += " of \(planned) planned" }
        if let points = summary.qualificationPoints, let whole = Double(points), whole > 0, let got = Double(summary.pointsRecognised) {
            total += "; \(summary.pointsRecognised) of \(points) towards the qualification (\(String(format: "%.1f", got / whole * 100)) %)"
        }
        lines.append(total)
        return lines.joined(separator: "\n")
    }
}

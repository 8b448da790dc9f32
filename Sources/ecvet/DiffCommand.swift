import ArgumentParser
import ECVETKit
import Foundation

struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a catalogue: qualifications, units, outcomes, field by field.",
        discussion: """
            Entities are matched by id; one whose id changed is recognised by its URI, its code \
            or its content (renamed), and a unit that moved to another group of a structure is \
            told as a move. Fields are compared by value (points 15 and 15.0 are equal): titles per language, levels, \
            points, validity, structure. The two inputs may be in different formats, or read \
            through a mapping. Text for people, --format json for scripts, --format html a page \
            in the style of ecvet report.

            Exit status: 0 the catalogues are the same, 1 they differ, 2 trouble (usage, an \
            input that cannot be read, an output that cannot be written), as diff(1).

            Examples:
              ecvet diff catalogue-2025.json catalogue-2026.xml
              ecvet diff old.yaml new.yaml --format json -o changes.json
              ecvet diff --mapping Mappings/fi-eperusteet.mapping.yaml 2025/peruste.json 2026/peruste.json
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Argument(help: "The old version: a catalogue file, a folder of canonical CSV tables, or - for standard input.")
    var old: String

    @Argument(help: "The new version.")
    var new: String

    @Option(help: "text, json or html.")
    var format: OutputFormat = .text

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the differences to this file instead of standard output.")
    var output: String = "-"

    @Option(name: .customLong("from"), help: "Read both inputs as this format instead of detecting it.")
    var source: CatalogueFormat?

    @Option(help: "A configuration file instead of the nearest .ecvet.yaml (its defaults fill what the data lacks).")
    var config: String?

    @OptionGroup(title: "Mapping")
    var mappingArguments: MappingArguments

    @OptionGroup(title: "CSV")
    var csv: CSVArguments

    func validate() throws {
        if old == "-" && new == "-" { throw ValidationError("only one of the two inputs can be standard input") }
        try InputProtection.refuse(output: output, among: [old, new] + [config].compactMap { $0 } + mappingArguments.files)
    }

    func run() async throws {
        let (loaded, _, problems) = try await mappingArguments.read([old, new], format: source, csv: csv.options, config: config)
        DiagnosticPrinter.print(problems + loaded.flatMap(\.diagnostics))
        guard !problems.hasErrors else { throw ExitStatus.usageOrIO }
        var catalogues: [Catalogue] = []
        for item in loaded {
            if item.catalogue == nil && !item.documents.isEmpty {
                StandardError.write("error: \(item.source) is a mobility document; ecvet diff compares catalogues")
                throw ExitStatus.usageOrIO
            }
            // A catalogue read only in part would show as changes what the reader could not take.
            guard let catalogue = item.catalogue, !item.diagnostics.hasErrors else {
                StandardError.write("error: \(item.source) could not be read whole: no comparison")
                throw ExitStatus.usageOrIO
            }
            catalogues.append(catalogue)
        }
        let diff = ECVET.diff(catalogues[0], catalogues[1])
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(Self.text(diff).utf8)
        case .json: bytes = Array(try ReportEncoding.json(diff))
        case .html: bytes = Array(ECVET.diffPage(diff, old: old, new: new).utf8)
        }
        if output == "-" {
            try StandardOutput.write(bytes)
        } else {
            do throws(OutputError) {
                try ECVET.write(bytes: bytes, to: output)
            } catch {
                StandardError.unwritable(error)
                throw ExitStatus.usageOrIO
            }
        }
        ECVET.keepUntilExit((consume catalogues, consume loaded))
        if !diff.isEmpty { throw ExitStatus.dataErrors }
    }

    /// The differences for people: a line per entity with its mark (+ added, - removed,
    /// ~ changed, > renamed), its fields indented under it, and a closing count.
    static func text(_ diff: CatalogueDiff) -> String {
        var lines: [String] = []
        func fields(_ changes: [FieldChange]) {
            for change in changes {
                switch (change.old, change.new) {
                case let (old?, new?): lines.append("    \(change.field): \(quoted(old)) → \(quoted(new))")
                case let (nil, new?): lines.append("    \(change.field): + \(quoted(new))")
                case let (old?, nil): lines.append("    \(change.field): - \(quoted(old))")
                default: break
                }
            }
        }
        if !diff.catalogue.isEmpty {
            lines.append("~ catalogue")
            fields(diff.catalogue)
        }
        for change in diff.entities {
            let mark = ["added": "+", "removed": "-", "changed": "~", "renamed": ">"][change.kind.rawValue]!
            let id = change.oldID.map { "\($0) → \(change.id)" } ?? change.id
            lines.append("\(mark) \(change.entity.noun) \(id)" + (change.title.map { " " + quoted($0) } ?? ""))
            fields(change.fields)
        }
        var counts = diff.catalogue.isEmpty ? [] : ["catalogue: \(counted(diff.catalogue.count, "field")) changed"]
        for entity in EntityChange.Entity.allCases {
            let parts = EntityChange.Kind.allCases.compactMap { kind in
                diff.count(entity, kind) == 0 ? nil : "\(diff.count(entity, kind)) \(kind.rawValue)"
            }
            if !parts.isEmpty { counts.append("\(entity.noun)s: " + parts.joined(separator: ", ")) }
        }
        lines.append(diff.isEmpty ? "no differences" : counts.joined(separator: "; "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A value in quotes, shortened to a line's worth (JSON and HTML carry it whole).
    private static func quoted(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return "\"" + (flat.count > 70 ? String(flat.prefix(69)) + "…" : flat) + "\""
    }
}

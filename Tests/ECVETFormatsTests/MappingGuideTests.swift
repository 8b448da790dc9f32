@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

/// The mapping guide, `Documentation/Mappings.md`, runs: its commands end as it says, its
/// complete mappings load and read their exports, its excerpts are in the files they quote, and
/// it names every key the mapping reader knows. The comment at the top of the guide says how its
/// blocks are marked.
@Suite("Mapping guide")
struct MappingGuideTests {
    /// A fenced block of the guide, with the `<!-- guide: … -->` lines right above it.
    struct Block: Sendable, CustomTestStringConvertible {
        var language: String
        var text: String
        var line: Int
        var markers: [String: String]

        var testDescription: String { "Mappings.md:\(line) (\(language))" }
    }

    static let guide: String = (try? String(contentsOf: Fixtures.repository.appendingPathComponent("Documentation/Mappings.md"),
                                            encoding: .utf8)) ?? ""

    /// `<!-- guide: KEY VALUE -->` on a line of its own.
    static func marker(_ line: String) -> (key: String, value: String)? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("<!-- guide: "), trimmed.hasSuffix(" -->") else { return nil }
        let inner = trimmed.dropFirst("<!-- guide: ".count).dropLast(" -->".count)
        let key = inner.prefix { $0 != " " }
        return (String(key), inner.dropFirst(key.count).trimmingCharacters(in: .whitespaces))
    }

    static let blocks: [Block] = {
        var found: [Block] = []
        var markers: [String: String] = [:]
        var open: Block?
        for (index, line) in guide.components(separatedBy: "\n").enumerated() {
            if var block = open {
                if line.hasPrefix("```") {
                    found.append(block)
                    open = nil
                } else {
                    block.text += line + "\n"
                    open = block
                }
                continue
            }
            if let (key, value) = marker(line) {
                markers[key] = value
            } else if line.hasPrefix("```") {
                open = Block(language: String(line.dropFirst(3)), text: "", line: index + 1, markers: markers)
                markers = [:]
            } else {
                markers = [:]
            }
        }
        return found
    }()

    static var commandBlocks: [Block] { blocks.filter { $0.language == "sh" } }
    static var completeMappings: [Block] {
        blocks.filter { $0.language == "yaml" && $0.text.hasPrefix("ecvetMapping: 1") && $0.markers["fragment"] == nil }
    }
    static var excerpts: [Block] { blocks.filter { $0.markers["excerpt"] != nil } }

    @Test("the guide is found, linked from the README, and has examples of every kind")
    func guideIsThere() throws {
        #expect(Self.commandBlocks.count >= 5)
        #expect(Self.completeMappings.count >= 3)
        #expect(Self.excerpts.count >= 4)
        let readme = try String(contentsOf: Fixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("(Documentation/Mappings.md)"))
    }

    // MARK: - Commands

    /// The commands of a block: lines joined where they end in `\`, split into words as a shell
    /// would (quotes, `#` comments); no pipes or redirections.
    static func commands(_ text: String) -> [[String]] {
        ShellLine.lines(text).map(\.words)
    }

    @Test("every command of the guide runs, with the exit status it is marked with", arguments: commandBlocks)
    func command(block: Block) throws {
        let expected = Int32(block.markers["exit"] ?? "0")
        let commands = Self.commands(block.text)
        #expect(!commands.isEmpty)
        for words in commands {
            #expect(words.first == "ecvet", "a ```sh block of the guide holds ecvet commands only: \(words)")
            #expect(!words.contains { ["|", ">", "<", ">>", "2>", "&&", ";"].contains($0) }, "no shell syntax: \(words)")
            // Outputs go to a fresh folder, keeping their names (and a trailing / for folders).
            let folder = try Fixtures.temporaryFolder()
            var arguments = Array(words.dropFirst())
            for index in arguments.indices.dropLast() where ["-o", "--output", "--write-baseline"].contains(arguments[index]) {
                let target = arguments[index + 1]
                let name = (target as NSString).lastPathComponent
                arguments[index + 1] = folder.appendingPathComponent(name).path + (target.hasSuffix("/") ? "/" : "")
            }
            let result = try CommandRunner.run(arguments)
            #expect(result.status == expected, "ecvet \(arguments.joined(separator: " ")) ended with \(result.status):\n\(result.stderr)")
        }
    }

    // MARK: - Mappings

    @Test("every complete mapping of the guide loads, and reads the export it is marked with", arguments: completeMappings)
    func mapping(block: Block) throws {
        let loaded = ECVET.loadMapping(yaml: block.text, name: "Mappings.md:\(block.line)")
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.formatted))")
        let mapping = try #require(loaded.mapping)
        guard let source = block.markers["reads"] else { return }
        let path: String
        if let export = Self.blocks.first(where: { $0.markers["export"] == source }) {
            let file = try Fixtures.temporaryFolder().appendingPathComponent(source)
            try Data(export.text.utf8).write(to: file)
            path = file.path
        } else {
            path = Fixtures.repository.appendingPathComponent(source).path
            #expect(FileManager.default.fileExists(atPath: path), "\(source) is neither a file nor an export of the guide")
        }
        let read = ECVET.read(path: path, mapping: mapping)
        let allowed = Set((block.markers["allow"] ?? "").split(separator: " ").map(String.init))
        let unexpected = read.diagnostics.filter { $0.severity == .error || ($0.id.id.hasPrefix("M") && !allowed.contains($0.id.id)) }
        #expect(unexpected.isEmpty, "\(unexpected.map(\.formatted))")
        let catalogue = try #require(read.catalogue)
        #expect(!catalogue.qualifications.isEmpty || !catalogue.units.isEmpty, "the mapping read nothing from \(source)")
    }

    @Test("every excerpt of the guide is in the file it quotes, in order", arguments: excerpts)
    func excerpt(block: Block) throws {
        let file = try #require(block.markers["excerpt"])
        let text = try String(contentsOf: Fixtures.repository.appendingPathComponent(file), encoding: .utf8)
        let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var position = 0
        for wanted in block.text.components(separatedBy: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where !wanted.isEmpty {
            guard let found = lines[position...].firstIndex(of: wanted) else {
                Issue.record("\(file) has no line \"\(wanted)\" after line \(position)")
                return
            }
            position = found + 1
        }
    }

    // MARK: - Keys

    /// The table after `<!-- guide: keys NAME -->`.
    static func keyTable(_ name: String) -> String? {
        let lines = guide.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { marker($0).map { $0.key == "keys" && $0.value == name } ?? false }) else {
            return nil
        }
        return lines[(start + 1)...].prefix { $0.hasPrefix("|") }.joined(separator: "\n")
    }

    /// Every key the mapping reader knows, by the name of the guide's table that lists them.
    static var knownKeys: [(table: String, keys: [String])] {
        var known: [(String, [String])] = [
            ("mapping", MappingReader.topKeys),
            ("value", MappingReader.transformKeys),
            ("organisations", MappingReader.organisationsKeys),
            ("csv", ["delimiter", "encoding"]),
            ("validation", Configuration.allSettings.filter { $0 != "defaults" }),
            ("defaults", ["eqfLevel", "nqf", "iscedF", "languages", "country", "awardingBody", "creditSystem"]),
        ]
        for kind in RecordKind.allCases {
            known.append((kind.rawValue, ["at"] + kind.valueFields + kind.recordFields.keys.sorted()))
        }
        return known
    }

    @Test("the guide names every key the mapping reader knows, in the table for its place")
    func everyKey() {
        for (table, keys) in Self.knownKeys {
            guard let text = Self.keyTable(table), !text.isEmpty else {
                Issue.record("the guide has no table marked <!-- guide: keys \(table) -->")
                continue
            }
            for key in keys where !text.contains("`\(key)`") {
                Issue.record("the guide's \(table) table does not name `\(key)`")
            }
        }
        // A wrong key in the defaults or validation tables would show as an error here.
        let settings = ECVET.loadMapping(yaml: """
            ecvetMapping: 1
            syntax: json
            defaults: {eqfLevel: 4, nqf: {framework: NLQF, level: "4"}, iscedF: ["0714"], languages: [nl], country: NL, awardingBody: X, creditSystem: ECVET}
            validation: {profile: europass, today: 2026-01-31, pointsPerYearTolerance: 10%, hoursPerYear: 1600, rules: {V07: warning}}
            units: {at: "units[*]", id: id}
            """, name: "keys.mapping.yaml")
        #expect(settings.diagnostics.isEmpty, "\(settings.diagnostics.map(\.formatted))")
    }

    @Test("the guide's shell words: quotes, continuations and comments")
    func words() {
        #expect(Self.commands("ecvet convert a.csv \\\n  --columns 'A=b,C d=e' -o out/ # note\n")
            == [["ecvet", "convert", "a.csv", "--columns", "A=b,C d=e", "-o", "out/"]])
    }
}

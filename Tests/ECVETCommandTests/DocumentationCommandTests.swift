import ECVETTestSupport
import Foundation
import Testing

/// The README and the pages of `Documentation/` run: every `ecvet` command of their ```sh and
/// ```console blocks is run with the built binary from the repository's folder and ends with the
/// status the page gives, and the help and output they quote is what `ecvet` prints. "How the
/// examples are tested", at the end of `Documentation/README.md`, says how a page marks its blocks.
@Suite("Documentation commands")
struct DocumentationCommandTests {
    /// A fenced block of a page, with the `<!-- doc: … -->` lines right above it.
    struct Block: Sendable, CustomTestStringConvertible {
        var page: String
        var language: String
        var text: String
        /// The line of the opening fence.
        var line: Int
        var markers: [String: String]

        var testDescription: String { "\(page):\(line) (\(language))" }
    }

    /// A command of a block: its words, its `#` comment, the line it starts on, and for a
    /// ```console block the output shown under it.
    struct DocumentedCommand {
        var words: [String]
        var comment: String
        var line: Int
        var shownOutput: [String] = []
    }

    // MARK: - Pages and blocks

    /// README.md and every page of Documentation/, by their path in the repository.
    static let pages: [(name: String, text: String)] = {
        let folder = Fixtures.repository.appendingPathComponent("Documentation")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }
            .sorted()
            .map { "Documentation/\($0)" }
        return (["README.md"] + names).map { name in
            (name, (try? String(contentsOf: Fixtures.repository.appendingPathComponent(name), encoding: .utf8)) ?? "")
        }
    }()

    /// What a marker line says, or nil for any other line. The mapping guide's own markers
    /// (`<!-- guide: … -->`) are read for `exit` only; the others belong to its own test.
    static func marker(_ line: String) -> (key: String, value: String)? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        for prefix in ["<!-- doc: ", "<!-- guide: "] where trimmed.hasPrefix(prefix) && trimmed.hasSuffix(" -->") {
            let inner = trimmed.dropFirst(prefix.count).dropLast(" -->".count)
            let key = String(inner.prefix { $0 != " " })
            let value = inner.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
            return (prefix == "<!-- guide: " && key != "exit" ? "guide-\(key)" : key, value)
        }
        return nil
    }

    static let knownMarkers: Set<String> = ["exit", "not-run", "output", "excerpt", "main-job", "test-command"]

    /// The fenced blocks of a page; a fence may be indented (inside a list item), and its lines
    /// lose that indentation.
    static func blocks(page: String, text: String) -> [Block] {
        var found: [Block] = []
        var markers: [String: String] = [:]
        var open: (block: Block, indentation: Int)?
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let indentation = line.prefix { $0 == " " }.count
            let isFence = line.dropFirst(indentation).hasPrefix("```")
            if let (current, blockIndentation) = open {
                var block = current
                if isFence {
                    found.append(block)
                    open = nil
                } else {
                    block.text += String(line.dropFirst(min(indentation, blockIndentation))) + "\n"
                    open = (block, blockIndentation)
                }
                continue
            }
            if let (key, value) = marker(line) {
                markers[key] = value
            } else if isFence {
                let language = line.dropFirst(indentation + 3).trimmingCharacters(in: .whitespaces)
                open = (Block(page: page, language: language, text: "", line: index + 1, markers: markers), indentation)
                markers = [:]
            } else {
                markers = [:]
            }
        }
        return found
    }

    static let allBlocks: [Block] = pages.flatMap { blocks(page: $0.name, text: $0.text) }

    /// The blocks whose commands are run: ```sh and ```console, unless marked not run.
    static var commandBlocks: [Block] {
        allBlocks.filter { ["sh", "console"].contains($0.language) && $0.markers["not-run"] == nil }
    }

    /// The blocks that quote what a command prints.
    static var quotedBlocks: [Block] {
        allBlocks.filter { $0.markers["output"] != nil || $0.markers["excerpt"] != nil }
    }

    /// The commands of a block. In ```sh every line is a command; in ```console a command starts
    /// with `$ `, and the lines under it are its output. A line ending in `\` goes on.
    static func commands(of block: Block) -> [DocumentedCommand] {
        var commands: [DocumentedCommand] = []
        var pending = ""
        var pendingLine = 0
        for (offset, line) in block.text.components(separatedBy: "\n").enumerated() {
            let number = block.line + 1 + offset
            if !pending.isEmpty {
                pending += " " + line
            } else if block.language == "console" {
                if line.hasPrefix("$ ") {
                    pending = String(line.dropFirst(2))
                    pendingLine = number
                } else if !commands.isEmpty {
                    commands[commands.count - 1].shownOutput.append(line)
                }
            } else {
                pending = line
                pendingLine = number
            }
            if pending.hasSuffix("\\") {
                pending.removeLast()
                continue
            }
            if !pending.isEmpty {
                let split = ShellLine.split(pending)
                if !split.words.isEmpty {
                    commands.append(DocumentedCommand(words: split.words, comment: split.comment, line: pendingLine))
                }
                pending = ""
            }
        }
        return commands
    }

    /// The arguments of `ecvet …` or `swift run [-c release] ecvet …`, or nil for another command.
    static func ecvetArguments(_ words: [String]) -> [String]? {
        if words.first == "ecvet" { return Array(words.dropFirst()) }
        guard words.starts(with: ["swift", "run"]) else { return nil }
        var rest = words.dropFirst(2)
        while let option = rest.first, option.hasPrefix("-") {
            rest = rest.dropFirst(["-c", "--configuration"].contains(option) ? 2 : 1)
        }
        return rest.first == "ecvet" ? Array(rest.dropFirst()) : nil
    }

    /// Commands a page shows for setting up (installing, building, the test run itself) and the
    /// benchmark scripts: named here so that no other command is passed over unnoticed.
    static func isSetupOrBenchmark(_ words: [String]) -> Bool {
        let program = words.first == "sudo" ? words.dropFirst().first : words.first
        guard let program else { return false }
        return ["apt-get", "swift", "install", "export", "mkdir"].contains(program)
            || program.hasPrefix("Benchmarks/")
    }

    // MARK: - Running

    /// Words a shell would take as more than arguments; a documented command uses none but a
    /// final `> FILE`.
    static let shellSyntax: Set<String> = ["|", "||", "&&", ";", "&", "<", ">", ">>", "2>", "2>&1"]

    /// Runs the commands of a page's blocks, in order, and says what went wrong. Outputs (`-o`,
    /// `--output`, `--write-baseline`, `> FILE`) go to a fresh folder under the names the page
    /// gives them, and a later command of the page that names one reads it there, as a reader
    /// following the page would.
    static func problems(running blocks: [Block]) throws -> [String] {
        var problems: [String] = []
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var written: [String: String] = [:]
        for block in blocks {
            problems += try self.problems(running: block, in: folder, written: &written)
        }
        return problems
    }

    /// Runs the commands of one block on its own.
    static func problems(running block: Block) throws -> [String] {
        try problems(running: [block])
    }

    /// Runs the commands of one block with the outputs of the blocks before it in `folder`.
    static func problems(running block: Block, in folder: URL, written: inout [String: String]) throws -> [String] {
        var problems: [String] = []
        let commands = commands(of: block)
        if commands.isEmpty { problems.append("\(block.page):\(block.line): the block holds no command") }
        for command in commands {
            let place = "\(block.page):\(command.line)"
            guard var arguments = ecvetArguments(command.words) else {
                if !isSetupOrBenchmark(command.words) {
                    problems.append("\(place): `\(command.words.joined(separator: " "))` is neither an ecvet command nor a known setup command; mark its block <!-- doc: not-run REASON -->")
                }
                continue
            }
            var redirect: String?
            if arguments.count >= 2, arguments[arguments.count - 2] == ">" {
                redirect = arguments.removeLast()
                arguments.removeLast()
            }
            if let syntax = arguments.first(where: { shellSyntax.contains($0) || $0.contains("$(") }) {
                problems.append("\(place): shell syntax `\(syntax)` cannot be run here; write plain ecvet commands")
                continue
            }
            arguments = arguments.map { written[$0] ?? $0 }
            for index in arguments.indices.dropLast()
            where ["-o", "--output", "--write-baseline"].contains(arguments[index]) && arguments[index + 1] != "-" {
                let target = arguments[index + 1]
                let moved = folder.appendingPathComponent((target as NSString).lastPathComponent).path
                    + (target.hasSuffix("/") ? "/" : "")
                written[target] = moved
                if target.hasSuffix("/") { written[String(target.dropLast())] = String(moved.dropLast()) }
                arguments[index + 1] = moved
            }
            let expected: Int32
            if command.comment.hasPrefix("exit ") {
                expected = Int32(command.comment.dropFirst("exit ".count)) ?? -1
            } else {
                expected = Int32(block.markers["exit"] ?? "0") ?? -1
            }
            let result = try CommandRunner.run(arguments, environment: ["COLUMNS": "80"])
            if result.status != expected {
                problems.append("\(place): ecvet \(arguments.joined(separator: " ")) ended with \(result.status), not \(expected):\n\(result.stderr.prefix(2000))")
            }
            if let redirect {
                let target = folder.appendingPathComponent((redirect as NSString).lastPathComponent)
                try Data(result.stdoutBytes).write(to: target)
                written[redirect] = target.path
                if result.stdoutBytes.isEmpty { problems.append("\(place): nothing was written to \(redirect)") }
            }
            // What the command says about its outputs names them as the page does.
            var output = result.stdout + "\n" + result.stderr
            for (original, moved) in written.sorted(by: { $0.value.count > $1.value.count }) {
                output = output.replacingOccurrences(of: moved, with: original)
            }
            let printed = Set(output.components(separatedBy: "\n").map(trimmedEnd))
            for shown in command.shownOutput.map(trimmedEnd) where !shown.isEmpty && !shown.contains("…") && !printed.contains(shown) {
                problems.append("\(place): the page shows the line \"\(shown)\", which the command does not print")
            }
        }
        return problems
    }

    static func trimmedEnd(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }

    /// The lines of a text, without trailing spaces and trailing empty lines.
    static func normalisedLines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n").map(trimmedEnd)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Compares a block with what its command prints: the whole output (`output`) or lines of it
    /// in order (`excerpt`).
    static func problems(quoting block: Block) throws -> [String] {
        let place = "\(block.page):\(block.line)"
        let (command, whole) = block.markers["output"].map { ($0, true) } ?? (block.markers["excerpt"] ?? "", false)
        guard let arguments = ecvetArguments(ShellLine.split(command).words) else {
            return ["\(place): `\(command)` is not an ecvet command"]
        }
        let result = try CommandRunner.run(arguments, environment: ["COLUMNS": "80"])
        guard result.status == 0 else { return ["\(place): \(command) ended with \(result.status)"] }
        let printed = normalisedLines(result.stdout)
        let quoted = normalisedLines(block.text)
        if whole {
            guard quoted != printed else { return [] }
            let at = zip(quoted, printed).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(quoted.count, printed.count)
            let line = { (lines: [String]) in at < lines.count ? "\"\(lines[at])\"" : "nothing" }
            return ["\(place): the block is not what `\(command)` prints: its line \(at + 1) is \(line(quoted)), "
                + "where the command prints \(line(printed))"]
        }
        var position = 0
        for wanted in quoted where !wanted.isEmpty {
            guard let found = printed[position...].firstIndex(of: wanted) else {
                return ["\(place): `\(command)` prints no line \"\(wanted)\" (after its line \(position))"]
            }
            position = found + 1
        }
        return []
    }

    // MARK: - Tests

    /// The pages that hold commands to run.
    static var commandPages: [String] {
        Self.pages.map(\.name).filter { name in commandBlocks.contains { $0.page == name } }
    }

    @Test("every command of the README and of Documentation/ runs, and ends with the status the page gives",
          arguments: commandPages)
    func commandsRun(page: String) throws {
        let blocks = Self.commandBlocks.filter { $0.page == page }
        for problem in try Self.problems(running: blocks) { Issue.record(Comment(rawValue: problem)) }
    }

    @Test("the help and output the pages quote is what ecvet prints", arguments: quotedBlocks)
    func quotedOutput(block: Block) throws {
        for problem in try Self.problems(quoting: block) { Issue.record(Comment(rawValue: problem)) }
    }

    @Test("the pages hold commands, and every marker is known and stands above a block")
    func markers() {
        let ecvetCommands = Self.commandBlocks.flatMap(Self.commands(of:)).filter { Self.ecvetArguments($0.words) != nil }
        #expect(ecvetCommands.count >= 40, "only \(ecvetCommands.count) ecvet commands were found in the pages")
        #expect(Self.quotedBlocks.count >= 5)
        for page in Self.pages {
            let lines = page.text.components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                guard let (key, value) = Self.marker(line), !key.hasPrefix("guide-") else { continue }
                if !Self.knownMarkers.contains(key) {
                    Issue.record("\(page.name):\(index + 1): unknown marker \"\(key)\"")
                }
                if key == "not-run" && value.isEmpty {
                    Issue.record("\(page.name):\(index + 1): a not-run marker says why the block is not run")
                }
                let next = lines[(index + 1)...].first { Self.marker($0) == nil } ?? ""
                if !next.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                    Issue.record("\(page.name):\(index + 1): a marker stands right above a fenced block")
                }
            }
        }
        // Blocks not run stay few, each with its reason.
        #expect(Self.allBlocks.filter { $0.markers["not-run"] != nil }.count <= 6)
    }

    @Test("README: at most 300 lines, with the main job and the test command near the top")
    func readme() throws {
        let readme = try #require(Self.pages.first { $0.name == "README.md" })
        let count = readme.text.components(separatedBy: "\n").count - (readme.text.hasSuffix("\n") ? 1 : 0)
        #expect(count <= 300, "README.md has \(count) lines")
        let blocks = Self.allBlocks.filter { $0.page == "README.md" }

        let mainJobs = blocks.filter { $0.markers["main-job"] != nil }
        #expect(mainJobs.count == 1)
        if let mainJob = mainJobs.first {
            #expect(mainJob.line <= 150, "the main job is at line \(mainJob.line)")
            #expect(mainJob.markers["not-run"] == nil && mainJob.language == "sh")
            let commands = Self.commands(of: mainJob)
            #expect(commands.count == 1)
            let arguments = commands.first.flatMap { Self.ecvetArguments($0.words) } ?? []
            #expect(arguments.first == "convert" && arguments.contains("--mapping"), "\(arguments)")
            #expect(arguments.contains("europass-xml") && arguments.contains("--xsd"), "\(arguments)")
        }

        let testCommands = blocks.filter { $0.markers["test-command"] != nil }
        #expect(testCommands.count == 1)
        if let testCommand = testCommands.first {
            #expect(testCommand.line <= 150, "the test command is at line \(testCommand.line)")
            let lines = Self.normalisedLines(testCommand.text)
            #expect(lines == ["swift test"])
            // CI runs the README's test command.
            let ci = try String(contentsOf: Fixtures.repository.appendingPathComponent(".ci/run"), encoding: .utf8)
            #expect(ci.components(separatedBy: "\n").contains(lines.first ?? ""), ".ci/run does not run \(lines)")
        }
    }

    /// `[text](target)` links of a page; targets outside the repository left out.
    static func links(_ text: String) -> [String] {
        var links: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "](") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let target = String(rest[..<close])
            if !target.contains("://") && !target.hasPrefix("mailto:") && !target.contains(" ") { links.append(target) }
            rest = rest[close...]
        }
        return links
    }

    /// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as `-`.
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().compactMap { character -> Character? in
            if character == " " { return "-" }
            return character.isLetter || character.isNumber || character == "-" || character == "_" ? character : nil
        })
    }

    static func anchors(_ text: String) -> Set<String> {
        var inFence = false
        var anchors: Set<String> = []
        for line in text.components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle() }
            guard !inFence, line.hasPrefix("#") else { continue }
            anchors.insert(anchor(line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)))
        }
        return anchors
    }

    @Test("every link between the pages leads to a file, and to a heading of it")
    func links() {
        for page in Self.pages {
            let folder = (page.name as NSString).deletingLastPathComponent
            for link in Self.links(page.text) {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let file = parts[0].isEmpty ? page.name : (folder as NSString).appendingPathComponent(parts[0])
                let url = Fixtures.repository.appendingPathComponent(file)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    Issue.record("\(page.name): the link \(link) leads to no file")
                    continue
                }
                if parts.count == 2, file.hasSuffix(".md") {
                    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                    if !Self.anchors(text).contains(parts[1]) {
                        Issue.record("\(page.name): the link \(link) names no heading of \(file)")
                    }
                }
            }
        }
    }

    @Test("Documentation/README.md leads to every page, and the README to it")
    func tableOfContents() throws {
        let contents = try #require(Self.pages.first { $0.name == "Documentation/README.md" })
        let linked = Set(Self.links(contents.text).map { String($0.prefix { $0 != "#" }) })
        for page in Self.pages where page.name.hasPrefix("Documentation/") && page.name != "Documentation/README.md" {
            #expect(linked.contains((page.name as NSString).lastPathComponent), "the table of contents does not lead to \(page.name)")
        }
        let readme = try #require(Self.pages.first { $0.name == "README.md" })
        #expect(Self.links(readme.text).contains("Documentation/README.md"))
    }

    @Test("the diagnostics table names every reader, schema, mapping and I/O diagnostic with its name and severity")
    func diagnosticsTable() throws {
        let source = try String(contentsOf: Fixtures.repository.appendingPathComponent("Sources/ECVETModel/Diagnostics/DiagnosticID.swift"),
                                encoding: .utf8)
        let page = try #require(Self.pages.first { $0.name == "Documentation/Validation.md" }).text
        let declared = try Regex(#"DiagnosticID\("([A-Z]+[0-9]+)", "([a-z0-9-]+)", \.([a-z]+)\)"#)
        var count = 0
        for match in source.matches(of: declared) {
            let (id, name, severity) = (match.output[1].substring ?? "", match.output[2].substring ?? "", match.output[3].substring ?? "")
            count += 1
            #expect(page.contains("| \(id) | \(name) | \(severity) |"), "Validation.md has no row for \(id) \(name) (\(severity))")
        }
        #expect(count >= 30)
    }

    // MARK: - The checks themselves

    @Test("a wrong status, a wrong output line, a misquoted help and unknown commands are caught")
    func checksCanFail() throws {
        func block(_ language: String, _ text: String, _ markers: [String: String] = [:]) -> Block {
            Block(page: "check.md", language: language, text: text, line: 1, markers: markers)
        }
        let failing = "ecvet validate Fixtures/invalid/trailing-comma.json\n"
        #expect(try Self.problems(running: block("sh", failing)).count == 1)
        #expect(try Self.problems(running: block("sh", failing, ["exit": "1"])).isEmpty)
        #expect(try Self.problems(running: block("sh", "ecvet validate Fixtures/invalid/trailing-comma.json # exit 1\n")).isEmpty)
        #expect(try Self.problems(running: block("console", "$ ecvet formats\njson          yes   yes    canonical\n")).count == 1)
        #expect(try Self.problems(running: block("console", "$ ecvet formats\nFORMAT               READ  WRITE  DESCRIPTION\n")).isEmpty)
        #expect(try Self.problems(running: block("sh", "xmllint --noout loq.xml\n")).count == 1)
        #expect(try Self.problems(running: block("sh", "ecvet formats | head\n")).count == 1)
        #expect(try Self.problems(quoting: block("text", "USAGE: ecvet rules [<id>]\n", ["excerpt": "ecvet rules --help"])).isEmpty)
        #expect(try Self.problems(quoting: block("text", "USAGE: ecvet rules <id>\n", ["excerpt": "ecvet rules --help"])).count == 1)
        #expect(try Self.problems(quoting: block("text", "USAGE: ecvet rules [<id>]\n", ["output": "ecvet rules --help"])).count == 1)
        // A block inside a list item is found, and loses its indentation.
        let listed = Self.blocks(page: "check.md", text: "- item:\n\n  <!-- doc: exit 2 -->\n  ```sh\n  ecvet formats --to\n  ```\n")
        #expect(listed.map(\.text) == ["ecvet formats --to\n"] && listed.first?.markers == ["exit": "2"])
        #expect(try listed.flatMap(Self.problems(running:)).isEmpty)
    }

    @Test("outputs go to a temporary folder, and later commands of the block read them there")
    func outputsAreMoved() throws {
        let text = """
            ecvet convert Fixtures/valid/fi-vocational-catalogue.json --to xml -o copy.xml
            ecvet validate copy.xml --schema-only
            ecvet --generate-completion-script fish > ~/.config/fish/completions/ecvet.fish
            """
        let block = Block(page: "check.md", language: "sh", text: text, line: 1, markers: [:])
        #expect(try Self.problems(running: block).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: Fixtures.repository.appendingPathComponent("copy.xml").path))
        #expect(Self.commands(of: Block(page: "p", language: "sh", text: "ecvet convert a.csv \\\n  --columns 'A=b,C d=e' -o out/ # exit 1\n",
                                        line: 1, markers: [:])).map(\.words)
            == [["ecvet", "convert", "a.csv", "--columns", "A=b,C d=e", "-o", "out/"]])
    }
}

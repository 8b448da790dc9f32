@testable import ECVETKit
import ECVETTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Outputs never harm what they are written to: a device, a FIFO or a standard stream is
/// written into and stays what it is; a symbolic link is followed and kept.
@Suite("Output safety")
struct OutputSafetyTests {
    static let input = "Fixtures/valid/fi-vocational-catalogue.json"

    static func type(of path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    @Test("/dev/null stays a device for every command that writes a file", arguments: [
        ["convert", input, "--to", "json", "-o", "/dev/null"],
        ["convert", input, "--to", "europass-xml", "--xsd", "europass", "-o", "/dev/null"],
        ["validate", input, "--format", "json", "--output", "/dev/null"],
        ["validate", input, "--write-baseline", "/dev/null"],
        ["report", input, "-o", "/dev/null"],
    ])
    func devNull(arguments: [String]) throws {
        #expect(Self.type(of: "/dev/null") == S_IFCHR)
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0 || (arguments[0] == "validate" && result.status == 1), "\(result.stderr)")
        #expect(Self.type(of: "/dev/null") == S_IFCHR, "/dev/null is still a character device")
        #expect(!FileManager.default.fileExists(atPath: "/dev/null.ecvet-partial"), "no partial file beside it")
    }

    @Test("a FIFO gets the output and stays a FIFO; nothing else appears beside it")
    func fifo() throws {
        let folder = try Fixtures.temporaryFolder()
        let fifo = folder.appendingPathComponent("out.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader opens the FIFO as the writer does, and takes everything until it closes.
        let received = ReceivedBytes()
        let reader = Thread {
            let descriptor = open(fifo, O_RDONLY)
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while descriptor >= 0 {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                data.append(contentsOf: buffer[..<count])
            }
            if descriptor >= 0 { close(descriptor) }
            received.set(data)
        }
        reader.start()
        let result = try CommandRunner.run(["convert", Self.input, "--to", "json", "-o", fifo])
        #expect(result.status == 0, "\(result.stderr)")
        let deadline = Date().addingTimeInterval(10)
        while received.get() == nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let direct = try CommandRunner.run(["convert", Self.input, "--to", "json"])
        #expect(received.get() == Data(direct.stdoutBytes))
        #expect(Self.type(of: fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }

    @Test("/dev/stdout is standard output, written into")
    func standardOutput() throws {
        let result = try CommandRunner.run(["convert", Self.input, "--to", "json", "-o", "/dev/stdout"])
        let direct = try CommandRunner.run(["convert", Self.input, "--to", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutBytes == direct.stdoutBytes)
    }

    @Test("a symbolic link is followed: the file it points to is replaced whole, the link kept")
    func symbolicLink() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("catalogue.json").path
        let link = folder.appendingPathComponent("latest.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        #expect(symlink(target, link) == 0)
        let result = try CommandRunner.run(["convert", Self.input, "--to", "json", "-o", link])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.type(of: link) == S_IFLNK, "the link is kept")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("{") && written.contains("ecvet-catalogue/1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["catalogue.json", "latest.json"])
    }
}

extension OutputSafetyTests {
    @Test("SIGINT, SIGTERM or SIGHUP during a batch removes its visible partial files, and the run ends with 128 + the signal",
          arguments: [SIGINT, SIGTERM, SIGHUP])
    func interrupted(signal number: Int32) throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.copyItem(atPath: Fixtures.path("valid/fi-vocational-catalogue.json"),
                                         toPath: folder.appendingPathComponent("a.json").path)
        // The second input is a FIFO nobody writes: the run waits on it, its first output written
        // beside its place and not yet put there.
        #expect(mkfifo(folder.appendingPathComponent("b.json").path, 0o600) == 0)
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["convert", "a.json", "b.json", "--to", "json", "-o", "out/", "--all-or-nothing"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        let out = folder.appendingPathComponent("out").path
        func partial() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []).filter { $0.contains(".ecvet-partial-") }
        }
        let deadline = Date().addingTimeInterval(20)
        while partial().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(partial().count == 1 && partial().first?.hasPrefix("a.json.ecvet-partial-") == true, "a visible partial file")
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + number)
        #expect(partial().isEmpty, "nothing left behind")
    }
}

extension OutputSafetyTests {
    @Test("standard output that cannot be written (a full device, a closed pipe) is IO02 and status 2, in every command and report format",
          arguments: [["formats"], ["rules"], ["rules", "V12"], ["inspect", input], ["inspect", "--format", "json", input],
                      ["validate", "--format", "json", input], ["validate", "--format", "sarif", input],
                      ["convert", input, "--to", "json"]])
    func unwritableStandardOutput(arguments: [String]) throws {
        for closedPipe in [false, true] {
            let process = Process()
            process.executableURL = CommandRunner.binary
            process.arguments = arguments
            process.currentDirectoryURL = Fixtures.repository
            let errors = Pipe()
            process.standardError = errors
            let pipe = Pipe()
            if closedPipe {
                process.standardOutput = pipe
                try pipe.fileHandleForReading.close()
            } else {
                process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
            }
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == 2,
                    "\(arguments) \(closedPipe ? "closed pipe" : "/dev/full"): \(process.terminationStatus) \(message)")
            #expect(message.contains("error: [IO02 unwritable-output] cannot write standard output"), "\(message)")
        }
    }
}

extension OutputSafetyTests {
    @Test("control characters from the data reach the terminal escaped; a file that is not text gets its message and no excerpt")
    func terminal() throws {
        let folder = try Fixtures.temporaryFolder()
        // A flat CSV sheet can hold any byte in a cell: it is refused, and the source line shown
        // with it is escaped.
        let evil = folder.appendingPathComponent("evil.csv")
        try Data("qualificationId;qualificationTitle@en;eqfLevel\nQ-1;Evil\u{1B}[2J\u{1B}]0,pwned\u{7} title;9\n".utf8).write(to: evil)
        let result = try CommandRunner.run(["validate", evil.path])
        #expect(result.status == 1)
        #expect(!result.stderr.unicodeScalars.contains("\u{1B}"), "no escape character reaches the terminal")
        #expect(!result.stderr.unicodeScalars.contains("\u{7}"))
        #expect(result.stderr.contains(#"Q-1;Evil\u{1B}[2J\u{1B}]0,pwned\u{7} title;9"#), "\(result.stderr)")

        let binary = folder.appendingPathComponent("binary.json")
        var bytes = [UInt8](repeating: 0, count: 2_000)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 7919 &+ 0x9D) }
        try Data(bytes).write(to: binary)
        let refused = try CommandRunner.run(["validate", binary.path])
        #expect(refused.status == 1)
        // The count by check (a heading and a line) follows the findings.
        let lines = refused.stderr.split(separator: "\n")
        #expect(lines.count <= 5, "one message, the count by check and the summary, no excerpt: \(lines.count) lines")
        #expect(!refused.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}

extension OutputSafetyTests {
    @Test("text XML 1.0 cannot carry is refused where it is read (JSON \\u0001, YAML \\x01, a NUL), and never written as XML that is not well-formed")
    func controlCharacters() throws {
        let folder = try Fixtures.temporaryFolder()
        let json = folder.appendingPathComponent("control.json")
        try Data(#"{"format":"ecvet-catalogue/1","qualifications":[{"id":"Q-1","title":{"en":"a\u0001b"},"eqfLevel":4}]}"#.utf8).write(to: json)
        let fromJSON = try CommandRunner.run(["validate", json.path])
        #expect(fromJSON.status == 1)
        #expect(fromJSON.stderr.contains("control.json:1:77: error: [S01 json-syntax] \\u0001 is a control character"), "\(fromJSON.stderr)")
        let nul = folder.appendingPathComponent("nul.json")
        try Data(#"{"format":"ecvet-catalogue/1","qualifications":[{"id":"a\u0000b","eqfLevel":4}]}"#.utf8).write(to: nul)
        #expect(try CommandRunner.run(["validate", nul.path]).stderr.contains("\\u0000 is a control character"))

        let yaml = folder.appendingPathComponent("control.yaml")
        try Data("format: ecvet-catalogue/1\nqualifications:\n  - id: Q-1\n    title: {en: \"a\\x1Bb\"}\n".utf8).write(to: yaml)
        let fromYAML = try CommandRunner.run(["validate", yaml.path])
        #expect(fromYAML.stderr.contains("control.yaml:4:17: error: [S02 unexpected-value] \\x1B is a control character"), "\(fromYAML.stderr)")

        // JSON's short escapes for a backspace and a form feed are refused like \u0008.
        let short = folder.appendingPathComponent("short.json")
        try Data(#"{"format":"ecvet-catalogue/1","qualifications":[{"id":"Q-1","title":{"en":"a\fb"},"eqfLevel":4}]}"#.utf8).write(to: short)
        #expect(try CommandRunner.run(["validate", short.path]).stderr.contains("short.json:1:77: error: [S01 json-syntax] \\f is a control character"))

        // A CSV field: at the field, with the character's place in it.
        let tables = folder.appendingPathComponent("tables")
        try FileManager.default.copyItem(atPath: Fixtures.path("valid/fi-sv-restaurang-tables"), toPath: tables.path)
        let units = tables.appendingPathComponent("units.csv")
        let original = try String(contentsOf: units, encoding: .utf8)
        try original.replacingOccurrences(of: "Matlagning i restaurangkök", with: "\"Mat\"\"lagning\u{7} i restaurangkök\"")
            .write(to: units, atomically: true, encoding: .utf8)
        let fromCSV = try CommandRunner.run(["validate", tables.path])
        #expect(fromCSV.status == 1)
        #expect(fromCSV.stderr.contains("units.csv:2:51: error: [S12 csv-syntax] character 12 of the field is \\x07"), "\(fromCSV.stderr)")

        // Made in code, such text reaches no output: every writer fails whole, since no reader
        // would read the file back.
        let catalogue = Catalogue(qualifications: [Qualification(id: "a\u{0}b", title: LocalizedText(["en": "x\u{1}y"]))])
        for format in [CatalogueFormat.xml, .json, .yaml] {
            #expect(throws: OutputError.self, "\(format)") { _ = try ECVET.bytes(of: catalogue, as: format) }
        }
        for (format, name) in [(CatalogueFormat.xml, "out.xml"), (.json, "out.json"), (.yaml, "out.yaml"), (.csv, "out.csv"), (.csvTables, "out-tables")] {
            let output = folder.appendingPathComponent(name).path
            #expect(throws: OutputError.self, "\(format)") { try ECVET.writeWithoutChecks(catalogue, as: format, to: output) }
            #expect(!FileManager.default.fileExists(atPath: output + (format == .csvTables ? "/qualifications.csv" : "")), "\(format)")
        }
    }
}

/// Bytes handed from a reader thread to the test.
private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ data: Data) {
        lock.lock()
        self.data = data
        lock.unlock()
    }

    func get() -> Data? {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

extension OutputSafetyTests {
    @Test("a finding a reader repeats is kept a hundred times, then summarised with its count and where the rest start")
    func repeatedFindings() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("typos.json")
        let qualifications = (0..<1_234).map { #"{"id": "Q-\#($0)", "eqfLevle": 4}"# }.joined(separator: ",\n")
        try Data(#"{"format": "ecvet-catalogue/1", "qualifications": [\#n\#(qualifications)]}"#.utf8).write(to: file)
        let result = try CommandRunner.run(["validate", file.path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any])
        let findings = (report["findings"] as? [[String: Any]]) ?? []
        let typos = findings.filter { ($0["id"] as? String) == "S03" }
        #expect(typos.count == 101, "\(typos.count)")
        #expect(typos.contains { ($0["message"] as? String)?.hasPrefix("… and 1,134 more, from \(file.path):102:") == true })
    }
}

extension OutputSafetyTests {
    @Test("--max-findings shows at most N findings per file and says how many it left out; the exit status is the same")
    func maxFindings() throws {
        let file = "Fixtures/europass/loq.xml"
        let all = try CommandRunner.run(["validate", file, "--format", "json"])
        let limited = try CommandRunner.run(["validate", file, "--format", "json", "--max-findings", "2"])
        #expect(limited.status == all.status)
        let full = try #require(try JSONSerialization.jsonObject(with: Data(all.stdoutBytes)) as? [String: Any])
        let cut = try #require(try JSONSerialization.jsonObject(with: Data(limited.stdoutBytes)) as? [String: Any])
        let fullFindings = (full["findings"] as? [Any])?.count ?? 0
        #expect(fullFindings > 2)
        #expect((cut["findings"] as? [Any])?.count == 2)
        let text = try CommandRunner.run(["validate", file, "--max-findings", "2"])
        #expect(text.stderr.contains("(\(fullFindings - 2) finding\(fullFindings - 2 == 1 ? "" : "s") not shown: at most 2 per file, --max-findings)"),
                "\(text.stderr)")
    }

    /// A catalogue of `count` qualifications without an EQF or NQF level, each with a key typo.
    static func faultyCatalogue(_ count: Int) -> String {
        let qualifications = (0..<count).map { #"{"id": "Q-\#($0)", "title": {"fi": "Tutkinto \#($0)"}, "eqfLevle": 4}"# }
        return #"{"format": "ecvet-catalogue/1", "id": "c", "title": {"fi": "Luettelo"}, "qualifications": ["#
            + qualifications.joined(separator: ",\n") + "]}"
    }

    @Test("past 1000 findings of a rule in a file, findings are counted, not kept, and the summary stands for them")
    func boundedRuleFindings() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("many.json").path
        try Self.faultyCatalogue(3000).write(toFile: file, atomically: true, encoding: .utf8)

        let library = ECVET.read(path: file)
        let catalogue = try #require(library.catalogue)
        let findings = await ECVET.validate(catalogue)
        let v03 = findings.filter { $0.id.id == "V03" }
        #expect(v03.count == 1001)
        #expect(v03.reduce(0) { $0 + $1.findingCount } == 3000)
        #expect(v03.contains { $0.findingCount == 2000 && $0.message.hasPrefix("… and 2,000 more V03") })
        let typos = library.diagnostics.filter { $0.id == .unknownKey }
        #expect(typos.count == 101)
        #expect(typos.reduce(0) { $0 + $1.findingCount } == 3000)

        let text = try CommandRunner.run(["validate", file])
        #expect(text.status == 1)
        #expect(text.stderr.contains("… and 2,000 more V03 qualification-has-eqf-level findings, from \(file):"))
        #expect(text.stderr.contains(": 3000 errors, 6000 warnings"), "\(text.stderr.suffix(300))")

        let json = try CommandRunner.run(["validate", file, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 3000)
        let entries = try #require(report["findings"] as? [[String: Any]])
        #expect(entries.filter { $0["id"] as? String == "V03" }.count == 1001)
        #expect(entries.contains { $0["id"] as? String == "V03" && $0["count"] as? Int == 2000 })
    }
}

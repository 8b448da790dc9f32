import ECVETKit
import ECVETTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of CSV tables appears whole: written as a new folder and put in place in one step,
/// replacing only a folder of tables, never mixed with another run's.
@Suite("CSV table folders")
struct CSVFolderTests {
    static let first = Fixtures.path("valid/fi-vocational-catalogue.json")
    static let second = Fixtures.path("valid/fi-sv-restaurang-handwritten.yaml")

    static func entries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test("a folder of tables is replaced whole; a folder holding anything else is refused and left as it was")
    func replacing() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("tables").path
        #expect(try CommandRunner.run(["convert", Self.first, "--to", "csv-tables", "-o", out]).status == 0)
        let written = Self.entries(out)
        #expect(written.contains("qualifications.csv"))
        // Europass tables may stand in the same folder: they are ECVETKit's too.
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent("europass-units.csv"))
        #expect(try CommandRunner.run(["convert", Self.second, "--to", "csv-tables", "-o", out]).status == 0)
        #expect(Self.entries(out) == written, "the old folder went whole, Europass table included")
        #expect(ECVET.read(path: out).catalogue?.id == "fi-sv-restaurang")

        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent("notes.txt"))
        let before = try Self.entries(out).map { try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent($0)) }
        let refused = try CommandRunner.run(["convert", Self.first, "--to", "csv-tables", "-o", out])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("IO02"))
        #expect(refused.stderr.contains("notes.txt"))
        #expect(try Self.entries(out).map { try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent($0)) } == before)
        #expect(!Self.entries(folder.path).contains { $0.contains(".ecvet-partial-") }, "nothing left beside it")
    }

    @Test("two runs writing one folder at once leave the tables of one of them, whole")
    func concurrentRuns() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("tables").path
        for round in 0..<6 {
            let processes = [Self.first, Self.second].map { input in
                let process = Process()
                process.executableURL = CommandRunner.binary
                process.arguments = ["convert", input, "--to", "csv-tables", "-o", out]
                process.currentDirectoryURL = Fixtures.repository
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in processes { try process.run() }
            for process in processes { process.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "round \(round)")
            let read = ECVET.read(path: out)
            let catalogue = try #require(read.catalogue, "round \(round): \(read.diagnostics.map(\.formatted))")
            let source = try #require(ECVET.read(path: catalogue.id == "fi-sv-restaurang" ? Self.second : Self.first).catalogue)
            #expect(catalogue.qualifications.map(\.id) == source.qualifications.map(\.id), "round \(round)")
            #expect(catalogue.units.map(\.id) == source.units.map(\.id), "round \(round)")
            #expect(!Self.entries(folder.path).contains { $0.contains(".ecvet-partial-") }, "round \(round)")
        }
    }

    @Test("an interrupted run removes the folder it was writing")
    func interrupted() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Self.first, toPath: folder.appendingPathComponent("a.json").path)
        // The second input is a FIFO nobody writes: the run waits on it, the first folder written
        // beside its place and not yet put there.
        #expect(mkfifo(folder.appendingPathComponent("b.json").path, 0o600) == 0)
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["convert", "a.json", "b.json", "--to", "csv-tables", "-o", "out/", "--all-or-nothing"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        let out = folder.appendingPathComponent("out").path
        func partial() -> [String] { Self.entries(out).filter { $0.contains(".ecvet-partial-") } }
        let deadline = Date().addingTimeInterval(20)
        while partial().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(partial().count == 1, "a visible partial folder: \(Self.entries(out))")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGINT)
        #expect(partial().isEmpty, "nothing left behind: \(Self.entries(out))")
    }
}

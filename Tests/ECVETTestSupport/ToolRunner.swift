import Foundation

/// Runs a tool other than `ecvet` (python3, chromium, pdftotext) from the repository's folder,
/// and gives its exit status and what it printed on both streams together.
package enum ToolRunner {
    /// Runs `tool` (a path, or a name looked up on the `PATH`) with `arguments`.
    package static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : "/usr/bin/env")
        process.arguments = tool.hasPrefix("/") ? arguments : [tool] + arguments
        process.currentDirectoryURL = Fixtures.repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs `tool` as `run` does, keeping what it printed on standard output apart from what it
    /// printed on standard error (a browser's page dump from its log).
    package static func capture(_ tool: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : "/usr/bin/env")
        process.arguments = tool.hasPrefix("/") ? arguments : [tool] + arguments
        process.currentDirectoryURL = Fixtures.repository
        // The log goes to a file: read from a pipe after standard output, a full pipe would stall the tool.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? Data(contentsOf: log)) ?? Data()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    /// Whether `tool -c code` succeeds: a Python with the packages `code` imports, say.
    package static func succeeds(_ tool: String, _ arguments: [String]) -> Bool {
        (try? run(tool, arguments))?.status == 0
    }
}

import Foundation

/// Runs the built `ecvet` binary and captures what it prints.
package struct CommandResult {
    package var status: Int32
    package var stdout: String
    package var stderr: String
    package var stdoutBytes: [UInt8]
}

package enum CommandRunner {
    /// The `ecvet` binary next to the test bundle (SwiftPM builds it for the tests).
    package static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("ecvet")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return Fixtures.repository.appendingPathComponent(".build/debug/ecvet")
    }

    /// Runs `ecvet` with `arguments` in `folder`; `environment` is added to the test's own (help
    /// text, for one, wraps at `COLUMNS`).
    package static func run(_ arguments: [String], stdin: [UInt8]? = nil,
                    in folder: URL = Fixtures.repository,
                    environment extra: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the process runs so that neither fills up.
        let collected = OutputCollector()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            collected.setErrors(errors.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: out, as: UTF8.self),
                             stderr: String(decoding: collected.errors, as: UTF8.self),
                             stdoutBytes: Array(out))
    }
}

private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    package func setErrors(_ data: Data) {
        lock.lock()
        self.data = data
        lock.unlock()
    }

    package var errors: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

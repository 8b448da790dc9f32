import ArgumentParser
import ECVETKit
import Foundation

@main
struct ECVETCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecvet",
        abstract: "Import, check and export vocational qualification catalogues (ECVET units, EQF levels) and the documents of learner mobility (MoU, learning agreement, transcript).",
        discussion: """
            Exit status: 0 no errors (warnings allowed), 1 the data has errors, 2 usage or I/O problems.
            """,
        version: "0.1.0",
        subcommands: [ConvertCommand.self, ValidateCommand.self, InspectCommand.self, RecogniseCommand.self, ReportCommand.self, DiffCommand.self, RenderCommand.self, RulesCommand.self, FormatsCommand.self]
    )

    /// Parses and runs like the default `main`, but usage errors exit with status 2, as the
    /// documented interface promises (ArgumentParser's default is 64).
    static func main() async {
        ECVET.removeTemporaryFilesOnSignals()
        // A closed pipe is an output that cannot be written (IO02, status 2), not a signal.
        signal(SIGPIPE, SIG_IGN)
        let commands = configuration.subcommands.map { $0._commandName }
        if let suggestion = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst()), commands: commands) {
            StandardError.write(suggestion)
            Foundation.exit(2)
        }
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            fail(error, in: Self.self)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as ValidationError {
            // A usage error found while running points at the help of the command that found it.
            let name = type(of: command)._commandName
            StandardError.write("Error: \(error.message)\n  See 'ecvet \(name) --help' for more information.")
            Foundation.exit(2)
        } catch {
            fail(error, in: Self.self)
        }
    }

    private static func fail(_ error: Error, in command: ParsableCommand.Type) -> Never {
        if exitCode(for: error) == .validationFailure {
            StandardError.write(command.fullMessage(for: error))
            Foundation.exit(2)
        }
        command.exit(withError: error)
    }
}

/// Exit statuses of the documented interface.
enum ExitStatus {
    static let dataErrors = ExitCode(1)
    static let usageOrIO = ExitCode(2)
}

extension CatalogueFormat: ExpressibleByArgument {
    public static var allValueStrings: [String] { FormatRegistry.readable.map(\.rawValue) }
}

extension Profile: ExpressibleByArgument {}

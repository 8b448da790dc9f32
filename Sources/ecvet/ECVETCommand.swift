import ArgumentParser
import ECVETKit
import Foundation

@main
struct ECVETCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecvet",
        abstract: "Import, check and export vocational qualification catalogues (ECVET units, EQF levels).",
        discussion: """
            Exit status: 0 no errors (warnings allowed), 1 the data has errors, 2 usage or I/O problems.
            """,
        version: "0.1.0",
        subcommands: [ConvertCommand.self, ValidateCommand.self, InspectCommand.self, RulesCommand.self, FormatsCommand.self]
    )

    /// Parses and runs like the default `main`, but usage errors exit with status 2, as the
    /// documented interface promises (ArgumentParser's default is 64).
    static func main() async {
        let commands = configuration.subcommands.map { $0._commandName }
        if let suggestion = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst()), commands: commands) {
            StandardError.write(suggestion)
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                StandardError.write(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
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

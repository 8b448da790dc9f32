import ECVETKit
import Foundation

/// Writes lines to standard error, where diagnostics and messages for people go.
enum StandardError {
    static func write(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// An output that could not be written, in the one form of the IO02 message.
    static func unwritable(_ error: OutputError) {
        write("error: \(DiagnosticID.unwritableOutput) \(error.message)")
    }
}

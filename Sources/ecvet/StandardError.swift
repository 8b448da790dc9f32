import ECVETKit
import Foundation

/// Writes lines to standard error, where diagnostics and messages for people go.
enum StandardError {
    static func write(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        // Where standard error cannot be written there is no one to tell: the bytes are dropped,
        // rather than the process stopped (FileHandle traps on a failed write).
        var bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// An output that could not be written, in the one form of the IO02 message.
    static func unwritable(_ error: OutputError) {
        write("error: \(DiagnosticID.unwritableOutput) \(error.message)")
    }
}

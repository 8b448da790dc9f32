import Foundation

/// A progress bar on standard error for runs over many files, shown only on a terminal, so
/// piped and CI output stays clean.
final class ProgressDisplay: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    func advance() {
        guard enabled else { return }
        lock.lock()
        done += 1
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) files".utf8))
        lock.unlock()
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

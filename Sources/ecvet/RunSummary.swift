import Foundation

/// The one line that ends a long command on a terminal (`converted 160 files to europass-xml
/// in out/ (1.4 s)`): people see that it finished and where the result is. Piped, as in
/// scripts and CI, nothing extra is written.
struct RunSummary {
    private let started: ContinuousClock.Instant

    init(started: ContinuousClock.Instant = .now) {
        self.started = started
    }

    /// Whether standard error is a terminal a person reads.
    static var isShown: Bool {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Writes `text` and the time taken, on a terminal.
    func write(_ text: String) {
        guard Self.isShown else { return }
        StandardError.write(text + elapsed)
    }

    /// The time since the start, as the summaries end: ` (1.4 s)`.
    var elapsed: String {
        let elapsed = ContinuousClock.now - started
        return String(format: " (%.1f s)", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}

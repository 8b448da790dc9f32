import ECVETKit
import Foundation

/// A progress bar on standard error for work that takes more than a second: files done for a
/// batch, bytes read for one file. Shown only on a terminal, so piped and CI output stays clean.
final class ProgressDisplay: @unchecked Sendable {
    private let total: Int
    private let unit: Unit
    private let enabled: Bool
    private let started = ContinuousClock.now
    private let lock = NSLock()
    private var done = 0
    private var shown = false
    private var timer: DispatchSourceTimer?

    private enum Unit {
        case files
        case bytes(ECVET.ReadProgress)
    }

    /// A bar over `total` files, advanced as each is done.
    init(total: Int) {
        self.total = total
        unit = .files
        enabled = total > 1 && RunSummary.isShown
    }

    /// A bar over the bytes of one file, read by `progress`: looked at five times a second.
    init(reading progress: ECVET.ReadProgress) {
        total = progress.total ?? 0
        unit = .bytes(progress)
        enabled = total > 0 && RunSummary.isShown
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "ecvetkit.progress"))
        timer.schedule(deadline: .now() + 0.2, repeating: 0.2)
        timer.setEventHandler { [weak self] in self?.draw(progress.bytes) }
        timer.resume()
        self.timer = timer
    }

    func advance() {
        guard enabled else { return }
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        draw(now)
    }

    func finish() {
        timer?.cancel()
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        shown = false
        done = total
    }

    /// How long work runs before a bar appears: a second, or `ECVET_PROGRESS_AFTER` seconds.
    private static let delay: Duration = .milliseconds(Int(1000 * (ProcessInfo.processInfo.environment["ECVET_PROGRESS_AFTER"]
        .flatMap(Double.init) ?? 1)))

    /// Draws the bar at `value` of `total`, once the delay has passed.
    private func draw(_ value: Int) {
        guard ContinuousClock.now - started >= Self.delay else { return }
        lock.lock()
        defer { lock.unlock() }
        guard done < total || !shown else { return }
        shown = true
        let width = 30
        let filled = total > 0 ? min(width, width * value / total) : width
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let count = switch unit {
        case .files: "\(value)/\(total) files"
        case .bytes: String(format: "%.0f of %.0f MB", Double(value) / 1e6, Double(total) / 1e6)
        }
        FileHandle.standardError.write(Data("\r[\(bar)] \(count)".utf8))
    }
}

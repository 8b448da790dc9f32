import Foundation

/// Work started on a thread of its own, whose result the starter collects when it needs it.
final class WorkThread<Result: Sendable>: @unchecked Sendable {
    // Unchecked: `outcome` is written once by the work's thread and read after, both under
    // `condition`.
    private let condition = NSCondition()
    private var outcome: Result?

    /// Starts `work` at once. `work` owns whatever it captures from now on.
    init(_ work: @escaping () -> Result) {
        let transferred = Transferred(work)
        let thread = Thread { [self] in
            let result = transferred.value()
            condition.lock()
            outcome = result
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work to finish and hands over what it made. Call it once: the result is
    /// not kept, so that the caller holds the only copy and can change it in place.
    func result() -> Result {
        condition.lock()
        defer { condition.unlock() }
        while outcome == nil { condition.wait() }
        defer { outcome = nil }
        return outcome!
    }
}

/// Work started on a thread of its own, whose result the starter collects when it needs it.
package final class WorkThread<Result: Sendable>: Sendable {
    private let done = Handoff<Result>()

    /// Starts `work` at once. `work` owns whatever it captures from now on.
    package init(_ work: @escaping () -> Result) {
        let done = done
        startThread { done.give(work()) }
    }

    /// Waits for the work to finish and hands over what it made. Call it once: the result is
    /// not kept, so that the caller holds the only copy and can change it in place.
    package func result() -> Result {
        done.take()
    }
}

import ECVETBytes
import Foundation

/// A batch of events handed from the reading thread to the consumer.
protocol ReadAheadBatch {
    init()
    var count: Int { get }
    /// Empties the batch for reuse, keeping its storage.
    mutating func reset()
}

/// Runs a reader on a thread of its own, ahead of the code that consumes its events, so that
/// parsing and binding use two cores.
///
/// Events travel in batches, so there is one lock per batch rather than per event, and batches
/// are reused, so their storage is allocated once. At most `depth` full batches wait: memory
/// stays bounded however large the input. The consumer ends the reading early with `close()`,
/// which returns once the reading thread has stopped.
final class ReadAhead<Batch: ReadAheadBatch & Sendable>: @unchecked Sendable {
    // Unchecked: `full`, `spare`, `finished`, `failure` and `cancelled` are only touched under
    // `condition`; `batch` only by the reading thread.
    private let condition = NSCondition()
    private var full: [Batch] = []
    private var spare: [Batch] = []
    private var finished = false
    private var failure: SyntaxError?
    private var cancelled = false
    private let depth: Int

    /// The batch the reading thread is filling. Only that thread touches it, event by event (the
    /// lock guards the hand-over), so it needs no run-time exclusivity checks.
    @exclusivity(unchecked) var batch = Batch()

    /// Starts `read` on a new thread. It fills `batch`, calls `handOverIfFull()` after each event
    /// (and stops when that returns `false`), and returns the error that ended the input
    /// early, if any. What is left in `batch` when it returns is delivered too.
    ///
    /// `read` owns whatever it captures from now on: the caller must not use it concurrently.
    init(depth: Int = 4, read: @escaping (ReadAhead<Batch>) -> SyntaxError?) {
        self.depth = depth
        startThread { [self] in finish(read(self)) }
    }

    // MARK: - The reading thread

    /// Hands `batch` over once it holds a few thousand events; `false` once the consumer has
    /// stopped listening.
    func handOverIfFull() -> Bool {
        batch.count < 4096 || handOver()
    }

    /// Queues `batch` for the consumer and starts a new one; `false` once the consumer has
    /// stopped listening.
    private func handOver() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while full.count >= depth && !cancelled { condition.wait() }
        if cancelled { return false }
        full.append(batch)
        batch = spare.popLast() ?? Batch()
        condition.broadcast()
        return true
    }

    private func finish(_ failure: SyntaxError?) {
        condition.lock()
        if batch.count > 0 && !cancelled { full.append(batch) }
        batch = Batch()
        self.failure = failure
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    // MARK: - The consumer

    /// The next batch (never empty), `nil` after the last one, or the error that ended the
    /// input, once every batch before it has been taken. Give each batch back when done with it.
    private func take() throws(SyntaxError) -> Batch? {
        condition.lock()
        while full.isEmpty && !finished { condition.wait() }
        guard !full.isEmpty else {
            let failure = self.failure
            condition.unlock()
            if let failure { throw failure }
            return nil
        }
        let taken = full.removeFirst()
        condition.broadcast()
        condition.unlock()
        return taken
    }

    /// Gives `batch` back for the reading thread to fill again (unless it is the empty one the
    /// consumer starts with) and puts the next batch in its place; `false` after the last.
    func next(replacing batch: inout Batch) throws(SyntaxError) -> Bool {
        var used = Batch()
        swap(&used, &batch)
        if used.count > 0 { giveBack(used) }
        guard let next = try take() else { return false }
        batch = next
        return true
    }

    /// Returns a batch taken with `take()` for the reading thread to fill again.
    private func giveBack(_ used: consuming Batch) {
        used.reset()
        condition.lock()
        spare.append(used)
        condition.unlock()
    }

    /// Stops the reading thread and waits until it has finished.
    func close() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        full = []
        spare = []
        condition.unlock()
    }
}

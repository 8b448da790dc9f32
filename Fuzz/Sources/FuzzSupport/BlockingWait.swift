import Dispatch

/// Waits for the library's `async` calls from libFuzzer's test function, which is synchronous.
///
/// The test function runs on libFuzzer's own thread, outside the cooperative pool, so blocking
/// it while the work runs on the pool cannot starve the pool.
public enum BlockingWait {
    /// Runs `work` as a task and returns its result once it is done.
    public static func result<Value: Sendable>(of work: @escaping @Sendable () async -> Value) -> Value {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }
}

/// Carries a task's result to the waiting thread; the semaphore orders the write before the read.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}

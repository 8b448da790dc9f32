import Foundation

/// Runs blocking work (parsing, writing) on threads of its own, so the cooperative pool stays free
/// for progress display and other tasks.
public enum DedicatedThreads {
    /// Applies `work` to every item, at most one thread per core at a time, keeping the order.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ work: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return await withTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: items.count)
            var next = 0
            while next < min(width, items.count) {
                let index = next, item = items[index]
                group.addTask { (index, await run { work(item) }) }
                next += 1
            }
            for await (index, result) in group {
                results[index] = result
                if next < items.count {
                    let index = next, item = items[index]
                    group.addTask { (index, await run { work(item) }) }
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }

    /// Runs `work` on a new thread and resumes with its result.
    public static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: work())
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}

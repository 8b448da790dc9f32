import Foundation

/// Runs blocking work (parsing, writing) on threads of its own, so the cooperative pool stays free
/// for progress display and other tasks.
package enum DedicatedThreads {
    /// Applies `work` to every item, at most one thread per core at a time, keeping the order.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ work: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        // Many small items (ten thousand learning agreements) go in runs, a thread per run: a
        // thread per item would cost more than the item. Sixteen runs per core keep the cores
        // evenly busy when items differ in size.
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let runLength = max(1, (items.count + 16 * cores - 1) / (16 * cores))
        guard runLength > 1 else { return await window(items.count) { index in await run { work(items[index]) } } }
        let runs = stride(from: 0, to: items.count, by: runLength).map { $0..<min($0 + runLength, items.count) }
        return await window(runs.count) { index in await run { runs[index].map { work(items[$0]) } } }.flatMap { $0 }
    }

    /// Runs `work` for the indexes `0..<count`, as many at a time as there are cores (and
    /// `extra` more), and returns the results in index order.
    package static func window<Result: Sendable>(
        _ count: Int, extra: Int = 0, _ work: @escaping @Sendable (Int) async -> Result
    ) async -> [Result] {
        let width = min(max(1, ProcessInfo.processInfo.activeProcessorCount) + extra, count)
        return await withTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: count)
            for index in 0..<width {
                group.addTask { (index, await work(index)) }
            }
            var next = width
            for await (index, result) in group {
                results[index] = result
                if next < count {
                    let index = next
                    group.addTask { (index, await work(index)) }
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }

    /// Runs `work` on a new thread and resumes with its result.
    package static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: work())
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}

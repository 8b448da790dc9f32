import Foundation
internal import CSystemCalls

/// Letting go of large values off the caller's path.
package enum LateRelease {
    /// Lets go of `value` on a thread of its own: freeing a large catalogue or its indexes
    /// (hundreds of MB of small objects) takes a while, and what comes next need not wait for it.
    package static func onOwnThread<Value: Sendable>(_ value: consuming Value) {
        let held = HeldValue(value)
        Thread { held.drop() }.start()
    }

    /// Lets go of `value` on a thread of its own and hands the memory it held back to the
    /// system, returning when that is done: what is read next then starts from a smaller
    /// process, rather than one that keeps a catalogue's pages as free space.
    package static func returningMemory<Value: Sendable>(_ value: consuming Value) async {
        let held = HeldValue(value)
        await DedicatedThreads.run {
            held.drop()
            ecvetkit_return_free_memory()
        }
    }

    /// Keeps `value` until the process ends, never freeing it: for a command about to exit,
    /// freeing hundreds of MB of small objects costs more than what is left of its run (and,
    /// on another thread, still makes the allocator's work land on the threads that allocate
    /// next).
    package static func atExit<Value: Sendable>(_ value: consuming Value) {
        _ = Unmanaged.passRetained(HeldValue(value))
    }
}

/// A value kept until the thread that holds it drops it.
private final class HeldValue<Value: Sendable>: @unchecked Sendable {
    // Unchecked: `value` is only touched by the thread that drops it.
    private var value: Value?

    init(_ value: consuming Value) {
        self.value = value
    }

    func drop() {
        value = nil
    }
}

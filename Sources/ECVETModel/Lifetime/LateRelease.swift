import Foundation

/// Lets go of `value` on a thread of its own: freeing a large catalogue or its indexes
/// (hundreds of MB of small objects) takes a while, and what comes next need not wait for it.
public func releaseOnOwnThread<Value: Sendable>(_ value: consuming Value) {
    let held = LateRelease(value)
    Thread { held.drop() }.start()
}

/// A value kept until the thread that holds it drops it.
private final class LateRelease<Value: Sendable>: @unchecked Sendable {
    // Unchecked: `value` is only touched by the thread that drops it.
    private var value: Value?

    init(_ value: consuming Value) {
        self.value = value
    }

    func drop() {
        value = nil
    }
}

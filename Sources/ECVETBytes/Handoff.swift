import Foundation

/// A value one thread gives once and another waits for.
package final class Handoff<Value: Sendable>: @unchecked Sendable {
    // Unchecked: `given` and `isGiven` are only touched under `condition`.
    private let condition = NSCondition()
    private var given: Value?
    private var isGiven = false

    package init() {}

    /// Gives the value and wakes whoever waits for it.
    package func give(_ value: Value) {
        condition.lock()
        given = value
        isGiven = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the value has been given and returns it.
    package func value() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while !isGiven { condition.wait() }
        return given!
    }

    /// Waits until the value has been given and hands it over: it is not kept, so the caller
    /// holds the only copy. Call it once.
    package func take() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while !isGiven { condition.wait() }
        defer { given = nil }
        return given!
    }
}

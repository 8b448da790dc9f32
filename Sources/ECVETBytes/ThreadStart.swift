import Foundation

/// A value handed to another thread that is from then on its only user.
private struct Transferred<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Runs `work` on a new thread, with the stack the parsers need. `work` owns whatever it
/// captures from now on.
package func startThread(_ work: @escaping () -> Void) {
    let transferred = Transferred(work)
    let thread = Thread { transferred.value() }
    thread.stackSize = 8 << 20
    thread.start()
}

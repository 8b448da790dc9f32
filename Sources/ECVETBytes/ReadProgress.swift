import Synchronization

/// How many bytes of an input have been read so far: the reader's thread adds, a progress
/// display on another thread looks.
package final class ReadProgress: Sendable {
    private let read = Atomic<Int>(0)
    /// The size of the input, when it is a file.
    package let total: Int?

    package init(total: Int?) {
        self.total = total
    }

    package func add(_ count: Int) {
        read.add(count, ordering: .relaxed)
    }

    package var bytes: Int {
        read.load(ordering: .relaxed)
    }
}

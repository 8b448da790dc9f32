import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files of the run, so that an interrupted run leaves none behind: the one
/// process-wide, locked registry the house allows. `AtomicFile` adds each file it makes and
/// removes it once it is put in place or given up.
package enum TemporaryFiles {
    private static let paths = Mutex<Set<String>>([])
    private static let sources = Mutex<[any DispatchSourceSignal]>([])

    package static func add(_ path: String) {
        paths.withLock { _ = $0.insert(path) }
    }

    package static func remove(_ path: String) {
        paths.withLock { _ = $0.remove(path) }
    }

    /// The files registered now.
    package static var current: Set<String> {
        paths.withLock { $0 }
    }

    /// From now on, SIGINT, SIGTERM and SIGHUP remove every temporary file of the run and end
    /// the process with status 128 + the signal's number. The signals are taken on a queue of
    /// their own, not in a signal handler, so removing files needs nothing async-signal-safe.
    package static func removeOnSignals() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: DispatchQueue(label: "ecvetkit.signals"))
                source.setEventHandler {
                    for path in paths.withLock({ $0 }) { unlink(path) }
                    exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}

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
    /// Folders made for the run (an `AtomicFolder`'s), removed with the files in them.
    private static let folders = Mutex<Set<String>>([])
    private static let sources = Mutex<[any DispatchSourceSignal]>([])
    /// Process groups the run started (a browser printing a page), ended before their folders
    /// are removed: they would otherwise go on writing into them.
    private static let processGroups = Mutex<Set<Int32>>([])
    /// Set when a signal ends the run: work that sees it waits for the end instead of reporting
    /// the failures the cleaning-up causes.
    private static let ending = Atomic<Bool>(false)

    /// Whether a signal is ending the run.
    package static var isEnding: Bool { ending.load(ordering: .acquiring) }

    package static func add(_ path: String) {
        paths.withLock { _ = $0.insert(path) }
    }

    package static func remove(_ path: String) {
        paths.withLock { _ = $0.remove(path) }
    }

    package static func addFolder(_ path: String) {
        folders.withLock { _ = $0.insert(path) }
    }

    package static func removeFolder(_ path: String) {
        folders.withLock { _ = $0.remove(path) }
    }

    package static func addProcessGroup(_ group: Int32) {
        processGroups.withLock { _ = $0.insert(group) }
    }

    package static func removeProcessGroup(_ group: Int32) {
        processGroups.withLock { _ = $0.remove(group) }
    }

    /// Removes `folder` and everything in it; a symbolic link is removed, never followed.
    package static func deleteFolder(_ folder: String) {
        for name in entries(of: folder) ?? [] {
            let path = folder + "/" + name
            var status = stat()
            if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
                deleteFolder(path)
            } else {
                unlink(path)
            }
        }
        rmdir(folder)
    }

    /// The names in `folder` (without `.` and `..`), read with `readdir`, which a signal's queue
    /// may call; `nil` when it cannot be read.
    package static func entries(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
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
                    ending.store(true, ordering: .releasing)
                    for group in processGroups.withLock({ $0 }) {
                        kill(-group, SIGKILL)
                        // Gone once their parents have reaped them; two seconds at most.
                        for _ in 0..<200 where kill(-group, 0) == 0 { usleep(10_000) }
                    }
                    for path in paths.withLock({ $0 }) { unlink(path) }
                    for folder in folders.withLock({ $0 }) { deleteFolder(folder) }
                    exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}

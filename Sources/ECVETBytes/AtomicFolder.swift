internal import CSystemCalls
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of files that appears whole or not at all: its files are written into a new folder
/// beside the destination (`NAME.ecvet-partial-XXXXXX`), which `commit()` puts in place in one
/// step, exchanging it with the folder there (`renameat2`'s `RENAME_EXCHANGE`). Two runs writing
/// the same folder at once cannot mix their files: the last to commit wins, whole.
///
/// An existing folder is replaced only when it holds nothing but files a writer of the format
/// makes (`replaceable`): a folder of other things is never emptied by mistake.
///
/// It may be handed from one thread to another, but is used by one at a time.
package final class AtomicFolder: @unchecked Sendable {
    package let path: String
    /// Where the files are written until `commit()`.
    package let temporaryPath: String
    private let replaceable: Set<String>
    private var finished = false

    /// Makes the folder the files are written into. Throws when `path` is a file, or a folder
    /// that holds anything but files named in `replaceable`.
    package init(path: String, replaceable: Set<String>) throws(OutputError) {
        self.path = path
        self.replaceable = replaceable
        try Self.checkReplaceable(path, replaceable)
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        var template = Array("\(trimmed).ecvet-partial-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else {
            throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        chmod(temporaryPath, 0o755)
        TemporaryFiles.addFolder(temporaryPath)
    }

    deinit {
        if !finished { discard() }
    }

    /// Whether `path` is free for the folder: absent, or a folder of replaceable files only.
    private static func checkReplaceable(_ path: String, _ replaceable: Set<String>) throws(OutputError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(message: "\(path) is a file; the tables are written into a folder")
        }
        guard let names = TemporaryFiles.entries(of: path) else {
            throw OutputError(message: "cannot read the folder \(path): \(String(cString: strerror(errno)))")
        }
        let others = names.filter { !replaceable.contains($0) }
        guard others.isEmpty else {
            let shown = others.sorted().prefix(3).joined(separator: ", ") + (others.count > 3 ? ", …" : "")
            throw OutputError(message: "cannot write \(path): the folder holds other things than the tables (\(shown)); "
                + "name a new folder or an empty one")
        }
    }

    /// Puts the folder in place: a new one is renamed to the path (unless another appeared
    /// there meanwhile), an existing one exchanged with it in one step and then removed.
    package func commit() throws(OutputError) {
        defer { finished = true }
        if ecvetkit_rename_no_replace(temporaryPath, path) == 0 {
            TemporaryFiles.removeFolder(temporaryPath)
            return
        }
        guard errno == EEXIST || errno == ENOTEMPTY || errno == ENOSYS || errno == EINVAL else {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(message: "cannot write \(path): \(reason)")
        }
        do throws(OutputError) {
            try Self.checkReplaceable(path, replaceable)
        } catch {
            discard()
            throw error
        }
        if ecvetkit_rename_exchange(temporaryPath, path) == 0 {
            // The folder replaced is now at the temporary path.
            TemporaryFiles.deleteFolder(temporaryPath)
            TemporaryFiles.removeFolder(temporaryPath)
            return
        }
        // Where the system or the file system cannot exchange, the old folder moves aside first:
        // for a moment there is none, but never a mix.
        let aside = temporaryPath + "-old"
        guard rename(path, aside) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(message: "cannot write \(path): \(reason)")
        }
        TemporaryFiles.addFolder(aside)
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            rename(aside, path)
            TemporaryFiles.removeFolder(aside)
            discard()
            throw OutputError(message: "cannot write \(path): \(reason)")
        }
        TemporaryFiles.removeFolder(temporaryPath)
        TemporaryFiles.deleteFolder(aside)
        TemporaryFiles.removeFolder(aside)
    }

    /// Removes the folder being written; the destination stays as it was.
    package func discard() {
        finished = true
        TemporaryFiles.deleteFolder(temporaryPath)
        TemporaryFiles.removeFolder(temporaryPath)
    }
}

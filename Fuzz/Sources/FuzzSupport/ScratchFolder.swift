import Foundation

/// A folder of this process's own for the files a target must give the library as files (a
/// folder of tables, a configuration file), removed when the process exits.
///
/// It lies in `/dev/shm` where there is one: the writers sync what they write, which on a disk
/// would cost more than the run that wrote it.
public enum ScratchFolder {
    /// The folder's path; made on first use.
    public static let path: String = {
        let shared = "/dev/shm"
        let base = FileManager.default.isWritableFile(atPath: shared)
            ? shared : FileManager.default.temporaryDirectory.path
        let folder = "\(base)/ecvet-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ScratchFolder.path) }
        return folder
    }()

    /// Writes `bytes` to the file `name` in the folder and returns its path.
    @discardableResult
    public static func write(_ bytes: [UInt8], named name: String) -> String {
        let file = "\(path)/\(name)"
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }

    /// The path of the subfolder `name`, made anew and empty.
    public static func emptyFolder(named name: String) -> String {
        let folder = "\(path)/\(name)"
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Removes the file or subfolder `name`.
    public static func remove(_ name: String) {
        try? FileManager.default.removeItem(atPath: "\(path)/\(name)")
    }
}

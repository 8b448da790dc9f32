import ArgumentParser
import Foundation

/// The folder `-o` names when a command writes a file per input or per document.
enum OutputFolder {
    /// The extensions of the files ECVETKit writes: a folder is not made under such a name.
    static let fileExtensions: Set<String> = ["json", "yaml", "yml", "xml", "csv", "html", "htm", "pdf", "jsonld", "txt"]

    /// Throws when `path` cannot be the folder of `count` outputs: it is a file, or it does not
    /// exist and is named like one (`-o two.html` for two pages would make a folder `two.html`).
    static func check(_ path: String, outputs count: Int, of what: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw ValidationError("\(count) \(what) need -o FOLDER, a file each; \(path) is a file")
            }
            return
        }
        let ext = (path as NSString).pathExtension.lowercased()
        if fileExtensions.contains(ext) {
            throw ValidationError("\(count) \(what) need -o FOLDER, a file each; \(path) is named like a file (make the folder first to use that name)")
        }
    }
}

import Foundation

/// Paths of the repository's fixtures and of the shared reference material.
package enum Fixtures {
    package static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package static func path(_ relative: String) -> String {
        repository.appendingPathComponent("Fixtures").appendingPathComponent(relative).path
    }

    /// The catalogues of a fixture folder (`valid`, `invalid`…): files with one of `extensions`,
    /// and folders of canonical CSV tables, sorted.
    package static func files(in folder: String, extensions: Set<String> = ["json", "yaml", "xml", "csv"], folders: Bool = true) -> [String] {
        let directory = repository.appendingPathComponent("Fixtures").appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isFolder)
            return isFolder.boolValue ? folders : extensions.contains((name as NSString).pathExtension)
        }
        .sorted()
        .map { "\(folder)/\($0)" }
    }

    package static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(relative))))
    }

    /// A fresh temporary folder for one test.
    package static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ecvetkit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

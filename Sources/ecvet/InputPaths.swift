import ArgumentParser
import ECVETKit
import Foundation

/// Expands the inputs of a command: files stay as given; folders are searched for catalogue files.
enum InputPaths {
    static func expand(_ inputs: [String]) throws -> [String] {
        var paths: [String] = []
        let files = FileManager.default
        let extensions = Set(FormatRegistry.readable.map(\.fileExtension))
        for input in inputs {
            var isFolder: ObjCBool = false
            guard input != "-", files.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue else {
                paths.append(input)
                continue
            }
            let names = (try? files.contentsOfDirectory(atPath: input)) ?? []
            if isTableFolder(names) {
                paths.append(input)
                continue
            }
            guard let walker = files.enumerator(atPath: input) else { continue }
            var found: [String] = []
            for case let relative as String in walker {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || !isCatalogueCandidate(name) { continue }
                let full = (input as NSString).appendingPathComponent(relative)
                var isSubfolder: ObjCBool = false
                if files.fileExists(atPath: full, isDirectory: &isSubfolder), isSubfolder.boolValue {
                    if let inner = try? files.contentsOfDirectory(atPath: full),
                       isTableFolder(inner) {
                        found.append(full)
                        walker.skipDescendants()
                    }
                    continue
                }
                if let format = FormatRegistry.format(forExtensionOf: name), extensions.contains(format.fileExtension) {
                    found.append(full)
                }
            }
            if found.isEmpty {
                throw ValidationError("no files to read in folder \(input) (.json, .yaml, .yml, .xml or .csv files of catalogues or mobility documents)")
            }
            paths += found.sorted()
        }
        return paths
    }

    /// A folder that is one catalogue: canonical CSV tables or Europass CSV.
    private static func isTableFolder(_ names: [String]) -> Bool {
        FormatRegistry.isTableFolder(names)
    }
}

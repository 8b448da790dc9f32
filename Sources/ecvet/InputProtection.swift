import ArgumentParser
import Foundation

/// Inputs are never overwritten: an output path that names one of the files a command reads is
/// refused before anything is read or written.
enum InputProtection {
    /// Throws when `output` is one of `inputs` (after `.`, `..` and symbolic links are resolved).
    static func refuse(output: String, among inputs: [String]) throws {
        guard output != "-", inputs.contains(where: { $0 != "-" && samePath($0, output) }) else { return }
        throw ValidationError("the output \(output) is also an input; inputs are never overwritten")
    }

    static func samePath(_ left: String, _ right: String) -> Bool {
        resolved(left) == resolved(right)
    }

    /// A path made absolute, with `.`, `..` and symbolic links resolved.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

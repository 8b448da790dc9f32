import ArgumentParser

/// Inputs are never overwritten: an output path that names one of the inputs is refused before
/// anything is read or written.
enum InputProtection {
    /// Throws when `output` is one of `inputs` (after `.`, `..` and symbolic links are resolved).
    static func refuse(output: String, among inputs: [String]) throws {
        guard output != "-", inputs.contains(where: { $0 != "-" && ConvertCommand.samePath($0, output) }) else { return }
        throw ValidationError("the output \(output) is also an input; inputs are never overwritten")
    }
}

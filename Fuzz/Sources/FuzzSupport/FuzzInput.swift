/// The bytes libFuzzer gives one run.
public enum FuzzInput {
    /// A copy of the input as an array, the form the library's readers take.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The bytes before the first NUL and those after it; with no NUL, all of them and none.
    ///
    /// Two documents travel in one input this way (a mapping file and the export it reads):
    /// neither a YAML mapping nor a text export has a NUL of its own.
    public static func split(atFirstNUL bytes: [UInt8]) -> (head: [UInt8], tail: [UInt8]) {
        guard let index = bytes.firstIndex(of: 0) else { return (bytes, []) }
        return (Array(bytes[..<index]), Array(bytes[(index + 1)...]))
    }
}

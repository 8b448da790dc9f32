extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place for a native string, else from a
    /// copy. Unlike `withUTF8`, it does not need a `var`, so a string read from an array or a
    /// model is not copied first.
    @inlinable
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

import ECVETBytes

/// The input of an XML reader as libxml2 pulls it, scanned on the way by `XMLMarkupLimits`:
/// markup past a limit stops the reading, with the problem at its place.
final class XMLGuardedInput {
    let input: ByteInput
    // Read and written by the one thread that reads the input (libxml2's callback, then the
    // reader after every event): no run-time exclusivity check is needed.
    @exclusivity(unchecked) private var limits = XMLMarkupLimits()
    /// The first limit passed, or the input's own read failure.
    @exclusivity(unchecked) private(set) var failure: SyntaxError?

    init(_ input: ByteInput) {
        self.input = input
    }

    /// Reads up to `count` bytes for libxml2: their number, or -1 once reading failed.
    func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) -> Int32 {
        guard failure == nil else { return -1 }
        let got = input.readRecordingFailure(into: destination, count: count)
        if got < 0 {
            failure = input.readFailure
            return -1
        }
        if let problem = limits.scan(UnsafeBufferPointer(start: destination, count: got), file: input.name) {
            failure = SyntaxError(problem)
            return -1
        }
        return Int32(got)
    }
}

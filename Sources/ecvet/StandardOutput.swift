import ECVETKit

/// Standard output as the commands write their results to it: a failure (a full disk, a closed
/// pipe) is the IO02 message and exit status 2, never a crash nor lost output with status 0.
enum StandardOutput {
    static func write(_ text: String) throws {
        try write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func write(_ bytes: [UInt8]) throws {
        do throws(OutputError) {
            try ECVET.write(bytes: bytes, to: "-")
        } catch {
            StandardError.unwritable(error)
            throw ExitStatus.usageOrIO
        }
    }
}

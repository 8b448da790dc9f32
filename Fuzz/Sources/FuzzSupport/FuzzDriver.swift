import CLibFuzzer

/// The entry point of a fuzz target: hands the command line and the target's test function to
/// libFuzzer.
///
/// SwiftPM links an executable with `main` defined as `<module>_main`, so libFuzzer's own `main`
/// is never linked in; each target defines `@_cdecl("<module>_main")` and calls `run` from it.
public enum FuzzDriver {
    /// The function libFuzzer calls with each input; it returns 0, as libFuzzer requires.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Runs libFuzzer with the process's arguments (flags such as `-max_total_time=60`, then
    /// corpus folders) and returns its exit status.
    public static func run(argumentCount: Int32, arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                           testing test: TestOneInput) -> Int32 {
        var count = argumentCount
        var values = arguments
        return LLVMFuzzerRunDriver(&count, &values, test)
    }
}

import ECVETKit
import FuzzSupport

/// One input read as a configuration file (`.ecvet.yaml`); a small catalogue is then given its
/// defaults, checked by its rules and settings, written and read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let file = ScratchFolder.write(FuzzInput.bytes(data, size), named: Configuration.fileName)
    defer { ScratchFolder.remove(Configuration.fileName) }
    let configuration = Configuration.load(path: file).configuration
    CatalogueExercise.run(SampleCatalogue.loaded, choice: size, configuration: configuration.layered(over: Configuration()))
    return 0
}

@_cdecl("FuzzConfiguration_main")
public func runFuzzer(_ argumentCount: Int32, _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argumentCount: argumentCount, arguments: arguments, testing: testOneInput)
}

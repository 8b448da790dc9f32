import ECVETKit
import FuzzSupport

/// One input read as a canonical JSON catalogue, then checked, written and read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    CatalogueExercise.run(ECVET.read(bytes: bytes, name: "fuzz.json", format: .json), choice: size)
    return 0
}

@_cdecl("FuzzCanonicalJSON_main")
public func runFuzzer(_ argumentCount: Int32, _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argumentCount: argumentCount, arguments: arguments, testing: testOneInput)
}

import ECVETKit
import FuzzSupport

/// One input read as mobility documents (JSON, YAML, XML, or a CSV file of learning agreements,
/// picked by its size), checked against each other and a small catalogue, each written in a
/// canonical format and read again, and a transcript's recognition summed up.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    let extensions = ["json", "yaml", "xml", "csv"]
    let loaded = ECVET.read(bytes: bytes, name: "fuzz.\(extensions[size % extensions.count])")
    MobilityExercise.run(loaded.documents, choice: size)
    return 0
}

@_cdecl("FuzzMobilityDocument_main")
public func runFuzzer(_ argumentCount: Int32, _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argumentCount: argumentCount, arguments: arguments, testing: testOneInput)
}

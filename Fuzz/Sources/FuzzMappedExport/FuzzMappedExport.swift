import ECVETKit
import FuzzSupport

/// One input split at its first NUL into a mapping file and the export it reads; the export is read
/// through the mapping, then checked with the mapping's policy, written and read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let (mappingBytes, export) = FuzzInput.split(atFirstNUL: FuzzInput.bytes(data, size))
    let loaded = ECVET.loadMapping(yaml: String(decoding: mappingBytes, as: UTF8.self), name: "fuzz.mapping.yaml")
    guard let mapping = loaded.mapping else { return 0 }
    let read = ECVET.read(bytes: export, name: "fuzz-export", mapping: mapping)
    CatalogueExercise.run(read, choice: size, configuration: mapping.configuration)
    return 0
}

@_cdecl("FuzzMappedExport_main")
public func runFuzzer(_ argumentCount: Int32, _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argumentCount: argumentCount, arguments: arguments, testing: testOneInput)
}

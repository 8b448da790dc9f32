import ECVETKit
import FuzzSupport

/// One input split into CSV tables (`### units.csv` lines open them, see `TableSections`), written to
/// a folder and read as a folder of canonical or Europass tables, then checked, written and read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let sections = TableSections(FuzzInput.bytes(data, size))
    let folder = ScratchFolder.emptyFolder(named: "tables")
    defer { ScratchFolder.remove("tables") }
    for table in sections.tables {
        ScratchFolder.write(table.bytes, named: "tables/\(table.name)")
    }
    CatalogueExercise.run(ECVET.read(path: folder), choice: size)
    return 0
}

@_cdecl("FuzzCSVFolder_main")
public func runFuzzer(_ argumentCount: Int32, _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argumentCount: argumentCount, arguments: arguments, testing: testOneInput)
}

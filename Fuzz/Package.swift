// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets, one per reader, built by `run.sh` with
// `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library`. They reach ECVETKit through its
// public API only, as a user's package would.
let readers = [
    "FuzzCanonicalJSON", "FuzzCanonicalYAML", "FuzzCanonicalXML", "FuzzCSVFolder", "FuzzFlatCSV",
    "FuzzEuropassLOQ", "FuzzMappedExport", "FuzzConfiguration", "FuzzMobilityDocument",
]

let package = Package(
    name: "ECVETKitFuzz",
    platforms: [.macOS(.v14)],
    products: readers.map { .executable(name: $0, targets: [$0]) },
    dependencies: [
        .package(name: "ECVETKit", path: ".."),
    ],
    targets: [
        // The declaration of libFuzzer's `LLVMFuzzerRunDriver`: a module map and a header.
        .systemLibrary(name: "CLibFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CLibFuzzer", .product(name: "ECVETKit", package: "ECVETKit")]
        ),
    ] + readers.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "ECVETKit", package: "ECVETKit")]
        )
    },
    swiftLanguageModes: [.v6]
)

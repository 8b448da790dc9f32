// swift-tools-version: 6.1
import Foundation
import PackageDescription

// The parent package is a path dependency; SwiftPM names it after its folder, whatever that is
// called in this checkout.
let parentFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .lastPathComponent

let package = Package(
    name: "ECVETBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "ecvet-bench",
            dependencies: [
                // ECVETKit's product also builds its ECVETFormats module, which ecvet-bench
                // imports for reading XML without schema validation (CanonicalXMLBinder,
                // XMLEventReader). The parent declares no product for ECVETFormats alone, and
                // SwiftPM resolves the import through ECVETKit's.
                .product(name: "ECVETKit", package: parentFolder),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

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
                .product(name: "ECVETKit", package: parentFolder),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

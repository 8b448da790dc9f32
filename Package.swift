// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ECVETKit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ECVETKit", targets: ["ECVETKit"]),
        .executable(name: "ecvet", targets: ["ecvet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation`: the DocC catalogue of ECVETKit.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // System calls Swift cannot reach (renameat2, for folders put in place whole).
        .systemLibrary(name: "CSystemCalls"),
        // Byte-level and thread code: `package` access only, the one place for unsafe pointers outside
        // the syntax readers.
        .target(name: "ECVETBytes", dependencies: ["CSystemCalls"]),
        // The JSON, YAML, XML and CSV readers and writers; the only importers of the C shims.
        .target(name: "ECVETSyntax", dependencies: ["ECVETBytes", "CLibXML2", "CLibYAML"]),
        .target(name: "ECVETModel", exclude: ["CodeLists/generate.py"]),
        .target(name: "ECVETFormats", dependencies: ["ECVETModel", "ECVETSyntax", "ECVETBytes"]),
        .target(name: "ECVETValidation", dependencies: ["ECVETModel", "ECVETBytes"]),
        // HTML: printable mobility documents, built by a small typed builder that escapes all text.
        .target(name: "ECVETReport", dependencies: ["ECVETModel"]),
        .target(
            name: "ECVETKit",
            dependencies: ["ECVETModel", "ECVETFormats", "ECVETValidation", "ECVETReport", "ECVETBytes"]
        ),
        .executableTarget(
            name: "ecvet",
            dependencies: [
                "ECVETKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The timing tool of Benchmarks/run.sh: a target of this package, so that package access
        // reaches the syntax layer it times on its own.
        .executableTarget(
            name: "ecvet-bench",
            dependencies: ["ECVETKit", "ECVETFormats", "ECVETSyntax", "ECVETBytes"],
            path: "Benchmarks/Sources/ecvet-bench"
        ),
        // Tests mirror the targets. Model and validation tests build without the C libraries.
        .target(name: "ECVETTestSupport", path: "Tests/ECVETTestSupport"),
        .testTarget(name: "ECVETBytesTests", dependencies: ["ECVETBytes"]),
        .testTarget(name: "ECVETSyntaxTests", dependencies: ["ECVETSyntax", "ECVETBytes", "ECVETTestSupport", "CLibXML2"]),
        .testTarget(name: "ECVETModelTests", dependencies: ["ECVETModel"]),
        .testTarget(name: "ECVETValidationTests", dependencies: ["ECVETValidation", "ECVETModel", "ECVETTestSupport"]),
        .testTarget(
            name: "ECVETFormatsTests",
            dependencies: ["ECVETFormats", "ECVETKit", "ECVETSyntax", "ECVETBytes", "ECVETModel", "ECVETTestSupport", "ecvet"]
        ),
        .testTarget(name: "ECVETKitTests", dependencies: ["ECVETKit", "ECVETValidation", "ECVETTestSupport", "ecvet"]),
        // End to end: runs the `ecvet` binary.
        .testTarget(name: "ECVETCommandTests", dependencies: ["ECVETKit", "ECVETTestSupport", "ecvet"]),
    ],
    swiftLanguageModes: [.v6]
)

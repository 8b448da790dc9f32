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
        .target(name: "ECVETModel", exclude: ["CodeLists/generate.py"]),
        .target(
            name: "ECVETFormats",
            dependencies: ["ECVETModel", "CLibXML2", "CLibYAML"],
            swiftSettings: [
                // The readers' state lives in classes (they own C resources and buffers), where
                // every property access is checked for exclusivity at run time: about 15 % of a
                // read in release builds. Debug builds keep the checks.
                .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
            ]
        ),
        .target(name: "ECVETValidation", dependencies: ["ECVETModel"]),
        .target(
            name: "ECVETKit",
            dependencies: ["ECVETModel", "ECVETFormats", "ECVETValidation"]
        ),
        .executableTarget(
            name: "ecvet",
            dependencies: [
                "ECVETKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ECVETKitTests",
            dependencies: ["ECVETKit", "ECVETFormats", "ECVETModel", "ECVETValidation", "ecvet"],
            path: "Tests/ECVETKitTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)

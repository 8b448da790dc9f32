import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// An input a fuzz target once crashed or stalled on, kept as found under
/// `Fuzz/Regressions/TARGET/`, and read here as that target reads it (`Fuzz/README.md`).
struct FuzzRegression: CustomTestStringConvertible, Sendable {
    /// The fuzz targets, each a folder of its regressions.
    static let targets = [
        "FuzzCanonicalJSON", "FuzzCanonicalYAML", "FuzzCanonicalXML", "FuzzCSVFolder", "FuzzFlatCSV",
        "FuzzEuropassLOQ", "FuzzMappedExport", "FuzzConfiguration", "FuzzMobilityDocument",
    ]

    static let folder = Fixtures.repository.appendingPathComponent("Fuzz/Regressions")

    var target: String
    var name: String

    var path: String { Self.folder.appendingPathComponent(target).appendingPathComponent(name).path }
    var testDescription: String { "\(target)/\(name)" }

    /// Every regression, sorted by target and name.
    static func all() -> [FuzzRegression] {
        targets.flatMap { target in
            let names = (try? FileManager.default.contentsOfDirectory(
                atPath: folder.appendingPathComponent(target).path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { FuzzRegression(target: target, name: $0) }
        }
    }

    /// What the target read from the input, and the configuration it checks the catalogue with.
    func read() throws -> (loaded: LoadedCatalogue, configuration: Configuration) {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        switch target {
        case "FuzzCanonicalJSON": return (ECVET.read(bytes: bytes, name: name, format: .json), Configuration())
        case "FuzzCanonicalYAML": return (ECVET.read(bytes: bytes, name: name, format: .yaml), Configuration())
        case "FuzzCanonicalXML": return (ECVET.read(bytes: bytes, name: name, format: .xml), Configuration())
        case "FuzzFlatCSV": return (ECVET.read(bytes: bytes, name: name, format: .csv), Configuration())
        case "FuzzEuropassLOQ": return (ECVET.read(bytes: bytes, name: name, format: .europassXML), Configuration())
        case "FuzzCSVFolder": return (try readTables(bytes), Configuration())
        case "FuzzMappedExport": return readMappedExport(bytes)
        case "FuzzMobilityDocument":
            // The target reads an input as the extension its size picks.
            let extensions = ["json", "yaml", "xml", "csv"]
            return (ECVET.read(bytes: bytes, name: "fuzz.\(extensions[bytes.count % extensions.count])"), Configuration())
        default:
            // A configuration is tried on a small catalogue that lacks what defaults give.
            let configuration = Configuration.load(path: path)
            var loaded = ECVET.read(path: Fixtures.path("invalid/rules/V27-qualification-without-language.json"))
            loaded.diagnostics += configuration.diagnostics
            return (loaded, configuration.configuration)
        }
    }

    /// The tables of a `### NAME` split input, written to a folder and read as one.
    private func readTables(_ bytes: [UInt8]) throws -> LoadedCatalogue {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let allowed: Set<String> = [
            "catalogue.csv", "organisations.csv", "learning-outcomes.csv", "units.csv", "unit-parts.csv",
            "assessment-criteria.csv", "qualifications.csv", "structure.csv",
            "europass-qualifications.csv", "europass-units.csv",
        ]
        var tables: [String: [UInt8]] = [:]
        var current: String?
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if line.starts(with: Array("### ".utf8)) {
                current = String(decoding: line.dropFirst(4), as: UTF8.self)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
                tables[current!] = []
            } else if let current {
                tables[current]! += line + [UInt8(ascii: "\n")]
            }
        }
        for (name, table) in tables where allowed.contains(name) {
            try Data(table).write(to: folder.appendingPathComponent(name))
        }
        return ECVET.read(path: folder.path)
    }

    /// A mapping, a NUL, and the export it reads.
    private func readMappedExport(_ bytes: [UInt8]) -> (loaded: LoadedCatalogue, configuration: Configuration) {
        let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
        let mappingText = String(decoding: bytes[..<split], as: UTF8.self)
        let export = split < bytes.endIndex ? Array(bytes[(split + 1)...]) : []
        let mapping = ECVET.loadMapping(yaml: mappingText, name: name)
        guard let loaded = mapping.mapping else {
            return (LoadedCatalogue(source: name, format: nil, catalogue: nil, diagnostics: mapping.diagnostics),
                    Configuration())
        }
        return (ECVET.read(bytes: export, name: name, mapping: loaded), loaded.configuration)
    }
}

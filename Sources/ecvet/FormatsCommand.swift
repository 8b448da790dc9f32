import Foundation
import ArgumentParser
import ECVETKit

struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the formats that can be read and written."
    )

    func run() throws {
        let width = max(6, CatalogueFormat.allCases.map(\.rawValue.count).max() ?? 0) + 2
        var lines = ["FORMAT".padding(toLength: width, withPad: " ", startingAt: 0) + "READ  WRITE  DESCRIPTION"]
        for format in CatalogueFormat.allCases {
            let name = format.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            let read = (FormatRegistry.readable.contains(format) ? "yes" : "no").padding(toLength: 6, withPad: " ", startingAt: 0)
            let write = (FormatRegistry.writable.contains(format) || format == .europassCredential ? "yes" : "no").padding(toLength: 7, withPad: " ", startingAt: 0)
            lines.append(name + read + write + format.summary)
        }
        lines.append("")
        lines.append("Other exports (JSON, YAML, XML or CSV in their own shape) are read through a mapping file:")
        lines.append("  ecvet convert --mapping FILE.mapping.yaml EXPORT... (Mappings/ has mappings for real exports)")
        try StandardOutput.write(lines.joined(separator: "\n"))
    }
}

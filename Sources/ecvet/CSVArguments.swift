import ArgumentParser
import ECVETKit

/// The CSV dialect options shared by the commands that read or write CSV.
struct CSVArguments: ParsableArguments {
    @Option(help: "CSV delimiter: , ; or tab (detected when reading, , when writing).")
    var delimiter: Delimiter?

    @Option(help: "Encoding of CSV input: utf-8 (default; a byte order mark also tells UTF-16) or windows-1252.")
    var encoding: TextEncoding?

    @Option(help: "Language of flat CSV text columns that name none (unitTitle instead of unitTitle@fi).")
    var language: String?

    @Option(name: .customLong("columns"),
            help: ArgumentHelp("Rename flat CSV columns: 'Tutkinto=qualificationId,Nimi@fi=unitTitle@fi'.", valueName: "MAP"))
    var columns: [String] = []

    var options: CSVOptions {
        var map: [String: String] = [:]
        for pair in columns.flatMap({ $0.split(separator: ",") }) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { map[parts[0]] = parts[1] }
        }
        return CSVOptions(delimiter: delimiter?.byte, encoding: encoding, language: language, columnMap: map)
    }

    func validate() throws {
        for pair in columns.flatMap({ $0.split(separator: ",") }) where !pair.contains("=") {
            throw ValidationError("--columns takes NAME=COLUMN pairs separated by commas; \"\(pair)\" has no '='")
        }
    }
}

/// A CSV delimiter as written on the command line.
struct Delimiter: ExpressibleByArgument {
    var byte: UInt8

    init?(argument: String) {
        switch argument.lowercased() {
        case ",", "comma": byte = UInt8(ascii: ",")
        case ";", "semicolon": byte = UInt8(ascii: ";")
        case "\t", "\\t", "tab": byte = 0x09
        case "|", "pipe": byte = UInt8(ascii: "|")
        default: return nil
        }
    }

    static var allValueStrings: [String] { [",", ";", "tab", "|"] }
}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

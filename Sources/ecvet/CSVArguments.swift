import ArgumentParser
import ECVETKit

/// The CSV dialect options shared by the commands that read or write CSV.
struct CSVArguments: ParsableArguments {
    @Option(help: "CSV delimiter: , ; or tab (detected when reading, , when writing).")
    var delimiter: Delimiter?

    @Option(help: "Encoding of CSV input: utf-8 (default; a byte order mark also tells UTF-16) or windows-1252.")
    var encoding: TextEncoding?

    var options: CSVOptions {
        CSVOptions(delimiter: delimiter?.byte, encoding: encoding)
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

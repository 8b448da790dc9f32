import ECVETModel
import ECVETBytes

/// A catalogue format this build reads or writes.
public enum CatalogueFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The canonical JSON catalogue (`ecvet-catalogue/1`).
    case json
    /// The canonical YAML catalogue: the same tree and keys as the JSON one.
    case yaml
    /// The canonical XML catalogue, with its XSD in `Schemas/`.
    case xml
    /// One flat CSV file: a row per unit, or per learning outcome, of each qualification (what
    /// spreadsheets and many national exports hold). Read and written; it cannot hold everything.
    case csv
    /// The canonical CSV layout: a folder of tables that holds a whole catalogue without loss.
    case csvTables = "csv-tables"
    /// A Europass document: the European Learning Model v3 LOQ profile, root `<Courses>`.
    case europassXML = "europass-xml"
    /// Europass CSV: a table of qualifications and a table of their units (a folder).
    case europassCSV = "europass-csv"
    /// A personal transcript as an unsigned European Digital Credential (ELM 3.1 JSON-LD);
    /// written only, from a transcript and its home catalogue.
    case europassCredential = "europass-credential"

    public var description: String { rawValue }

    /// The file extension of the format's files.
    public var fileExtension: String {
        switch self {
        case .json, .europassCredential: "json"
        case .yaml: "yaml"
        case .xml, .europassXML: "xml"
        case .csv, .csvTables, .europassCSV: "csv"
        }
    }

    /// `true` for formats written as a folder of files rather than one file.
    public var isFolder: Bool { self == .csvTables || self == .europassCSV }

    /// One line for `ecvet formats`.
    public var summary: String {
        switch self {
        case .json: "canonical ECVET catalogue, JSON (ecvet-catalogue/1)"
        case .yaml: "canonical ECVET catalogue, YAML (the same keys as JSON)"
        case .xml: "canonical ECVET catalogue, XML (urn:ecvetkit:catalogue:1, Schemas/ecvet-catalogue.xsd)"
        case .csv: "one flat CSV file, a row per unit or learning outcome of each qualification (spreadsheets; not lossless)"
        case .csvTables: "canonical ECVET catalogue, a folder of CSV tables without loss (needs -o FOLDER)"
        case .europassXML: "Europass ELM 3.1 LOQ XML (<Courses>), for the Qualification Dataset Register"
        case .europassCSV: "Europass CSV: qualifications and units tables with EQF Annex VI fields (needs -o FOLDER)"
        case .europassCredential: "a personal transcript as an unsigned Europass credential (ELM 3.1 JSON-LD; needs --catalogue)"
        }
    }
}

/// Knows which formats can be read and written, and recognises an input's format from its first
/// bytes, the file extension being only a hint.
public enum FormatRegistry {
    /// The formats `ECVET.read` accepts.
    public static let readable: [CatalogueFormat] = [.json, .yaml, .xml, .csv, .csvTables, .europassXML, .europassCSV]
    /// The formats `ECVET.write` produces.
    public static let writable: [CatalogueFormat] = [.json, .yaml, .xml, .csv, .csvTables, .europassXML, .europassCSV]

    /// Whether a folder holding files of these names is a catalogue of tables (canonical or
    /// Europass CSV) rather than a folder of catalogues.
    public static func isTableFolder(_ fileNames: [String]) -> Bool {
        CanonicalCSVLayout.isCanonicalFolder(fileNames) || EuropassCSV.isEuropassFolder(fileNames)
    }

    /// The format named by a path's extension (`out.json` → `.json`).
    public static func format(forExtensionOf path: String) -> CatalogueFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        if ext == "yml" { return .yaml }
        // An extension names a canonical format only: Europass needs --to europass-xml.
        return [CatalogueFormat.json, .yaml, .xml, .csv].first { $0.fileExtension == ext }
    }

    /// Recognises the format from the first bytes; diagnoses inputs in formats this build does not
    /// read.
    package static func detect(_ head: [UInt8], path: String) -> Result<CatalogueFormat, SyntaxError> {
        var index = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // UTF-16 text: XML declares it; otherwise the extension decides and the reader
            // explains the encoding.
            let second = head.count > 3 ? (head[2] == 0 ? head[3] : head[2]) : 0
            if second == UInt8(ascii: "<") {
                let text = String(decoding: head.enumerated().filter { $0.offset % 2 == (head[2] == 0 ? 1 : 0) }.map(\.element), as: UTF8.self)
                return .success(text.contains("<Courses") ? .europassXML : .xml)
            }
            return .success(format(forExtensionOf: path) ?? .json)
        }
        while index < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[index]) { index += 1 }
        let location = SourceLocation(file: path, line: 1, column: 1)
        guard index < head.count else {
            return .failure(SyntaxError(Diagnostic(.unknownInputFormat, "the input is empty", at: location)))
        }
        switch head[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return .success(.json)
        case UInt8(ascii: "<"):
            let text = String(decoding: head, as: UTF8.self)
            return .success(text.contains(EuropassLOQEmitter.namespace) || text.contains("<Courses") ? .europassXML : .xml)
        case _ where format(forExtensionOf: path) == .csv:
            return .success(.csv)
        default:
            if let known = format(forExtensionOf: path) { return .success(known) }
            if looksLikeYAML(head[index...]) { return .success(.yaml) }
            return .failure(unreadable("neither JSON, YAML, XML nor CSV", at: location))
        }
    }

    /// A YAML document marker or directive, a comment, or a first line of the form `key: value`.
    static func looksLikeYAML(_ head: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("---") || text.hasPrefix("%YAML") || text.hasPrefix("#") { return true }
        guard let firstLine = text.split(separator: "\n", maxSplits: 1).first else { return false }
        guard let colon = firstLine.firstIndex(of: ":") else { return false }
        let key = firstLine[..<colon]
        let after = firstLine[firstLine.index(after: colon)...]
        return !key.isEmpty && !key.contains(",") && !key.contains(";") && !key.contains("\t")
            && (after.isEmpty || after.first == " " || after.first == "\r")
    }

    private static func unreadable(_ what: String, at location: SourceLocation) -> SyntaxError {
        let readable = FormatRegistry.readable.map(\.rawValue).joined(separator: ", ")
        return SyntaxError(Diagnostic(.unknownInputFormat,
                                      "the input looks like \(what); this version reads: \(readable)",
                                      at: location, hint: "run `ecvet formats` to see what can be read"))
    }
}

import Foundation

/// What kind of finding a diagnostic is: an id (`S01`, `V05`), a short name
/// (`json-syntax`, `unit-has-outcomes`) and the severity it has unless a rule says otherwise.
///
/// Ids are grouped by prefix: `S` reading and shape, `X` schema, `M` mapping files, `IO` input
/// and output, `V` ECVET rules.
public struct DiagnosticID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id: a prefix and a number (`S01`, `V05`, `IO02`).
    public var id: String
    /// The short name, in kebab case (`json-syntax`, `unit-has-outcomes`).
    public var name: String
    /// The severity a finding of this kind has unless its case, a profile or the configuration
    /// says otherwise.
    public var defaultSeverity: Severity

    /// A kind of finding: its id (`V05`), short name and default severity.
    public init(_ id: String, _ name: String, _ defaultSeverity: Severity) {
        self.id = id
        self.name = name
        self.defaultSeverity = defaultSeverity
    }

    /// `[S01 json-syntax]`, as printed.
    public var description: String { "[\(id) \(name)]" }

    /// By prefix, then by number: `S2` before `S10`, `V05` before `V12`.
    public static func < (lhs: DiagnosticID, rhs: DiagnosticID) -> Bool {
        let left = lhs.sortKey, right = rhs.sortKey
        return left.prefix != right.prefix ? left.prefix < right.prefix : left.number < right.number
    }

    private var sortKey: (prefix: Substring, number: Int) {
        let digits = id.firstIndex { $0.isASCII && $0.isNumber } ?? id.endIndex
        return (id[..<digits], Int(id[digits...]) ?? 0)
    }
}

extension DiagnosticID {
    /// The bytes are not well-formed JSON.
    public static let jsonSyntax = DiagnosticID("S01", "json-syntax", .error)
    /// A value has the wrong shape: an object where a list must be, a list where text must be.
    public static let unexpectedValue = DiagnosticID("S02", "unexpected-value", .error)
    /// A key the format does not know, close to one it knows.
    public static let unknownKey = DiagnosticID("S03", "unknown-key", .warning)
    /// A required key is missing.
    public static let missingKey = DiagnosticID("S04", "missing-key", .error)
    /// The document names a format or version this build does not read.
    public static let unsupportedFormat = DiagnosticID("S05", "unsupported-format", .error)
    /// The bytes are not valid in the document's encoding.
    public static let invalidEncoding = DiagnosticID("S06", "invalid-encoding", .error)
    /// Structures nest deeper than any catalogue needs.
    public static let nestingTooDeep = DiagnosticID("S07", "nesting-too-deep", .error)
    /// The input's format could not be recognised, or is one this build does not read.
    public static let unknownInputFormat = DiagnosticID("S08", "unknown-input-format", .error)
    /// The bytes are not well-formed YAML.
    public static let yamlSyntax = DiagnosticID("S10", "yaml-syntax", .error)
    /// YAML aliases expand beyond the budget: an alias bomb.
    public static let aliasExpansion = DiagnosticID("S11", "alias-expansion", .error)
    /// A CSV record or table that cannot be read as it stands: an unclosed quote, a row with the
    /// wrong number of fields, a malformed column name.
    public static let csvSyntax = DiagnosticID("S12", "csv-syntax", .error)
    /// The bytes are not well-formed XML.
    public static let xmlSyntax = DiagnosticID("S13", "xml-syntax", .error)
    /// The XML asks for something never done: a DTD, an entity, an external resource.
    public static let xmlForbidden = DiagnosticID("S14", "xml-forbidden", .error)

    /// A configuration file (`.ecvet.yaml`) that cannot be used as it stands.
    public static let configuration = DiagnosticID("S15", "configuration", .error)

    /// A key given twice in one JSON object or YAML mapping: one of the two values would be lost.
    public static let duplicateKey = DiagnosticID("S16", "duplicate-key", .error)

    /// The XML does not follow its schema (XSD).
    public static let xmlSchema = DiagnosticID("X01", "xml-schema", .error)
    /// Something the official Europass LOQ schema cannot take (an entity that lacks what it
    /// requires, a value not of its type) was left out of a Europass document.
    public static let leftOutOfEuropass = DiagnosticID("X02", "left-out-of-europass", .warning)

    /// A mapping file that cannot be used as it stands: not a mapping, an unknown syntax.
    public static let mappingFile = DiagnosticID("M01", "mapping-file", .error)
    /// A key the mapping format does not know at that place.
    public static let mappingUnknownKey = DiagnosticID("M02", "mapping-unknown-key", .error)
    /// A path a mapping gives that cannot be read.
    public static let mappingPath = DiagnosticID("M03", "mapping-path", .error)
    /// A transform, code table or setting with a value that cannot be used.
    public static let mappingValue = DiagnosticID("M04", "mapping-value", .error)
    /// A field a mapping names that the source record lacks.
    public static let sourceFieldMissing = DiagnosticID("M10", "source-field-missing", .warning)
    /// A record the mapping selects that has no id, so it cannot be linked to.
    public static let recordWithoutID = DiagnosticID("M11", "record-without-id", .error)
    /// A source code that the mapping's code table does not list.
    public static let unmappedCode = DiagnosticID("M12", "unmapped-code", .warning)
    /// A source value a transform cannot convert: a date, a number, a yes-or-no.
    public static let unconvertibleValue = DiagnosticID("M13", "unconvertible-value", .warning)
    /// A look-up key that no record of the look-up table has.
    public static let lookupMissing = DiagnosticID("M14", "lookup-missing", .warning)
    /// A record path of a mapping (`at:`) that selected nothing in the whole export.
    public static let recordPathEmpty = DiagnosticID("M15", "record-path-empty", .warning)
    /// A field path that climbs (`..`) above everything its record can see.
    public static let pathLeavesRecord = DiagnosticID("M16", "path-leaves-record", .warning)
    /// Several values where a field takes one: the first is taken.
    public static let manyValuesForOne = DiagnosticID("M17", "many-values-for-one", .warning)

    /// An input could not be read.
    public static let unreadableInput = DiagnosticID("IO01", "unreadable-input", .error)
    /// An output could not be written.
    public static let unwritableOutput = DiagnosticID("IO02", "unwritable-output", .error)
}


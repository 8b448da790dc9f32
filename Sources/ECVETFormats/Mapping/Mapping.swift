import ECVETModel
import Foundation

/// A mapping file: how one kind of foreign export (a country's JSON, YAML, XML or CSV) reads into
/// the canonical model, without writing code. `Documentation/Mappings.md` describes the format;
/// `Mappings/` holds mappings for real exports.
package struct Mapping: Sendable {
    /// The syntax of the exports the mapping reads.
    package enum Syntax: String, Sendable, CaseIterable {
        case json, yaml, xml, csv
    }

    /// The mapping file, for diagnostics.
    package var file: String
    package var name: String?
    package var syntax: Syntax
    /// The language of texts that do not name one.
    package var language: String?
    /// The keys of multilingual objects (`{fi, sv, en}`); when empty, any ISO 639-1 code.
    package var languages: Set<String>
    /// XML namespace URIs by the prefix paths use.
    package var namespaces: [String: String]
    /// How CSV exports are read.
    package var csv: CSVOptions
    /// `defaults:` as written, for the defaults stage.
    package var defaults: TreeNode?
    /// `validation:` as written: the policy of checking what is read through the mapping.
    package var validation: TreeNode?
    var codeTables: [String: CodeTable]
    var entities: [EntityKind: RecordSpec]
    var lookups: [String: RecordSpec]
    /// Organisations written out in the mapping (`organisations.constants`): every catalogue read
    /// through it has them, so its qualifications and defaults can name them.
    var organisations: [Organisation]
    /// How many value specs the mapping has, numbered from 0 in `ValueSpec.number`.
    var valueSpecCount = 0

    /// The top-level entities a mapping can select.
    enum EntityKind: String, CaseIterable, Sendable {
        case qualifications, units, learningOutcomes, organisations

        /// The kind of the records the entity's section describes.
        var recordKind: RecordKind {
            switch self {
            case .qualifications: .qualification
            case .units: .unit
            case .learningOutcomes: .learningOutcome
            case .organisations: .organisation
            }
        }
    }

    init(file: String, syntax: Syntax) {
        self.file = file
        self.syntax = syntax
        languages = []
        namespaces = [:]
        csv = CSVOptions()
        codeTables = [:]
        entities = [:]
        lookups = [:]
        organisations = []
    }

    /// The key a mapping file starts with, by which mapping files are recognised.
    package static let marker = "ecvetMapping"

    /// Whether the first bytes of a file are those of a mapping file.
    package static func isMapping(head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(4096), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).contains { line in
            line.hasPrefix(marker + ":")
        }
    }
}

/// A code table: national codes to model values (`koulutustyyppi_12` → `5`).
struct CodeTable: Sendable {
    var entries: [String: String]
    /// The value for codes the table does not list (`"*"`), if any.
    var otherwise: String?
    var location: SourceLocation
}

/// Where records of one kind are and which of their fields feed which model fields. A class for
/// the reason `ValueSpec` is one.
final class RecordSpec: @unchecked Sendable {
    var kind: RecordKind
    /// Paths to the records, relative to the enclosing record (absolute for top-level entities);
    /// empty for the enclosing record itself.
    var at: [SourcePath]
    var values: NamedFields<ValueSpec>
    var records: NamedFields<RecordSpec>
    var location: SourceLocation
    /// Further specs of the same field, given as a list (`units: [{at: …}, {at: …}]`): their
    /// records join this one's (a qualification's own units and shared ones found elsewhere).
    var alongside: [RecordSpec] = []

    /// This spec and those alongside it.
    var gathered: [RecordSpec] { [self] + alongside }

    /// The paths from the document's root (`/…`) that the record's fields read, its records'
    /// included.
    var rootPaths: [SourcePath] {
        var found: [SourcePath] = []
        func add(_ value: ValueSpec) {
            found += value.paths.flatMap(\.branches).filter(\.isAbsolute)
            value.byLanguage.forEach { add($0.spec) }
        }
        values.values.forEach(add)
        for record in records.values.flatMap(\.gathered) {
            found += record.at.flatMap(\.branches).filter(\.isAbsolute)
            found += record.rootPaths
        }
        return found
    }

    init(kind: RecordKind, at: [SourcePath], values: NamedFields<ValueSpec> = NamedFields(),
         records: NamedFields<RecordSpec> = NamedFields(), location: SourceLocation) {
        self.kind = kind
        self.at = at
        self.values = values
        self.records = records
        self.location = location
    }
}

/// A record spec's fields by name. A short list rather than a dictionary: a spec has a handful
/// of fields, whose short names compare faster than they hash, and binding looks them up for
/// every record.
struct NamedFields<Value: Sendable>: Sendable {
    private var entries: [(name: String, value: Value)] = []

    subscript(name: String) -> Value? {
        get {
            for entry in entries where entry.name == name { return entry.value }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    var values: [Value] { entries.map(\.value) }

    /// The fields with their names, in the order the mapping gives them.
    var pairs: [(name: String, value: Value)] { entries }
}

/// The kinds of record a mapping describes, and the fields each has.
enum RecordKind: String, Sendable, CaseIterable {
    case qualification, unit, learningOutcome, group, link, part, assessment, criterion, credits, nqf, validity, lookup
    case organisation, identifier

    /// Fields holding values: the entity's table's fields but those that are records of their
    /// own in a mapping (credits, validity, assessment, nested entities).
    var valueFields: [String] {
        switch self {
        case .qualification: Self.values(of: Qualification.fields)
        case .unit: Self.values(of: ECVETModel.Unit.fields)
        case .part: Self.values(of: UnitPart.fields)
        case .learningOutcome: Self.values(of: LearningOutcome.fields)
        // A group's members are a path down to them, and `unitWhen` picks the units among them.
        case .group: Self.values(of: UnitGroup.fields) + ["members", "unitWhen"]
        case .link: ["unit", "points", "mandatory"]
        case .assessment: ["procedures"]
        case .criterion: Self.values(of: AssessmentCriterion.fields)
        case .credits: ["points", "system", "ecvetFactor"]
        case .nqf: Self.values(of: NQFLevel.fields)
        case .validity: ["from", "until"]
        case .lookup: ["key"]
        case .organisation: Self.values(of: Organisation.fields)
        case .identifier: ["scheme", "value"]
        }
    }

    private static func values<Entity>(of fields: [Field<Entity>]) -> [String] {
        fields.filter { !$0.value.isStructured && !$0.value.isNested }.map(\.key)
    }

    /// Fields holding records of their own, with their kinds.
    var recordFields: [String: RecordKind] {
        switch self {
        case .qualification:
            ["identifiers": .identifier, "nqf": .nqf, "credits": .credits, "validity": .validity, "structure": .group,
             "units": .link]
        case .unit:
            ["identifiers": .identifier, "credits": .credits, "validity": .validity, "outcomes": .learningOutcome,
             "assessment": .assessment, "parts": .part]
        case .part: ["credits": .credits, "outcomes": .learningOutcome, "assessment": .assessment]
        case .learningOutcome: ["criteria": .criterion]
        case .group: ["link": .link]
        case .assessment: ["criteria": .criterion]
        case .organisation: ["identifiers": .identifier]
        case .lookup: [:]
        case .link, .criterion, .credits, .nqf, .validity, .identifier: [:]
        }
    }

    /// Fields a shorthand scalar stands for: `credits: laajuus` is `credits: {points: laajuus}`.
    var shorthandField: String? {
        switch self {
        case .credits: "points"
        case .nqf: "level"
        default: nil
        }
    }
}

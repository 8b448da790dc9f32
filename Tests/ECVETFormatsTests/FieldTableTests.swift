@testable import ECVETFormats
@testable import ECVETKit
import ECVETBytes
import ECVETSyntax
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

/// Each entity's field table is the one description of its fields: the JSON Schema, the XSD and
/// the format's documentation must say the same, and the readers and writers follow from it.
@Suite("Field tables")
struct FieldTableTests {
    /// An entity's table by its name in the schemas and the documentation.
    struct Table: CustomStringConvertible, Sendable {
        let name: String
        let keys: [String]
        /// Where canonical XML puts each field that is not nested.
        let xml: [XMLName]
        let schemaDefinition: String?
        let xsdType: String
        let documentationHeading: String?
        var description: String { name }

        init<Entity>(_ name: String, _ fields: [Field<Entity>], schema: String?, xsd: String, heading: String?) {
            self.name = name
            keys = fields.map(\.key)
            xml = fields.filter { !$0.value.isNested }.map(\.xml)
            schemaDefinition = schema
            xsdType = xsd
            documentationHeading = heading
        }
    }

    static let tables: [Table] = [
        Table("catalogue", Catalogue.fields, schema: nil, xsd: "Catalogue", heading: "Catalogue (the document)"),
        Table("qualification", Qualification.fields, schema: "qualification", xsd: "Qualification", heading: "Qualification"),
        Table("NQF level", NQFLevel.fields, schema: "nqfLevel", xsd: "NQF", heading: nil),
        Table("group", UnitGroup.fields, schema: "group", xsd: "Group", heading: "**Group**"),
        Table("unit", ECVETModel.Unit.fields, schema: "unit", xsd: "Unit", heading: "Unit"),
        Table("part", UnitPart.fields, schema: "part", xsd: "UnitPart", heading: nil),
        Table("learning outcome", LearningOutcome.fields, schema: "learningOutcome", xsd: "LearningOutcome",
              heading: "Learning outcome"),
        Table("criterion", AssessmentCriterion.fields, schema: "criterion", xsd: "Criterion", heading: nil),
        Table("organisation", Organisation.fields, schema: "organisation", xsd: "Organisation", heading: "Organisation"),
    ]

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: Fixtures.repository.appendingPathComponent(relative), encoding: .utf8)
    }

    @Test("the JSON Schema has exactly the table's keys", arguments: tables)
    func jsonSchema(table: Table) throws {
        let data = try Data(contentsOf: Fixtures.repository.appendingPathComponent("Schemas/ecvet-catalogue.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties: Any?
        if let definition = table.schemaDefinition {
            let definitions = try #require(schema["$defs"] as? [String: Any])
            properties = (definitions[definition] as? [String: Any])?["properties"]
        } else {
            properties = schema["properties"]
        }
        let keys = try #require(properties as? [String: Any]).keys
        let expected = table.name == "catalogue" ? ["format"] + table.keys : table.keys
        #expect(Set(keys) == Set(expected), "\(table.name): schema \(keys.sorted()), table \(expected.sorted())")
    }

    @Test("the XSD has an element or attribute for every field, as the table places it", arguments: tables)
    func xsd(table: Table) throws {
        let xsd = try Self.text("Schemas/ecvet-catalogue.xsd")
        let start = try #require(xsd.range(of: "<xs:complexType name=\"\(table.xsdType)\""),
                                 "no complexType \(table.xsdType)")
        let end = try #require(xsd.range(of: "\n  </xs:complexType>", range: start.upperBound..<xsd.endIndex))
        let body = xsd[start.lowerBound..<end.upperBound]
        for place in table.xml {
            switch place {
            case .element(let name), .reference(let name):
                #expect(body.contains("<xs:element name=\"\(name)\""), "\(table.xsdType) lacks element \(name)")
            case .attribute(let name):
                #expect(body.contains("<xs:attribute name=\"\(name)\""), "\(table.xsdType) lacks attribute \(name)")
            }
        }
    }

    @Test("Documentation/CanonicalJSON.md lists the table's keys, in order", arguments: tables.filter { $0.documentationHeading != nil })
    func documentation(table: Table) throws {
        let document = try Self.text("Documentation/CanonicalJSON.md")
        let heading = try #require(table.documentationHeading)
        let start = try #require(document.range(of: heading.hasPrefix("**") ? heading : "## \(heading)"))
        // The section's table: rows until the first line that is not a row after the rows began.
        var keys: [String] = []
        var inRows = false
        for line in document[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.hasPrefix("| `") {
                inRows = true
                let cell = line.dropFirst(2).prefix { $0 != "|" }
                keys += cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
            } else if inRows {
                break
            }
        }
        let expected = table.name == "catalogue" ? ["format"] + table.keys : table.keys
        #expect(keys == expected)
    }

    @Test("the canonical CSV tables' columns follow from the field tables")
    func csvColumns() {
        #expect(CanonicalCSVLayout.Table.units.columns == [
            "id", "code", "identifiers", "uri", "eqfLevel", "credits", "creditSystem", "ecvetFactor", "volumeOfLearning",
            "learningOutcomes", "validFrom", "validUntil", "awardingBody", "modified", "iscedF", "languages", "escoSkills",
        ])
        #expect(CanonicalCSVLayout.Table.units.texts == ["title", "description", "assessment"])
        #expect(CanonicalCSVLayout.Table.qualifications.columns == [
            "id", "code", "identifiers", "uri", "eqfLevel", "nqfFramework", "nqfLevel", "nqfURI", "iscedF", "languages",
            "credits", "creditSystem", "ecvetFactor", "volumeOfLearning", "learningHours", "awardingBody",
            "country", "validFrom", "validUntil", "modified", "learningOutcomes", "partial", "homepage",
            "hasPart", "isPartOf", "specialisationOf", "generalisationOf",
        ])
        #expect(CanonicalCSVLayout.Table.organisations.columns == ["id", "country", "homepage", "email", "identifiers"])
    }

    @Test("the mapping's field names follow from the field tables")
    func mappingNames() {
        #expect(Set(RecordKind.unit.valueFields) == [
            "id", "code", "uri", "title", "description", "eqfLevel", "volumeOfLearning", "awardingBody", "modified",
            "iscedF", "languages", "escoSkills", "learningOutcomes",
        ])
        #expect(RecordKind.learningOutcome.valueFields == ["id", "category", "text", "escoSkills", "relatedSkills", "reuseLevel"])
        #expect(RecordKind.group.valueFields.contains("unitWhen"))
    }

    /// A catalogue that uses every field of every table at least once.
    static let everyField = "valid/eu-multilingual-catalogue.json"

    @Test("the catalogue of every field does use every field of every table")
    func everyFieldIsUsed() throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(Self.everyField)).catalogue)
        let root = try TreeNode.read(JSONEventReader(input: ByteInput(bytes: try ECVET.bytes(of: catalogue, as: .json),
                                                                      name: "written.json")))
        var used: Set<String> = []
        var nodes = [root]
        while let node = nodes.popLast() {
            used.formUnion(node.pairs.map(\.key))
            nodes += node.pairs.map(\.value) + node.items
        }
        for table in Self.tables {
            for key in table.keys where !used.contains(key) {
                Issue.record("\(Self.everyField) uses no \(table.name) field \"\(key)\": add one, so that every format is tested with it")
            }
        }
    }

    @Test("every field of every table is written and read back by every canonical format",
          arguments: [CatalogueFormat.json, .yaml, .xml, .csvTables])
    func readBackEveryField(format: CatalogueFormat) async throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(Self.everyField)).catalogue)
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(format == .csvTables ? "tables" : "catalogue.\(format.rawValue)").path
        try await ECVET.write(catalogue, as: format, to: path)
        let loaded = ECVET.read(path: path)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        #expect(loaded.catalogue == catalogue)
    }
}

@Suite("Field tables and the JSON writer")
struct FieldTableOrderTests {
    /// The keys of `node` that the table knows, in the order written.
    func knownKeys<Entity>(_ node: TreeNode, _ fields: [Field<Entity>]) -> [String] {
        let known = Set(fields.map(\.key))
        return node.pairs.map(\.key).filter(known.contains)
    }

    func expectTableOrder<Entity>(_ node: TreeNode, _ fields: [Field<Entity>], _ what: String) {
        let written = knownKeys(node, fields)
        let order = fields.map(\.key).filter(Set(written).contains)
        #expect(written == order, "\(what): written \(written), table \(order)")
    }

    @Test("the canonical JSON writer writes every entity's keys in its table's order", arguments: Fixtures.files(in: "valid", extensions: ["json", "yaml"], folders: false))
    func order(fixture: String) throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        let bytes = try ECVET.bytes(of: catalogue, as: .json)
        let root = try TreeNode.read(JSONEventReader(input: ByteInput(bytes: bytes, name: "written.json")))
        expectTableOrder(root, Catalogue.fields, "catalogue")
        var seen: Set<String> = []
        for qualification in root["qualifications"]?.items ?? [] {
            expectTableOrder(qualification, Qualification.fields, "qualification")
            var groups = qualification["structure"].map { [$0] } ?? []
            while let group = groups.popLast() {
                expectTableOrder(group, UnitGroup.fields, "group")
                groups += (group["members"]?.items ?? []).compactMap { $0["group"] }
                seen.insert("group")
            }
            for level in qualification["nqf"]?.items ?? [] { expectTableOrder(level, NQFLevel.fields, "NQF level") }
        }
        for unit in root["units"]?.items ?? [] {
            expectTableOrder(unit, ECVETModel.Unit.fields, "unit")
            for part in unit["parts"]?.items ?? [] {
                expectTableOrder(part, UnitPart.fields, "part")
                seen.insert("part")
            }
        }
        for outcome in root["learningOutcomes"]?.items ?? [] {
            expectTableOrder(outcome, LearningOutcome.fields, "learning outcome")
            for criterion in outcome["assessmentCriteria"]?.items ?? [] {
                expectTableOrder(criterion, AssessmentCriterion.fields, "criterion")
            }
        }
        for organisation in root["organisations"]?.items ?? [] {
            expectTableOrder(organisation, Organisation.fields, "organisation")
        }
        let units = root["units"]?.items ?? []
        #expect(!units.isEmpty)
    }
}

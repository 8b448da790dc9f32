import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

@Suite("Canonical JSON catalogues")
struct CanonicalJSONTests {
    func read(_ text: String, name: String = "t.json") -> LoadedCatalogue {
        ECVET.read(bytes: Array(text.utf8), name: name)
    }

    @Test("every valid fixture reads without errors and round-trips to an equal model and stable bytes",
          arguments: Fixtures.files(in: "valid"))
    func roundTrip(fixture: String) throws {
        let first = ECVET.read(path: Fixtures.path(fixture))
        #expect(!first.diagnostics.hasErrors, "\(first.diagnostics.map(\.formatted))")
        let catalogue = try #require(first.catalogue)
        #expect(!catalogue.qualifications.isEmpty)

        let written = try ECVET.bytes(of: catalogue, as: .json)
        let second = ECVET.read(bytes: written, name: "written.json")
        #expect(second.diagnostics.isEmpty, "\(second.diagnostics.map(\.formatted))")
        #expect(second.catalogue == catalogue)
        let rewritten = try ECVET.bytes(of: try #require(second.catalogue), as: .json)
        #expect(rewritten == written, "converting the output again gives the same bytes")
    }

    @Test("the written form is the same JSON document as a valid fixture, key for key",
          arguments: Fixtures.files(in: "valid", extensions: ["json"], folders: false))
    func sameDocument(fixture: String) throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(fixture)).catalogue)
        let written = try ECVET.bytes(of: catalogue, as: .json)
        let original = try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes(fixture)))
        let copy = try JSONSerialization.jsonObject(with: Data(written))
        // Points written as numbers in a fixture come back as strings; compare after normalising.
        #expect(normalised(original) == normalised(copy))
    }

    private func normalised(_ value: Any) -> NSObject {
        switch value {
        case let object as [String: Any]:
            var result: [String: NSObject] = [:]
            for (key, item) in object {
                if ["points", "minPoints", "maxPoints", "ecvetFactor", "learningHours"].contains(key),
                   let number = item as? NSNumber, !(item is Bool) {
                    result[key] = DecimalText(number.stringValue).canonical as NSString
                } else if let text = item as? String,
                          ["points", "minPoints", "maxPoints", "ecvetFactor", "learningHours"].contains(key) {
                    result[key] = DecimalText(text).canonical as NSString
                } else {
                    result[key] = normalised(item)
                }
            }
            return result as NSDictionary
        case let list as [Any]:
            return list.map(normalised) as NSArray
        default:
            return value as! NSObject
        }
    }

    @Test("points read as written: \"7,5\", 7.5 and \"7.50\" are all 7.5")
    func pointForms() throws {
        let loaded = read("""
            {"format": "ecvet-catalogue/1", "units": [
              {"id": "a", "credits": {"points": "7,5"}},
              {"id": "b", "credits": {"points": 7.5}},
              {"id": "c", "credits": {"points": "7.50", "system": "ECTS"}}]}
            """)
        let units = try #require(loaded.catalogue).units
        #expect(units.map { $0.credits?.amount?.value } == Array(repeating: Decimal(string: "7.5"), count: 3))
        #expect(units.map { $0.credits?.amount?.written } == ["7,5", "7.5", "7.50"])
        #expect(units[2].credits?.system == .ects)
        let written = String(decoding: try ECVET.bytes(of: try #require(loaded.catalogue), as: .json), as: UTF8.self)
        #expect(written.components(separatedBy: "\"points\": \"7.5\"").count == 4)
    }

    @Test("entities keep their file, line, column and path")
    func locations() throws {
        let loaded = read("""
            {
              "format": "ecvet-catalogue/1",
              "qualifications": [
                {"id": "Q1", "structure": {"members": [
                  {"unit": "U1", "points": "15"},
                  {"group": {"minUnits": 1, "members": [
                      {"unit": "U2"}]}}]}}
              ],
              "learningOutcomes": [{"id": "LO-1"}, {"id": "LO-2", "category": "skills"}]
            }
            """, name: "cat.json")
        let catalogue = try #require(loaded.catalogue)
        let qualification = catalogue.qualifications[0]
        #expect(qualification.location.description == "cat.json:4:5")
        #expect(qualification.location.path == "/qualifications/0")
        let members = try #require(qualification.structure?.members)
        guard case .unit(let first) = members[0], case .group(let nested) = members[1],
              case .unit(let inner) = nested.members[0] else {
            Issue.record("unexpected structure \(members)")
            return
        }
        #expect(first.location.line == 5 && first.location.column == 7)
        #expect(first.location.path == "/qualifications/0/structure/members/0")
        #expect(first.points?.value == 15)
        #expect(nested.location.path == "/qualifications/0/structure/members/1/group")
        #expect(inner.location.line == 7 && inner.location.column == 11)
        #expect(inner.unit.id == "U2")
        #expect(catalogue.learningOutcomes[1].location.path == "/learningOutcomes/1")
        #expect(catalogue.learningOutcomes[1].location.column == 40)
        #expect(catalogue.learningOutcomes[1].category?.kind == .skills)
    }

    @Test("ill-shaped values are reported where they stand and the rest is still read")
    func shapeErrors() throws {
        let loaded = read("""
            {"format": "ecvet-catalogue/1",
             "units": [{"id": "U1", "title": ["Hitsaus"]},
                       {"id": "U2", "learningOutcomes": {"id": "LO"}}],
             "organisations": "OPH",
             "qualifications": [{"id": "Q1", "structure": {"minUnits": "two", "members": []}}]}
            """)
        let messages = loaded.diagnostics.map { "\($0.location!.line!):\($0.location!.column!) \($0.id.id) \($0.message)" }
        #expect(messages == [
            "2:34 S02 expected text by language (an object such as {\"en\": \"…\"}), found a list",
            "3:45 S02 expected a list of ids, found an object",
            "4:19 S02 expected a list of organisations, found the text \"OPH\"",
            "5:60 S02 expected a whole number, found the text \"two\"",
        ])
        let catalogue = try #require(loaded.catalogue)
        #expect(catalogue.units.map(\.id) == ["U1", "U2"])
        #expect(catalogue.qualifications.count == 1)
    }

    @Test("unknown keys are kept; one close to a known key gets a did-you-mean warning")
    func unknownKeys() throws {
        let loaded = read("""
            {"format": "ecvet-catalogue/1",
             "qualifications": [{"id": "Q1", "eqfLevle": 4, "x-note": {"a": [1, true, null]}}]}
            """)
        #expect(loaded.diagnostics.count == 1)
        let warning = try #require(loaded.diagnostics.first)
        #expect(warning.id == .unknownKey && warning.severity == .warning)
        #expect(warning.message == "unknown key \"eqfLevle\"; did you mean \"eqfLevel\"?")
        #expect(warning.location?.line == 2 && warning.location?.column == 34)
        let qualification = try #require(loaded.catalogue?.qualifications.first)
        #expect(qualification.extensions.map(\.key) == ["eqfLevle", "x-note"])
        let written = String(decoding: try ECVET.bytes(of: try #require(loaded.catalogue), as: .json), as: UTF8.self)
        #expect(written.contains("\"eqfLevle\": 4"))
        #expect(written.contains("\"x-note\": {\n"))
    }

    @Test("a missing or unknown format is an error")
    func formatKey() {
        #expect(read("{\"units\": []}").diagnostics.map(\.id) == [.missingKey])
        let unsupported = read("{\"format\": \"ecvet-catalogue/9\"}").diagnostics
        #expect(unsupported.map(\.id) == [.unsupportedFormat])
        #expect(unsupported.first?.location?.column == 12)
    }

    @Test("a document that is not an object is refused")
    func notAnObject() {
        let loaded = read("[1, 2]")
        #expect(loaded.catalogue == nil)
        #expect(loaded.diagnostics.map(\.id) == [.unexpectedValue])
    }
}

import ECVETKit
import ECVETTestSupport
import Foundation
import Testing

/// The `europass` profile blocks an export (errors) exactly on what a LOQ document must have:
/// the official `loq.xsd` says which elements are required, and each has the rule that checks it.
@Suite("Europass profile and the official LOQ schema")
struct EuropassProfileTests {
    static let loq = Fixtures.repository.appendingPathComponent("Schemas/europass/elm-3.1/loq.xsd").path

    /// The elements a complex type of `loq.xsd` requires (no `minOccurs="0"`).
    static func requiredElements(of type: String, in schema: String) throws -> Set<String> {
        let start = try #require(schema.range(of: "<xs:complexType name=\"\(type)\">"))
        let end = try #require(schema.range(of: "</xs:complexType>", range: start.upperBound..<schema.endIndex))
        let body = schema[start.upperBound..<end.lowerBound]
        var required: Set<String> = []
        for element in body.components(separatedBy: "<xs:element ").dropFirst() {
            let attributes = element.prefix { $0 != ">" }
            guard !attributes.contains("minOccurs=\"0\"") else { continue }
            for name in ["ref=\"", "name=\""] {
                if let range = attributes.range(of: name) {
                    required.insert(String(attributes[range.upperBound...].prefix { $0 != "\"" }))
                }
            }
        }
        return required
    }

    /// The rule that reports each LOQ element missing.
    static let ruleForElement = [
        "EQFLevel": "V03", "NQFLevel": "V04", "ISCEDFCode": "V20", "language": "V27", "learningOutcome": "V05",
    ]

    @Test("what loq.xsd requires is an error in the europass profile, and what it does not (credit points) is not")
    func severitiesFollowTheSchema() throws {
        let schema = try String(contentsOfFile: Self.loq, encoding: .utf8)
        let required = try Self.requiredElements(of: "QualificationType", in: schema)
            .union(Self.requiredElements(of: "LearningAchievementSpecificationType", in: schema))
        #expect(required.isSuperset(of: ["EQFLevel", "NQFLevel", "ISCEDFCode", "language", "learningOutcome"]), "\(required)")
        #expect(!required.contains("creditPoint"))
        for element in required {
            guard let id = Self.ruleForElement[element], let rule = RuleCatalog.rule(id) else { continue }
            #expect(Profile.europass.severities(of: rule).contains(.error), "\(element) is required by LOQ: \(id) blocks")
        }
        // Credit points are not required by LOQ: their absence never blocks an export.
        for id in ["V07", "V09"] {
            let rule = try #require(RuleCatalog.rule(id))
            #expect(!Profile.europass.severities(of: rule).contains(.error), "\(id) must not block a LOQ export")
        }
    }
}

import ECVETKit
import ECVETTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// LOQ → model → LOQ on the official samples: every element the model carries comes back, and
/// what it does not carry is listed here, with the reason. Elements are counted as parent/child
/// pairs (`qualification/hasPart`).
@Suite("Europass LOQ round trip")
struct EuropassRoundTripTests {
    /// What the model does not carry, by parent element: `*` for all its children.
    static let leftOut: [(parent: String, children: Set<String>, reason: String)] = [
        ("Courses", ["accreditationReferences", "gradingSchemeReferences", "groupReferences", "learningActivitySpecificationReferences",
                     "learningAssessmentSpecificationReferences", "learningEntitlementSpecificationReferences",
                     "learningOpportunityReferences"],
         "learning opportunities, activities, assessments, entitlements, accreditations, grading schemes and groups are outside ECVETKit's model"),
        ("agentReferences", ["agent"], "persons are outside the model: it holds organisations"),
        ("qualification", ["accreditation", "additionalNote", "altLabel", "category", "educationLevel", "educationSubject", "entitlesTo",
                           "influencedBy", "learningSetting", "maximumDuration", "mode", "provenBy", "publisher", "qualificationCode",
                           "status", "supplementaryDocument", "targetGroup", "type", "creditPoint", "homepage"],
         "the model has no field for these; it holds one credit point and one homepage per qualification"),
        ("learningAchievementSpecification", ["additionalNote", "altLabel", "awardingOpportunity", "category", "creditPoint", "educationLevel",
                                              "educationSubject", "entitlesTo", "entryRequirement", "generalisationOf", "hasPart", "homepage",
                                              "identifier", "influencedBy", "learningOutcomeSummary", "learningSetting", "maximumDuration", "mode",
                                              "modified", "provenBy", "publisher", "specialisationOf", "status", "supplementaryDocument",
                                              "targetGroup", "type", "volumeOfLearning"],
         "the model has no field for these on units, and a unit's parts keep only a code, title, description, points and outcomes; one credit point and one awarding opportunity per unit"),
        ("awardingOpportunity", ["awardingBody", "identifier", "learningAchievementSpecification", "location", "temporal"],
         "one awarding opportunity per specification, with its body and dates"),
        ("temporal", ["startDate", "endDate", "prefLabel"], "one validity per specification, without a label"),
        ("creditPoint", ["framework", "point"], "one credit point per specification"),
        ("learningOutcome", ["additionalNote", "identifier"], "an outcome is known by its id; it has no notes"),
        ("organisation", ["accreditation", "additionalNote", "altLabel", "contactPoint", "eidasLegalIdentifier", "groupMemberOf",
                          "hasSubOrganization", "homepage", "location", "logo", "modified", "publisher", "registration", "status",
                          "subOrganizationOf", "taxIdentifier", "type", "vatIdentifier"],
         "an organisation keeps its names, identifiers, one homepage, one address with its country and one e-mail address"),
        ("contactPoint", ["additionalNote", "address", "contactForm", "description", "emailAddress", "phone"],
         "of its contact points, an organisation keeps one e-mail address"),
        ("location", ["address", "description", "geographicName", "geometry", "identifier", "spatialCode"], "one address per organisation"),
        ("address", ["countryCode", "fullAddress", "identifier"], "one address per organisation, without identifiers"),
        ("fullAddress", ["noteFormat", "noteLiteral", "subject"], "one address per organisation, as text"),
        ("homepage", ["contentUrl", "language", "title"], "a homepage is its URL"),
        ("identifier", ["creator", "issued", "notation", "schemeAgency", "schemeId", "schemeVersion", "type", "schemeName"],
         "an identifier keeps its notation and scheme name"),
        ("additionalNote", ["*"], "notes are outside the model"),
        ("entryRequirement", ["noteFormat", "subject", "noteLiteral"], "a note keeps its text"),
        ("learningOutcomeSummary", ["noteFormat", "subject", "noteLiteral"], "a note keeps its text"),
        ("relatedSkill", ["*"], "a skill is kept by its URI; its labels are the vocabulary's"),
        ("relatedESCOSkill", ["*"], "a skill is kept by its URI; its labels are the vocabulary's"),
        ("type", ["*"], "a concept is kept by its URI; its labels are the vocabulary's"),
    ]

    /// Parents whose whole content is outside the model (they only occur inside what is left out above).
    static let outside: Set<String> = [
        "accreditation", "accreditationReferences", "admissionProcedure", "agent", "amount", "attachmentType", "bannerImage",
        "contactForm", "decision", "educationLevel", "educationSubject", "eidasLegalIdentifier", "geometry",
        "gradingScheme", "gradingSchemeReferences", "grant", "group", "groupReferences", "landingPage", "learningActivitySpecification",
        "learningActivitySpecificationReferences", "learningAssessmentSpecification", "learningAssessmentSpecificationReferences",
        "learningEntitlementSpecification", "learningEntitlementSpecificationReferences", "learningOpportunity",
        "learningOpportunityReferences", "limitNationalOccupation", "limitOccupation", "logo", "noteFormat", "phone", "priceDetail",
        "qualificationCode", "registration", "report", "scheduleInformation", "subject", "supplementaryDocument", "taxIdentifier",
        "vatIdentifier",
    ]

    static func isListed(_ pair: String) -> Bool {
        let parts = pair.split(separator: "/").map(String.init)
        if Self.outside.contains(parts[0]) { return true }
        return leftOut.contains { $0.parent == parts[0] && ($0.children.contains("*") || $0.children.contains(parts[1])) }
    }

    @Test("the official samples round-trip: what comes back is what went in, but for what the model does not carry",
          arguments: ["loq.xml", "loq_withLearningAchievementSpecification.xml", "minimal-vet-qualification-ecvet.xml"])
    func roundTrip(sample: String) async throws {
        let path = Fixtures.path("europass/" + sample)
        let catalogue = try #require(ECVET.read(path: path).catalogue)
        let encoded = try await ECVET.encode(catalogue, as: .europassXML, allowIncomplete: true)
        let bytes = try #require(encoded.bytes)
        let before = try ElementCount(Data(contentsOf: URL(fileURLWithPath: path))).pairs
        let after = try ElementCount(Data(bytes)).pairs
        for (pair, count) in after {
            #expect(count <= before[pair] ?? 0, "\(pair): \(count) written, \(before[pair] ?? 0) read: nothing is invented")
        }
        for (pair, count) in before where (after[pair] ?? 0) < count {
            #expect(Self.isListed(pair), "\(pair) is lost (\(count) read, \(after[pair] ?? 0) written) and not listed")
        }
        // What the model carries comes back in full.
        for pair in ["qualification/learningOutcome", "qualification/hasPart", "qualification/isPartOf", "qualification/specialisationOf",
                     "qualification/generalisationOf", "qualification/language", "qualification/identifier", "qualification/EQFLevel",
                     "qualification/NQFLevel", "qualification/ISCEDFCode", "learningOutcome/relatedSkill",
                     "learningOutcome/reusabilityLevel", "learningOutcome/relatedESCOSkill", "learningAchievementSpecification/language",
                     "learningAchievementSpecification/learningOutcome"] where before[pair] != nil {
            #expect(after[pair] == before[pair], "\(pair)")
        }
    }

    @Test("a LOQ document imports with the findings it has, none of the reader's making",
          arguments: [("minimal-vet-qualification-ecvet.xml", Set(["V06", "V11"])),
                      // Random strings: points that are no numbers (V10), a validity that ends before it starts
                      // (V08), ESCO skills that are not ESCO's (V19), a specification of no qualification (V02).
                      ("loq.xml", Set(["V08", "V10", "V19"])),
                      ("loq_withLearningAchievementSpecification.xml", Set(["V02", "V06", "V08", "V10", "V19"]))])
    func onlyTheDocumentsFindings(sample: String, expected: Set<String>) async throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path("europass/" + sample)).catalogue)
        var configuration = Configuration()
        configuration.settings.today = Configuration.parseDate("2026-01-01")!
        let findings = await ECVET.validate(catalogue, configuration: configuration)
        #expect(Set(findings.map(\.id.id)) == expected, "\(findings.map(\.formatted))")
    }

    @Test("a valid LOQ qualification without units imports without V27: its own outcomes are kept")
    func ownOutcomes() async throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path("europass/loq.xml")).catalogue)
        #expect(catalogue.qualifications.allSatisfy { !$0.learningOutcomes.isEmpty })
        let findings = await ECVET.validate(catalogue, profile: .europass)
        #expect(!findings.contains { $0.id.id == "V27" && $0.severity == .error }, "\(findings.filter { $0.id.id == "V27" }.map(\.formatted))")
    }
}

/// Counts of each parent/child element pair of an XML document, namespaces aside.
private final class ElementCount: NSObject, XMLParserDelegate {
    private(set) var pairs: [String: Int] = [:]
    private var stack: [String] = []

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldProcessNamespaces = true
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        pairs[(stack.last ?? "") + "/" + name, default: 0] += 1
        stack.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }
}

extension EuropassRoundTripTests {
    @Test("an entity without an id (nor a notation to stand for it) is reported where it stands, not read with an empty id")
    func entityWithoutID() throws {
        var text = String(decoding: try Fixtures.bytes("europass/loq.xml"), as: UTF8.self)
        let start = try #require(text.range(of: "<learningOutcome id=\"http://LO-01\">"))
        text.replaceSubrange(start, with: "<learningOutcome>")
        // Its identifiers go too: their notation would stand for the id.
        while let end = text.range(of: "</learningOutcome>", range: start.lowerBound..<text.endIndex),
              let identifier = text.range(of: "<identifier>", range: start.lowerBound..<end.lowerBound),
              let identifierEnd = text.range(of: "</identifier>", range: identifier.upperBound..<end.lowerBound) {
            text.removeSubrange(identifier.lowerBound..<identifierEnd.upperBound)
        }
        let line = text[..<start.lowerBound].filter { $0 == "\n" }.count + 1
        let loaded = ECVET.read(bytes: Array(text.utf8), name: "loq.xml")
        let missing = try #require(loaded.diagnostics.first { $0.id == .missingKey })
        #expect(missing.location?.line == line)
        #expect(missing.message == "the <learningOutcome> has no id")
    }
}

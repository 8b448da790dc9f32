import ECVETKit
import ECVETTestSupport
import Testing

/// Checks of the mobility documents beyond their one-fault fixtures: Aino's MoU, agreement and
/// transcript, each changed in one place, against the home catalogue.
@Suite("Mobility checks")
struct MobilityCheckTests {
    static let memorandum = ECVET.read(path: Fixtures.path("mobility/mou-fi-de-logistics.yaml")).document!
    static let home = [ECVET.read(path: Fixtures.path("valid/fi-vocational-catalogue.json")).catalogue!]

    static var agreement: LearningAgreement {
        guard case .learningAgreement(let agreement)? = ECVET.read(path: Fixtures.path("mobility/la-aino-esimerkki.yaml")).document else {
            fatalError("Aino's agreement")
        }
        return agreement
    }

    static var transcript: PersonalTranscript {
        guard case .transcript(let transcript)? = ECVET.read(path: Fixtures.path("mobility/transcript-aino-esimerkki.yaml")).document else {
            fatalError("Aino's transcript")
        }
        return transcript
    }

    static func findings(_ documents: [MobilityDocument]) async -> [Diagnostic] {
        await ECVET.validate(documents: [memorandum] + documents, catalogues: home).flatMap { $0 }.filter { $0.severity != .note }
    }

    @Test("the fixtures as they are: no error")
    func valid() async {
        let found = await Self.findings([.learningAgreement(Self.agreement), .transcript(Self.transcript)])
        #expect(!found.hasErrors, "\(found.map(\.formatted))")
    }

    @Test("the host assesses, the home validates and recognises", arguments: [
        ("assessment", "fi-home"), ("validation", "de-host"), ("recognition", "de-host"), ("assessment", "somebody-else"),
    ])
    func arrangementRoles(_ change: (String, String)) async {
        var agreement = Self.agreement
        switch change.0 {
        case "assessment": agreement.assessment?.by = change.1
        case "validation": agreement.validation?.by = change.1
        default: agreement.recognition?.by = change.1
        }
        let found = await Self.findings([.learningAgreement(agreement)])
        #expect(found.contains { $0.id.id == "V30" && $0.severity == .error && $0.message.contains("the \(change.0) of") && $0.message.contains("by \"\(change.1)\"") },
                "\(found.map(\.formatted))")
    }

    @Test("a national level that is not the catalogue's is an error, as an EQF level is")
    func nationalLevel() async {
        var agreement = Self.agreement
        agreement.qualification?.nqfLevel?.level = "5"
        let found = await Self.findings([.learningAgreement(agreement)])
        #expect(found.contains { $0.id.id == "V33" && $0.message.contains("the national level FiNQF 5; the catalogue gives FiNQF 4") },
                "\(found.map(\.formatted))")
    }

    @Test("an outcome credited that is not the unit's is an error, one not planned a warning")
    func transcriptOutcomes() async throws {
        var transcript = Self.transcript
        let index = try #require(transcript.units.firstIndex { $0.id == "U-LOG-107" && $0.part == nil })
        var foreign = AgreedOutcome()
        foreign.id = "LO-108-1"
        transcript.units[index].learningOutcomes.append(foreign)
        let found = await Self.findings([.learningAgreement(Self.agreement), .transcript(transcript)])
        #expect(found.contains { $0.id.id == "V26" && $0.severity == .error && $0.message.contains("learning outcome LO-108-1") })
        let plannedAll = Self.agreement.units.first { $0.id == "U-LOG-107" }?.learningOutcomes.isEmpty ?? true
        #expect(plannedAll || found.contains { $0.id.id == "V34" && $0.severity == .warning && $0.message.contains("LO-108-1") })
    }

    @Test("a unit assessed by nobody named, or by a person of no organisation, is a warning")
    func assessors() async throws {
        var transcript = Self.transcript
        transcript.units[0].assessor?.organisation = nil
        transcript.units[1].assessor = nil
        let found = await Self.findings([.learningAgreement(Self.agreement), .transcript(transcript)]).filter { $0.id.id == "V36" }
        #expect(found.count == 2 && found.allSatisfy { $0.severity == .warning }, "\(found.map(\.formatted))")
    }

    @Test("the MoU's longest mobility is measured by the dates, not by the weeks given")
    func longestByDates() async {
        var agreement = Self.agreement
        agreement.period?.end = "2025-07-06"
        agreement.period?.weeks = 12
        var found = await Self.findings([.learningAgreement(agreement)])
        #expect(found.contains { $0.id.id == "V31" && $0.message.contains("lasts 91 days") }, "\(found.map(\.formatted))")
        agreement.period?.end = "2025-06-29"
        agreement.period?.weeks = 13
        found = await Self.findings([.learningAgreement(agreement)])
        #expect(!found.contains { $0.id.id == "V31" && $0.message.contains("more than the") }, "84 days are 12 weeks: \(found.map(\.formatted))")
    }

    @Test("the validation and recognition a transcript records are the home's", arguments: ["validation", "recognition"])
    func transcriptDecisions(_ what: String) async {
        var transcript = Self.transcript
        if what == "validation" { transcript.validation?.by = "de-host" } else { transcript.recognition?.by = "de-host" }
        let found = await Self.findings([.learningAgreement(Self.agreement), .transcript(transcript)])
        #expect(found.contains { $0.id.id == "V30" && $0.message.contains("the \(what) recorded in") }, "\(found.map(\.formatted))")
    }

    @Test("the MoU's shortest mobility counts whole weeks rounded up, as the weeks of a period are")
    func shortestRounded() async throws {
        guard case .memorandum(var memorandum) = Self.memorandum else { Issue.record("not an MoU"); return }
        memorandum.minimumWeeks = 8
        var agreement = Self.agreement
        agreement.period?.start = "2025-04-07"
        agreement.period?.end = "2025-05-30"
        let found = await ECVET.validate(documents: [.memorandum(memorandum), .learningAgreement(agreement)], catalogues: Self.home)
            .flatMap { $0 }.filter { $0.id.id == "V31" }
        #expect(found.isEmpty, "54 days are 8 weeks rounded up: \(found.map(\.formatted))")
    }
}


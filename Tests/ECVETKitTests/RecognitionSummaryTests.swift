import ECVETKit
import ECVETTestSupport
import Testing

/// The recognition summary of the fixture transcripts, worked out by hand from the documents and
/// the home catalogue.
@Suite("Recognition summary")
struct RecognitionSummaryTests {
    static func read<Value>(_ path: String, _ pick: (MobilityDocument) -> Value?) throws -> Value {
        let picked = ECVET.read(path: Fixtures.path(path)).document.flatMap(pick)
        return try #require(picked)
    }

    static let home = [ECVET.read(path: Fixtures.path("valid/fi-vocational-catalogue.json")).catalogue!]

    @Test("Aino: a whole unit (15) and a part of a unit (3 of 11) achieved, 18 of 180")
    func aino() throws {
        let transcript = try Self.read("mobility/transcript-aino-esimerkki.yaml") { if case .transcript(let t) = $0 { t } else { nil } }
        let agreement = try Self.read("mobility/la-aino-esimerkki.yaml") { if case .learningAgreement(let a) = $0 { a } else { nil } }
        let summary = RecognitionSummary(transcript, agreement: agreement, catalogues: Self.home)
        #expect(summary.learner == "Aino Esimerkki")
        #expect(summary.qualification == "Q-LOG-PT")
        #expect(summary.eqfLevel == 4)
        #expect(summary.qualificationPoints == "180")
        #expect(summary.items.map(\.unit) == ["U-LOG-107", "U-YTO-VV"])
        #expect(summary.items.map(\.part) == [nil, "P-VV-VVVK"])
        #expect(summary.items.map(\.title) == ["Lähettämöpalveluissa toimiminen", "Viestintä ja vuorovaikutus vieraalla kielellä"])
        #expect(summary.items.map(\.pointsRecognised) == ["15", "3"])
        #expect(summary.items.map(\.completesUnit) == [true, false])
        #expect(summary.items.allSatisfy { $0.inQualification })
        #expect(summary.pointsRecognised == "18")
        #expect(summary.pointsPlanned == "18")
        #expect(summary.notRecorded.isEmpty)
    }

    @Test("Elias: one unit achieved, the part failed counts nothing")
    func elias() throws {
        let transcript = try Self.read("mobility/transcript-elias-virtanen.json") { if case .transcript(let t) = $0 { t } else { nil } }
        let agreement = try Self.read("mobility/la-elias-virtanen.json") { if case .learningAgreement(let a) = $0 { a } else { nil } }
        let summary = RecognitionSummary(transcript, agreement: agreement, catalogues: Self.home)
        #expect(summary.items.map(\.result) == ["passed", "failed"])
        #expect(summary.items.map(\.pointsRecognised) == ["15", nil])
        #expect(summary.items.map(\.pointsPlanned) == ["15", "3"])
        #expect(summary.pointsRecognised == "15")
        #expect(summary.pointsPlanned == "18")
    }

    @Test("without its agreement or catalogue, the transcript's own points count")
    func transcriptAlone() throws {
        let transcript = try Self.read("mobility/transcript-sofia-nieminen.xml") { if case .transcript(let t) = $0 { t } else { nil } }
        let summary = RecognitionSummary(transcript, catalogues: [])
        #expect(summary.items.map(\.pointsRecognised) == ["15"])
        #expect(summary.items.map(\.inQualification) == [false])
        #expect(summary.qualificationPoints == nil)
        #expect(summary.pointsPlanned == nil)
    }

    @Test("a unit recorded twice counts once, and V26 says so where it is recorded again")
    func recordedTwice() async throws {
        var transcript = try Self.read("mobility/transcript-aino-esimerkki.yaml") { if case .transcript(let t) = $0 { t } else { nil } }
        transcript.units.append(transcript.units[0])
        let summary = RecognitionSummary(transcript, catalogues: Self.home)
        #expect(summary.items.map(\.pointsRecognised) == ["15", "3", nil])
        #expect(summary.items.map(\.alreadyCounted) == [false, false, true])
        #expect(summary.pointsRecognised == "18")
        let findings = await ECVET.validate(documents: [.transcript(transcript)], catalogues: Self.home).flatMap { $0 }
        #expect(findings.contains { $0.id.id == "V26" && $0.message.contains("U-LOG-107") && $0.message.contains("recorded again") })
    }

    @Test("a part of a unit also achieved whole counts nothing more")
    func partOfWholeUnit() throws {
        var transcript = try Self.read("mobility/transcript-aino-esimerkki.yaml") { if case .transcript(let t) = $0 { t } else { nil } }
        var whole = transcript.units[1]
        whole.part = nil
        whole.points = DecimalText("11")
        transcript.units.append(whole)
        let summary = RecognitionSummary(transcript, catalogues: Self.home)
        #expect(summary.items.map(\.pointsRecognised) == ["15", nil, "11"])
        #expect(summary.items[1].alreadyCounted)
        #expect(summary.pointsRecognised == "26")
    }

    @Test("a qualification the catalogues lack: said, and the transcript's own points counted")
    func qualificationNotFound() throws {
        let transcript = try Self.read("mobility/transcript-aino-esimerkki.yaml") { if case .transcript(let t) = $0 { t } else { nil } }
        let other = [ECVET.read(path: Fixtures.path("valid/eu-multilingual-catalogue.json")).catalogue!]
        let summary = RecognitionSummary(transcript, catalogues: other)
        #expect(!summary.qualificationFound)
        #expect(summary.pointsRecognised == "18")
        #expect(RecognitionSummary(transcript, catalogues: Self.home).qualificationFound)
    }
}


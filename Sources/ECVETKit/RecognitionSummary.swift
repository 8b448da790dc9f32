import Foundation

/// What a learner's mobility brings to their home qualification: for each unit (or part) the
/// transcript records, whether it was achieved and the points it counts, and the points
/// accumulated towards the qualification's total. What `ecvet recognise` shows.
public struct RecognitionSummary: Sendable, Hashable, Codable {
    /// One unit or part of a unit the transcript records.
    public struct Item: Sendable, Hashable, Codable {
        /// The unit's id in the home catalogue.
        public var unit: String
        /// The part's id, when only a part was assessed.
        public var part: String?
        /// The title: the catalogue's, else the transcript's.
        public var title: String
        /// The result the transcript records (`passed`, `failed`, `not-assessed`).
        public var result: String?
        /// The day of the assessment.
        public var assessed: String?
        /// The points the learning agreement planned for it.
        public var pointsPlanned: String?
        /// The points it counts towards the qualification: the catalogue's points of the unit
        /// (or part) in the qualification, else those awarded; `nil` when not achieved.
        public var pointsRecognised: String?
        /// Whether the item is a unit of the qualification in the home catalogue.
        public var inQualification: Bool
        /// Whether it completes the whole unit (a part does not).
        public var completesUnit: Bool
        /// Whether its points are already counted: the unit (or part) is recorded earlier in the
        /// transcript, or it is a part of a unit the transcript records as achieved whole.
        public var alreadyCounted: Bool = false
    }

    /// The transcript's id.
    public var transcript: String?
    /// The learning agreement's id.
    public var learningAgreement: String?
    /// The learner's name, else identifier.
    public var learner: String?
    /// The home qualification's id, title and EQF level.
    public var qualification: String?
    public var qualificationTitle: String?
    public var eqfLevel: Int?
    /// The qualification's total points in the home catalogue.
    public var qualificationPoints: String?
    /// Whether the qualification was found in the home catalogues; when it was not, the
    /// transcript's own points are counted, unchecked.
    public var qualificationFound: Bool
    /// Every unit or part the transcript records, in its order.
    public var items: [Item]
    /// The units the learning agreement planned that the transcript does not record.
    public var notRecorded: [String]
    /// The points of the units achieved, as they count towards the qualification.
    public var pointsRecognised: String
    /// The points the learning agreement planned.
    public var pointsPlanned: String?

    /// The recognition of `transcript` against the home `catalogues` (the one holding its
    /// qualification) and, when given, its learning agreement.
    public init(_ transcript: PersonalTranscript, agreement: LearningAgreement? = nil, catalogues: [Catalogue]) {
        self.transcript = transcript.id
        learningAgreement = transcript.learningAgreement ?? agreement?.id
        learner = (transcript.learner ?? agreement?.learner).flatMap { $0.fullName ?? $0.id }
        let reference = transcript.qualification ?? agreement?.qualification
        let home = catalogues.lazy.compactMap { catalogue in
            catalogue.qualifications.first { $0.id == reference?.id || ($0.uri != nil && $0.uri == reference?.uri) }
                .map { (catalogue, $0) }
        }.first
        qualification = home?.1.id ?? reference?.id
        qualificationTitle = home?.1.title.text() ?? reference?.title.text()
        eqfLevel = home?.1.eqfLevel?.value ?? reference?.eqfLevel?.value
        qualificationPoints = home?.1.credits?.amount?.canonical
        qualificationFound = home != nil
        var recognised: Decimal = 0
        // Each unit counts once, and a part of it counts nothing more when the whole unit was achieved.
        let wholeUnits = Set(transcript.units.filter { $0.part == nil && $0.isAchieved }.compactMap(\.id))
        var counted = Set<String>()
        items = transcript.units.map { recorded in
            let planned = agreement?.units.first { $0.id == recorded.id && $0.part == recorded.part }
            var item = Item(unit: recorded.id ?? "", part: recorded.part, title: recorded.title.text() ?? "",
                            result: recorded.result, assessed: recorded.assessed, pointsPlanned: planned?.points?.canonical,
                            pointsRecognised: nil, inQualification: false, completesUnit: false)
            var points = recorded.points?.value
            if let (catalogue, qualification) = home,
               let link = qualification.unitLinks.first(where: { $0.unit.id == recorded.id }),
               let unit = catalogue.units.first(where: { $0.id == link.unit.id }) {
                item.inQualification = true
                if let partID = recorded.part, let part = unit.parts.first(where: { $0.id == partID }) {
                    item.title = part.title.text() ?? item.title
                    points = part.credits?.amount?.value ?? points
                } else if recorded.part == nil {
                    item.title = unit.title.text() ?? item.title
                    points = link.points?.value ?? unit.credits?.amount?.value ?? points
                    item.completesUnit = recorded.isAchieved
                }
            }
            if recorded.isAchieved, home == nil || item.inQualification, let points {
                let partOfWhole = recorded.part != nil && recorded.id.map(wholeUnits.contains) == true
                if partOfWhole || !counted.insert(recorded.reference).inserted {
                    item.alreadyCounted = true
                } else {
                    item.pointsRecognised = DecimalText(points).canonical
                    recognised += points
                }
            }
            return item
        }
        notRecorded = (agreement?.units ?? []).filter { planned in
            !transcript.units.contains { $0.id == planned.id && $0.part == planned.part }
        }.map(\.reference)
        pointsRecognised = DecimalText(recognised).canonical
        pointsPlanned = agreement.map { DecimalText($0.totalPoints).canonical }
    }
}

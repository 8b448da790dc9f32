import Foundation

/// What a mobility document holds, in a few lines: what `ecvet inspect` shows of one.
public struct DocumentSummary: Sendable, Hashable, Codable {
    /// The path or name of the input.
    public var source: String
    /// The name of the format it was read as (`json`, `yaml`, `xml`).
    public var format: String?
    /// `memorandum of understanding`, `learning agreement` or `personal transcript`.
    public var kind: String
    /// The document's id.
    public var id: String?
    /// The id of the document it is made within or reports on (an LA's MoU, a transcript's LA).
    public var refersTo: String?
    /// The organisations by key and name (an MoU's signatories; an LA's home and host).
    public var organisations: [String]
    /// The learner's name.
    public var learner: String?
    /// The period, `start – end`, or an MoU's validity.
    public var period: String?
    /// The qualifications named, by id.
    public var qualifications: [String]
    /// How many units (and parts) the document names.
    public var units: Int
    /// The points of those units, summed.
    public var points: String
    /// How many signatures it has.
    public var signatures: Int

    /// Sums up `document`.
    public init(_ document: MobilityDocument, source: String, format: String?) {
        self.source = source
        self.format = format
        kind = document.kind.description
        id = document.id
        func named(_ organisation: MobilityOrganisation?) -> String? {
            organisation.map { [$0.id, $0.name.text()].compactMap { $0 }.joined(separator: " ") }
        }
        func span(_ from: String?, _ until: String?) -> String? {
            from == nil && until == nil ? nil : "\(from ?? "…") – \(until ?? "…")"
        }
        func sum(_ points: [DecimalText?]) -> String {
            DecimalText(points.compactMap { $0?.value }.reduce(0, +)).canonical
        }
        switch document {
        case .memorandum(let memorandum):
            organisations = memorandum.organisations.compactMap(named)
            period = span(memorandum.validity?.from, memorandum.validity?.until)
            qualifications = memorandum.qualifications.map(\.reference)
            units = memorandum.qualifications.reduce(0) { $0 + $1.units.count }
            points = sum(memorandum.qualifications.flatMap(\.units).map(\.points))
            signatures = memorandum.signatures.count
        case .learningAgreement(let agreement):
            refersTo = agreement.memorandum
            organisations = [agreement.home, agreement.host, agreement.intermediary].compactMap(named)
            learner = agreement.learner?.fullName
            period = span(agreement.period?.start, agreement.period?.end)
            qualifications = agreement.qualification.map { [$0.reference] } ?? []
            units = agreement.units.count
            points = sum(agreement.units.map(\.points))
            signatures = agreement.signatures.count
        case .transcript(let transcript):
            refersTo = transcript.learningAgreement
            organisations = [transcript.assessing, transcript.recognising].compactMap(named)
            learner = transcript.learner?.fullName
            period = span(transcript.period?.start, transcript.period?.end)
            qualifications = transcript.qualification.map { [$0.reference] } ?? []
            units = transcript.units.count
            points = sum(transcript.achieved.map(\.points))
            signatures = transcript.signatures.count
        }
    }
}

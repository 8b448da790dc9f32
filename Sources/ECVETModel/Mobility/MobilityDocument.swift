/// One mobility document as read from an input: an MoU, a learning agreement or a transcript.
/// Indirect, so that a list of ten thousand agreements is a list of references, not of the
/// agreements' several kilobytes each.
public indirect enum MobilityDocument: Sendable, Equatable {
    case memorandum(MemorandumOfUnderstanding)
    case learningAgreement(LearningAgreement)
    case transcript(PersonalTranscript)

    /// Which kind of document it is.
    public var kind: MobilityDocumentKind {
        switch self {
        case .memorandum: .memorandum
        case .learningAgreement: .learningAgreement
        case .transcript: .transcript
        }
    }

    /// The document's reference (`id`).
    public var id: String? {
        switch self {
        case .memorandum(let document): document.id
        case .learningAgreement(let document): document.id
        case .transcript(let document): document.id
        }
    }

    /// Where the document was read.
    public var location: SourceLocation {
        switch self {
        case .memorandum(let document): document.location
        case .learningAgreement(let document): document.location
        case .transcript(let document): document.location
        }
    }
}

/// The kinds of mobility document, with the `format` each names itself by in the canonical
/// formats (as a catalogue names itself `ecvet-catalogue/1`).
public enum MobilityDocumentKind: String, Sendable, CaseIterable, CustomStringConvertible {
    case memorandum = "ecvet-memorandum/1"
    case learningAgreement = "ecvet-learning-agreement/1"
    case transcript = "ecvet-transcript/1"

    /// The root element of the canonical XML form.
    public var xmlRoot: String {
        switch self {
        case .memorandum: "memorandumOfUnderstanding"
        case .learningAgreement: "learningAgreement"
        case .transcript: "personalTranscript"
        }
    }

    /// The document's name in messages.
    public var description: String {
        switch self {
        case .memorandum: "memorandum of understanding"
        case .learningAgreement: "learning agreement"
        case .transcript: "personal transcript"
        }
    }

    /// The kind whose `format` value this is, ignoring the version (`ecvet-transcript/2` is a
    /// transcript of a version this build does not read).
    public init?(format: String) {
        let name = format.split(separator: "/").first.map(String.init) ?? format
        guard let kind = Self.allCases.first(where: { $0.rawValue.hasPrefix(name + "/") }) else { return nil }
        self = kind
    }
}

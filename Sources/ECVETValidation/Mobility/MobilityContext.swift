import ECVETModel
import Foundation

/// What the rules of mobility documents look at: every document and catalogue of one command,
/// with the documents by id and the catalogues' qualifications, units and outcomes by id, so
/// that a learning agreement finds its MoU and its units wherever they were given.
package struct MobilityContext: Sendable {
    let documents: [MobilityDocument]
    let settings: ValidationSettings
    /// The position of the first MoU and learning agreement with each id among `documents`.
    private let memoranda: [String: Int]
    private let agreements: [String: Int]
    /// The position of the first document of each kind and id.
    private let firstOfKind: [String: Int]
    /// What the documents are checked against.
    let home: HomeCatalogues

    /// Whether any catalogue was given: without one, checks against a catalogue do not run.
    var hasCatalogues: Bool { !home.isEmpty }

    /// The context of `documents` and the catalogues of `home`, indexed once for every rule and
    /// document.
    package init(documents: [MobilityDocument], home: HomeCatalogues, settings: ValidationSettings = ValidationSettings()) {
        self.home = home
        self.documents = documents
        self.settings = settings
        var memoranda: [String: Int] = [:]
        var agreements: [String: Int] = [:]
        for (index, document) in documents.enumerated() {
            switch document {
            case .memorandum(let memorandum): if let id = memorandum.id, memoranda[id] == nil { memoranda[id] = index }
            case .learningAgreement(let agreement): if let id = agreement.id, agreements[id] == nil { agreements[id] = index }
            case .transcript: break
            }
        }
        self.memoranda = memoranda
        self.agreements = agreements
        var firstOfKind: [String: Int] = [:]
        for (index, document) in documents.enumerated() {
            guard let id = document.id else { continue }
            let key = "\(document.kind.rawValue) \(id)"
            if firstOfKind[key] == nil { firstOfKind[key] = index }
        }
        self.firstOfKind = firstOfKind
        var firstNaming: [String: SourceLocation] = [:]
        for document in documents {
            let names: [(String, MobilityDocumentKind, Bool)]
            switch document {
            case .learningAgreement(let agreement):
                names = [(agreement.memorandum ?? "", .memorandum, agreement.qualification != nil)]
            case .transcript(let transcript):
                names = [(transcript.learningAgreement ?? "", .learningAgreement, transcript.qualification != nil)]
            case .memorandum:
                names = []
            }
            for (id, kind, namesQualification) in names {
                let key = "\(kind.rawValue) \(id)"
                if firstNaming[key] == nil { firstNaming[key] = document.location }
                if namesQualification, firstNaming["catalogue"] == nil { firstNaming["catalogue"] = document.location }
            }
        }
        self.firstNaming = firstNaming
    }

    /// Where the first document naming each MoU or learning agreement (by kind and id), and the
    /// first naming a qualification (`catalogue`), was read: a note about what is not among the
    /// inputs is made once, there, not once per document.
    private let firstNaming: [String: SourceLocation]

    /// Whether `document` is the first to name the document `id` of `kind`.
    func isFirst(_ document: MobilityDocument, naming id: String, of kind: MobilityDocumentKind) -> Bool {
        firstNaming["\(kind.rawValue) \(id)"] == document.location
    }

    /// Whether `document` is the first to name a qualification.
    func isFirstNamingQualification(_ document: MobilityDocument) -> Bool {
        firstNaming["catalogue"] == document.location
    }

    /// How many documents name the document `id` of `kind`.
    func count(naming id: String, of kind: MobilityDocumentKind) -> Int {
        documents.reduce(0) { count, document in
            switch (document, kind) {
            case (.learningAgreement(let agreement), .memorandum): count + (agreement.memorandum == id ? 1 : 0)
            case (.transcript(let transcript), .learningAgreement): count + (transcript.learningAgreement == id ? 1 : 0)
            default: count
            }
        }
    }

    /// Whether any document of `kind` is among the inputs.
    func has(_ kind: MobilityDocumentKind) -> Bool {
        switch kind {
        case .memorandum: !memoranda.isEmpty
        case .learningAgreement: !agreements.isEmpty
        case .transcript: documents.contains { $0.kind == .transcript }
        }
    }

    /// The MoU with this id among the inputs.
    func memorandum(_ id: String?) -> MemorandumOfUnderstanding? {
        guard let index = id.flatMap({ memoranda[$0] }), case .memorandum(let memorandum) = documents[index] else { return nil }
        return memorandum
    }

    /// The place of an earlier document of the same kind with the same id as `document`, if
    /// there is one.
    func earlierDocument(withTheIDOf document: MobilityDocument) -> SourceLocation? {
        guard let id = document.id, let first = firstOfKind["\(document.kind.rawValue) \(id)"],
              documents[first].location != document.location else { return nil }
        return documents[first].location
    }

    /// The learning agreement with this id among the inputs.
    func agreement(_ id: String?) -> LearningAgreement? {
        guard let index = id.flatMap({ agreements[$0] }), case .learningAgreement(let agreement) = documents[index] else { return nil }
        return agreement
    }

    /// The qualification a document names, in whichever catalogue holds it.
    func qualification(_ reference: AgreedQualification?) -> HomeQualification? { home.qualification(reference) }

    /// Today, or the day the settings fix.
    var today: CalendarDate { CalendarDate(settings.today ?? .now) }
}

import ECVETModel
import Foundation

/// What the rules of mobility documents look at: every document and catalogue of one command,
/// with the documents by id and the catalogues' qualifications, units and outcomes by id, so
/// that a learning agreement finds its MoU and its units wherever they were given.
package struct MobilityContext: Sendable {
    let documents: [MobilityDocument]
    let settings: ValidationSettings
    private let memoranda: [String: MemorandumOfUnderstanding]
    private let agreements: [String: LearningAgreement]
    private let qualifications: [String: CatalogueQualification]
    /// Whether any catalogue was given: without one, checks against a catalogue do not run.
    let hasCatalogues: Bool

    /// The context of `documents` and `catalogues`, indexed once for every rule and document.
    package init(documents: [MobilityDocument], catalogues: [Catalogue], settings: ValidationSettings = ValidationSettings()) {
        self.documents = documents
        self.settings = settings
        var memoranda: [String: MemorandumOfUnderstanding] = [:]
        var agreements: [String: LearningAgreement] = [:]
        for document in documents {
            switch document {
            case .memorandum(let memorandum): if let id = memorandum.id, memoranda[id] == nil { memoranda[id] = memorandum }
            case .learningAgreement(let agreement): if let id = agreement.id, agreements[id] == nil { agreements[id] = agreement }
            case .transcript: break
            }
        }
        self.memoranda = memoranda
        self.agreements = agreements
        var qualifications: [String: CatalogueQualification] = [:]
        for catalogue in catalogues {
            let home = HomeCatalogue(catalogue)
            for qualification in catalogue.qualifications where qualifications[qualification.id] == nil {
                qualifications[qualification.id] = CatalogueQualification(qualification: qualification, catalogue: home)
            }
        }
        self.qualifications = qualifications
        hasCatalogues = !catalogues.isEmpty
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
    func memorandum(_ id: String?) -> MemorandumOfUnderstanding? { id.flatMap { memoranda[$0] } }

    /// The learning agreement with this id among the inputs.
    func agreement(_ id: String?) -> LearningAgreement? { id.flatMap { agreements[$0] } }

    /// The qualification a document names, in whichever catalogue holds it.
    func qualification(_ reference: AgreedQualification?) -> CatalogueQualification? {
        guard let reference else { return nil }
        if let id = reference.id, let found = qualifications[id] { return found }
        guard let uri = reference.uri else { return nil }
        return qualifications.values.first { $0.qualification.uri == uri }
    }

    /// Today, or the day the settings fix.
    var today: CalendarDate { CalendarDate(settings.today ?? .now) }
}

/// A catalogue indexed for the documents that refer into it: its units and outcomes by id, as
/// positions, so that a national catalogue is not copied.
final class HomeCatalogue: Sendable {
    private let catalogue: Catalogue
    private let unitPositions: [String: Int]
    private let outcomePositions: [String: Int]

    init(_ catalogue: Catalogue) {
        self.catalogue = catalogue
        var units: [String: Int] = [:]
        for (index, unit) in catalogue.units.enumerated() where units[unit.id] == nil { units[unit.id] = index }
        var outcomes: [String: Int] = [:]
        for (index, outcome) in catalogue.learningOutcomes.enumerated() where outcomes[outcome.id] == nil { outcomes[outcome.id] = index }
        unitPositions = units
        outcomePositions = outcomes
    }

    /// The unit with this id.
    func unit(_ id: String) -> ECVETModel.Unit? { unitPositions[id].map { catalogue.units[$0] } }

    /// Whether an outcome has this id.
    func hasOutcome(_ id: String) -> Bool { outcomePositions[id] != nil }
}

/// A qualification of a catalogue, with what documents ask of it: its units and their points.
struct CatalogueQualification: Sendable {
    let qualification: Qualification
    let catalogue: HomeCatalogue

    /// The unit of this qualification with `id` (or `uri`), and its points here; `nil` when the
    /// qualification does not link it.
    func unit(_ id: String?, uri: String? = nil) -> (unit: ECVETModel.Unit, points: Decimal?)? {
        for link in qualification.unitLinks {
            guard let unit = catalogue.unit(link.unit.id) else { continue }
            if unit.id == id || (uri != nil && unit.uri == uri) {
                return (unit, link.points?.value ?? unit.credits?.amount?.value)
            }
        }
        return nil
    }

    /// Whether a catalogue unit (or its part `part`) names the outcome `id`.
    func names(outcome id: String, unit: ECVETModel.Unit, part: String?) -> Bool {
        if let part, let found = unit.parts.first(where: { $0.id == part }) {
            return found.learningOutcomes.contains { $0.id == id }
        }
        return unit.learningOutcomes.contains { $0.id == id } || unit.parts.contains { $0.learningOutcomes.contains { $0.id == id } }
    }
}

import ECVETModel
import Foundation

/// The catalogues mobility documents refer to, as far as their checks need them: each
/// qualification's units and their points there, each unit's title, parts and outcome ids, and
/// every outcome id. Made once from the catalogues, it keeps none of their text besides titles,
/// so a national catalogue can be let go before ten thousand agreements are read.
public struct HomeCatalogues: Sendable {
    /// A qualification as the checks see it.
    struct Qualification: Sendable {
        let id: String
        let uri: String?
        let eqfLevel: Int?
        /// Its national levels: (framework, level) as written.
        let nqfLevels: [(framework: String?, level: String?)]
        /// Its units by id, with their points in this qualification (the link's, else the unit's).
        let links: [(unit: String, points: Decimal?)]
        /// The position of its catalogue in `catalogues`.
        let catalogue: Int
    }

    /// A unit, or a part of one, as the checks see it.
    struct Unit: Sendable {
        let id: String
        let uri: String?
        let title: LocalizedText
        let points: Decimal?
        let outcomes: [String]
        let parts: [Unit]
    }

    /// The units and outcome ids of one catalogue.
    struct Catalogue: Sendable {
        let units: [String: Unit]
        let outcomes: Set<String>
    }

    private let qualifications: [String: Qualification]
    private let catalogues: [Catalogue]

    /// What the checks need of `catalogues`; a qualification id in several is taken from the first.
    public init(_ catalogues: [ECVETModel.Catalogue]) {
        var qualifications: [String: Qualification] = [:]
        self.catalogues = catalogues.enumerated().map { position, catalogue in
            var units: [String: Unit] = [:]
            for unit in catalogue.units where units[unit.id] == nil {
                units[unit.id] = Unit(id: unit.id, uri: unit.uri, title: unit.title, points: unit.credits?.amount?.value,
                                      outcomes: unit.learningOutcomes.map(\.id),
                                      parts: unit.parts.map { part in
                                          Unit(id: part.id, uri: nil, title: part.title, points: part.credits?.amount?.value,
                                               outcomes: part.learningOutcomes.map(\.id), parts: [])
                                      })
            }
            for qualification in catalogue.qualifications where qualifications[qualification.id] == nil {
                qualifications[qualification.id] = Qualification(
                    id: qualification.id, uri: qualification.uri, eqfLevel: qualification.eqfLevel?.value,
                    nqfLevels: qualification.nqfLevels.map { ($0.framework, $0.level) },
                    links: qualification.unitLinks.map { ($0.unit.id, $0.points?.value ?? units[$0.unit.id]?.points) },
                    catalogue: position)
            }
            var outcomes = Set<String>(minimumCapacity: catalogue.learningOutcomes.count)
            for outcome in catalogue.learningOutcomes { outcomes.insert(outcome.id) }
            return Catalogue(units: units, outcomes: outcomes)
        }
        self.qualifications = qualifications
    }

    private init(qualifications: [String: Qualification], catalogues: [Catalogue]) {
        self.qualifications = qualifications
        self.catalogues = catalogues
    }

    /// These catalogues and then `other`'s: a qualification in both is taken from these.
    public func adding(_ other: HomeCatalogues) -> HomeCatalogues {
        var qualifications = self.qualifications
        for (id, qualification) in other.qualifications where qualifications[id] == nil {
            qualifications[id] = Qualification(id: qualification.id, uri: qualification.uri, eqfLevel: qualification.eqfLevel,
                                               nqfLevels: qualification.nqfLevels, links: qualification.links, catalogue: qualification.catalogue + catalogues.count)
        }
        return HomeCatalogues(qualifications: qualifications, catalogues: catalogues + other.catalogues)
    }

    /// Whether any catalogue was given: without one, checks against a catalogue do not run.
    var isEmpty: Bool { catalogues.isEmpty }

    /// The qualification a document names, by id, else by URI, in whichever catalogue holds it.
    func qualification(_ reference: AgreedQualification?) -> HomeQualification? {
        guard let reference else { return nil }
        let found = reference.id.flatMap { qualifications[$0] }
            ?? reference.uri.flatMap { uri in qualifications.values.first { $0.uri == uri } }
        return found.map { HomeQualification(qualification: $0, catalogue: catalogues[$0.catalogue]) }
    }
}

/// A qualification of a home catalogue, with what documents ask of it: its units and their
/// points.
struct HomeQualification: Sendable {
    let qualification: HomeCatalogues.Qualification
    let catalogue: HomeCatalogues.Catalogue

    var id: String { qualification.id }

    /// The unit of this qualification with `id` (or `uri`), and its points here; `nil` when the
    /// qualification does not link it.
    func unit(_ id: String?, uri: String? = nil) -> (unit: HomeCatalogues.Unit, points: Decimal?)? {
        for link in qualification.links {
            guard let unit = catalogue.units[link.unit] else { continue }
            if unit.id == id || (uri != nil && unit.uri == uri) { return (unit, link.points) }
        }
        return nil
    }

    /// Whether a unit (or its part `part`) names the outcome `id`.
    func names(outcome id: String, unit: HomeCatalogues.Unit, part: String?) -> Bool {
        if let part, let found = unit.parts.first(where: { $0.id == part }) { return found.outcomes.contains(id) }
        return unit.outcomes.contains(id) || unit.parts.contains { $0.outcomes.contains(id) }
    }
}

import ECVETModel
import Foundation

/// What rules look at: the catalogue, the profile and the settings, and what the rules ask of the
/// catalogue by name: entities by id, the units a qualification links, the outcomes a unit
/// names. The indexes are worked out once for every rule.
struct ValidationContext: Sendable {
    let catalogue: Catalogue
    let profile: Profile
    let settings: ValidationSettings
    /// Indexes of the first entity with each id.
    let unitsByID: IDIndex<ECVETModel.Unit>
    let outcomesByID: IDIndex<LearningOutcome>
    let organisationsByID: IDIndex<Organisation>
    /// For each unit id, the qualifications that link it, in order.
    private let qualificationsByUnit: [String: [Int]]
    /// Each qualification's unit links, by the qualification's index: walking a structure costs
    /// a search and an array, so it is done once for every rule.
    private let links: [[UnitLink]]
    /// For each unit, the index of the outcome each of its outcome references names, in the
    /// order of `outcomeReferences(of:)`; `ResolvedOutcomes` shows a missing one as `nil`.
    private let resolvedOutcomes: [[Int]]

    /// The context of `catalogue`, its indexes worked out on this thread.
    init(catalogue: Catalogue, profile: Profile = .ecvet, settings: ValidationSettings = ValidationSettings()) {
        let indexes = Indexes(catalogue)
        self.catalogue = catalogue
        self.profile = profile
        self.settings = settings
        unitsByID = indexes.unitsByID
        outcomesByID = indexes.outcomesByID
        organisationsByID = indexes.organisationsByID
        qualificationsByUnit = indexes.qualificationsByUnit
        links = indexes.unitLinks
        resolvedOutcomes = indexes.unitOutcomes
    }

    /// The indexes of a catalogue's ids and links.
    private struct Indexes {
        var unitsByID: IDIndex<ECVETModel.Unit>
        var outcomesByID: IDIndex<LearningOutcome>
        var organisationsByID: IDIndex<Organisation>
        var qualificationsByUnit: [String: [Int]]
        var unitLinks: [[UnitLink]]
        var unitOutcomes: [[Int]]

        init(_ catalogue: Catalogue) {
            let units = catalogue.units, outcomes = catalogue.learningOutcomes
            unitsByID = IDIndex(units)
            outcomesByID = IDIndex(outcomes)
            organisationsByID = IDIndex(catalogue.organisations)
            var linking: [String: [Int]] = [:]
            var links: [[UnitLink]] = []
            for (index, qualification) in catalogue.qualifications.enumerated() {
                links.append(qualification.unitLinks)
                for link in links[index] where linking[link.unit.id]?.last != index {
                    linking[link.unit.id, default: []].append(index)
                }
            }
            qualificationsByUnit = linking
            unitLinks = links
            // Units usually name outcomes in the order the catalogue lists them: when no id is
            // used twice, the outcome after the last one found is tried before the index.
            let byID = outcomesByID
            let idsAreUnique = byID.count == outcomes.count
            unitOutcomes = units.indices.map { unit in
                var resolved: [Int] = []
                var next = 0
                func resolve(_ references: [Reference]) {
                    for reference in references.indices {
                        let id = references[reference].id
                        let index = idsAreUnique && next < outcomes.count && outcomes[next].id == id
                            ? next : byID[id] ?? ResolvedOutcomes.missing
                        resolved.append(index)
                        next = index + 1
                    }
                }
                resolve(units[unit].learningOutcomes)
                let parts = units[unit].parts
                for part in parts.indices { resolve(parts[part].learningOutcomes) }
                return resolved
            }
        }
    }

    /// The unit with `id` (the first, when several share it).
    func unit(_ id: String) -> ECVETModel.Unit? {
        unitsByID[id].map { catalogue.units[$0] }
    }

    /// The learning outcome with `id` (the first, when several share it).
    func outcome(_ id: String) -> LearningOutcome? {
        outcomesByID[id].map { catalogue.learningOutcomes[$0] }
    }

    /// Whether an organisation has `id`.
    func hasOrganisation(_ id: String) -> Bool {
        organisationsByID[id] != nil
    }

    /// The points a unit carries in a qualification: the link's, else the unit's own.
    func points(of link: UnitLink) -> Decimal? {
        link.points?.value ?? unit(link.unit.id)?.credits?.amount?.value
    }

    /// All outcome ids of a unit: its own and its parts'.
    func outcomeReferences(of unit: ECVETModel.Unit) -> [Reference] {
        unit.learningOutcomes + unit.parts.flatMap(\.learningOutcomes)
    }

    /// The unit links of the qualification at `index` in the catalogue, in structure order.
    func unitLinks(ofQualificationAt index: Int) -> [UnitLink] {
        links[index]
    }

    /// The indexes of the qualifications that link unit `id`, in catalogue order.
    func qualifications(linkingUnit id: String) -> [Int] {
        qualificationsByUnit[id] ?? []
    }

    /// The outcomes the unit at `index` names, in the order of `outcomeReferences(of:)`: each an
    /// index into the catalogue's learning outcomes, or `nil` for an id that names none.
    func outcomes(ofUnitAt index: Int) -> ResolvedOutcomes {
        ResolvedOutcomes(indexes: resolvedOutcomes[index])
    }
}

/// The outcomes a unit names, resolved: for each of its outcome references, the index of the
/// outcome in the catalogue, or `nil`.
struct ResolvedOutcomes: RandomAccessCollection {
    /// Kept in the stored indexes for a reference that names no outcome.
    fileprivate static let missing = -1
    fileprivate let indexes: [Int]

    var startIndex: Int { indexes.startIndex }
    var endIndex: Int { indexes.endIndex }

    subscript(position: Int) -> Int? {
        let index = indexes[position]
        return index == Self.missing ? nil : index
    }

    /// Whether a reference names no outcome.
    var hasMissing: Bool { indexes.contains(Self.missing) }
}

/// Settings of the checks, from the configuration file or the command line.
public struct ValidationSettings: Sendable, Equatable {
    /// The day expiry is judged against; today when `nil`.
    public var today: Date?
    /// How far a total may stray from 60 points per year, as a fraction (0.1 is 10 %).
    public var pointsPerYearTolerance: Decimal
    /// Notional learning hours in one year of full-time VET, to turn hours into years.
    public var hoursPerYear: Decimal

    /// Settings with the defaults: today, a 10 % tolerance, 1600 hours a year.
    public init(today: Date? = nil, pointsPerYearTolerance: Decimal = Decimal(string: "0.1")!,
                hoursPerYear: Decimal = 1600) {
        self.today = today
        self.pointsPerYearTolerance = pointsPerYearTolerance
        self.hoursPerYear = hoursPerYear
    }
}

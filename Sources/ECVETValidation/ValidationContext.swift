import ECVETModel
import Foundation

/// What rules look at: the catalogue, indexes of its ids, the profile and the settings.
public struct ValidationContext: Sendable {
    public let catalogue: Catalogue
    public let profile: Profile
    public let settings: ValidationSettings
    /// Indexes of the first entity with each id.
    public let unitsByID: IDIndex<ECVETModel.Unit>
    public let outcomesByID: IDIndex<LearningOutcome>
    public let organisationsByID: IDIndex<Organisation>
    /// For each unit id, the qualifications that link it, in order.
    public let qualificationsByUnit: [String: [Int]]
    /// Each qualification's unit links, by the qualification's index: walking a structure
    /// costs a search and an array, so it is done once for every rule.
    public let unitLinks: [[UnitLink]]

    /// What every learning-outcome statement is like, for the rules on statements.
    private(set) var statements: StatementFacts
    /// For each unit, by index, the index of the outcome each of its outcome references names
    /// (in the order of `outcomeReferences(of:)`), -1 for one that names none.
    public let unitOutcomes: [[Int]]

    public init(catalogue: Catalogue, profile: Profile = .ecvet, settings: ValidationSettings = ValidationSettings()) {
        self.init(catalogue: catalogue, profile: profile, settings: settings, indexes: Indexes(catalogue),
                  statements: StatementFacts(catalogue.learningOutcomes[...]))
    }

    /// The context of `catalogue` without its statement facts, which `StatementRule`s need:
    /// the other rules start while the statements are looked at.
    static func indexed(catalogue: Catalogue, profile: Profile, settings: ValidationSettings) -> ValidationContext {
        ValidationContext(catalogue: catalogue, profile: profile, settings: settings, indexes: Indexes(catalogue),
                          statements: StatementFacts(catalogue.learningOutcomes[..<0]))
    }

    /// This context with the facts of its catalogue's statements.
    func with(_ statements: StatementFacts) -> ValidationContext {
        var context = self
        context.statements = statements
        return context
    }

    private init(catalogue: Catalogue, profile: Profile, settings: ValidationSettings, indexes: Indexes,
                 statements: StatementFacts) {
        self.catalogue = catalogue
        self.profile = profile
        self.settings = settings
        self.statements = statements
        unitsByID = indexes.unitsByID
        outcomesByID = indexes.outcomesByID
        organisationsByID = indexes.organisationsByID
        qualificationsByUnit = indexes.qualificationsByUnit
        unitLinks = indexes.unitLinks
        unitOutcomes = indexes.unitOutcomes
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
            let units = catalogue.units, outcomes = catalogue.learningOutcomes, organisations = catalogue.organisations
            unitsByID = IDIndex(units)
            outcomesByID = IDIndex(outcomes)
            organisationsByID = IDIndex(organisations)
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
            // Read through the buffers, in the order of `outcomeReferences(of:)`, so that no
            // unit or reference is copied.
            unitOutcomes = units.withUnsafeBufferPointer { units in
                outcomes.withUnsafeBufferPointer { outcomes in
                    units.indices.map { unit in
                        var resolved: [Int] = []
                        var next = 0
                        func resolve(_ references: UnsafeBufferPointer<Reference>) {
                            for reference in references.indices {
                                let index = idsAreUnique && next < outcomes.count && outcomes[next].id == references[reference].id
                                    ? next : byID[references[reference].id] ?? -1
                                resolved.append(index)
                                next = index + 1
                            }
                        }
                        units[unit].learningOutcomes.withUnsafeBufferPointer(resolve)
                        units[unit].parts.withUnsafeBufferPointer { parts in
                            for part in parts.indices { parts[part].learningOutcomes.withUnsafeBufferPointer(resolve) }
                        }
                        return resolved
                    }
                }
            }
        }
    }

    public func unit(_ id: String) -> ECVETModel.Unit? {
        unitsByID[id].map { catalogue.units[$0] }
    }

    public func outcome(_ id: String) -> LearningOutcome? {
        outcomesByID[id].map { catalogue.learningOutcomes[$0] }
    }

    /// The points a unit carries in a qualification: the link's, else the unit's own.
    public func points(of link: UnitLink) -> Decimal? {
        link.points?.value ?? unit(link.unit.id)?.credits?.amount.value
    }

    /// All outcome ids of a unit: its own and its parts'.
    public func outcomeReferences(of unit: ECVETModel.Unit) -> [Reference] {
        unit.learningOutcomes + unit.parts.flatMap(\.learningOutcomes)
    }
}

/// Settings of the checks, from the configuration file or the command line.
public struct ValidationSettings: Sendable, Equatable {
    /// The day expiry is judged against; today when `nil`.
    public var today: Date?
    /// How far a total may stray from 60 points per year, as a fraction (0.1 is 10 %).
    public var pointsPerYearTolerance: Decimal
    /// Notional learning hours in one year of full-time VET, to turn hours into years.
    public var hoursPerYear: Decimal

    public init(today: Date? = nil, pointsPerYearTolerance: Decimal = Decimal(string: "0.1")!,
                hoursPerYear: Decimal = 1600) {
        self.today = today
        self.pointsPerYearTolerance = pointsPerYearTolerance
        self.hoursPerYear = hoursPerYear
    }
}

import ECVETModel

/// V10: points are non-negative decimal numbers.
struct PointsAreNumbers: Rule {
    let id = DiagnosticID("V10", "points-are-numbers", .error)
    let summary = "Points are decimal numbers (\"7,5\" is read as 7.5), never negative; a warning on 0."
    let source = "ECVET Recommendation 2009, Annex I (ECVET points: a numerical representation); Europass LOQ XSD: creditPoint/point is xs:string"
    let hint = "write points as a number such as 15 or 7.5"
    var severities: [Severity] { [.error, .warning] }

    func check(_ context: ValidationContext) -> [Diagnostic] {
        PointValues.all(in: context.catalogue).compactMap { item in
            guard let value = item.points.value else {
                return finding("\(item.noun) \"\(item.points.written)\" of \(item.owner) are not a number", at: item.location, entity: item.entity)
            }
            if value < 0 {
                return finding("\(item.noun) \(item.points.canonical) of \(item.owner) are negative", at: item.location, entity: item.entity)
            }
            if value == 0 {
                return finding("\(item.noun) of \(item.owner) are 0", at: item.location, severity: .warning, entity: item.entity,
                               hint: "give the real points, or leave them out")
            }
            return nil
        }
    }
}

/// Every points value of a catalogue, with what it belongs to.
enum PointValues {
    struct Item {
        let points: DecimalText
        /// "points", or "learning hours".
        var noun = "points"
        let owner: String
        let entity: String
        let location: SourceLocation
    }

    static func all(in catalogue: Catalogue) -> [Item] {
        var items: [Item] = []
        func add(_ credits: CreditPoints?, _ owner: String, _ entity: String) {
            guard let credits else { return }
            items.append(Item(points: credits.amount, owner: owner, entity: entity, location: credits.location))
            if let factor = credits.system?.ecvetFactor {
                items.append(Item(points: factor, owner: "the ECVET factor of \(owner)", entity: entity, location: credits.location))
            }
        }
        func walk(_ group: UnitGroup, _ owner: String, _ entity: String) {
            for (value, what) in [(group.minPoints, "minimum"), (group.maxPoints, "maximum")] {
                if let value { items.append(Item(points: value, owner: "the \(what) of a group in \(owner)", entity: entity, location: group.location)) }
            }
            for member in group.members {
                switch member {
                case .unit(let link):
                    if let points = link.points {
                        items.append(Item(points: points, owner: "unit \"\(link.unit.id)\" in \(owner)", entity: entity, location: link.location))
                    }
                case .group(let nested):
                    walk(nested, owner, entity)
                }
            }
        }
        for qualification in catalogue.qualifications {
            let owner = Naming.qualification(qualification)
            add(qualification.credits, owner, qualification.id)
            if let hours = qualification.learningHours {
                items.append(Item(points: hours, noun: "learning hours", owner: owner, entity: qualification.id, location: qualification.location))
            }
            if let structure = qualification.structure { walk(structure, owner, qualification.id) }
        }
        for unit in catalogue.units {
            add(unit.credits, Naming.unit(unit), unit.id)
            for part in unit.parts { add(part.credits, "part \"\(part.id)\" of \(Naming.unit(unit))", unit.id) }
        }
        return items
    }
}

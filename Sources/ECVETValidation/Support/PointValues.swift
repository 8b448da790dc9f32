import ECVETModel

/// Every points value of a catalogue, with what it belongs to (V10, V13).
enum PointValues {
    struct Item {
        let points: DecimalText
        /// "points", or "learning hours".
        var noun = "points"
        let owner: Owner
        let entity: String
        let location: SourceLocation
    }

    /// What a points value belongs to, named only for a finding: a catalogue has tens of
    /// thousands of values and few findings about them.
    enum Owner {
        case qualification(Int)
        case unit(Int)
        case part(String, unit: Int)
        indirect case factor(Owner)
        /// "minimum" or "maximum".
        case groupBound(String, qualification: Int)
        case link(unit: String, qualification: Int)

        func name(in catalogue: Catalogue) -> String {
            switch self {
            case .qualification(let index):
                Naming.qualification(catalogue.qualifications[index])
            case .unit(let index):
                Naming.unit(catalogue.units[index])
            case .part(let id, let unit):
                "part \"\(id)\" of \(Naming.unit(catalogue.units[unit]))"
            case .factor(let owner):
                "the ECVET factor of \(owner.name(in: catalogue))"
            case .groupBound(let bound, let qualification):
                "the \(bound) of a group in \(Naming.qualification(catalogue.qualifications[qualification]))"
            case .link(let unit, let qualification):
                "unit \"\(unit)\" in \(Naming.qualification(catalogue.qualifications[qualification]))"
            }
        }
    }

    static func all(in catalogue: Catalogue) -> [Item] {
        var items: [Item] = []
        func add(_ credits: CreditPoints?, _ owner: Owner, _ entity: String) {
            guard let credits, let amount = credits.amount else { return }
            items.append(Item(points: amount, owner: owner, entity: entity, location: credits.location))
            if let factor = credits.system?.ecvetFactor {
                items.append(Item(points: factor, owner: .factor(owner), entity: entity, location: credits.location))
            }
        }
        func walk(_ group: UnitGroup, _ qualification: Int, _ entity: String) {
            for (value, bound, key) in [(group.minPoints, "minimum", "minPoints"), (group.maxPoints, "maximum", "maxPoints")] {
                if let value {
                    items.append(Item(points: value, owner: .groupBound(bound, qualification: qualification), entity: entity,
                                      location: group.valueLocations.location(of: key, else: group.location)))
                }
            }
            for member in group.members {
                switch member {
                case .unit(let link):
                    if let points = link.points {
                        items.append(Item(points: points, owner: .link(unit: link.unit.id, qualification: qualification),
                                          entity: entity, location: link.valueLocations.location(of: "points", else: link.location)))
                    }
                case .group(let nested):
                    walk(nested, qualification, entity)
                }
            }
        }
        let qualifications = catalogue.qualifications
        for index in qualifications.indices {
            add(qualifications[index].credits, .qualification(index), qualifications[index].id)
            if let hours = qualifications[index].learningHours {
                items.append(Item(points: hours, noun: "learning hours", owner: .qualification(index),
                                  entity: qualifications[index].id,
                                  location: qualifications[index].valueLocations.location(of: "learningHours", else: qualifications[index].location)))
            }
            if let structure = qualifications[index].structure { walk(structure, index, qualifications[index].id) }
        }
        let units = catalogue.units
        for index in units.indices {
            add(units[index].credits, .unit(index), units[index].id)
            let parts = units[index].parts
            for part in parts.indices {
                add(parts[part].credits, .part(parts[part].id, unit: index), units[index].id)
            }
        }
        return items
    }
}

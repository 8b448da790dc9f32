import ECVETModel

/// V23: ids are unique and references resolve.
struct IdsAndReferences: CatalogueRule {
    let id = DiagnosticID("V23", "ids-and-references", .error)
    let summary = "Ids of qualifications, units, learning outcomes and organisations are unique; every unit, learning outcome and organisation a catalogue names exists. Groups and parts nest inside their owner, so no cycle can be written."
    let source = "Data integrity (Europass LOQ hasPart/isPartOf)"
    let hint = "give every entity its own id, and refer only to ids the catalogue has"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let catalogue = context.catalogue
        func duplicates<Entity>(_ entities: [Entity], _ kind: String, distinct: Int? = nil, id: (Entity) -> String,
                                location: (Entity) -> SourceLocation) {
            // The context's index has one entry per distinct id: as many as entities, no repeats.
            if distinct == entities.count { return }
            var first: [String: Int] = [:]
            first.reserveCapacity(entities.count)
            for index in entities.indices {
                let key = id(entities[index])
                guard !key.isEmpty else { continue }
                if let earlier = first[key] {
                    findings.append(finding("\(kind) id \"\(key)\" is used again; it is first used at \(location(entities[earlier]))",
                                            at: location(entities[index]), entity: key))
                } else {
                    first[key] = index
                }
            }
        }
        duplicates(catalogue.qualifications, "qualification", id: { $0.id },
                   location: { $0.valueLocations.location(of: "id", else: $0.location) })
        duplicates(catalogue.units, "unit", distinct: context.unitsByID.count, id: { $0.id },
                   location: { $0.valueLocations.location(of: "id", else: $0.location) })
        duplicates(catalogue.learningOutcomes, "learning outcome", distinct: context.outcomesByID.count, id: { $0.id },
                   location: { $0.location })
        duplicates(catalogue.organisations, "organisation", distinct: context.organisationsByID.count, id: { $0.id },
                   location: { $0.valueLocations.location(of: "id", else: $0.location) })
        for (unitIndex, unit) in catalogue.units.enumerated() {
            if unit.parts.count > 1 { duplicates(unit.parts, "part of \(Naming.unit(unit)): a", id: { $0.id },
                                                   location: { $0.valueLocations.location(of: "id", else: $0.location) }) }
            let resolved = context.outcomes(ofUnitAt: unitIndex)
            guard resolved.hasMissing else { continue }
            for (reference, index) in zip(context.outcomeReferences(of: unit), resolved) where index == nil {
                findings.append(finding("\(Naming.unit(unit)) names learning outcome \"\(reference.id)\", which is not in the catalogue",
                                        at: reference.location, entity: unit.id))
            }
        }
        // A structure's link to a unit the catalogue does not have: the dangling unit reference
        // of the table. V02 reports it too, as a qualification whose unit is not there.
        for (index, qualification) in catalogue.qualifications.enumerated() {
            for link in context.unitLinks(ofQualificationAt: index) where context.unitsByID[link.unit.id] == nil {
                findings.append(finding("\(Naming.qualification(qualification)) names unit \"\(link.unit.id)\", which is not in the catalogue",
                                        at: link.unit.location, entity: qualification.id))
            }
        }
        func organisation(_ reference: Reference?, _ role: String, _ owner: String, _ entity: String) {
            guard let reference, !context.hasOrganisation(reference.id) else { return }
            findings.append(finding("\(owner) names \(role) \"\(reference.id)\", which is not among the organisations",
                                    at: reference.location, entity: entity))
        }
        organisation(catalogue.publisher, "publisher", "the catalogue", catalogue.id ?? "")
        let qualificationIDs = Set(catalogue.qualifications.lazy.filter(\.hasRelations).isEmpty ? [] : catalogue.qualifications.map(\.id))
        for qualification in catalogue.qualifications {
            let name = Naming.qualification(qualification)
            organisation(qualification.awardingBody, "awarding body", name, qualification.id)
            for reference in qualification.learningOutcomes where context.outcomesByID[reference.id] == nil {
                findings.append(finding("\(name) names learning outcome \"\(reference.id)\", which is not in the catalogue",
                                        at: reference.location, entity: qualification.id))
            }
            // Related qualifications are ids in the catalogue, or URIs of qualifications elsewhere.
            let relations = [("hasPart", qualification.hasPart), ("isPartOf", qualification.isPartOf),
                             ("specialisationOf", qualification.specialisationOf), ("generalisationOf", qualification.generalisationOf)]
            for (relation, references) in relations {
                for reference in references where !qualificationIDs.contains(reference.id) && !reference.id.contains(":") {
                    findings.append(finding("\(name) names qualification \"\(reference.id)\" in \(relation), which is neither in the catalogue nor a URI",
                                            at: reference.location, entity: qualification.id))
                }
            }
        }
        for unit in catalogue.units {
            organisation(unit.awardingBody, "awarding body", Naming.unit(unit), unit.id)
        }
    }
}

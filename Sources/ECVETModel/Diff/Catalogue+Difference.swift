extension Catalogue {
    /// What changed from `old` to this catalogue: entities matched by id, an entity whose id
    /// changed recognised by its URI, its code or its content, and in each structure a unit that
    /// moved to another group told as a move. Order, sources and locations are no change.
    public func difference(from old: Catalogue) -> CatalogueDiff {
        var diff = CatalogueDiff()
        diff.catalogue = FieldComparison.changes(Catalogue.fields, old: old, new: self)
            + FieldComparison.extensions(old: old.extensions, new: extensions)
        // A renamed outcome is the same outcome in the units and qualifications that name it.
        let outcomeChanges = Self.changes(old: old.learningOutcomes, new: learningOutcomes)
        let renamedOutcomes = Self.renames(outcomeChanges)
        let oldUnits = renamedOutcomes.isEmpty ? old.units : old.units.map { unit in
            var copy = unit
            copy.learningOutcomes = Self.relinked(unit.learningOutcomes, renamedOutcomes)
            for index in copy.parts.indices {
                copy.parts[index].learningOutcomes = Self.relinked(copy.parts[index].learningOutcomes, renamedOutcomes)
            }
            return copy
        }
        let unitChanges = Self.changes(old: oldUnits, new: units)
        // A unit that was renamed is the same unit in the structures that link to it.
        let renamed = Self.renames(unitChanges)
        let oldQualifications = renamed.isEmpty && renamedOutcomes.isEmpty ? old.qualifications : old.qualifications.map { qualification in
            var copy = qualification
            copy.structure = qualification.structure.map { Self.relinked($0, renamed) }
            copy.learningOutcomes = Self.relinked(qualification.learningOutcomes, renamedOutcomes)
            return copy
        }
        diff.entities += Self.changes(old: oldQualifications, new: qualifications)
        diff.entities += unitChanges
        diff.entities += outcomeChanges
        diff.entities += Self.changes(old: old.organisations, new: organisations)
        return diff
    }

    /// An id given to several entities (an error the rules report) matches them in order: the
    /// second in the old version with the second in the new, and one left over came or went.
    private static func changes<Entity: DiffedEntity>(old: [Entity], new: [Entity]) -> [EntityChange] {
        var oldOccurrences: [String: [Int]] = [:]
        oldOccurrences.reserveCapacity(old.count)
        for (index, entity) in old.enumerated() { oldOccurrences[entity.id, default: []].append(index) }
        var newCounts: [String: Int] = [:]
        newCounts.reserveCapacity(new.count)
        for entity in new { newCounts[entity.id, default: 0] += 1 }

        // Entities only in the old version may have been renamed: indexed by what still names them.
        var unmatched: [Int] = []
        var leftOver: [Int] = []
        var counted: [String: Int] = [:]
        for (index, entity) in old.enumerated() {
            let occurrence = counted[entity.id, default: 0]
            counted[entity.id] = occurrence + 1
            let inNew = newCounts[entity.id] ?? 0
            if inNew == 0 { unmatched.append(index) } else if occurrence >= inNew { leftOver.append(index) }
        }
        var byKey: [String: Int] = [:]
        var byContent: [Entity: Int] = [:]
        for index in unmatched {
            for key in old[index].matchingKeys where byKey[key] == nil { byKey[key] = index }
            let content = old[index].withID("")
            if byContent[content] == nil { byContent[content] = index }
        }
        var renamed = Set<Int>()

        var changes: [EntityChange] = []
        var seen: [String: Int] = [:]
        for entity in new {
            let occurrence = seen[entity.id, default: 0]
            seen[entity.id] = occurrence + 1
            if let indices = oldOccurrences[entity.id] {
                guard occurrence < indices.count else {
                    changes.append(EntityChange(entity: Entity.diffKind, kind: .added, id: entity.id, title: entity.displayTitle,
                                                newPlace: place(entity.location)))
                    continue
                }
                let previous = old[indices[occurrence]]
                guard previous != entity else { continue }
                let fields = entity.changes(from: previous)
                guard !fields.isEmpty else { continue }
                changes.append(EntityChange(entity: Entity.diffKind, kind: .changed, id: entity.id, title: entity.displayTitle,
                                            oldPlace: place(previous.location), newPlace: place(entity.location), fields: fields))
                continue
            }
            let match = occurrence > 0 ? nil : entity.matchingKeys.lazy.compactMap { byKey[$0] }.first { !renamed.contains($0) }
                ?? byContent[entity.withID("")].flatMap { renamed.contains($0) ? nil : $0 }
            if let index = match {
                renamed.insert(index)
                let previous = old[index]
                changes.append(EntityChange(entity: Entity.diffKind, kind: .renamed, id: entity.id, oldID: previous.id,
                                            title: entity.displayTitle, oldPlace: place(previous.location),
                                            newPlace: place(entity.location), fields: entity.withID(previous.id).changes(from: previous)))
            } else {
                changes.append(EntityChange(entity: Entity.diffKind, kind: .added, id: entity.id, title: entity.displayTitle,
                                            newPlace: place(entity.location)))
            }
        }
        for index in (unmatched + leftOver).sorted() where !renamed.contains(index) {
            changes.append(EntityChange(entity: Entity.diffKind, kind: .removed, id: old[index].id, title: old[index].displayTitle,
                                        oldPlace: place(old[index].location)))
        }
        return changes
    }

    /// The new id of each entity renamed, by its old id.
    private static func renames(_ changes: [EntityChange]) -> [String: String] {
        Dictionary(changes.compactMap { change in change.oldID.map { ($0, change.id) } }, uniquingKeysWith: { first, _ in first })
    }

    /// References to renamed entities pointing at their new ids.
    private static func relinked(_ references: [Reference], _ renamed: [String: String]) -> [Reference] {
        guard !renamed.isEmpty else { return references }
        return references.map { reference in renamed[reference.id].map { Reference($0, location: reference.location) } ?? reference }
    }

    /// `group` with its links to renamed units pointing at their new ids.
    private static func relinked(_ group: UnitGroup, _ renamed: [String: String]) -> UnitGroup {
        var copy = group
        copy.members = group.members.map { member in
            switch member {
            case .unit(var link):
                if let id = renamed[link.unit.id] { link.unit = Reference(id, location: link.unit.location) }
                return .unit(link)
            case .group(let nested):
                return .group(relinked(nested, renamed))
            }
        }
        return copy
    }

    private static func place(_ location: SourceLocation) -> String? {
        location.file.isEmpty ? nil : location.description
    }
}

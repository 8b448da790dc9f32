/// What changed in a qualification's structure: units that came in, left, or moved to another
/// group (`structure/U-7`, the group it is in), the points and the mandatory flag of their links
/// (`structure/U-7/points`), and groups that came, went or changed their rule
/// (`structure/group Valinnaiset/minPoints`). A unit linked from several groups is compared
/// group by group (`structure/U-7 in Valinnaiset/points`); a group whose id changed but whose
/// place and titles did not is the same group.
struct StructureComparison {
    private(set) var changes: [FieldChange] = []

    private struct Link {
        var unit: String
        var groupKey: String
        var groupName: String
        var link: UnitLink
    }

    private struct Flattened {
        var groups: [(key: String, name: String, group: UnitGroup)] = []
        var links: [Link] = []
        /// Per unit, its links in document order.
        var linksOfUnit: [String: [Int]] = [:]
        var groupIndex: [String: Int] = [:]

        init(_ structure: UnitGroup?) {
            guard let structure else { return }
            add(structure, path: [], position: "1")
        }

        /// A group without an id is known by its position (`1.2`), so that its title can change.
        private mutating func add(_ group: UnitGroup, path: [String], position: String) {
            let name = group.title.text() ?? group.id ?? (path.isEmpty ? "structure" : "group \(position)")
            let names = path + [name]
            let key = group.id ?? position
            // The top group is the qualification itself: a nested group is named from below it.
            let shown = (names.count > 1 ? names.dropFirst() : names[...]).joined(separator: " › ")
            if groupIndex[key] == nil { groupIndex[key] = groups.count }
            groups.append((key, shown, group))
            var nested = 0
            for member in group.members {
                switch member {
                case .unit(let link):
                    linksOfUnit[link.unit.id, default: []].append(links.count)
                    links.append(Link(unit: link.unit.id, groupKey: key, groupName: shown, link: link))
                case .group(let member):
                    nested += 1
                    add(member, path: names, position: position + ".\(nested)")
                }
            }
        }

        /// The groups' keys changed to `renamed[key]`, where they have one.
        mutating func rekey(_ renamed: [String: String]) {
            guard !renamed.isEmpty else { return }
            for index in groups.indices { groups[index].key = renamed[groups[index].key] ?? groups[index].key }
            for index in links.indices { links[index].groupKey = renamed[links[index].groupKey] ?? links[index].groupKey }
            groupIndex = [:]
            for (index, group) in groups.enumerated() where groupIndex[group.key] == nil { groupIndex[group.key] = index }
        }
    }

    init(old: UnitGroup?, new: UnitGroup?) {
        var before = Flattened(old)
        let after = Flattened(new)
        before.rekey(Self.renamedGroups(before, after))
        var units: [String] = []
        var listed = Set<String>()
        for link in after.links + before.links where listed.insert(link.unit).inserted { units.append(link.unit) }
        for unit in units {
            compare(unit, before: (before.linksOfUnit[unit] ?? []).map { before.links[$0] },
                    after: (after.linksOfUnit[unit] ?? []).map { after.links[$0] })
        }
        for (key, name, group) in after.groups {
            guard let index = before.groupIndex[key] else {
                changes.append(FieldChange(field: "structure/group " + name, old: nil, new: Self.rule(of: group)))
                continue
            }
            let previous = before.groups[index].group
            changes += FieldComparison.changes(UnitGroup.fields, old: previous, new: group, prefix: "structure/group \(name)/")
                + FieldComparison.extensions(old: previous.extensions, new: group.extensions, prefix: "structure/group \(name)/")
        }
        for (key, name, group) in before.groups where after.groupIndex[key] == nil {
            changes.append(FieldChange(field: "structure/group " + name, old: Self.rule(of: group), new: nil))
        }
    }

    /// One unit's links before and after: the groups it came into or left, or its move when it
    /// is in one group on both sides, and what changed in the links of the groups it stayed in.
    private mutating func compare(_ unit: String, before: [Link], after: [Link]) {
        let field = "structure/" + unit
        if before.count == 1 && after.count == 1 {
            let (previous, link) = (before[0], after[0])
            if previous.groupKey != link.groupKey {
                changes.append(FieldChange(field: field, old: "in " + previous.groupName, new: "in " + link.groupName))
            }
            linkChanges(previous.link, link.link, prefix: field + "/")
            return
        }
        // Several links on one side: matched group by group, in order within a group.
        var remaining = before
        for link in after {
            guard let index = remaining.firstIndex(where: { $0.groupKey == link.groupKey }) else {
                changes.append(FieldChange(field: field, old: nil, new: "in " + link.groupName))
                continue
            }
            let previous = remaining.remove(at: index)
            linkChanges(previous.link, link.link, prefix: "\(field) in \(link.groupName)/")
        }
        for previous in remaining {
            changes.append(FieldChange(field: field, old: "in " + previous.groupName, new: nil))
        }
    }

    private mutating func linkChanges(_ old: UnitLink, _ new: UnitLink, prefix: String) {
        guard old != new else { return }
        changes += FieldComparison.changes(UnitLink.fields, old: old, new: new, prefix: prefix)
            .filter { $0.field != prefix + "unit" }
    }

    /// Groups whose id changed: a group only in `before` and one only in `after` at the same
    /// place with the same titles, each the only one of its name.
    private static func renamedGroups(_ before: Flattened, _ after: Flattened) -> [String: String] {
        let gone = before.groups.filter { after.groupIndex[$0.key] == nil }
        let came = after.groups.filter { before.groupIndex[$0.key] == nil }
        guard !gone.isEmpty, !came.isEmpty else { return [:] }
        let cameByName = Dictionary(grouping: came, by: \.name)
        let goneByName = Dictionary(grouping: gone, by: \.name)
        var renamed: [String: String] = [:]
        for (name, groups) in goneByName where groups.count == 1 {
            guard let match = cameByName[name], match.count == 1 else { continue }
            renamed[groups[0].key] = match[0].key
        }
        return renamed
    }

    /// A group's rule in brief, for a group that came or went: `min 30 points, max 2 units`.
    private static func rule(of group: UnitGroup) -> String {
        let parts = [group.isMandatory == true ? "mandatory" : nil,
                     group.minPoints.map { "min \($0.written) points" }, group.maxPoints.map { "max \($0.written) points" },
                     group.minUnits.map { "min \($0) units" }, group.maxUnits.map { "max \($0) units" }].compactMap { $0 }
        return parts.isEmpty ? "\(group.members.count) members" : parts.joined(separator: ", ")
    }
}

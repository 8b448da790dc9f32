/// What changed in a qualification's structure: units that came in, left, or moved to another
/// group (`structure/U-7`, the group it is in), the points and the mandatory flag of their links
/// (`structure/U-7/points`), and groups that came, went or changed their rule
/// (`structure/group Valinnaiset/minPoints`).
struct StructureComparison {
    private(set) var changes: [FieldChange] = []

    /// A group's place: its key (id, else its titles from the top) and its name for people.
    private struct Placed {
        var key: String
        var name: String
    }

    private struct Flattened {
        var groups: [(key: String, name: String, group: UnitGroup)] = []
        var links: [(unit: String, group: Placed, link: UnitLink)] = []
        var linkIndex: [String: Int] = [:]
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
                    if linkIndex[link.unit.id] == nil { linkIndex[link.unit.id] = links.count }
                    links.append((link.unit.id, Placed(key: key, name: shown), link))
                case .group(let member):
                    nested += 1
                    add(member, path: names, position: position + ".\(nested)")
                }
            }
        }
    }

    init(old: UnitGroup?, new: UnitGroup?) {
        let before = Flattened(old)
        let after = Flattened(new)
        // A unit linked twice is compared at its first link.
        for (position, (unit, group, link)) in after.links.enumerated() where after.linkIndex[unit] == position {
            guard let index = before.linkIndex[unit] else {
                changes.append(FieldChange(field: "structure/" + unit, old: nil, new: "in " + group.name))
                continue
            }
            let previous = before.links[index]
            if previous.group.key != group.key {
                changes.append(FieldChange(field: "structure/" + unit, old: "in " + previous.group.name, new: "in " + group.name))
            }
            if previous.link != link {
                changes += FieldComparison.changes(UnitLink.fields, old: previous.link, new: link, prefix: "structure/\(unit)/")
                    .filter { $0.field != "structure/\(unit)/unit" }
            }
        }
        for (position, (unit, group, _)) in before.links.enumerated() where before.linkIndex[unit] == position && after.linkIndex[unit] == nil {
            changes.append(FieldChange(field: "structure/" + unit, old: "in " + group.name, new: nil))
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

    /// A group's rule in brief, for a group that came or went: `min 30 points, max 2 units`.
    private static func rule(of group: UnitGroup) -> String {
        let parts = [group.isMandatory == true ? "mandatory" : nil,
                     group.minPoints.map { "min \($0.written) points" }, group.maxPoints.map { "max \($0.written) points" },
                     group.minUnits.map { "min \($0) units" }, group.maxUnits.map { "max \($0) units" }].compactMap { $0 }
        return parts.isEmpty ? "\(group.members.count) members" : parts.joined(separator: ", ")
    }
}

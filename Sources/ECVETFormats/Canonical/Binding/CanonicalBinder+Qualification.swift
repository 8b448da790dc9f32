import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalBinder {
    mutating func bindQualification(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> Qualification? {
        let path = path.pathString
        guard let location = try expectObject(event, "a qualification", path: path) else { return nil }
        var qualification = Qualification(id: "", location: location)
        qualification.extensions = try readObject(path: path, known: CanonicalKeys.qualification) { binder, key, path throws(SyntaxError) in
            guard let field = FieldLookups.qualification.index(of: key) else { return false }
            if try binder.bindField(at: field, of: FieldLookups.qualification, into: &qualification, path: path) { return true }
            switch key {
            case "nqf": qualification.nqfLevels = try binder.nqfLevels(path)
            default:
                // "structure"
                let first = try binder.next()
                if case .scalar(_, .null) = first { break }
                qualification.structure = try binder.bindGroup(first, path: path)
            }
            return true
        }
        requireID(qualification.id, of: "qualification", at: location)
        return qualification
    }

    mutating func nqfLevels(_ path: some BindingPath) throws(SyntaxError) -> [NQFLevel] {
        let path = path.pathString
        var levels: [NQFLevel] = []
        try expectList("NQF levels", path: path) { binder, event, index throws(SyntaxError) in
            let itemPath = ChildPath(path.pathString, index: index).pathString
            guard let location = try binder.expectObject(event, "an NQF level", path: itemPath) else { return }
            var level = NQFLevel(location: location)
            _ = try binder.readObject(path: itemPath, known: CanonicalKeys.nqf) { binder, key, path throws(SyntaxError) in
                guard let field = FieldLookups.nqf.index(of: key) else { return false }
                return try binder.bindField(at: field, of: FieldLookups.nqf, into: &level, path: path)
            }
            levels.append(level)
        }
        return levels
    }

    mutating func bindGroup(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> UnitGroup? {
        let path = path.pathString
        guard let location = try expectObject(event, "a group", path: path) else { return nil }
        var group = UnitGroup(location: location)
        group.extensions = try readObject(path: path, known: CanonicalKeys.group) { binder, key, path throws(SyntaxError) in
            guard let field = FieldLookups.group.index(of: key) else { return false }
            if try binder.bindField(at: field, of: FieldLookups.group, into: &group, path: path) { return true }
            // "members", the one nested field.
            try binder.expectList("members", path: path) { binder, event, index throws(SyntaxError) in
                if let member = try binder.bindMember(event, path: ChildPath(path.pathString, index: index).pathString) {
                    group.members.append(member)
                }
            }
            return true
        }
        return group
    }

    /// A member is a unit link (`{"unit": …, "points": …}`) or a nested group (`{"group": {…}}`).
    mutating func bindMember(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> GroupMember? {
        let path = path.pathString
        guard let location = try expectObject(event, "a member (a unit link or a group)", path: path) else {
            return nil
        }
        var link = UnitLink(unit: Reference(""), location: location)
        var hasUnit = false
        var group: UnitGroup?
        let extensions = try readObject(path: path, known: CanonicalKeys.member) { binder, key, path throws(SyntaxError) in
            switch key {
            case "group":
                group = try binder.bindGroup(binder.next(), path: path)
            case "unit":
                // A null unit makes no link: the member then needs a group.
                if let unit = try binder.reference(path) {
                    link.unit = unit
                    hasUnit = true
                }
            default:
                guard let index = FieldLookups.link.index(of: key) else { return false }
                return try binder.bindField(at: index, of: FieldLookups.link, into: &link, path: path)
            }
            return true
        }
        switch (hasUnit, group) {
        case (true, nil):
            link.extensions = extensions
            return .unit(link)
        case (false, var group?):
            group.extensions += extensions
            return .group(group)
        case (true, _?):
            report(.unexpectedValue, "a member is either a unit link (\"unit\") or a group (\"group\"), not both",
                   at: location)
        case (false, nil):
            report(.missingKey, "a member needs \"unit\" (the id of a unit) or \"group\" (a nested group)",
                   at: location)
        }
        return nil
    }
}

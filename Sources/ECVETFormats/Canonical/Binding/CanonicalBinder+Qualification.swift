import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalBinder {
    mutating func bindQualification(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> Qualification? {
        let path = path.pathString
        guard let location = try expectObject(event, "a qualification", path: path) else { return nil }
        var qualification = Qualification(id: "", location: location)
        qualification.extensions = try readObject(path: path, known: CanonicalKeys.qualification) { binder, key, path throws(SyntaxError) in
            switch key {
            case "id": qualification.id = try binder.text(path, what: "an id") ?? ""
            case "code": qualification.code = try binder.text(path, what: "a code")
            case "uri": qualification.uri = try binder.text(path, what: "a URI")
            case "title": qualification.title = try binder.localizedText(path)
            case "description": qualification.description = try binder.localizedText(path)
            case "eqfLevel": qualification.eqfLevel = try binder.eqfLevel(path)
            case "nqf": qualification.nqfLevels = try binder.nqfLevels(path)
            case "iscedF": qualification.iscedF = try binder.codes(path)
            case "languages": qualification.languages = try binder.codes(path)
            case "credits": qualification.credits = try binder.creditPoints(path)
            case "volumeOfLearning": qualification.volumeOfLearning = try binder.text(path, what: "an ISO 8601 duration")
            case "learningHours": qualification.learningHours = try binder.decimal(path)
            case "awardingBody": qualification.awardingBody = try binder.reference(path)
            case "country": qualification.country = try binder.code(path)
            case "validity": qualification.validity = try binder.validity(path)
            case "entryRequirements": qualification.entryRequirements = try binder.localizedText(path)
            case "learningOutcomeSummary": qualification.learningOutcomeSummary = try binder.localizedText(path)
            case "partial": qualification.isPartial = try binder.boolean(path)
            case "homepage": qualification.homepage = try binder.text(path, what: "a URL")
            case "structure":
                let first = try binder.next()
                if case .scalar(_, .null) = first { break }
                qualification.structure = try binder.bindGroup(first, path: path)
            default: return false
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
                switch key {
                case "framework": level.framework = try binder.text(path, what: "a framework name")
                case "level": level.level = try binder.text(path, what: "a level")
                case "uri": level.uri = try binder.text(path, what: "a URI")
                default: return false
                }
                return true
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
            switch key {
            case "id": group.id = try binder.text(path, what: "an id")
            case "title": group.title = try binder.localizedText(path)
            case "description": group.description = try binder.localizedText(path)
            case "mandatory": group.isMandatory = try binder.boolean(path)
            case "minPoints": group.minPoints = try binder.decimal(path)
            case "maxPoints": group.maxPoints = try binder.decimal(path)
            case "minUnits": group.minUnits = try binder.integer(path)
            case "maxUnits": group.maxUnits = try binder.integer(path)
            case "members":
                try binder.expectList("members", path: path) { binder, event, index throws(SyntaxError) in
                    if let member = try binder.bindMember(event, path: ChildPath(path.pathString, index: index).pathString) {
                        group.members.append(member)
                    }
                }
            default: return false
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
        var unit: Reference?
        var points: DecimalText?
        var mandatory: Bool?
        var group: UnitGroup?
        let extensions = try readObject(path: path, known: CanonicalKeys.member) { binder, key, path throws(SyntaxError) in
            switch key {
            case "unit": unit = try binder.reference(path)
            case "points": points = try binder.decimal(path)
            case "mandatory": mandatory = try binder.boolean(path)
            case "group": group = try binder.bindGroup(binder.next(), path: path)
            default: return false
            }
            return true
        }
        switch (unit, group) {
        case (let unit?, nil):
            return .unit(UnitLink(unit: unit, points: points, isMandatory: mandatory,
                                  extensions: extensions, location: location))
        case (nil, var group?):
            group.extensions += extensions
            return .group(group)
        case (_?, _?):
            report(.unexpectedValue, "a member is either a unit link (\"unit\") or a group (\"group\"), not both",
                   at: location)
        case (nil, nil):
            report(.missingKey, "a member needs \"unit\" (the id of a unit) or \"group\" (a nested group)",
                   at: location)
        }
        return nil
    }
}

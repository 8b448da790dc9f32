import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalBinder {
    mutating func bindUnit(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> Unit? {
        let path = path.pathString
        guard let location = try expectObject(event, "a unit", path: path) else { return nil }
        var unit = Unit(id: "", location: location)
        unit.extensions = try readObject(path: path, known: CanonicalKeys.unit) { binder, key, path throws(SyntaxError) in
            switch key {
            case "id": unit.id = try binder.text(path, what: "an id") ?? ""
            case "code": unit.code = try binder.text(path, what: "a code")
            case "uri": unit.uri = try binder.text(path, what: "a URI")
            case "title": unit.title = try binder.localizedText(path)
            case "description": unit.description = try binder.localizedText(path)
            case "eqfLevel": unit.eqfLevel = try binder.eqfLevel(path)
            case "credits": unit.credits = try binder.creditPoints(path)
            case "learningOutcomes": unit.learningOutcomes = try binder.references(path)
            case "assessment": unit.assessment = try binder.assessment(path)
            case "validity": unit.validity = try binder.validity(path)
            case "iscedF": unit.iscedF = try binder.codes(path)
            case "languages": unit.languages = try binder.codes(path)
            case "escoSkills": unit.escoSkills = try binder.references(path)
            case "parts":
                try binder.expectList("parts", path: path) { binder, event, index throws(SyntaxError) in
                    if let part = try binder.bindPart(event, path: ChildPath(path.pathString, index: index).pathString) {
                        unit.parts.append(part)
                    }
                }
            default: return false
            }
            return true
        }
        requireID(unit.id, of: "unit", at: location)
        return unit
    }

    mutating func bindPart(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> UnitPart? {
        let path = path.pathString
        guard let location = try expectObject(event, "a unit part", path: path) else { return nil }
        var part = UnitPart(id: "", location: location)
        part.extensions = try readObject(path: path, known: CanonicalKeys.part) { binder, key, path throws(SyntaxError) in
            switch key {
            case "id": part.id = try binder.text(path, what: "an id") ?? ""
            case "code": part.code = try binder.text(path, what: "a code")
            case "title": part.title = try binder.localizedText(path)
            case "description": part.description = try binder.localizedText(path)
            case "credits": part.credits = try binder.creditPoints(path)
            case "mandatory": part.isMandatory = try binder.boolean(path)
            case "learningOutcomes": part.learningOutcomes = try binder.references(path)
            case "assessment": part.assessment = try binder.assessment(path)
            default: return false
            }
            return true
        }
        requireID(part.id, of: "unit part", at: location)
        return part
    }
}

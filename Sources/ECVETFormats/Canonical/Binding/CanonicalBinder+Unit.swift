import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalBinder {
    mutating func bindUnit(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> Unit? {
        let path = path.pathString
        guard let location = try expectObject(event, "a unit", path: path) else { return nil }
        var unit = Unit(id: "", location: location)
        unit.extensions = try readObject(path: path, known: CanonicalKeys.unit) { binder, key, path throws(SyntaxError) in
            guard let field = FieldLookups.unit.index(of: key) else { return false }
            if try binder.bindField(at: field, of: FieldLookups.unit, into: &unit, path: path) { return true }
            // "parts", the one nested field.
            try binder.expectList("parts", path: path) { binder, event, index throws(SyntaxError) in
                if let part = try binder.bindPart(event, path: ChildPath(path.pathString, index: index).pathString) {
                    unit.parts.append(part)
                }
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
            guard let field = FieldLookups.part.index(of: key) else { return false }
            return try binder.bindField(at: field, of: FieldLookups.part, into: &part, path: path)
        }
        requireID(part.id, of: "unit part", at: location)
        return part
    }
}

import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalBinder {
    mutating func bindOrganisation(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> Organisation? {
        let path = path.pathString
        guard let location = try expectObject(event, "an organisation", path: path) else { return nil }
        var organisation = Organisation(id: "", location: location)
        organisation.extensions = try readObject(path: path, known: CanonicalKeys.organisation) { binder, key, path throws(SyntaxError) in
            guard let field = FieldLookups.organisation.index(of: key) else { return false }
            return try binder.bindField(at: field, of: FieldLookups.organisation, into: &organisation, path: path)
        }
        requireID(organisation.id, of: "organisation", at: location)
        return organisation
    }

    mutating func identifiers(_ path: some BindingPath) throws(SyntaxError) -> [Identifier] {
        let path = path.pathString
        var identifiers: [Identifier] = []
        try expectList("identifiers", path: path) { binder, event, index throws(SyntaxError) in
            let itemPath = ChildPath(path.pathString, index: index).pathString
            guard let location = try binder.expectObject(event, "an identifier", path: itemPath) else { return }
            var scheme: String?
            var value: String?
            _ = try binder.readObject(path: itemPath, known: CanonicalKeys.identifier) { binder, key, path throws(SyntaxError) in
                switch key {
                case "scheme": scheme = try binder.text(path, what: "a scheme name")
                case "value": value = try binder.text(path, what: "an identifier")
                default: return false
                }
                return true
            }
            if let value {
                identifiers.append(Identifier(scheme: scheme, value: value))
            } else {
                binder.report(.missingKey, "an identifier needs \"value\"", at: location)
            }
        }
        return identifiers
    }
}

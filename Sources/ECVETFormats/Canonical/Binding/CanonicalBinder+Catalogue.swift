import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalBinder {
    mutating func bindDocument() throws(SyntaxError) -> Catalogue {
        let first = try next()
        guard first == .objectStart else {
            let location = here("")
            throw SyntaxError(Diagnostic(.unexpectedValue,
                                         "expected a catalogue (an object with \"format\": \"\(CanonicalFormat.name)\"), found \(Self.describe(first))",
                                         at: location))
        }
        var catalogue = Catalogue(location: here(""))
        var format: (String, SourceLocation)?
        catalogue.extensions = try readObject(path: "", known: CanonicalKeys.catalogue) { binder, key, path throws(SyntaxError) in
            if key == "format" {
                format = try binder.locatedText(path, what: "a format name")
                return true
            }
            guard let field = FieldLookups.catalogue.index(of: key) else { return false }
            if try binder.bindField(at: field, of: FieldLookups.catalogue, into: &catalogue, path: path) { return true }
            switch key {
            case "qualifications":
                try binder.expectList("qualifications", path: path) { binder, event, index throws(SyntaxError) in
                    if let qualification = try binder.bindQualification(event, path: ChildPath(path.pathString, index: index).pathString) {
                        catalogue.qualifications.append(qualification)
                    }
                }
            case "units":
                try binder.expectList("units", path: path) { binder, event, index throws(SyntaxError) in
                    if let unit = try binder.bindUnit(event, path: ChildPath(path.pathString, index: index).pathString) {
                        catalogue.units.append(unit)
                    }
                }
            case "learningOutcomes":
                try binder.expectList("learning outcomes", path: path) { binder, event, index throws(SyntaxError) in
                    if let outcome = try binder.bindLearningOutcome(event, path: ChildPath(path.pathString, index: index).pathString) {
                        catalogue.learningOutcomes.append(outcome)
                    }
                }
            case "organisations":
                try binder.expectList("organisations", path: path) { binder, event, index throws(SyntaxError) in
                    if let organisation = try binder.bindOrganisation(event, path: ChildPath(path.pathString, index: index).pathString) {
                        catalogue.organisations.append(organisation)
                    }
                }
            default: return false
            }
            return true
        }
        if let (name, location) = format {
            if name != CanonicalFormat.name {
                report(.unsupportedFormat,
                       "\"\(name)\" is not a format this version reads; expected \"\(CanonicalFormat.name)\"",
                       at: location)
            }
        } else {
            // A document with none of a catalogue's entities is most likely another export.
            let isEmpty = catalogue.qualifications.isEmpty && catalogue.units.isEmpty
                && catalogue.learningOutcomes.isEmpty && catalogue.organisations.isEmpty
            let recognised = BundledMapping.recognising(catalogue.extensions.map(\.key))
            report(.missingKey, "the catalogue has no \"format\" key", at: catalogue.location,
                   hint: recognised?.hint ?? (isEmpty
                       ? "if this is a national or other export, read it through a mapping: --mapping FILE.mapping.yaml (Mappings/ has mappings for real exports); if it is a canonical catalogue, add \"format\": \"\(CanonicalFormat.name)\" as the first key"
                       : "add \"format\": \"\(CanonicalFormat.name)\" as the first key"))
        }
        let last = try next()
        if last != .end {
            throw SyntaxError(Diagnostic(.jsonSyntax, "unexpected content after the catalogue", at: here("")))
        }
        return catalogue
    }

    /// Reports a missing `id` on an entity.
    mutating func requireID(_ id: String, of what: String, at location: SourceLocation) {
        if id.isEmpty {
            report(.missingKey, "the \(what) has no \"id\"", at: location,
                   hint: "give every \(what) an id that is unique in the catalogue")
        }
    }

    /// Checks that `event` opens an object; reports and skips it otherwise.
    mutating func expectObject(_ event: TreeEvent, _ what: String, path: some BindingPath) throws(SyntaxError) -> SourceLocation? {
        guard event == .objectStart else {
            try mismatch(event, expected: "\(what) (an object)", path: path)
            return nil
        }
        return here(path)
    }
}

import ECVETModel

extension MappingReader {
    static let organisationsKeys = ["constants", "records"]
    static let identifierKeys = ["scheme", "value"]

    /// Reads `organisations:`: the organisations written out under `constants:` go into
    /// `mapping`; what `records:` says about those the export holds is handed back, to be read as
    /// every entity's section is.
    mutating func organisations(_ node: TreeNode, into mapping: inout Mapping) -> TreeNode? {
        guard case .mapping = node else {
            problem(.mappingValue, "organisations: has constants: (organisations written out) and records: (where the export has them)",
                    node.location)
            return nil
        }
        var records: TreeNode?
        for (key, keyLocation, value) in node.pairs {
            switch key {
            case "constants":
                var ids: Set<String> = []
                for item in list(value) {
                    guard let organisation = writtenOrganisation(item, language: mapping.language) else { continue }
                    // Every catalogue would have the id twice, and fail for it: say so once, here.
                    guard ids.insert(organisation.id).inserted else {
                        problem(.mappingValue, "organisation \(organisation.id) is written out twice", item.location)
                        continue
                    }
                    mapping.organisations.append(organisation)
                }
            case "records":
                records = value
            default:
                unknownKey(key, at: keyLocation, known: Self.organisationsKeys, in: "organisations:")
            }
        }
        return records
    }

    /// An organisation written out as in a canonical catalogue, its fields those of the
    /// organisation's table; texts without a language are in the mapping's `language:`.
    private mutating func writtenOrganisation(_ node: TreeNode, language: String?) -> Organisation? {
        guard case .mapping = node else {
            problem(.mappingValue, "an organisation is written out as its fields: id:, name:, country:…", node.location)
            return nil
        }
        var organisation = Organisation(id: "", location: node.location)
        let fields = FieldLookups.organisation
        for (key, keyLocation, value) in node.pairs {
            guard let index = fields.index(of: key) else {
                unknownKey(key, at: keyLocation, known: fields.keys, in: "an organisation")
                continue
            }
            switch fields.values[index] {
            case .identifier(let property):
                guard let id = scalar(value, key) else { continue }
                property.set(&organisation, id)
                organisation.valueLocations[key] = value.location
            case .text(let property, _):
                property.set(&organisation, scalar(value, key))
            case .code(let property):
                property.set(&organisation, scalar(value, key).map { Code($0, location: value.location) })
            case .localizedText(let property):
                property.set(&organisation, localized(value, key, language: language))
            case .identifiers(let property):
                property.set(&organisation, list(value).compactMap { writtenIdentifier($0) })
            default:
                problem(.mappingValue, "\(key) cannot be written out in a mapping; read it from the export under records:", keyLocation)
            }
        }
        guard !organisation.id.isEmpty else {
            problem(.mappingValue, "an organisation written out needs id:, by which qualifications and defaults name it", node.location)
            return nil
        }
        return organisation
    }

    /// `{scheme: Y-tunnus, value: 2769790-1}`.
    private mutating func writtenIdentifier(_ node: TreeNode) -> Identifier? {
        guard case .mapping = node else {
            problem(.mappingValue, "an identifier is written {scheme: …, value: …}", node.location)
            return nil
        }
        for (key, keyLocation, _) in node.pairs where !Self.identifierKeys.contains(key) {
            unknownKey(key, at: keyLocation, known: Self.identifierKeys, in: "an identifier")
        }
        guard let value = node["value"].flatMap({ scalar($0, "value") }) else {
            problem(.mappingValue, "an identifier needs value:", node.location)
            return nil
        }
        return Identifier(scheme: node["scheme"].flatMap { scalar($0, "scheme") }, value: value)
    }

    private mutating func scalar(_ node: TreeNode, _ key: String) -> String? {
        guard case .scalar = node else {
            problem(.mappingValue, "\(key) is one value here", node.location)
            return nil
        }
        return node.text
    }

    /// `{fi: Opetushallitus, sv: Utbildningsstyrelsen}`, or one text in `language`.
    private mutating func localized(_ node: TreeNode, _ key: String, language: String?) -> LocalizedText {
        var text = LocalizedText()
        switch node {
        case .scalar:
            if let written = node.text { text.entries.append(LocalizedText.Entry(language: language ?? "en", text: written)) }
        case .mapping(let pairs, _):
            for (code, codeLocation, value) in pairs {
                guard Self.isLanguageCode(code) else {
                    problem(.mappingValue, "\(key) is given per language, such as {fi: …, sv: …}; \(code) is no ISO 639-1 code", codeLocation)
                    continue
                }
                guard let written = scalar(value, key) else { continue }
                text.entries.append(LocalizedText.Entry(language: code, text: written,
                                                        line: value.location.line, column: value.location.column))
            }
        case .sequence:
            problem(.mappingValue, "\(key) is a text, or one per language such as {fi: …, sv: …}", node.location)
        }
        return text
    }
}

extension FieldValue {
    /// The value of this field in `entity` as text to compare and show, one entry per language
    /// for localised text (`@fi`) and per part of a structured value (`/criteria/1/text@fi`); nothing for an
    /// absent value or a nested one. Lists are sorted: their order alone is no change.
    func texts(of entity: Entity) -> [(suffix: String, text: String)] {
        func one(_ text: String?) -> [(suffix: String, text: String)] { text.map { [("", $0)] } ?? [] }
        func list(_ items: [String]) -> [(suffix: String, text: String)] { items.isEmpty ? [] : [("", items.sorted().joined(separator: ", "))] }
        switch self {
        case .identifier(let property): return one(property.get(entity))
        case .text(let property, _): return one(property.get(entity))
        case .localizedText(let property): return property.get(entity).entries.map { ("@" + $0.language, $0.text) }
        case .eqfLevel(let property): return one(property.get(entity)?.written)
        case .code(let property): return one(property.get(entity)?.written)
        case .codes(let property): return list(property.get(entity).map(\.written))
        case .reference(let property): return one(property.get(entity)?.id)
        case .references(let property, _): return list(property.get(entity).map(\.id))
        case .identifiers(let property):
            return list(property.get(entity).map { ($0.scheme.map { $0 + ": " } ?? "") + $0.value })
        case .decimal(let property): return one(property.get(entity)?.canonical)
        case .integer(let property): return one(property.get(entity).map(String.init))
        case .flag(let property): return one(property.get(entity).map { $0 ? "true" : "false" })
        case .credits(let property): return one(property.get(entity).map(Self.text))
        case .validity(let property):
            guard let validity = property.get(entity), !validity.isEmpty else { return [] }
            return [("", "\(validity.from ?? "…") – \(validity.until ?? "…")")]
        case .assessment(let property):
            guard let assessment = property.get(entity) else { return [] }
            // Criteria are compared in their order, which is the order of their levels.
            var texts = assessment.procedures.entries.map { ("/procedures@" + $0.language, $0.text) }
            for (index, criterion) in assessment.criteria.enumerated() {
                let prefix = "/criteria/\(index + 1)/"
                if let level = criterion.level { texts.append((prefix + "level", level)) }
                for entry in criterion.title.entries { texts.append((prefix + "title@" + entry.language, entry.text)) }
                for entry in criterion.text.entries { texts.append((prefix + "text@" + entry.language, entry.text)) }
            }
            return texts
        case .category(let property): return one(property.get(entity)?.written)
        case .nested: return []
        }
    }

    /// `60 ECVET`, `1600 hours (ECVET factor 0.0375)`.
    static func text(_ credits: CreditPoints) -> String {
        var text = (credits.amount?.canonical ?? "?") + " " + (credits.system?.name ?? CreditSystem.ecvet.name)
        if let factor = credits.system?.ecvetFactor { text += " (ECVET factor \(factor.canonical))" }
        return text
    }
}

/// The fields of two versions of an entity that differ, from its field table.
enum FieldComparison {
    static func changes<Entity>(_ fields: [Field<Entity>], old: Entity, new: Entity, prefix: String = "") -> [FieldChange] {
        var changes: [FieldChange] = []
        for field in fields where !field.value.isNested {
            let before = field.value.texts(of: old)
            let after = field.value.texts(of: new)
            if before.elementsEqual(after, by: { $0.suffix == $1.suffix && $0.text == $1.text }) { continue }
            // Matched by language (or part), so that languages written in another order are no change.
            var remaining = Dictionary(before.map { ($0.suffix, $0.text) }, uniquingKeysWith: { first, _ in first })
            for (suffix, text) in after {
                let previous = remaining.removeValue(forKey: suffix)
                if previous != text { changes.append(FieldChange(field: prefix + field.key + suffix, old: previous, new: text)) }
            }
            for (suffix, text) in before where remaining[suffix] != nil {
                remaining[suffix] = nil
                changes.append(FieldChange(field: prefix + field.key + suffix, old: text, new: nil))
            }
        }
        return changes
    }

    /// The extension fields (unknown to the model, kept as written) that differ.
    static func extensions(old: [ExtensionField], new: [ExtensionField], prefix: String = "") -> [FieldChange] {
        guard old != new else { return [] }
        let before = Dictionary(old.map { ($0.key, $0.value.text) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.key, $0.value.text) }, uniquingKeysWith: { first, _ in first })
        var changes: [FieldChange] = []
        for field in new where before[field.key] != after[field.key] {
            changes.append(FieldChange(field: prefix + field.key, old: before[field.key], new: after[field.key]))
        }
        for field in old where after[field.key] == nil {
            changes.append(FieldChange(field: prefix + field.key, old: before[field.key], new: nil))
        }
        return changes
    }
}

extension ExtensionValue {
    /// The value as text, JSON-like: `[a, b]`, `{key: value}`.
    var text: String {
        switch self {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .list(let items): "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .object(let fields): "{" + fields.map { $0.key + ": " + $0.value.text }.joined(separator: ", ") + "}"
        }
    }
}

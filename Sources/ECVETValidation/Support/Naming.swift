import ECVETModel

/// How findings name the entities they are about: the id and the first title.
enum Naming {
    static func name(_ id: String, _ title: LocalizedText) -> String {
        guard let text = title.text(), !text.isEmpty else { return "\"\(id)\"" }
        return "\"\(id) \(text)\""
    }

    static func unit(_ unit: ECVETModel.Unit) -> String { "Unit " + name(unit.id, unit.title) }
    static func qualification(_ qualification: Qualification) -> String {
        "Qualification " + name(qualification.id, qualification.title)
    }
}

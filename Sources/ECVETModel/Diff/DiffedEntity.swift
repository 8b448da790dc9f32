/// An entity two versions of a catalogue are compared by: matched by id, or when its id changed,
/// by the keys that still say it is the same one (its URI, its code).
protocol DiffedEntity: Hashable {
    static var diffKind: EntityChange.Entity { get }
    static var fields: [Field<Self>] { get }
    var id: String { get set }
    /// Keys that name the entity whatever its id (`uri …`, `code …`), strongest first.
    var matchingKeys: [String] { get }
    /// What people know it by: its title or statement in its first language.
    var displayTitle: String? { get }
    var location: SourceLocation { get }
    var extensions: [ExtensionField] { get }
    /// Changes of what the field table leaves to the entity's own code (nested fields).
    func nestedChanges(from old: Self) -> [FieldChange]
}

extension DiffedEntity {
    /// Every field that differs from `old`: the table's, the nested ones, the extensions.
    func changes(from old: Self) -> [FieldChange] {
        FieldComparison.changes(Self.fields, old: old, new: self).filter { $0.field != "id" }
            + nestedChanges(from: old) + FieldComparison.extensions(old: old.extensions, new: extensions)
    }

    /// The entity with another id, to tell whether two entities differ only by it.
    func withID(_ id: String) -> Self {
        var copy = self
        copy.id = id
        return copy
    }
}

extension Qualification: DiffedEntity {
    static var diffKind: EntityChange.Entity { .qualification }
    var matchingKeys: [String] { [uri.map { "uri " + $0 }, code.map { "code " + $0 }].compactMap { $0 } }
    var displayTitle: String? { title.text() }

    func nestedChanges(from old: Qualification) -> [FieldChange] {
        var changes: [FieldChange] = []
        let levels = { (qualification: Qualification) in
            qualification.nqfLevels.map { [$0.framework, $0.level, $0.uri].compactMap { $0 }.joined(separator: " ") }.joined(separator: ", ")
        }
        if old.nqfLevels != nqfLevels {
            changes.append(FieldChange(field: "nqf", old: old.nqfLevels.isEmpty ? nil : levels(old), new: nqfLevels.isEmpty ? nil : levels(self)))
        }
        if old.structure != structure {
            changes += StructureComparison(old: old.structure, new: structure).changes
        }
        return changes
    }
}

extension Unit: DiffedEntity {
    static var diffKind: EntityChange.Entity { .unit }
    var matchingKeys: [String] { [uri.map { "uri " + $0 }, code.map { "code " + $0 }].compactMap { $0 } }
    var displayTitle: String? { title.text() }

    func nestedChanges(from old: Unit) -> [FieldChange] {
        guard old.parts != parts else { return [] }
        var changes: [FieldChange] = []
        let before = Dictionary(old.parts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Set(parts.map(\.id))
        for part in parts {
            guard let previous = before[part.id] else {
                changes.append(FieldChange(field: "parts/" + part.id, old: nil, new: part.title.text() ?? part.id))
                continue
            }
            if previous != part {
                changes += FieldComparison.changes(UnitPart.fields, old: previous, new: part, prefix: "parts/\(part.id)/")
                    + FieldComparison.extensions(old: previous.extensions, new: part.extensions, prefix: "parts/\(part.id)/")
            }
        }
        for part in old.parts where !ids.contains(part.id) {
            changes.append(FieldChange(field: "parts/" + part.id, old: part.title.text() ?? part.id, new: nil))
        }
        return changes
    }
}

extension LearningOutcome: DiffedEntity {
    static var diffKind: EntityChange.Entity { .learningOutcome }
    var matchingKeys: [String] { [] }
    var displayTitle: String? { text.text() }

    func nestedChanges(from old: LearningOutcome) -> [FieldChange] {
        guard old.assessmentCriteria != assessmentCriteria else { return [] }
        var changes: [FieldChange] = []
        for index in 0..<max(old.assessmentCriteria.count, assessmentCriteria.count) {
            let prefix = "assessmentCriteria/\(index + 1)/"
            switch (index < old.assessmentCriteria.count ? old.assessmentCriteria[index] : nil,
                    index < assessmentCriteria.count ? assessmentCriteria[index] : nil) {
            case let (before?, after?) where before != after:
                changes += FieldComparison.changes(AssessmentCriterion.fields, old: before, new: after, prefix: prefix)
            case let (nil, after?):
                changes.append(FieldChange(field: "assessmentCriteria/\(index + 1)", old: nil, new: after.text.text() ?? after.title.text() ?? ""))
            case let (before?, nil):
                changes.append(FieldChange(field: "assessmentCriteria/\(index + 1)", old: before.text.text() ?? before.title.text() ?? "", new: nil))
            default: break
            }
        }
        return changes
    }
}

extension Organisation: DiffedEntity {
    static var diffKind: EntityChange.Entity { .organisation }
    var matchingKeys: [String] { identifiers.map { "identifier " + ($0.scheme ?? "") + " " + $0.value } }
    var displayTitle: String? { name.text() }
    func nestedChanges(from old: Organisation) -> [FieldChange] { [] }
}

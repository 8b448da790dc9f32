import ECVETModel
import ECVETBytes
import ECVETSyntax

/// Walks a catalogue once, in the key order of the canonical format, and drives a tree writer.
/// Absent values are left out; unknown fields come back after the known ones.
package struct CanonicalEmitter<Writer: TreeWriter> {
    var writer: Writer

    package init(writer: Writer) {
        self.writer = writer
    }

    /// Writes the whole catalogue and flushes.
    package mutating func emit(_ catalogue: Catalogue) throws(OutputError) {
        writer.beginObject()
        field("format", CanonicalFormat.name)
        fields(of: catalogue, Catalogue.fields) { emitter, key in
            switch key {
            case "qualifications": emitter.list(key, catalogue.qualifications) { $0.emit($1) }
            case "units": emitter.list(key, catalogue.units) { $0.emit($1) }
            case "learningOutcomes": emitter.list(key, catalogue.learningOutcomes) { $0.emit($1) }
            default: emitter.list(key, catalogue.organisations) { $0.emit($1) }
            }
        }
        extensions(catalogue.extensions)
        writer.endObject()
        try writer.finish()
    }

    mutating func emit(_ qualification: Qualification) {
        writer.beginObject()
        fields(of: qualification, Qualification.fields) { emitter, key in
            if key == "nqf" {
                emitter.list(key, qualification.nqfLevels) { emitter, level in
                    emitter.writer.beginObject()
                    emitter.fields(of: level, NQFLevel.fields)
                    emitter.writer.endObject()
                }
            } else if let structure = qualification.structure {
                emitter.writer.key(key)
                emitter.emit(structure)
            }
        }
        extensions(qualification.extensions)
        writer.endObject()
    }

    mutating func emit(_ group: UnitGroup) {
        writer.beginObject()
        fields(of: group, UnitGroup.fields) { emitter, key in
            emitter.list(key, group.members) { emitter, member in
                emitter.emit(member)
            }
        }
        extensions(group.extensions)
        writer.endObject()
    }

    mutating func emit(_ member: GroupMember) {
        writer.beginObject()
        switch member {
        case .unit(let link):
            field("unit", link.unit.id)
            field("points", link.points?.canonical)
            flag("mandatory", link.isMandatory)
            extensions(link.extensions)
        case .group(let nested):
            writer.key("group")
            emit(nested)
        }
        writer.endObject()
    }

    mutating func emit(_ unit: Unit) {
        writer.beginObject()
        fields(of: unit, Unit.fields) { emitter, key in
            emitter.list(key, unit.parts) { emitter, part in
                emitter.writer.beginObject()
                emitter.fields(of: part, UnitPart.fields)
                emitter.extensions(part.extensions)
                emitter.writer.endObject()
            }
        }
        extensions(unit.extensions)
        writer.endObject()
    }

    mutating func emit(_ outcome: LearningOutcome) {
        writer.beginObject()
        fields(of: outcome, LearningOutcome.fields) { emitter, key in
            emitter.criteria(key, outcome.assessmentCriteria)
        }
        extensions(outcome.extensions)
        writer.endObject()
    }

    mutating func emit(_ organisation: Organisation) {
        writer.beginObject()
        fields(of: organisation, Organisation.fields) { emitter, key in
            emitter.identifiers(key, organisation.identifiers)
        }
        extensions(organisation.extensions)
        writer.endObject()
    }

    mutating func identifiers(_ key: String, _ identifiers: [Identifier]) {
        list(key, identifiers) { emitter, identifier in
            emitter.writer.beginObject()
            emitter.field("scheme", identifier.scheme)
            emitter.field("value", identifier.value)
            emitter.writer.endObject()
        }
    }

    // MARK: - Fields

    /// Writes the fields of `entity` in its table's order, each as its kind is written;
    /// `nested` writes the nested fields, given their keys.
    mutating func fields<Entity>(of entity: Entity, _ fields: [Field<Entity>],
                                 nested: (inout Self, String) -> Void = { _, _ in }) {
        for field in fields {
            let key = field.key
            switch field.value {
            case .identifier(let property): self.field(key, property.get(entity))
            case .text(let property, _): self.field(key, property.get(entity))
            case .localizedText(let property): text(key, property.get(entity))
            case .eqfLevel(let property): level(key, property.get(entity))
            case .code(let property): self.field(key, property.get(entity)?.written)
            case .codes(let property): codes(key, property.get(entity).map(\.written))
            case .reference(let property): self.field(key, property.get(entity)?.id)
            case .references(let property, let inline):
                let ids = property.get(entity).map(\.id)
                if inline { codes(key, ids) } else { strings(key, ids) }
            case .decimal(let property): self.field(key, property.get(entity)?.canonical)
            case .integer(let property): integer(key, property.get(entity))
            case .flag(let property): flag(key, property.get(entity))
            case .credits(let property): credits(key, property.get(entity))
            case .validity(let property): validity(key, property.get(entity))
            case .assessment(let property): assessment(key, property.get(entity))
            case .category(let property): self.field(key, property.get(entity)?.written)
            case .nested: nested(&self, key)
            }
        }
    }

    mutating func field(_ key: String, _ value: String?) {
        guard let value else { return }
        writer.key(key)
        writer.string(value)
    }

    mutating func flag(_ key: String, _ value: Bool?) {
        guard let value else { return }
        writer.key(key)
        writer.bool(value)
    }

    mutating func integer(_ key: String, _ value: Int?) {
        guard let value else { return }
        writer.key(key)
        writer.number(String(value))
    }

    mutating func level(_ key: String, _ level: EQFLevel?) {
        guard let level else { return }
        writer.key(key)
        if let value = level.value { writer.number(String(value)) } else { writer.string(level.written) }
    }

    mutating func text(_ key: String, _ text: LocalizedText) {
        guard !text.isEmpty else { return }
        writer.key(key)
        writer.beginObject()
        for entry in text.entries {
            writer.key(entry.language)
            writer.string(entry.text)
        }
        writer.endObject()
    }

    /// Short code lists on one line.
    mutating func codes(_ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        writer.key(key)
        writer.inlineStrings(values)
    }

    /// Lists of long strings (URIs), one per line.
    mutating func strings(_ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        writer.key(key)
        writer.beginArray()
        for value in values { writer.string(value) }
        writer.endArray()
    }

    mutating func list<Item>(_ key: String, _ items: [Item], _ body: (inout Self, Item) -> Void) {
        guard !items.isEmpty else { return }
        writer.key(key)
        writer.beginArray()
        for item in items { body(&self, item) }
        writer.endArray()
    }

    mutating func credits(_ key: String, _ credits: CreditPoints?) {
        guard let credits else { return }
        writer.key(key)
        writer.beginObject()
        field("points", credits.amount.canonical)
        if let system = credits.system {
            if !system.name.isEmpty { field("system", system.name) }
            field("ecvetFactor", system.ecvetFactor?.canonical)
        }
        writer.endObject()
    }

    mutating func validity(_ key: String, _ validity: ValidityPeriod?) {
        guard let validity, !validity.isEmpty else { return }
        writer.key(key)
        writer.beginObject()
        field("from", validity.from)
        field("until", validity.until)
        writer.endObject()
    }

    mutating func assessment(_ key: String, _ assessment: Assessment?) {
        guard let assessment else { return }
        writer.key(key)
        writer.beginObject()
        text("procedures", assessment.procedures)
        criteria("criteria", assessment.criteria)
        extensions(assessment.extensions)
        writer.endObject()
    }

    mutating func criteria(_ key: String, _ criteria: [AssessmentCriterion]) {
        list(key, criteria) { emitter, criterion in
            emitter.writer.beginObject()
            emitter.field("level", criterion.level)
            emitter.text("title", criterion.title)
            emitter.text("text", criterion.text)
            emitter.extensions(criterion.extensions)
            emitter.writer.endObject()
        }
    }

    mutating func extensions(_ fields: [ExtensionField]) {
        for field in fields {
            writer.key(field.key)
            value(field.value)
        }
    }

    mutating func value(_ value: ExtensionValue) {
        switch value {
        case .string(let text): writer.string(text)
        case .number(let text): writer.number(text)
        case .bool(let flag): writer.bool(flag)
        case .null: writer.null()
        case .list(let items):
            writer.beginArray()
            for item in items { self.value(item) }
            writer.endArray()
        case .object(let fields):
            writer.beginObject()
            extensions(fields)
            writer.endObject()
        }
    }
}

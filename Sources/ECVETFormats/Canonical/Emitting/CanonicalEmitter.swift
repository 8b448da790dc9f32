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
        emitFields(of: catalogue, Catalogue.fields) { emitter, key in
            switch key {
            case "qualifications": emitter.list(key, catalogue.qualifications) { $0.emit($1) }
            case "units": emitter.list(key, catalogue.units) { $0.emit($1) }
            case "learningOutcomes": emitter.list(key, catalogue.learningOutcomes) { $0.emit($1) }
            case "organisations": emitter.list(key, catalogue.organisations) { $0.emit($1) }
            default: break
            }
        }
        extensions(catalogue.extensions)
        writer.endObject()
        try writer.finish()
    }

    mutating func emit(_ qualification: Qualification) {
        writer.beginObject()
        emitFields(of: qualification, Qualification.fields) { emitter, key in
            switch key {
            case "nqf":
                emitter.list(key, qualification.nqfLevels) { emitter, level in
                    emitter.writer.beginObject()
                    emitter.emitFields(of: level, NQFLevel.fields)
                    emitter.writer.endObject()
                }
            case "structure":
                guard let structure = qualification.structure else { return }
                emitter.writer.key(key)
                emitter.emit(structure)
            default: break
            }
        }
        extensions(qualification.extensions)
        writer.endObject()
    }

    mutating func emit(_ group: UnitGroup) {
        writer.beginObject()
        emitFields(of: group, UnitGroup.fields) { emitter, key in
            emitter.list(key, group.members) { emitter, member in emitter.emit(member) }
        }
        extensions(group.extensions)
        writer.endObject()
    }

    mutating func emit(_ member: GroupMember) {
        writer.beginObject()
        switch member {
        case .unit(let link):
            emitFields(of: link, UnitLink.fields)
            extensions(link.extensions)
        case .group(let nested):
            writer.key("group")
            emit(nested)
        }
        writer.endObject()
    }

    mutating func emit(_ unit: Unit) {
        writer.beginObject()
        emitFields(of: unit, Unit.fields) { emitter, key in
            emitter.list(key, unit.parts) { emitter, part in
                emitter.writer.beginObject()
                emitter.emitFields(of: part, UnitPart.fields)
                emitter.extensions(part.extensions)
                emitter.writer.endObject()
            }
        }
        extensions(unit.extensions)
        writer.endObject()
    }

    mutating func emit(_ outcome: LearningOutcome) {
        writer.beginObject()
        emitFields(of: outcome, LearningOutcome.fields) { emitter, key in
            emitter.criteria(key, outcome.assessmentCriteria)
        }
        extensions(outcome.extensions)
        writer.endObject()
    }

    mutating func emit(_ organisation: Organisation) {
        writer.beginObject()
        emitFields(of: organisation, Organisation.fields)
        extensions(organisation.extensions)
        writer.endObject()
    }

    // MARK: - Fields

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
        if let amount = credits.amount { field("points", amount.canonical) }
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
            emitter.emitFields(of: criterion, AssessmentCriterion.fields)
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

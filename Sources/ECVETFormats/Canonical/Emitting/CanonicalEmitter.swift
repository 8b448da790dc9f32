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
        field("id", catalogue.id)
        text("title", catalogue.title)
        text("description", catalogue.description)
        field("publisher", catalogue.publisher?.id)
        field("country", catalogue.country?.written)
        field("version", catalogue.version)
        field("issued", catalogue.issued)
        field("defaultLanguage", catalogue.defaultLanguage?.written)
        list("qualifications", catalogue.qualifications) { $0.emit($1) }
        list("units", catalogue.units) { $0.emit($1) }
        list("learningOutcomes", catalogue.learningOutcomes) { $0.emit($1) }
        list("organisations", catalogue.organisations) { $0.emit($1) }
        extensions(catalogue.extensions)
        writer.endObject()
        try writer.finish()
    }

    mutating func emit(_ qualification: Qualification) {
        writer.beginObject()
        field("id", qualification.id)
        field("code", qualification.code)
        field("uri", qualification.uri)
        text("title", qualification.title)
        text("description", qualification.description)
        level("eqfLevel", qualification.eqfLevel)
        list("nqf", qualification.nqfLevels) { emitter, level in
            emitter.writer.beginObject()
            emitter.field("framework", level.framework)
            emitter.field("level", level.level)
            emitter.field("uri", level.uri)
            emitter.writer.endObject()
        }
        codes("iscedF", qualification.iscedF.map(\.written))
        codes("languages", qualification.languages.map(\.written))
        credits("credits", qualification.credits)
        field("volumeOfLearning", qualification.volumeOfLearning)
        field("learningHours", qualification.learningHours?.canonical)
        field("awardingBody", qualification.awardingBody?.id)
        field("country", qualification.country?.written)
        validity(qualification.validity)
        text("entryRequirements", qualification.entryRequirements)
        text("learningOutcomeSummary", qualification.learningOutcomeSummary)
        flag("partial", qualification.isPartial)
        field("homepage", qualification.homepage)
        if let structure = qualification.structure {
            writer.key("structure")
            emit(structure)
        }
        extensions(qualification.extensions)
        writer.endObject()
    }

    mutating func emit(_ group: UnitGroup) {
        writer.beginObject()
        field("id", group.id)
        text("title", group.title)
        text("description", group.description)
        flag("mandatory", group.isMandatory)
        field("minPoints", group.minPoints?.canonical)
        field("maxPoints", group.maxPoints?.canonical)
        integer("minUnits", group.minUnits)
        integer("maxUnits", group.maxUnits)
        list("members", group.members) { emitter, member in
            emitter.emit(member)
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
        field("id", unit.id)
        field("code", unit.code)
        field("uri", unit.uri)
        text("title", unit.title)
        text("description", unit.description)
        level("eqfLevel", unit.eqfLevel)
        credits("credits", unit.credits)
        codes("learningOutcomes", unit.learningOutcomes.map(\.id))
        assessment(unit.assessment)
        validity(unit.validity)
        codes("iscedF", unit.iscedF.map(\.written))
        codes("languages", unit.languages.map(\.written))
        strings("escoSkills", unit.escoSkills.map(\.id))
        list("parts", unit.parts) { emitter, part in
            emitter.writer.beginObject()
            emitter.field("id", part.id)
            emitter.field("code", part.code)
            emitter.text("title", part.title)
            emitter.text("description", part.description)
            emitter.credits("credits", part.credits)
            emitter.flag("mandatory", part.isMandatory)
            emitter.codes("learningOutcomes", part.learningOutcomes.map(\.id))
            emitter.assessment(part.assessment)
            emitter.extensions(part.extensions)
            emitter.writer.endObject()
        }
        extensions(unit.extensions)
        writer.endObject()
    }

    mutating func emit(_ outcome: LearningOutcome) {
        writer.beginObject()
        field("id", outcome.id)
        field("category", outcome.category?.written)
        text("text", outcome.text)
        strings("escoSkills", outcome.escoSkills.map(\.id))
        criteria("assessmentCriteria", outcome.assessmentCriteria)
        extensions(outcome.extensions)
        writer.endObject()
    }

    mutating func emit(_ organisation: Organisation) {
        writer.beginObject()
        field("id", organisation.id)
        text("name", organisation.name)
        field("country", organisation.country?.written)
        text("address", organisation.address)
        field("homepage", organisation.homepage)
        field("email", organisation.email)
        list("identifiers", organisation.identifiers) { emitter, identifier in
            emitter.writer.beginObject()
            emitter.field("scheme", identifier.scheme)
            emitter.field("value", identifier.value)
            emitter.writer.endObject()
        }
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

    mutating func validity(_ validity: ValidityPeriod?) {
        guard let validity, !validity.isEmpty else { return }
        writer.key("validity")
        writer.beginObject()
        field("from", validity.from)
        field("until", validity.until)
        writer.endObject()
    }

    mutating func assessment(_ assessment: Assessment?) {
        guard let assessment else { return }
        writer.key("assessment")
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

import ECVETModel

/// The keys of the canonical format, per kind of object, in the order writers emit them: the
/// entities' field tables, and the few objects that are parts of a field's value.
enum CanonicalKeys {
    static let catalogue = ["format"] + Catalogue.fields.map(\.key)
    static let qualification = Qualification.fields.map(\.key)
    static let nqf = NQFLevel.fields.map(\.key)
    static let group = UnitGroup.fields.map(\.key)
    /// A member is a unit link or a nested group.
    static let member = UnitLink.fields.map(\.key) + ["group"]
    static let unit = Unit.fields.map(\.key)
    static let part = UnitPart.fields.map(\.key)
    static let assessment = ["procedures", "criteria"]
    static let criterion = AssessmentCriterion.fields.map(\.key)
    static let learningOutcome = LearningOutcome.fields.map(\.key)
    static let organisation = Organisation.fields.map(\.key)
    static let identifier = ["scheme", "value"]
}

extension UnitGroup {
    /// A group's fields, in the order of the canonical formats.
    public static let fields: [Field<UnitGroup>] = [
        Field("id", .text(\.id, noun: "an id"), xml: .attribute("id")),
        Field("title", .localizedText(\.title)),
        Field("description", .localizedText(\.description)),
        Field("mandatory", .flag(\.isMandatory), xml: .attribute("mandatory")),
        Field("minPoints", .decimal(\.minPoints), xml: .attribute("minPoints")),
        Field("maxPoints", .decimal(\.maxPoints), xml: .attribute("maxPoints")),
        Field("minUnits", .integer(\.minUnits), xml: .attribute("minUnits")),
        Field("maxUnits", .integer(\.maxUnits), xml: .attribute("maxUnits")),
        Field("members", .nested()),
    ]
}

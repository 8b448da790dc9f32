extension UnitGroup {
    /// A group's fields, in the order of the canonical formats.
    public static let fields: [Field<UnitGroup>] = [
        Field("id", .text(Property({ $0.id }, { $0.id = $1 }), noun: "an id"), xml: .attribute("id")),
        Field("title", .localizedText(Property({ $0.title }, { $0.title = $1 }))),
        Field("description", .localizedText(Property({ $0.description }, { $0.description = $1 }))),
        Field("mandatory", .flag(Property({ $0.isMandatory }, { $0.isMandatory = $1 })), xml: .attribute("mandatory")),
        Field("minPoints", .decimal(Property({ $0.minPoints }, { $0.minPoints = $1 })), xml: .attribute("minPoints")),
        Field("maxPoints", .decimal(Property({ $0.maxPoints }, { $0.maxPoints = $1 })), xml: .attribute("maxPoints")),
        Field("minUnits", .integer(Property({ $0.minUnits }, { $0.minUnits = $1 })), xml: .attribute("minUnits")),
        Field("maxUnits", .integer(Property({ $0.maxUnits }, { $0.maxUnits = $1 })), xml: .attribute("maxUnits")),
        Field("members", .nested()),
    ]
}

extension UnitLink {
    /// A unit link's fields (a member `{"unit": "U-1", "points": "15", "mandatory": true}`), in
    /// the order of the canonical formats.
    public static let fields: [Field<UnitLink>] = [
        Field("unit", .reference(Property({ $0.unit }, { $0.unit = $1 ?? Reference("") })), xml: .attribute("ref")),
        Field("points", .decimal(Property({ $0.points }, { $0.points = $1 })), xml: .attribute("points")),
        Field("mandatory", .flag(Property({ $0.isMandatory }, { $0.isMandatory = $1 })), xml: .attribute("mandatory")),
    ]
}

/// A group of units in a qualification's structure, with the rule for choosing its members.
///
/// A group with a rule and no members is *open*: its units are defined elsewhere (another
/// qualification, a local offer).
public struct UnitGroup: Sendable, Hashable {
    /// The group's identifier, when it has one.
    public var id: String?
    /// The group's name, in each language.
    public var title: LocalizedText
    /// A description of the group, in each language.
    public var description: LocalizedText
    /// Every member is required.
    public var isMandatory: Bool?
    /// The fewest points the chosen members must be worth, as written.
    public var minPoints: DecimalText?
    /// The most points the chosen members may be worth, as written.
    public var maxPoints: DecimalText?
    /// The fewest members to choose; a nested group counts as one.
    public var minUnits: Int?
    /// The most members to choose; a nested group counts as one.
    public var maxUnits: Int?
    /// The units and nested groups, in order; empty for an open group.
    public var members: [GroupMember]
    /// Fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the group was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation
    /// Where the values rules judge were read (`minPoints`, `points`…); not in equality.
    public var valueLocations = ValueLocations()

    /// A group; what is not given is absent or empty.
    public init(
        id: String? = nil,
        title: LocalizedText = LocalizedText(),
        description: LocalizedText = LocalizedText(),
        isMandatory: Bool? = nil,
        minPoints: DecimalText? = nil,
        maxPoints: DecimalText? = nil,
        minUnits: Int? = nil,
        maxUnits: Int? = nil,
        members: [GroupMember] = [],
        extensions: [ExtensionField] = [],
        location: SourceLocation = .none
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.isMandatory = isMandatory
        self.minPoints = minPoints
        self.maxPoints = maxPoints
        self.minUnits = minUnits
        self.maxUnits = maxUnits
        self.members = members
        self.extensions = extensions
        self.location = location
    }

    /// A group with no members: its units are defined elsewhere.
    public var isOpen: Bool { members.isEmpty }

    /// Every unit link in this group and the groups inside it, depth first.
    public var allUnitLinks: [UnitLink] {
        var links: [UnitLink] = []
        collectUnitLinks(into: &links)
        return links
    }

    private func collectUnitLinks(into links: inout [UnitLink]) {
        for member in members {
            switch member {
            case .unit(let link): links.append(link)
            case .group(let group): group.collectUnitLinks(into: &links)
            }
        }
    }
}

/// A member of a group: a unit, or a nested group.
public enum GroupMember: Sendable, Hashable {
    /// A unit, by its link with the points it carries here.
    case unit(UnitLink)
    /// A nested group, with its own rule.
    case group(UnitGroup)
}

/// A unit as a member of a qualification, with the points it carries there: the same unit may
/// weigh differently in different qualifications.
public struct UnitLink: Sendable, Hashable {
    /// The unit, by id.
    public var unit: Reference
    /// The unit's points in this qualification, as written; when given, they count instead of
    /// the unit's own credits.
    public var points: DecimalText?
    /// `true` when the unit is required in this qualification; `nil` when not said.
    public var isMandatory: Bool?
    /// Fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the link was read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation
    /// Where the values rules judge were read (`minPoints`, `points`…); not in equality.
    public var valueLocations = ValueLocations()

    /// A link to `unit`, with its points here when they differ from the unit's own.
    public init(unit: Reference, points: DecimalText? = nil, isMandatory: Bool? = nil,
                extensions: [ExtensionField] = [], location: SourceLocation = .none) {
        self.unit = unit
        self.points = points
        self.isMandatory = isMandatory
        self.extensions = extensions
        self.location = location
    }
}

/// A group of units in a qualification's structure, with the rule for choosing its members.
///
/// A group with a rule and no members is *open*: its units are defined elsewhere (another
/// qualification, a local offer).
public struct UnitGroup: Sendable, Hashable {
    public var id: String?
    public var title: LocalizedText
    public var description: LocalizedText
    /// Every member is required.
    public var isMandatory: Bool?
    public var minPoints: DecimalText?
    public var maxPoints: DecimalText?
    public var minUnits: Int?
    public var maxUnits: Int?
    public var members: [GroupMember]
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

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
    case unit(UnitLink)
    case group(UnitGroup)
}

/// A unit as a member of a qualification, with the points it carries there: the same unit may
/// weigh differently in different qualifications.
public struct UnitLink: Sendable, Hashable {
    public var unit: Reference
    public var points: DecimalText?
    public var isMandatory: Bool?
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

    public init(unit: Reference, points: DecimalText? = nil, isMandatory: Bool? = nil,
                extensions: [ExtensionField] = [], location: SourceLocation = .none) {
        self.unit = unit
        self.points = points
        self.isMandatory = isMandatory
        self.extensions = extensions
        self.location = location
    }
}

import ECVETModel
import Foundation

/// The exact arithmetic of V12 for one qualification: which totals each group of its structure
/// can give, and whether its own total is one of them.
///
/// A group gives the sum of the members chosen from it:
/// - a group marked mandatory, or with no rule, takes every member;
/// - a choice group (min..max points and/or units) takes its links marked mandatory and any
///   other members, as long as the count and the sum
///   fall inside its rule; a nested group counts as one member and gives one of its own totals;
/// - an open group (no members) gives any total inside its own min..max points;
/// - a unit gives the points of its link, else its own; a unit without valid points gives any
///   total (V07 and V10 report those).
///
/// A group that fails because a member failed is not reported again: the member was.
struct StructureTotals {
    /// What is wrong with a structure.
    enum Problem {
        /// The group's own rule contradicts itself or its members (`min > max`, too few members,
        /// more mandatory members than allowed); `reason` says how.
        case groupRule(UnitGroup, reason: String)
        /// No choice of members gives a total inside the group's points range.
        case groupPoints(UnitGroup, wanted: PointRange, nearest: NearestTotals)
        /// The mandatory units alone are worth more than the qualification's total.
        case mandatoryOverTotal(Decimal)
        /// The structure cannot give the qualification's total.
        case totalUnreachable(NearestTotals)
        /// The structure is too large to check exactly (`reason`).
        case tooLarge(reason: String)
    }

    /// A group's range of points.
    struct PointRange {
        var low: Decimal?
        var high: Decimal?
    }

    /// The reachable totals nearest to a range: the largest below it and the smallest above
    /// it (`orMore` when that is the largest total told apart), and whether only one total is
    /// reachable at all.
    struct NearestTotals {
        var below: Decimal?
        var above: Decimal?
        var orMore = false
        var onlyOne = false
    }

    /// A group's totals, or `failed` when no choice meets its rule.
    private struct GroupTotals {
        var totals: ReachableTotals
        var failed: Bool
    }

    /// The points of a unit link, `nil` when unknown (missing, not a number or negative).
    let points: (UnitLink) -> Decimal?
    /// Work allowed for one qualification, in 64-bit word operations.
    var budget = 40_000_000

    init(points: @escaping (UnitLink) -> Decimal?) {
        self.points = points
    }

    /// Checks `structure` against `total` (valid and non-negative, or `nil`).
    func check(_ structure: UnitGroup, total: Decimal?) -> [Problem] {
        var survey = Survey(bounds: total.map { [$0] } ?? [])
        survey.visit(structure, points: points)
        guard let steps = PointSteps(memberPoints: survey.members, bounds: survey.bounds, continuous: survey.continuous) else {
            return [.tooLarge(reason: "its points have more than six decimals or exceed a billion")]
        }
        let highestBound = survey.bounds.map { steps.steps(atLeast: $0) }.max() ?? 0
        let everyMember = survey.members.reduce(0) { $0 + steps.steps($1) }
        // Above every bound, totals only matter to say which is nearest: up to twice the bound.
        let cap = max(highestBound + 1, min(everyMember, 2 * highestBound + 2)) + 1
        let work = (cap / 64 + 1) * survey.memberCount * survey.layers
        guard work <= budget else {
            return [.tooLarge(reason: "\(survey.memberCount) members whose totals reach \(steps.points(cap)) points")]
        }
        var counting = Counting(points: points, steps: steps, cap: cap)
        let mandatory = mandatorySum(structure)
        if let total, mandatory > total { counting.problems.append(.mandatoryOverTotal(mandatory)) }
        let root = counting.totals(of: structure)
        if let total, !root.failed, mandatory <= total {
            let whole = steps.isWhole(total)
            let target = steps.steps(atMost: total)
            if !whole || !root.totals.contains(target) {
                let nearest = counting.nearest(in: root.totals, below: whole ? target - 1 : target,
                                               above: whole ? target + 1 : steps.steps(atLeast: total))
                counting.problems.append(.totalUnreachable(nearest))
            }
        }
        return counting.problems
    }

    /// What the arithmetic needs to know of a structure before counting: the points it compares
    /// (members' and bounds'), whether a member gives a range, and how large the work is.
    private struct Survey {
        var members: [Decimal] = []
        var bounds: [Decimal]
        var continuous = false
        var memberCount = 0
        var layers = 1

        mutating func visit(_ group: UnitGroup, points: (UnitLink) -> Decimal?) {
            for bound in [group.minPoints, group.maxPoints] {
                if let value = StructureTotals.valid(bound) { bounds.append(value) }
            }
            if group.isOpen { continuous = true }
            layers = max(layers, (group.maxUnits ?? group.minUnits ?? 0) + 1)
            for member in group.members {
                memberCount += 1
                switch member {
                case .unit(let link):
                    if let value = points(link) { members.append(value) } else { continuous = true }
                case .group(let nested):
                    visit(nested, points: points)
                }
            }
        }
    }

    /// The points of the units every learner takes: in each group every learner takes (the top
    /// one, and the members of a group that takes every member), the links marked mandatory and,
    /// when the group takes every member, all its links.
    private func mandatorySum(_ group: UnitGroup) -> Decimal {
        let takesAll = Self.takesEveryMember(group)
        var sum: Decimal = 0
        for member in group.members {
            switch member {
            case .unit(let link):
                if takesAll || link.isMandatory == true { sum += points(link) ?? 0 }
            case .group(let nested):
                if takesAll { sum += mandatorySum(nested) }
            }
        }
        return sum
    }

    // MARK: - Totals

    /// The totals of groups, in whole steps up to `cap`, and the problems found on the way.
    private struct Counting {
        let points: (UnitLink) -> Decimal?
        let steps: PointSteps
        let cap: Int
        var problems: [Problem] = []

        mutating func totals(of group: UnitGroup) -> GroupTotals {
            // Members first, so that a group inside one whose rule is wrong is still checked.
            var given: [ReachableTotals] = []
            var memberFailed = false
            for member in group.members {
                switch member {
                case .unit(let link):
                    given.append(points(link).map { ReachableTotals(steps.steps($0), cap: cap) }
                        ?? ReachableTotals(from: 0, to: nil, cap: cap))
                case .group(let nested):
                    let nestedTotals = totals(of: nested)
                    memberFailed = memberFailed || nestedTotals.failed
                    given.append(nestedTotals.totals)
                }
            }
            let minPoints = StructureTotals.valid(group.minPoints), maxPoints = StructureTotals.valid(group.maxPoints)
            if let minPoints, let maxPoints, minPoints > maxPoints {
                return fail(group, "it asks for at least \(DecimalText(minPoints).canonical) and at most \(DecimalText(maxPoints).canonical) points")
            }
            let low = minPoints.map { steps.steps(atLeast: $0) } ?? 0
            let high = maxPoints.map { steps.steps(atMost: $0) }
            if group.isOpen {
                return GroupTotals(totals: ReachableTotals(from: low, to: high, cap: cap), failed: false)
            }
            let takesAll = StructureTotals.takesEveryMember(group)
            let count = group.members.count
            let minUnits = max(group.minUnits ?? 0, 0), maxUnits = group.maxUnits.map { max($0, 0) }
            if let maxUnits, minUnits > maxUnits {
                return fail(group, "it asks for at least \(minUnits) and at most \(maxUnits) members")
            }
            if minUnits > count {
                return fail(group, "it asks for at least \(minUnits) members but has \(count)")
            }
            let forced = group.members.map { takesAll || StructureTotals.isMandatory($0) }
            let forcedCount = forced.filter { $0 }.count
            if let maxUnits, forcedCount > maxUnits {
                return fail(group, "\(forcedCount) of its members are mandatory, but it allows at most \(maxUnits)")
            }
            // layers[c]: the totals of choices of c members; without a maximum, the last layer holds
            // every choice of at least that many.
            let last = maxUnits ?? minUnits
            var layers = [ReachableTotals](repeating: ReachableTotals(cap: cap), count: last + 1)
            layers[0].insert(0)
            for (member, totals) in given.enumerated() {
                var next = forced[member] ? [ReachableTotals](repeating: ReachableTotals(cap: cap), count: last + 1) : layers
                for chosen in layers.indices where !layers[chosen].isEmpty {
                    var target = chosen + 1
                    if target > last {
                        guard maxUnits == nil else { continue }
                        target = last
                    }
                    next[target].formUnion(layers[chosen].adding(totals))
                }
                layers = next
            }
            var reached = ReachableTotals(cap: cap)
            for chosen in minUnits...last { reached.formUnion(layers[chosen]) }
            let inRange = reached.limited(from: low, to: high)
            guard inRange.isEmpty else { return GroupTotals(totals: inRange, failed: false) }
            if memberFailed || reached.isEmpty { return GroupTotals(totals: inRange, failed: true) }
            let nearest = self.nearest(in: reached, below: low - 1, above: high.map { $0 + 1 })
            problems.append(.groupPoints(group, wanted: PointRange(low: minPoints, high: maxPoints), nearest: nearest))
            return GroupTotals(totals: inRange, failed: true)
        }

        private mutating func fail(_ group: UnitGroup, _ reason: String) -> GroupTotals {
            problems.append(.groupRule(group, reason: reason))
            return GroupTotals(totals: ReachableTotals(cap: cap), failed: true)
        }

        func nearest(in totals: ReachableTotals, below: Int, above: Int?) -> NearestTotals {
            var nearest = NearestTotals()
            nearest.below = totals.lastTotal(atMost: below).map { steps.points($0) }
            if let above, let found = totals.firstTotal(atLeast: above) {
                nearest.above = steps.points(found)
                nearest.orMore = found == totals.cap
            }
            if let first = totals.firstTotal(atLeast: 0) {
                nearest.onlyOne = first < totals.cap && totals.firstTotal(atLeast: first + 1) == nil
            }
            return nearest
        }
    }

    // MARK: - Reading the model

    /// Whether a group takes every member: it is marked mandatory, or it has no rule.
    static func takesEveryMember(_ group: UnitGroup) -> Bool {
        group.isMandatory == true
            || (group.minPoints == nil && group.maxPoints == nil && group.minUnits == nil && group.maxUnits == nil)
    }

    /// Whether a member is taken whenever its group is: a unit link marked mandatory. A group
    /// marked mandatory takes all of its own members, but is itself one choice among others
    /// (one competence area of several, each with its compulsory units).
    static func isMandatory(_ member: GroupMember) -> Bool {
        if case .unit(let link) = member { return link.isMandatory == true }
        return false
    }

    /// A points value V12 can count: a number, not negative (V10 reports the others).
    static func valid(_ points: DecimalText?) -> Decimal? {
        guard let value = points?.value, value >= 0 else { return nil }
        return value
    }
}

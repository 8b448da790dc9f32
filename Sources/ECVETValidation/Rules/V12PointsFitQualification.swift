import ECVETModel
import Foundation

/// V12: the units' points fit the qualification. No unit is worth more than the total, the
/// mandatory units fit inside it, every group's rule can be met by some choice of its members,
/// and the structure can give exactly the total. The arithmetic is exact: `StructureTotals`.
struct PointsFitQualification: CatalogueRule {
    let id = DiagnosticID("V12", "points-fit-qualification", .error)
    let summary = "Unit points fit the qualification, and part points the unit: each unit ≤ the total; the units every learner takes (mandatory links inside choice groups included) ≤ the total; every group's rule can be met by some choice of its members; the structure can give exactly the total."
    let source = "ECVET Recommendation 2009, Annex II §3 (points are allocated first to the qualification, then to its units by relative weight)"
    let hint = "correct the points of the units or groups, or the qualification's total"
    var severities: [Severity] { [.error, .note] }
    let explanation: String? = """
        How the points of a structure are counted:
        - A group marked mandatory, or with no rule, takes every member.
        - A choice group (min..max points and/or min..max units) takes its unit links marked
          mandatory and any of its other members, as long as the number of members and their
          points both fall inside its rule. A nested group counts as one member and gives one of
          the totals it can give itself; marked mandatory, it takes all of its own members, but
          is still one choice among the others (one competence area of several).
        - The mandatory units are those every learner takes: the links marked mandatory in the
          groups every learner takes (the top group, and the members of a group that takes every
          member), and all the links of a group that takes every member.
        - An open group (a rule and no units: they are defined elsewhere) gives any total inside
          its own min..max points, or any total when it has none.
        - A unit gives the points of its link in the qualification when the link has them, else
          its own. A unit without valid points gives any total: V07 and V10 report it.
        - Points are decimals; the totals a group can give are worked out exactly, not as a
          range (three units of 60 points give 0, 60, 120 or 180, never 90).

        Findings (error):
          unit "U3" is worth 200 points, more than the 180 of Qualification "Q1"
          the mandatory units of Qualification "Q1" are worth 195 points, more than its total of 150
          group "Optional units" of Qualification "Q1" cannot be satisfied: it asks for exactly
            90 points, and its members can give 60 or 120, not 90
          group "Optional units" of Qualification "Q1" cannot be satisfied: it asks for at least
            4 members but has 3
          the structure of Qualification "Q1" can give 140 or 160 points, not its total of 150
          the structure of Qualification "Q1" can give only 145 points, not its total of 150
          part "P2" is worth 20 points, more than the 15 of Unit "U1"
        A group found wrong is not counted again in the groups around it, and the total is not
        checked against a structure with such a group. A finding points at the group, or at the
        qualification's points.

        A note instead of an error: a structure too large to count exactly (more than six
        decimals, or so many members and points that the work would exceed a fixed budget).
        Values that are not numbers or are negative are V10's findings, never V12's.
        """

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let units = context.catalogue.units
        for index in units.indices where !units[index].parts.isEmpty {
            findings.append(contentsOf: partsFit(units[index]))
        }
        for (index, qualification) in context.catalogue.qualifications.enumerated() {
            guard let structure = qualification.structure else { continue }
            let name = Naming.qualification(qualification)
            let total = StructureTotals.valid(qualification.credits?.amount)
            let totalLocation = qualification.credits?.location ?? structure.location
            if let total {
                for link in context.unitLinks(ofQualificationAt: index) {
                    if let points = unitPoints(link, context), points > total {
                        findings.append(finding(
                            "unit \"\(link.unit.id)\" is worth \(DecimalText(points).canonical) points, more than the \(DecimalText(total).canonical) of \(name)",
                            at: pointsLocation(link, context), entity: qualification.id))
                    }
                }
            }
            let arithmetic = StructureTotals { unitPoints($0, context) }
            for problem in arithmetic.check(structure, total: total) {
                switch problem {
                case .groupRule(let group, let reason):
                    findings.append(finding("\(groupLabel(group, in: qualification)) cannot be satisfied: \(reason)",
                                            at: group.location, entity: qualification.id))
                case .groupPoints(let group, let wanted, let nearest):
                    findings.append(finding(
                        "\(groupLabel(group, in: qualification)) cannot be satisfied: it asks for \(describe(wanted)), and its members \(describe(nearest, not: describe(wanted, short: true)))",
                        at: group.location, entity: qualification.id))
                case .mandatoryOverTotal(let sum):
                    findings.append(finding(
                        "the mandatory units of \(name) are worth \(DecimalText(sum).canonical) points, more than its total of \(DecimalText(total ?? 0).canonical)",
                        at: totalLocation, entity: qualification.id))
                case .totalUnreachable(let nearest):
                    findings.append(finding(
                        "the structure of \(name) \(describe(nearest, not: "its total of \(DecimalText(total ?? 0).canonical)"))",
                        at: totalLocation, entity: qualification.id))
                case .tooLarge(let reason):
                    findings.append(finding(
                        "the structure of \(name) is too large to count its points exactly (\(reason)); it is not checked",
                        at: structure.location, severity: .note, entity: qualification.id,
                        hint: "split the structure, or check its totals by other means"))
                }
            }
        }
    }

    /// The points a unit gives in a qualification when V12 can count them: the link's when
    /// written, else the unit's own; `nil` when those are missing, not a number or negative.
    private func unitPoints(_ link: UnitLink, _ context: ValidationContext) -> Decimal? {
        if let written = link.points { return StructureTotals.valid(written) }
        return StructureTotals.valid(context.unit(link.unit.id)?.credits?.amount)
    }

    /// Where the points a unit gives in a qualification were written: on the link, else on
    /// the unit itself.
    private func pointsLocation(_ link: UnitLink, _ context: ValidationContext) -> SourceLocation {
        if link.points != nil { return link.valueLocations.location(of: "points", else: link.location) }
        return context.unit(link.unit.id)?.credits?.location ?? link.location
    }

    private func describe(_ range: StructureTotals.PointRange, short: Bool = false) -> String {
        let low = range.low.map { DecimalText($0).canonical }, high = range.high.map { DecimalText($0).canonical }
        switch (low, high) {
        case let (low?, high?) where low == high: return short ? low : "exactly \(low) points"
        case let (low?, high?): return short ? "anything from \(low) to \(high)" : "\(low) to \(high) points"
        case let (low?, nil): return short ? "\(low) or more" : "at least \(low) points"
        case let (nil, high?): return short ? "\(high) or less" : "at most \(high) points"
        case (nil, nil): return short ? "any total" : "any total"
        }
    }

    /// "can give 60 or 120 points, not 90", "can give only 145 points, not …".
    private func describe(_ nearest: StructureTotals.NearestTotals, not wanted: String) -> String {
        let below = nearest.below.map { DecimalText($0).canonical }
        let above = nearest.above.map { DecimalText($0).canonical }
        switch (below, above) {
        case let (only?, nil) where nearest.onlyOne, let (nil, only?) where nearest.onlyOne && !nearest.orMore:
            return "can give only \(only) points, not \(wanted)"
        case let (below?, above?) where nearest.orMore: return "can give \(below) points, or \(above) or more, not \(wanted)"
        case let (below?, above?): return "can give \(below) or \(above) points, not \(wanted)"
        case let (below?, nil): return "can give at most \(below) points, not \(wanted)"
        case let (nil, above?): return "can give no less than \(above) points, not \(wanted)"
        case (nil, nil): return "cannot give \(wanted)"
        }
    }

    /// The parts of a unit within the unit's points: no part worth more, the mandatory parts
    /// within the whole, and all parts together the whole when every part is mandatory.
    private func partsFit(_ unit: ECVETModel.Unit) -> [Diagnostic] {
        guard let whole = StructureTotals.valid(unit.credits?.amount), let wholeLocation = unit.credits?.location else { return [] }
        var findings: [Diagnostic] = []
        // Named only for a finding: most units are fine.
        var name: String { Naming.unit(unit) }
        var mandatory: Decimal = 0
        var everyPart: Decimal = 0
        var allKnown = true
        for part in unit.parts {
            guard let points = StructureTotals.valid(part.credits?.amount) else {
                allKnown = false
                continue
            }
            everyPart += points
            if part.isMandatory == true { mandatory += points }
            if points > whole {
                findings.append(finding(
                    "part \"\(part.id)\" is worth \(DecimalText(points).canonical) points, more than the \(DecimalText(whole).canonical) of \(name)",
                    at: part.credits?.location ?? part.location, entity: unit.id))
            }
        }
        if mandatory > whole {
            findings.append(finding(
                "the mandatory parts of \(name) are worth \(DecimalText(mandatory).canonical) points, more than the unit's \(DecimalText(whole).canonical)",
                at: wholeLocation, entity: unit.id))
        } else if allKnown, !unit.parts.isEmpty, unit.parts.allSatisfy({ $0.isMandatory == true }), everyPart != whole {
            findings.append(finding(
                "the parts of \(name) are all mandatory and worth \(DecimalText(everyPart).canonical) points, not the unit's \(DecimalText(whole).canonical)",
                at: wholeLocation, entity: unit.id))
        }
        return findings
    }

    private func groupLabel(_ group: UnitGroup, in qualification: Qualification) -> String {
        let name = group.title.text().map { "\"\($0)\"" } ?? group.id.map { "\"\($0)\"" } ?? "a group"
        return "group \(name) of \(Naming.qualification(qualification))"
    }
}

import ECVETModel
import Foundation

/// V12: the units' points fit the qualification: no unit worth more than the whole, mandatory
/// units within the total, every group's rule satisfiable, and the total within the range of
/// points the structure can give (ranges, not every combination: a total between two reachable
/// sums is not reported).
struct PointsFitQualification: CatalogueRule {
    let id = DiagnosticID("V12", "points-fit-qualification", .error)
    let summary = "Unit points fit the qualification, and part points the unit: each unit ≤ the total; the total lies within the points the structure can give (all-mandatory structures sum to it; each group's range follows from its min..max rule); every group's rule can be met. An open group (a rule, no members) is a warning, never an error."
    let source = "ECVET Recommendation 2009, Annex II §3 (points are allocated first to the qualification, then to its units by relative weight)"
    let hint = "correct the points of the units or groups, or the qualification's total"
    var severities: [Severity] { [.error, .warning] }

    /// The points a group can give: from `low` to `high` (`nil`: no upper bound).
    struct Span {
        var low: Decimal
        var high: Decimal?
    }

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let units = context.catalogue.units
        for index in units.indices where !units[index].parts.isEmpty {
            findings += partsFit(units[index])
        }
        for (index, qualification) in context.catalogue.qualifications.enumerated() {
            guard let structure = qualification.structure else { continue }
            let name = Naming.qualification(qualification)
            let total = qualification.credits?.amount.value
            if let total {
                for link in context.unitLinks(ofQualificationAt: index) {
                    if let points = context.points(of: link), points > total {
                        findings.append(finding(
                            "unit \"\(link.unit.id)\" is worth \(DecimalText(points).canonical) points, more than the \(DecimalText(total).canonical) of \(name)",
                            at: link.location, entity: qualification.id))
                    }
                }
            }
            guard let span = span(of: structure, in: qualification, context: context, findings: &findings) else { continue }
            guard let total else { continue }
            if span.low > total {
                findings.append(finding(
                    "the structure of \(name) needs at least \(DecimalText(span.low).canonical) points, more than its total of \(DecimalText(total).canonical)",
                    at: structure.location, entity: qualification.id))
            } else if let high = span.high, high < total {
                findings.append(finding(
                    "the structure of \(name) gives at most \(DecimalText(high).canonical) points, less than its total of \(DecimalText(total).canonical)",
                    at: structure.location, entity: qualification.id))
            }
        }
        return findings
    }

    /// The parts of a unit within the unit's points: no part worth more, the mandatory parts
    /// within the whole, and all parts together at least the whole when every part is mandatory.
    private func partsFit(_ unit: ECVETModel.Unit) -> [Diagnostic] {
        guard let whole = unit.credits?.amount.value else { return [] }
        var findings: [Diagnostic] = []
        // Named only for a finding: most units are fine.
        var name: String { Naming.unit(unit) }
        var mandatory: Decimal = 0
        var everyPart: Decimal = 0
        var allKnown = true
        for part in unit.parts {
            guard let points = part.credits?.amount.value else {
                allKnown = false
                continue
            }
            everyPart += points
            if part.isMandatory == true { mandatory += points }
            if points > whole {
                findings.append(finding(
                    "part \"\(part.id)\" is worth \(DecimalText(points).canonical) points, more than the \(DecimalText(whole).canonical) of \(name)",
                    at: part.credits!.location, entity: unit.id))
            }
        }
        if mandatory > whole {
            findings.append(finding(
                "the mandatory parts of \(name) are worth \(DecimalText(mandatory).canonical) points, more than the unit's \(DecimalText(whole).canonical)",
                at: unit.credits!.location, entity: unit.id))
        } else if allKnown, !unit.parts.isEmpty, unit.parts.allSatisfy({ $0.isMandatory == true }), everyPart != whole {
            findings.append(finding(
                "the parts of \(name) are all mandatory and worth \(DecimalText(everyPart).canonical) points, not the unit's \(DecimalText(whole).canonical)",
                at: unit.credits!.location, entity: unit.id))
        }
        return findings
    }

    /// The span of a group, reporting groups whose rule cannot be met; `nil` when a unit's
    /// points are unknown (V07 reports those).
    private func span(of group: UnitGroup, in qualification: Qualification, context: ValidationContext,
                      findings: inout [Diagnostic]) -> Span? {
        // Named only for a finding: most groups are fine.
        var label: String { groupLabel(group, in: qualification) }
        let hasRule = group.minPoints != nil || group.maxPoints != nil || group.minUnits != nil || group.maxUnits != nil
        if group.isOpen {
            findings.append(finding(
                "\(label) is open: it has \(hasRule ? "a rule" : "no rule") but no units; its units are defined elsewhere, so only its rule is counted",
                at: group.location, severity: .warning, entity: qualification.id,
                hint: "list the group's units if the catalogue has them"))
            let low = group.minPoints?.value ?? 0
            return Span(low: low, high: group.maxPoints?.value)
        }
        var spans: [Span] = []
        for member in group.members {
            switch member {
            case .unit(let link):
                guard let points = context.points(of: link) else { return nil }
                spans.append(Span(low: points, high: points))
            case .group(let nested):
                guard let nestedSpan = span(of: nested, in: qualification, context: context, findings: &findings) else { return nil }
                spans.append(nestedSpan)
            }
        }
        if !hasRule || group.isMandatory == true {
            return Span(low: spans.reduce(0) { $0 + $1.low },
                        high: spans.contains { $0.high == nil } ? nil : spans.reduce(0) { $0 + $1.high! })
        }
        let count = spans.count
        let minUnits = max(0, group.minUnits ?? 0)
        let maxUnits = min(count, group.maxUnits ?? count)
        if minUnits > count {
            findings.append(finding("\(label) asks for at least \(minUnits) units but has \(count)",
                                    at: group.location, entity: qualification.id))
            return nil
        }
        if minUnits > maxUnits {
            findings.append(finding("\(label) asks for at least \(minUnits) and at most \(maxUnits) units",
                                    at: group.location, entity: qualification.id))
            return nil
        }
        let lows = spans.map(\.low).sorted()
        let smallest = lows.prefix(minUnits).reduce(0, +)
        let highs = spans.map(\.high)
        let largest: Decimal? = highs.contains { $0 == nil } ? nil : highs.map { $0! }.sorted(by: >).prefix(maxUnits).reduce(0, +)
        let low = max(smallest, group.minPoints?.value ?? smallest)
        var high = largest
        if let maxPoints = group.maxPoints?.value { high = high.map { min($0, maxPoints) } ?? maxPoints }
        if let high, low > high {
            let needs = group.minPoints.map { "at least \($0.canonical) points" } ?? "\(minUnits) units"
            findings.append(finding(
                "\(label) cannot be satisfied: it asks for \(needs), but its members give at most \(DecimalText(largest ?? high).canonical)",
                at: group.location, entity: qualification.id))
            return nil
        }
        return Span(low: low, high: high)
    }

    private func groupLabel(_ group: UnitGroup, in qualification: Qualification) -> String {
        let name = group.title.text().map { "\"\($0)\"" } ?? group.id.map { "\"\($0)\"" } ?? "a group"
        return "group \(name) of \(Naming.qualification(qualification))"
    }
}

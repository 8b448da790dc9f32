import ECVETModel
import Foundation

/// V33: the units, parts and outcomes an agreement names exist in the home catalogue and belong
/// to the qualification; the points agreed fit the unit's; the titles are the catalogue's.
struct AgreedUnitsInCatalogue: DocumentRule {
    let id = DiagnosticID("V33", "agreed-units-in-catalogue", .error)
    let summary = "Each unit, part and learning outcome a learning agreement or MoU names exists in the home catalogue and belongs to the qualification, whose EQF and NQF levels it repeats; the points agreed for a whole unit equal the unit's points there, those of a part or of some outcomes are less. Warnings: a title that is not the catalogue's (the catalogue may have changed since), or more than twice the points 60 a year of full-time VET (40 weeks) gives for the period."
    let source = "Erasmus+ ECVET Learning Agreement, June 2014, §3–4; ECVET Recommendation 2009, Annex II (points: 60 for a year of full-time VET); ECVET toolkit (state when only some outcomes of a unit are targeted)"
    let hint = "take the unit's id, title and points from the home catalogue"
    var severities: [Severity] { [.error, .warning] }

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        switch document {
        case .learningAgreement(let agreement):
            guard let qualification = agreement.qualification, let home = context.qualification(qualification) else { return }
            let name = Naming.document(.learningAgreement, agreement.id)
            level(qualification, home, of: name, into: &findings)
            for unit in agreement.units { check(unit, in: home, of: name, into: &findings) }
            plausible(agreement, name: name, settings: context.settings, into: &findings)
        case .memorandum(let memorandum):
            let name = Naming.document(.memorandum, memorandum.id)
            for qualification in memorandum.qualifications {
                guard let home = context.qualification(qualification) else { continue }
                level(qualification, home, of: name, into: &findings)
                for unit in qualification.units { check(unit, in: home, of: name, into: &findings) }
            }
        case .transcript:
            break
        }
    }

    private func level(_ agreed: AgreedQualification, _ home: HomeQualification, of name: String, into findings: inout Findings) {
        if let level = agreed.eqfLevel?.value, let catalogued = home.qualification.eqfLevel, level != catalogued {
            findings.append(finding("\(name) gives qualification \(home.id) EQF level \(level); the catalogue gives \(catalogued)",
                                    at: agreed.place("eqfLevel")))
        }
        // The national level of the same framework, where both name one.
        guard let nqf = agreed.nqfLevel, let level = nqf.level else { return }
        let same = home.qualification.nqfLevels.filter { nqf.framework == nil || $0.framework == nil || $0.framework == nqf.framework }
        guard !same.isEmpty, !same.contains(where: { $0.level == level }) else { return }
        let catalogued = same.map { [$0.framework, $0.level].compactMap { $0 }.joined(separator: " ") }.joined(separator: ", ")
        findings.append(finding("\(name) gives qualification \(home.id) the national level \([nqf.framework, level].compactMap { $0 }.joined(separator: " ")); the catalogue gives \(catalogued)",
                                at: nqf.location))
    }

    private func check(_ unit: AgreedUnit, in home: HomeQualification, of name: String, into findings: inout Findings) {
        let qualification = home.id
        guard let found = home.unit(unit.id, uri: unit.uri) else {
            let known = home.catalogue.units[unit.id ?? ""] != nil
            findings.append(finding(known ? "unit \(unit.reference) of \(name) is not a unit of qualification \(qualification)"
                                          : "unit \(unit.reference) of \(name) is not in the home catalogue of qualification \(qualification)",
                                    at: unit.place("id")))
            return
        }
        var limit = found.points
        var partName = ""
        if let partID = unit.part {
            guard let part = found.unit.parts.first(where: { $0.id == partID }) else {
                findings.append(finding("unit \(found.unit.id) has no part \(partID) in the home catalogue (\(name))",
                                        at: unit.place("part")))
                return
            }
            partName = " part \(partID)"
            if let points = part.points { limit = points }
            titles(unit, part.title, of: "\(found.unit.id)\(partName)", name: name, into: &findings)
        } else {
            titles(unit, found.unit.title, of: found.unit.id, name: name, into: &findings)
        }
        for outcome in unit.learningOutcomes {
            guard let id = outcome.id, !home.names(outcome: id, unit: found.unit, part: unit.part) else { continue }
            let exists = home.catalogue.outcomes.contains(id)
            findings.append(finding(exists ? "learning outcome \(id) of \(name) is not one of unit \(found.unit.id)\(partName)"
                                           : "learning outcome \(id) of \(name) is not in the home catalogue",
                                    at: outcome.place("id")))
        }
        guard let points = unit.points?.value, let unitPoints = found.points else { return }
        let at = unit.place("points")
        let whole = (unit.scope ?? "whole-unit") == "whole-unit" && unit.part == nil
        if whole, points != unitPoints {
            findings.append(finding("\(name) agrees \(unit.points!.canonical) points for the whole unit \(found.unit.id); it has \(DecimalText(unitPoints).canonical) in qualification \(qualification)",
                                    at: at))
        } else if !whole, let limit, unit.part != nil, points > limit {
            findings.append(finding("\(name) agrees \(unit.points!.canonical) points for unit \(found.unit.id)\(partName); it has \(DecimalText(limit).canonical)",
                                    at: at))
        } else if !whole, points >= unitPoints {
            findings.append(finding("\(name) agrees \(unit.points!.canonical) points for part of unit \(found.unit.id), which has \(DecimalText(unitPoints).canonical) in all in qualification \(qualification)",
                                    at: at, hint: "a part of a unit gives fewer points than the whole unit"))
        }
    }

    private func titles(_ unit: AgreedUnit, _ catalogued: LocalizedText, of what: String, name: String, into findings: inout Findings) {
        for entry in unit.title.entries {
            guard let current = catalogued[entry.language], Self.normalised(current) != Self.normalised(entry.text) else { continue }
            findings.append(finding("the title of \(what) in \(name) is \"\(entry.text)\"; the catalogue's is \"\(current)\" (has the catalogue changed since the agreement?)",
                                    at: unit.title.location(of: entry.language, key: "title", in: unit.location), severity: .warning,
                                    hint: "the agreement keeps the title agreed; check that the unit is still the one agreed"))
        }
    }

    private static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// Points beyond twice what 60 a year gives for the period, a year of full-time VET being
    /// the settings' hours a year at 40 hours a week.
    private func plausible(_ agreement: LearningAgreement, name: String, settings: ValidationSettings, into findings: inout Findings) {
        guard let period = agreement.period, let start = period.start.flatMap(CalendarDate.init),
              let end = period.end.flatMap(CalendarDate.init), start <= end else { return }
        let total = agreement.totalPoints
        let weeksPerYear = settings.hoursPerYear / 40
        let weeks = Decimal(start.days(to: end) + 1) / 7
        let expected = 60 * weeks / weeksPerYear
        guard total > 2 * expected else { return }
        var rounded = expected, exact = expected
        NSDecimalRound(&rounded, &exact, 1, .plain)
        findings.append(finding("\(name) plans \(DecimalText(total).canonical) points for \(start.days(to: end) + 1) days abroad; 60 points for a year of \(DecimalText(weeksPerYear).canonical) weeks gives about \(DecimalText(rounded).canonical), and this is more than twice that",
                                at: period.location, severity: .warning,
                                hint: "check the points, or the period"))
    }
}

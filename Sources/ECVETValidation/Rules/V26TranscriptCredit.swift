import ECVETModel

/// V26: a transcript records what was assessed, and the credit it awards matches the units of
/// the qualification in the home catalogue.
struct TranscriptCredit: DocumentRule {
    let id = DiagnosticID("V26", "transcript-credit", .error)
    let summary = "A personal transcript names the learner, the assessing and the recognising institution, and for each unit a result and an assessment date; a unit achieved exists in the qualification of the home catalogue, with the learning outcomes credited for it, and its points equal the unit's points there (a part's, its part's points)."
    let source = "ECVET Recommendation 2009, Annex II (the personal transcript records the assessed learning outcomes, units and ECVET points); ECVET toolkit (results per unit)"
    let hint = "award the points the home catalogue gives the unit in this qualification"

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        guard case .transcript(let transcript) = document else { return }
        let name = Naming.document(.transcript, transcript.id)
        func missing(_ what: String, at location: SourceLocation) {
            findings.append(finding("\(name) has no \(what)", at: location))
        }
        if let learner = transcript.learner {
            if learner.fullName == nil && learner.id == nil { missing("learner's name or identifier", at: learner.location) }
        } else {
            missing("learner", at: transcript.place("learner"))
        }
        if transcript.assessing == nil { missing("assessing institution", at: transcript.place("assessing")) }
        if transcript.recognising == nil { missing("recognising institution", at: transcript.place("recognising")) }
        if transcript.units.isEmpty { missing("unit assessed", at: transcript.place("units")) }

        let home = context.qualification(transcript.qualification)
        // A unit recorded twice would award its points twice.
        var recorded: [String: SourceLocation] = [:]
        for unit in transcript.units {
            let unitName = "unit \(unit.reference) in \(name)"
            if unit.id != nil {
                if let first = recorded[unit.reference] {
                    findings.append(finding("\(unitName) is recorded again; it is first recorded at \(first): its points would count twice",
                                            at: unit.location, hint: "record each unit or part once"))
                    continue
                }
                recorded[unit.reference] = unit.location
            }
            if unit.result == nil {
                findings.append(finding("\(unitName) has no result", at: unit.place("result"), hint: "give the result: " + AssessedUnit.results.joined(separator: ", ")))
            } else if let result = unit.result, !AssessedUnit.results.contains(result) {
                findings.append(finding("the result \"\(result)\" of \(unitName) is not one of " + AssessedUnit.results.joined(separator: ", "),
                                        at: unit.place("result")))
            }
            if unit.assessed == nil, unit.result != "not-assessed" {
                findings.append(finding("\(unitName) has no assessment date", at: unit.place("assessed")))
            }
            _ = DateReading.read(unit.assessed, "the assessment date", at: unit.place("assessed"),
                                 rule: self, into: &findings)
            let pointsAt = unit.place("points")
            if let points = unit.points, points.value == nil {
                findings.append(finding("the points \"\(points.written)\" of \(unitName) are not a number", at: pointsAt))
                continue
            }
            guard unit.isAchieved, let home else { continue }
            guard let found = home.unit(unit.id) else {
                findings.append(finding("\(unitName) is not a unit of qualification \(home.id) in the home catalogue", at: unit.location))
                continue
            }
            for outcome in unit.learningOutcomes {
                guard let id = outcome.id, !home.names(outcome: id, unit: found.unit, part: unit.part) else { continue }
                findings.append(finding("learning outcome \(id) of \(unitName) is not an outcome of \(unit.part.map { "part \($0) of " } ?? "")unit \(found.unit.id) in the home catalogue",
                                        at: outcome.location))
            }
            var expected = found.points
            if let part = unit.part {
                guard let catalogued = found.unit.parts.first(where: { $0.id == part }) else {
                    findings.append(finding("unit \(found.unit.id) has no part \(part) in the home catalogue (\(name))", at: unit.place("part")))
                    continue
                }
                expected = catalogued.points
            }
            guard let expected else { continue }
            guard let awarded = unit.points?.value else {
                findings.append(finding("\(unitName) was achieved but awards no points; the unit\(unit.part == nil ? "" : " part") has \(DecimalText(expected).canonical) in qualification \(home.id)",
                                        at: pointsAt))
                continue
            }
            guard awarded != expected else { continue }
            findings.append(finding("\(unitName) awards \(unit.points!.canonical) points; the unit\(unit.part == nil ? "" : " part") has \(DecimalText(expected).canonical) in qualification \(home.id)",
                                    at: pointsAt))
        }
    }
}

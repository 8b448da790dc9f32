import ECVETModel

/// V08: validity periods are dates, in order, not expired, and a qualification does not outlive
/// its units.
struct ValidityCoherent: CatalogueRule {
    let id = DiagnosticID("V08", "validity-coherent", .error)
    let summary = "A validity period is ISO 8601 dates with from ≤ until; a warning when it has expired, or when a qualification stays valid after one of its units ends."
    let source = "ECVET Recommendation 2009, Annex II §1 ('validity in time of the unit, where relevant')"
    let hint = "write dates as YYYY-MM-DD, with \"from\" before \"until\""
    var severities: [Severity] { [.error, .warning] }

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let today = CalendarDate(context.settings.today ?? .now)
        func judge(_ period: ValidityPeriod?, of name: @autoclosure () -> String, entity: String) {
            guard let period else { return }
            var from: CalendarDate?, until: CalendarDate?
            if let text = period.from {
                from = CalendarDate(text)
                if from == nil {
                    findings.append(finding("validity start \"\(text)\" of \(name()) is not a date",
                                            at: period.valueLocations.location(of: "from", else: period.location), entity: entity))
                }
            }
            if let text = period.until {
                until = CalendarDate(text)
                if until == nil {
                    findings.append(finding("validity end \"\(text)\" of \(name()) is not a date",
                                            at: period.valueLocations.location(of: "until", else: period.location), entity: entity))
                }
            }
            if let from, let until, until < from {
                findings.append(finding("the validity of \(name()) ends (\(period.until!)) before it starts (\(period.from!))",
                                        at: period.valueLocations.location(of: "until", else: period.location), entity: entity))
            } else if let until, until < today {
                findings.append(finding("\(name()) expired on \(period.until!)",
                                        at: period.valueLocations.location(of: "until", else: period.location), severity: .warning, entity: entity,
                                        hint: "extend the validity, or withdraw the entity from the catalogue"))
            }
        }
        for unit in context.catalogue.units { judge(unit.validity, of: Naming.unit(unit), entity: unit.id) }
        for (index, qualification) in context.catalogue.qualifications.enumerated() {
            judge(qualification.validity, of: Naming.qualification(qualification), entity: qualification.id)
            guard let end = qualification.validity?.until.flatMap(CalendarDate.init) else { continue }
            var reported = Set<String>()
            for link in context.unitLinks(ofQualificationAt: index) where reported.insert(link.unit.id).inserted {
                guard let unit = context.unit(link.unit.id), let period = unit.validity,
                      let unitEnd = period.until.flatMap(CalendarDate.init), unitEnd < end else { continue }
                // A unit whose period is already reported (ending before it starts, or expired)
                // is not reported again for each qualification that outlives it.
                if unitEnd < today || period.from.flatMap(CalendarDate.init).map({ unitEnd < $0 }) == true { continue }
                // The finding names the unit's end: the date that makes the qualification outlive it.
                findings.append(finding(
                    "\(Naming.qualification(qualification)) is valid until \(qualification.validity!.until!), after \(Naming.unit(unit)) ends (\(period.until!))",
                    at: period.valueLocations.location(of: "until", else: period.location), severity: .warning,
                    entity: qualification.id))
            }
        }
    }
}

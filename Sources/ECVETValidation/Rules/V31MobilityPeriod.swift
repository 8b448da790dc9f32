import ECVETModel
import Foundation

/// V31: a mobility's period lies within its MoU's validity, and its weeks agree with its
/// dates.
struct MobilityPeriodCoherent: DocumentRule {
    let id = DiagnosticID("V31", "mobility-period", .error)
    let summary = "A learning agreement's period lies within the validity of its MoU; a warning when its weeks are not the dates' length rounded up to whole weeks (±1), or the dates' length is outside the MoU's shortest and longest mobility."
    let source = "Erasmus+ ECVET Learning Agreement, June 2014, §2 (start and end dates, number of weeks); MoU template 2013 §6 (validity); the rounding rule is ECVETKit's"
    let hint = "keep the period within the MoU, and give weeks as the days from start to end (both counted) divided by 7, rounded up"
    var severities: [Severity] { [.error, .warning] }

    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings) {
        guard case .learningAgreement(let agreement) = document, let period = agreement.period,
              let start = period.start.flatMap(CalendarDate.init), let end = period.end.flatMap(CalendarDate.init), start <= end else { return }
        let name = Naming.document(.learningAgreement, agreement.id)
        let days = start.days(to: end) + 1
        let weeks = (days + 6) / 7
        if let stated = period.weeks, abs(stated - weeks) > 1 {
            findings.append(finding("\(name) gives \(stated) weeks for \(days) days (\(period.start!) to \(period.end!)), which is \(weeks) weeks",
                                    at: period.place("weeks"), severity: .warning))
        }
        guard let memorandum = context.memorandum(agreement.memorandum) else { return }
        let mou = "MoU \"\(memorandum.id ?? "")\""
        if let validity = memorandum.validity {
            if let from = validity.from.flatMap(CalendarDate.init), start < from {
                findings.append(finding("\(name) starts on \(period.start!), before \(mou) is valid (from \(validity.from!))",
                                        at: period.place("start")))
            }
            if let until = validity.until.flatMap(CalendarDate.init), until < end {
                findings.append(finding("\(name) ends on \(period.end!), after \(mou) expires (\(validity.until!))",
                                        at: period.place("end")))
            }
        }
        // The length is the dates', in whole weeks rounded up, whatever the weeks given say.
        if let minimum = memorandum.minimumWeeks, weeks < minimum {
            findings.append(finding("\(name) lasts \(days) days (\(period.start!) to \(period.end!)), \(weeks) weeks, less than the \(minimum) weeks \(mou) plans at least",
                                    at: period.place("end"), severity: .warning))
        }
        if let maximum = memorandum.maximumWeeks, weeks > maximum {
            findings.append(finding("\(name) lasts \(days) days (\(period.start!) to \(period.end!)), \(weeks) weeks, more than the \(maximum) weeks \(mou) plans at most",
                                    at: period.place("end"), severity: .warning))
        }
    }
}

import ECVETModel

/// V13: fractional points are allowed; more than two decimals are suspicious.
struct FractionalPoints: CatalogueRule {
    let id = DiagnosticID("V13", "fractional-points", .note)
    let summary = "Fractional points are allowed and never rounded (a note); a warning when written with more than two decimals."
    let source = "The Recommendation sets no integer rule; the Europass LOQ point is a string; ePerusteet stores laajuus as a decimal (5.00)"
    let hint = "write at most two decimals, e.g. 7.5 or 2.25"
    var severities: [Severity] { [.note, .warning] }

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let catalogue = context.catalogue
        for item in PointValues.all(in: catalogue) {
            // An ECVET factor (0.0375 for 1600 hours = 60 points) is a ratio, not a points value.
            if case .factor = item.owner { continue }
            guard item.noun == "points", let value = item.points.value else { continue }
            // "30.000" is written with three decimals, whatever its value: the table warns on
            // the writing, which suggests a conversion gone wrong.
            if item.points.writtenFractionDigits > 2 {
                findings.append(finding("points \(item.points.written) of \(item.owner.name(in: catalogue)) have more than two decimals",
                                        at: item.location, severity: .warning, entity: item.entity))
                continue
            }
            guard value != value.rounded(0) else { continue }
            findings.append(finding("points \(item.points.canonical) of \(item.owner.name(in: catalogue)) are fractional", at: item.location, entity: item.entity,
                                    hint: "fractional points are allowed and never rounded"))
        }
    }
}

extension Decimal {
    /// The value rounded to `scale` decimals.
    func rounded(_ scale: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }
}

import Foundation

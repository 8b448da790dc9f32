import ECVETModel
import Foundation

/// Credit points as Europass takes them: in ECVET or ECTS, each with its framework URI. Points of
/// a national system with an ECVET factor are converted to ECVET points; without a factor they
/// keep their own system and have no Europass framework, never a national number under the
/// ECVET URI.
struct EuropassPoints: Equatable {
    /// The points, in the canonical form (`60`, `7.5`).
    var points: String
    /// The system's name: `ECVET`, `ECTS`, or the national system's.
    var system: String
    /// The Europass credit framework, `nil` for a national system without an ECVET factor.
    var framework: String?

    /// `nil` when there are no points, or they are not a number.
    init?(_ credits: CreditPoints?) {
        guard let credits, let value = credits.amount?.value else { return nil }
        self.init(value, in: credits.effectiveSystem)
    }

    /// Points worth `value` in `system`.
    init(_ value: Decimal, in system: CreditSystem) {
        switch system {
        case .ecvet:
            (points, self.system, framework) = (DecimalText(value).canonical, "ECVET", CodeLists.ecvetURI)
        case .ects:
            (points, self.system, framework) = (DecimalText(value).canonical, "ECTS", CodeLists.ectsURI)
        case .national(let name, let factor):
            if let factor = factor?.value {
                (points, self.system, framework) = (DecimalText(value * factor).canonical, "ECVET", CodeLists.ecvetURI)
            } else {
                (points, self.system, framework) = (DecimalText(value).canonical, name, nil)
            }
        }
    }
}

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

    /// `nil` when there are no points. Points that are not a number are kept as written in ECVET
    /// or ECTS (LOQ takes a point as text, and rule V10 reports them), and left out of a
    /// national system, which could not convert them.
    init?(_ credits: CreditPoints?) {
        guard let credits, let amount = credits.amount else { return nil }
        if let value = amount.value {
            self.init(value, in: credits.effectiveSystem)
            return
        }
        switch credits.effectiveSystem {
        case .ecvet: self.init(points: amount.written, system: "ECVET", framework: CodeLists.ecvetURI)
        case .ects: self.init(points: amount.written, system: "ECTS", framework: CodeLists.ectsURI)
        case .national: return nil
        }
    }

    init(points: String, system: String, framework: String?) {
        (self.points, self.system, self.framework) = (points, system, framework)
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

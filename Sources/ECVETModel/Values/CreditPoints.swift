/// Credit points as written, with the credit system they count in.
public struct CreditPoints: Sendable, Hashable {
    /// The points as written, with their value when they are a number; `nil` when the source
    /// names a credit system but gives no points (V09 and V27 report that).
    public var amount: DecimalText?
    /// `nil` when the source did not say: ECVET, or on a unit link the qualification's system.
    public var system: CreditSystem?
    /// Where the points were read; takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation
    /// Where the system was read (`system`), for a finding about it (V27); not in equality.
    public var valueLocations = ValueLocations()

    /// Points of `amount` in `system` (`nil` when the source did not say).
    public init(_ amount: DecimalText?, system: CreditSystem? = nil, location: SourceLocation = .none) {
        self.amount = amount
        self.system = system
        self.location = location
    }

    /// Points as written (`"7,5"`), in `system` (`nil` when the source did not say).
    public init(_ written: String, system: CreditSystem? = nil, location: SourceLocation = .none) {
        self.init(DecimalText(written), system: system, location: location)
    }

    /// The system in force: the one given, else ECVET.
    public var effectiveSystem: CreditSystem { system ?? .ecvet }
}

/// A credit system: ECVET, ECTS, or a national one with its factor to ECVET points.
public enum CreditSystem: Sendable, Hashable {
    /// ECVET points: 60 for the learning outcomes of a year of full-time VET.
    case ecvet
    /// ECTS credits, as in higher education.
    case ects
    /// A national system such as the Finnish `OSP` (osaamispiste); `ecvetFactor` is the number of
    /// ECVET points one national point is worth, when known.
    case national(name: String, ecvetFactor: DecimalText?)

    /// Reads a system name as written (`ECVET`, `ects`, `OSP`).
    public init(name: String, ecvetFactor: DecimalText? = nil) {
        switch name.uppercased() {
        case "ECVET" where ecvetFactor == nil: self = .ecvet
        case "ECTS" where ecvetFactor == nil: self = .ects
        default: self = .national(name: name, ecvetFactor: ecvetFactor)
        }
    }

    /// The name written in the canonical formats.
    public var name: String {
        switch self {
        case .ecvet: "ECVET"
        case .ects: "ECTS"
        case .national(let name, _): name
        }
    }

    /// A national system's ECVET points per national point, when given; `nil` for ECVET and ECTS.
    public var ecvetFactor: DecimalText? {
        if case .national(_, let factor) = self { return factor }
        return nil
    }
}

/// How serious a finding is. `error` fails the run; `warning` and `note` inform.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// For information; never fails a run.
    case note
    /// Likely a problem; does not fail a run.
    case warning
    /// Something wrong; fails the run.
    case error

    /// `note` < `warning` < `error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }
}

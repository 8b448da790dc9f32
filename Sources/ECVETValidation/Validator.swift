import ECVETModel

/// Runs the rules of a profile over a catalogue and adjusts the findings' severities by profile
/// and configuration.
public struct Validator: Sendable {
    public var profile: Profile
    public var settings: ValidationSettings
    /// Per rule id: a severity to use instead, or `nil` to switch the rule off.
    public var overrides: [String: Severity?]

    public init(profile: Profile = .ecvet, settings: ValidationSettings = ValidationSettings(),
                overrides: [String: Severity?] = [:]) {
        self.profile = profile
        self.settings = settings
        self.overrides = overrides
    }

    /// The findings about `catalogue`, sorted; the rules run in parallel.
    public func validate(_ catalogue: Catalogue) async -> [Diagnostic] {
        let context = await ValidationContext.make(catalogue: catalogue, profile: profile, settings: settings)
        let rules = RuleCatalog.all.filter { overrides[$0.id.id].map { $0 != nil } ?? true }
        let found = await withTaskGroup(of: [Diagnostic].self) { group in
            for rule in rules {
                group.addTask { rule.check(context) }
            }
            var all: [Diagnostic] = []
            for await findings in group { all += findings }
            return all
        }
        return Diagnostic.sortedForOutput(found.compactMap(adjust))
    }

    private func adjust(_ diagnostic: Diagnostic) -> Diagnostic? {
        guard var adjusted = profile.adjust(diagnostic) else { return nil }
        if let override = overrides[diagnostic.id.id], let severity = override {
            adjusted.severity = severity
        }
        return adjusted
    }
}

import ECVETFormats
import Foundation

/// Values for what the data lacks, given in `.ecvet.yaml` or a mapping's `defaults:`; one stage
/// of the pipeline after reading, so defaulted values reach validation and every output alike.
/// A default never replaces a value the data has.
public struct Defaults: Sendable {
    /// The EQF level of qualifications that give none.
    public var eqfLevel: EQFLevel?
    /// The NQF levels of qualifications that give none.
    public var nqfLevels: [NQFLevel] = []
    /// The ISCED-F 2013 fields of qualifications and units that give none.
    public var iscedF: [Code] = []
    /// The languages (ISO 639-1) of qualifications and units that give none.
    public var languages: [Code] = []
    /// The country (ISO 3166-1) of qualifications that give none.
    public var country: Code?
    /// The awarding body of qualifications that name none: an organisation's id.
    public var awardingBody: Reference?
    /// The credit system of qualification totals that name none.
    public var creditSystem: CreditSystem?

    /// No defaults.
    public init() {}

    /// Whether no default is set.
    public var isEmpty: Bool {
        eqfLevel == nil && nqfLevels.isEmpty && iscedF.isEmpty && languages.isEmpty && country == nil
            && awardingBody == nil && creditSystem == nil
    }

    /// These defaults, with `base`'s for what these leave unset.
    public func layered(over base: Defaults) -> Defaults {
        var result = self
        result.eqfLevel = eqfLevel ?? base.eqfLevel
        result.nqfLevels = nqfLevels.isEmpty ? base.nqfLevels : nqfLevels
        result.iscedF = iscedF.isEmpty ? base.iscedF : iscedF
        result.languages = languages.isEmpty ? base.languages : languages
        result.country = country ?? base.country
        result.awardingBody = awardingBody ?? base.awardingBody
        result.creditSystem = creditSystem ?? base.creditSystem
        return result
    }

    /// Fills what each qualification (and its units, for ISCED-F and languages) lacks.
    public func apply(to catalogue: inout Catalogue) {
        guard !isEmpty else { return }
        for index in catalogue.qualifications.indices {
            var qualification = catalogue.qualifications[index]
            if qualification.eqfLevel == nil { qualification.eqfLevel = eqfLevel }
            if qualification.nqfLevels.isEmpty { qualification.nqfLevels = nqfLevels }
            if qualification.iscedF.isEmpty { qualification.iscedF = iscedF }
            if qualification.languages.isEmpty { qualification.languages = languages }
            if qualification.country == nil { qualification.country = country }
            if qualification.awardingBody == nil { qualification.awardingBody = awardingBody }
            if let creditSystem, qualification.credits != nil, qualification.credits?.system == nil {
                qualification.credits?.system = creditSystem
            }
            catalogue.qualifications[index] = qualification
        }
        for index in catalogue.units.indices {
            if catalogue.units[index].iscedF.isEmpty { catalogue.units[index].iscedF = iscedF }
            if catalogue.units[index].languages.isEmpty { catalogue.units[index].languages = languages }
        }
    }

    /// Reads `defaults:` from a configuration or mapping file.
    package static func read(_ node: TreeNode, problem: (String, SourceLocation) -> Void) -> Defaults {
        var defaults = Defaults()
        for (key, keyLocation, value) in node.pairs {
            switch key {
            case "eqfLevel":
                defaults.eqfLevel = value.text.map { EQFLevel($0, location: value.location) }
            case "nqf":
                let items = value.items.isEmpty ? [value] : value.items
                defaults.nqfLevels = items.map { item in
                    NQFLevel(framework: item["framework"]?.text, level: item["level"]?.text, uri: item["uri"]?.text,
                             location: item.location)
                }
            case "iscedF":
                defaults.iscedF = codes(value)
            case "languages":
                defaults.languages = codes(value)
            case "country":
                defaults.country = value.text.map { Code($0, location: value.location) }
            case "awardingBody":
                defaults.awardingBody = value.text.map { Reference($0, location: value.location) }
            case "creditSystem":
                defaults.creditSystem = value.text.map { CreditSystem(name: $0) }
            default:
                let known = ["eqfLevel", "nqf", "iscedF", "languages", "country", "awardingBody", "creditSystem"]
                let meant = KeySuggestion.closest(to: key, among: known).map { "did you mean \($0)? " } ?? ""
                problem("unknown default \(key); \(meant)defaults are eqfLevel, nqf, iscedF, languages, country, awardingBody and creditSystem",
                        keyLocation)
            }
        }
        return defaults
    }

    private static func codes(_ node: TreeNode) -> [Code] {
        let items = node.items.isEmpty ? [node] : node.items
        return items.compactMap { item in item.text.map { Code($0, location: item.location) } }
    }
}

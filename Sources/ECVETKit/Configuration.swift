import ECVETFormats
import ECVETValidation
import Foundation
import ECVETBytes

/// What `.ecvet.yaml` (or `--config`) says: the rule profile, rules switched off or re-graded,
/// settings of the checks, and defaults for what the data lacks.
///
/// ```yaml
/// profile: europass
/// today: 2026-01-01
/// pointsPerYearTolerance: 15%
/// rules:
///   V11: off
///   V06: note
/// defaults:
///   eqfLevel: 4
///   nqf: {framework: FiNQF, level: "4"}
///   iscedF: ["0713"]
///   languages: [fi, sv]
///   country: FI
/// ```
public struct Configuration: Sendable {
    /// The name searched for from an input's folder upwards.
    public static let fileName = ".ecvet.yaml"

    /// The file it was read from; `nil` for the built-in configuration.
    public var file: String?
    /// The rule profile to validate with, unless the command line names one.
    public var profile: Profile?
    /// Settings of the checks: the day expiry is judged against, tolerances.
    public var settings = ValidationSettings()
    /// Per rule id: a severity, or `nil` for off.
    public var rules: [String: Severity?] = [:]
    /// Values for what the data lacks.
    public var defaults = Defaults()
    /// The settings the file gave (`profile`, `today`, `rules`…), so that a configuration laid
    /// over another takes only what it says.
    private var given: Set<String> = []

    /// The built-in configuration: the `ecvet` profile, default settings, no defaults.
    public init() {}

    /// Reads a configuration file; problems are reported with their place.
    public static func load(path: String) -> (configuration: Configuration, diagnostics: [Diagnostic]) {
        let node: TreeNode
        do throws(SyntaxError) {
            node = try TreeNode.readYAML(path: path)
        } catch {
            var configuration = Configuration()
            configuration.file = path
            return (configuration, [error.diagnostic])
        }
        var diagnostics: [Diagnostic] = []
        var configuration = read(node, settings: allSettings) { message, location in
            diagnostics.append(Diagnostic(.configuration, message, at: location))
        }
        configuration.file = path
        return (configuration, diagnostics)
    }

    /// Every setting of a configuration file, in the order messages name them.
    static let allSettings = ["profile", "today", "pointsPerYearTolerance", "hoursPerYear", "rules", "defaults"]

    /// Reads the settings of `node` (a configuration file, or a mapping's `validation:`) that
    /// `settings` allows; each problem is reported with its place.
    package static func read(_ node: TreeNode, settings: [String], problem: (String, SourceLocation) -> Void) -> Configuration {
        var configuration = Configuration()
        guard case .mapping = node else {
            problem("a configuration is a mapping of settings (profile:, rules:, defaults:…)", node.location)
            return configuration
        }
        for (key, keyLocation, value) in node.pairs {
            if settings.contains(key) { configuration.given.insert(key) }
            switch settings.contains(key) ? key : "" {
            case "profile":
                if let name = value.text, let profile = Profile(rawValue: name) {
                    configuration.profile = profile
                } else {
                    // A near miss (europas, ecevt) names the profile meant.
                    let written = value.text?.lowercased() ?? ""
                    let meant = Profile.allCases.first { profile in
                        profile.rawValue.hasPrefix(written.prefix(3)) && abs(profile.rawValue.count - written.count) <= 2
                    }
                    problem("profile is one of \(Profile.allCases.map(\.rawValue).joined(separator: ", "))"
                            + (meant.map { "; did you mean \($0.rawValue)?" } ?? ""), value.location)
                }
            case "today":
                if let text = value.text, let date = parseDate(text) {
                    configuration.settings.today = date
                } else {
                    problem("today is a date such as 2026-01-31", value.location)
                }
            case "pointsPerYearTolerance":
                if let text = value.text, let fraction = parseFraction(text) {
                    configuration.settings.pointsPerYearTolerance = fraction
                } else {
                    problem("pointsPerYearTolerance is a fraction (0.1) or a percentage (10%)", value.location)
                }
            case "hoursPerYear":
                if let value = value.text.flatMap({ DecimalText($0).value }), value > 0 {
                    configuration.settings.hoursPerYear = value
                } else {
                    problem("hoursPerYear is a positive number", value.location)
                }
            case "rules":
                for (id, idLocation, setting) in value.pairs {
                    guard RuleCatalog.rule(id) != nil else {
                        problem("there is no rule \(id); `ecvet rules` lists them (V01–V37)", idLocation)
                        continue
                    }
                    guard let text = setting.text, let severity = parseSeverity(text) else {
                        let meant = setting.text.flatMap { KeySuggestion.closest(to: $0, among: ["off", "note", "warning", "error"]) }
                        problem("a rule is set to off, note, warning or error" + (meant.map { "; did you mean \($0)?" } ?? ""), setting.location)
                        continue
                    }
                    configuration.rules[id.uppercased()] = severity
                }
            case "defaults":
                configuration.defaults = Defaults.read(value, problem: problem)
            default:
                let known = settings.dropLast().joined(separator: ", ") + " and " + settings.last!
                let meant = KeySuggestion.closest(to: key, among: settings).map { "did you mean \($0)? " } ?? ""
                problem("unknown setting \(key); \(meant)the settings are \(known)", keyLocation)
            }
        }
        return configuration
    }

    /// This configuration laid over `base` (a mapping's policy): what this one gives wins, rule
    /// by rule and default by default; the rest is `base`'s.
    public func layered(over base: Configuration) -> Configuration {
        var result = base
        result.file = file ?? base.file
        result.given = base.given.union(given)
        if given.contains("profile") { result.profile = profile }
        if given.contains("today") { result.settings.today = settings.today }
        if given.contains("pointsPerYearTolerance") { result.settings.pointsPerYearTolerance = settings.pointsPerYearTolerance }
        if given.contains("hoursPerYear") { result.settings.hoursPerYear = settings.hoursPerYear }
        for (id, severity) in rules { result.rules[id] = severity }
        result.defaults = defaults.layered(over: base.defaults)
        return result
    }

    /// The configuration that applies to `input`: the nearest `.ecvet.yaml` in its folder or
    /// a folder above it.
    public static func find(for input: String) -> String? {
        searchStart(for: input).flatMap(find(from:))
    }

    /// The nearest `.ecvet.yaml` in `start` or a folder above it, or `nil`.
    public static func find(from start: URL) -> String? {
        var folder = start
        while true {
            let candidate = folder.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The folder where the search for `input`'s configuration starts: the input itself when it
    /// is a folder (a folder of CSV tables), else the folder that holds it; `nil` for standard
    /// input.
    public static func searchStart(for input: String) -> URL? {
        guard input != "-" else { return nil }
        let path = URL(fileURLWithPath: input).standardizedFileURL
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder)
        return exists && isFolder.boolValue ? path : path.deletingLastPathComponent()
    }

    /// `off`, `note`, `warning`, `error`: the severity, `.some(nil)` for off, `nil` when unknown.
    public static func parseSeverity(_ text: String) -> Severity?? {
        switch text.lowercased() {
        case "off", "false", "no", "none": .some(nil)
        case "info": .some(.note)
        default: Severity(rawValue: text.lowercased()).map { .some($0) }
        }
    }

    /// A calendar date (`2026-01-31`) at midnight UTC.
    public static func parseDate(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        components.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: components)
    }

    static func parseFraction(_ text: String) -> Decimal? {
        if text.hasSuffix("%") {
            return DecimalText(String(text.dropLast())).value.map { $0 / 100 }
        }
        return DecimalText(text).value
    }
}

import ArgumentParser
import ECVETKit
import Foundation

/// Finds and reads the configuration of each input (`--config`, else the nearest
/// `.ecvet.yaml`), reading each file once, laid over the mapping's policy when inputs are read
/// through a mapping, and applies its defaults to the catalogues.
struct ConfigurationLoader {
    let explicit: String?
    /// The mapping's `validation:` and `defaults:`, which a configuration file overrides.
    var base: Configuration?
    private var cache: [String: (Configuration, [Diagnostic])] = [:]
    private var found: [String: String?] = [:]

    init(explicit: String?, base: Configuration? = nil) {
        self.explicit = explicit
        self.base = base
    }

    /// The configuration for `input`, and the problems of its file (reported once).
    mutating func configuration(for input: String) -> (Configuration, [Diagnostic]) {
        guard let path = explicit ?? nearest(for: input) else { return (base ?? Configuration(), []) }
        if let known = cache[path] { return (layered(known.0), []) }
        let loaded = Configuration.load(path: path)
        cache[path] = (loaded.configuration, loaded.diagnostics)
        return (layered(loaded.configuration), loaded.diagnostics)
    }

    private func layered(_ configuration: Configuration) -> Configuration {
        base.map { configuration.layered(over: $0) } ?? configuration
    }

    /// The nearest `.ecvet.yaml`, looked for once per folder where a search starts: a batch of
    /// files in one folder shares it.
    private mutating func nearest(for input: String) -> String? {
        let start = Configuration.searchStart(for: input)
        let folder = start?.path ?? input
        if let known = found[folder] { return known }
        let path = start.flatMap(Configuration.find(from:))
        found[folder] = .some(path)
        return path
    }

    /// The configuration of each input, in order, and the problems of their files.
    mutating func configurations(for inputs: [String]) -> (configurations: [Configuration], diagnostics: [Diagnostic]) {
        var configurations: [Configuration] = []
        var diagnostics: [Diagnostic] = []
        for input in inputs {
            let (configuration, problems) = configuration(for: input)
            diagnostics += problems
            configurations.append(configuration)
        }
        return (configurations, diagnostics)
    }
}

extension InputPaths {
    /// Config files and mapping files found in folders are not catalogues.
    static func isCatalogueCandidate(_ name: String) -> Bool {
        name != Configuration.fileName && !name.hasSuffix(".mapping.yaml") && !name.hasSuffix(".mapping.yml")
    }
}

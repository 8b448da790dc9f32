import ECVETFormats
import Foundation
import ECVETBytes

/// A mapping file read and ready: the mapping, its `defaults:` for the defaults stage, and its
/// `validation:` policy.
public struct LoadedMapping: Sendable {
    package var mapping: Mapping
    /// The mapping's `defaults:`, applied to every catalogue read through it.
    public var defaults: Defaults
    /// How catalogues read through the mapping are checked (`validation:`: profile, rules,
    /// settings), with its `defaults:`. A configuration file laid over it wins
    /// (`Configuration.layered(over:)`).
    public var configuration: Configuration
}

extension ECVET {
    /// Reads a mapping file (`--mapping`); `nil` with its problems, each at its line in the
    /// mapping file, when it cannot be used.
    public static func loadMapping(path: String) -> (mapping: LoadedMapping?, diagnostics: [Diagnostic]) {
        prepare(Mapping.load(path: path))
    }

    /// Reads a mapping from YAML text; `name` is used in diagnostics.
    public static func loadMapping(yaml: String, name: String) -> (mapping: LoadedMapping?, diagnostics: [Diagnostic]) {
        prepare(Mapping.load(yaml: yaml, name: name))
    }

    private static func prepare(_ loaded: (mapping: Mapping?, diagnostics: [Diagnostic]))
        -> (mapping: LoadedMapping?, diagnostics: [Diagnostic]) {
        var diagnostics = loaded.diagnostics
        guard let mapping = loaded.mapping else { return (nil, diagnostics) }
        var defaults = Defaults()
        if let node = mapping.defaults {
            defaults = Defaults.read(node) { message, location in
                diagnostics.append(Diagnostic(.mappingValue, message, at: location))
            }
        }
        var configuration = Configuration()
        if let node = mapping.validation {
            // A mapping's defaults are its top-level defaults:, applied as the export is read.
            let settings = Configuration.allSettings.filter { $0 != "defaults" }
            configuration = Configuration.read(node, settings: settings) { message, location in
                diagnostics.append(Diagnostic(.mappingValue, message, at: location))
            }
        }
        configuration.defaults = defaults
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        return (LoadedMapping(mapping: mapping, defaults: defaults, configuration: configuration), diagnostics)
    }

    /// Reads a foreign export (`-` for standard input) through a mapping, then fills what it
    /// lacks from the mapping's `defaults:`, or with `configuration`, from its defaults laid
    /// over the mapping's.
    ///
    /// The result's `coverage` says what each entry of the mapping selected and each field
    /// found; with `trace`, it also says which source values made the fields of the records
    /// with that id.
    public static func read(path: String, mapping: LoadedMapping, configuration: Configuration? = nil,
                            trace: String? = nil) -> LoadedCatalogue {
        read(path: path, mapping: mapping, configuration: configuration, trace: trace, progress: nil)
    }

    /// `read(path:mapping:configuration:trace:)`, counting the bytes read into `progress`.
    package static func read(path: String, mapping: LoadedMapping, configuration: Configuration? = nil,
                             trace: String? = nil, progress: ReadProgress?) -> LoadedCatalogue {
        do throws(SyntaxError) {
            let input = try ByteInput(path: path)
            input.progress = progress
            return read(input, mapping: mapping, configuration: configuration, trace: trace)
        } catch {
            return LoadedCatalogue(source: path, format: nil, catalogue: nil, diagnostics: [error.diagnostic],
                                   mapping: mapping.mapping.file)
        }
    }

    /// Reads a foreign export held in memory through a mapping; `name` is used in diagnostics.
    public static func read(bytes: [UInt8], name: String, mapping: LoadedMapping) -> LoadedCatalogue {
        read(ByteInput(bytes: bytes, name: name), mapping: mapping)
    }

    private static func read(_ input: ByteInput, mapping: LoadedMapping, configuration: Configuration? = nil,
                             trace: String? = nil) -> LoadedCatalogue {
        var result = mapping.mapping.read(input, trace: trace)
        if var catalogue = result.catalogue {
            (configuration?.defaults.layered(over: mapping.defaults) ?? mapping.defaults).apply(to: &catalogue)
            result.catalogue = catalogue
        }
        var loaded = LoadedCatalogue(source: input.name, format: nil, catalogue: result.catalogue,
                                     diagnostics: result.diagnostics, mapping: mapping.mapping.file)
        loaded.coverage = result.coverage
        return loaded
    }

    /// Reads many foreign exports in parallel through one mapping, keeping their order.
    public static func read(paths: [String], mapping: LoadedMapping, configurations: [Configuration]? = nil,
                            trace: String? = nil, progress: @escaping @Sendable () -> Void = {}) async -> [LoadedCatalogue] {
        let indexed = Array(paths.enumerated())
        return await DedicatedThreads.map(indexed) { index, path in
            let loaded = read(path: path, mapping: mapping, configuration: configurations?[index], trace: trace)
            progress()
            return loaded
        }
    }
}


import ECVETFormats
import Foundation
import ECVETBytes

/// A mapping file read and ready: the mapping, and its `defaults:` for the defaults stage.
public struct LoadedMapping: Sendable {
    package var mapping: Mapping
    /// The mapping's `defaults:`, applied to every catalogue read through it.
    public var defaults: Defaults
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
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        return (LoadedMapping(mapping: mapping, defaults: defaults), diagnostics)
    }

    /// Reads a foreign export (`-` for standard input) through a mapping, then fills what it
    /// lacks from the mapping's `defaults:`.
    public static func read(path: String, mapping: LoadedMapping) -> LoadedCatalogue {
        do throws(SyntaxError) {
            return read(try ByteInput(path: path), mapping: mapping)
        } catch {
            return LoadedCatalogue(source: path, format: nil, catalogue: nil, diagnostics: [error.diagnostic],
                                   mapping: mapping.mapping.file)
        }
    }

    /// Reads a foreign export held in memory through a mapping; `name` is used in diagnostics.
    public static func read(bytes: [UInt8], name: String, mapping: LoadedMapping) -> LoadedCatalogue {
        read(ByteInput(bytes: bytes, name: name), mapping: mapping)
    }

    private static func read(_ input: ByteInput, mapping: LoadedMapping) -> LoadedCatalogue {
        var result = mapping.mapping.read(input)
        if var catalogue = result.catalogue {
            mapping.defaults.apply(to: &catalogue)
            result.catalogue = catalogue
        }
        return LoadedCatalogue(source: input.name, format: nil, catalogue: result.catalogue,
                               diagnostics: result.diagnostics, mapping: mapping.mapping.file)
    }

    /// Reads many foreign exports in parallel through one mapping, keeping their order.
    public static func read(paths: [String], mapping: LoadedMapping,
                            progress: @escaping @Sendable () -> Void = {}) async -> [LoadedCatalogue] {
        await DedicatedThreads.map(paths) { path in
            let loaded = read(path: path, mapping: mapping)
            progress()
            return loaded
        }
    }
}


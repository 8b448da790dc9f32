import ECVETFormats
import ECVETValidation
import Foundation
import ECVETBytes
import ECVETSyntax

extension ECVET {
    /// Checks a catalogue with the rules of `profile` (the configuration's, else `ecvet`),
    /// the configuration's rule settings and then `overrides` (from the command line).
    public static func validate(_ catalogue: Catalogue, profile: Profile? = nil,
                                configuration: Configuration = Configuration(),
                                overrides: [String: Severity?] = [:]) async -> [Diagnostic] {
        var rules = configuration.rules
        for (id, severity) in overrides { rules[id] = severity }
        let validator = Validator(profile: profile ?? configuration.profile ?? .ecvet,
                                  settings: configuration.settings, overrides: rules)
        return await validator.validate(catalogue)
    }

    /// Why the schema at `path` cannot be used (missing, unreadable, not an XSD), or `nil`.
    public static func schemaProblem(at path: String) -> Diagnostic? {
        if case .failure(let error) = loadSchema(path) { return error.diagnostic }
        return nil
    }

    /// Checks XML files against a schema in parallel, keeping their order; the schema is
    /// parsed once for all of them.
    public static func checkSchema(paths: [String], xsd: String? = nil) async -> [[Diagnostic]] {
        let schema: XMLSchema
        switch loadSchema(xsd) {
        case .success(let loaded): schema = loaded
        case .failure(let error): return paths.map { _ in [error.diagnostic] }
        }
        return await DedicatedThreads.map(paths) { check(path: $0, against: schema) }
    }

    /// Checks an XML file against a schema (the canonical catalogue XSD unless given), and
    /// nothing else: every schema error with its line.
    public static func checkSchema(path: String, xsd: String? = nil) -> [Diagnostic] {
        switch loadSchema(xsd) {
        case .success(let schema): check(path: path, against: schema)
        case .failure(let error): [error.diagnostic]
        }
    }

    /// The name that stands for the official Europass LOQ schema (ELM 3.1.0) built into
    /// ECVETKit wherever a schema path is asked for, e.g. `--xsd europass`. A file of that
    /// name is given as `./europass`.
    public static let europassSchemaName = "europass"

    /// The schema at `path`, the official Europass one for ``europassSchemaName``, or the
    /// canonical catalogue XSD.
    static func loadSchema(_ path: String?) -> Result<XMLSchema, SyntaxError> {
        guard let path else { return .success(XMLSchema.canonical) }
        if path == europassSchemaName { return .success(XMLSchema.europass) }
        do throws(SyntaxError) {
            return .success(try XMLSchema(path: path))
        } catch {
            return .failure(error)
        }
    }

    static func check(path: String, against schema: XMLSchema) -> [Diagnostic] {
        do throws(SyntaxError) {
            let reader = try XMLEventReader(input: ByteInput(path: path), schema: schema)
            do throws(SyntaxError) {
                try reader.drain()
            } catch {
                return reader.diagnostics + [error.diagnostic]
            }
            return reader.diagnostics
        } catch {
            return [error.diagnostic]
        }
    }
}

@_exported import enum ECVETValidation.Profile
@_exported import struct ECVETValidation.ValidationSettings
@_exported import enum ECVETValidation.RuleCatalog
@_exported import protocol ECVETValidation.Rule
@_exported import struct ECVETValidation.HomeCatalogues

import ECVETFormats
import ECVETValidation
import Foundation

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
        do throws(SyntaxError) {
            _ = try XMLSchema(path: path)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    /// Checks XML files against a schema in parallel, keeping their order.
    public static func checkSchema(paths: [String], xsd: String? = nil) async -> [[Diagnostic]] {
        await DedicatedThreads.map(paths) { checkSchema(path: $0, xsd: xsd) }
    }

    /// Checks an XML file against a schema (the canonical catalogue XSD unless given), and
    /// nothing else: every schema error with its line.
    public static func checkSchema(path: String, xsd: String? = nil) -> [Diagnostic] {
        do throws(SyntaxError) {
            let schema = try xsd.map { path throws(SyntaxError) in try XMLSchema(path: path) } ?? XMLSchema.canonical
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

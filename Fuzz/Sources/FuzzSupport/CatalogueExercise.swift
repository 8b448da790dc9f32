import ECVETKit

/// What every target does with what it read: the defaults stage, the rules, one writer and the
/// reader of what that writer wrote, so that a crash anywhere on the way from bytes to bytes
/// surfaces, not only in the reader.
///
/// The writer is picked by a number the target derives from its input (its size), so that one
/// input always takes the same path and a finding replays.
public enum CatalogueExercise {
    /// Every format the library writes, in the order `choice` picks from.
    static let writers: [CatalogueFormat] = [.json, .yaml, .xml, .europassXML, .csv, .europassCSV]

    /// Runs the stages on `loaded`'s catalogue, if it has one, with `configuration`'s rules,
    /// settings and defaults.
    public static func run(_ loaded: LoadedCatalogue, choice: Int, configuration: Configuration = Configuration()) {
        guard var catalogue = loaded.catalogue else { return }
        configuration.defaults.apply(to: &catalogue)
        let format = writers[abs(choice % writers.count)]
        let checked = catalogue
        _ = BlockingWait.result {
            let findings = await ECVET.validate(checked, configuration: configuration)
            let written = await write(checked, as: format, configuration: configuration)
            return findings.count + (written?.diagnostics.count ?? 0)
        }
    }

    /// Writes `catalogue` as `format` (Europass formats even when the europass profile objects)
    /// and reads it back.
    private static func write(_ catalogue: Catalogue, as format: CatalogueFormat,
                              configuration: Configuration) async -> LoadedCatalogue? {
        if format.isFolder {
            ScratchFolder.remove("written")
            let folder = "\(ScratchFolder.path)/written"
            defer { ScratchFolder.remove("written") }
            guard (try? await ECVET.write(catalogue, as: format, to: folder, configuration: configuration,
                                          allowIncomplete: true)) != nil else { return nil }
            return ECVET.read(path: folder)
        }
        guard let encoded = try? await ECVET.encode(catalogue, as: format, configuration: configuration,
                                                    allowIncomplete: true),
              let bytes = encoded.bytes else { return nil }
        return ECVET.read(bytes: bytes, name: "written.\(format.fileExtension)", format: format)
    }
}

import ECVETKit
import Foundation
import Testing

/// Every input a fuzz target crashed or stalled on stays read, checked and written cleanly.
@Suite("Inputs the fuzz targets found")
struct FuzzRegressionTests {
    @Test("each reads to a catalogue or an error, and its catalogue is checked and written in every format",
          arguments: FuzzRegression.all())
    func replays(_ regression: FuzzRegression) async throws {
        let start = ContinuousClock.now
        let (loaded, configuration) = try regression.read()
        #expect(loaded.catalogue != nil || !loaded.documents.isEmpty || loaded.diagnostics.hasErrors,
                "an input that gives no catalogue or document says why")
        _ = await ECVET.validate(documents: loaded.documents)
        for document in loaded.documents {
            for format in ECVET.documentFormats {
                _ = ECVET.read(bytes: try ECVET.encode(document, as: format), name: "written.\(format.fileExtension)")
            }
        }
        if var catalogue = loaded.catalogue {
            configuration.defaults.apply(to: &catalogue)
            _ = await ECVET.validate(catalogue, configuration: configuration)
            for format in [CatalogueFormat.json, .yaml, .xml, .europassXML] {
                let encoded = try await ECVET.encode(catalogue, as: format, configuration: configuration,
                                                     allowIncomplete: true)
                let bytes = try #require(encoded.bytes)
                _ = ECVET.read(bytes: bytes, name: "written.\(format.fileExtension)", format: format)
            }
        }
        // The fuzz targets call an input that runs 10 s a finding; a debug build is slower.
        #expect(ContinuousClock.now - start < .seconds(60))
    }

    @Test("every folder of regressions is named for a fuzz target")
    func foldersNameTargets() {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: FuzzRegression.folder.path)) ?? []
        for folder in folders where !folder.hasPrefix(".") {
            #expect(FuzzRegression.targets.contains(folder), "\(folder) is no fuzz target")
        }
    }
}

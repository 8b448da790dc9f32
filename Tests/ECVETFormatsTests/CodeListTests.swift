import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

@Suite("Embedded code lists")
struct CodeListTests {
    static let folder = Fixtures.repository.appendingPathComponent("Schemas/codelists")

    /// The rows of a reference CSV (RFC 4180), read with the project's own CSV reader.
    func rows(_ name: String) throws -> [[String: String]] {
        let reader = CSVRecordReader(input: try ByteInput(path: Self.folder.appendingPathComponent(name).path))
        guard try reader.next() else { return [] }
        let header = reader.fields
        var rows: [[String: String]] = []
        while try reader.next() {
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, reader.fields)))
        }
        return rows
    }

    @Test("the embedded lists are the reference files in Schemas/codelists (regenerate with Sources/ECVETModel/CodeLists/generate.py)")
    func sameAsReference() throws {
        #expect(try rows("eqf-levels.csv").map { $0["uri"]! } == CodeLists.eqfLevels.map(\.uri))
        #expect(try rows("isced-f-2013.csv").map { $0["code"]! } == CodeLists.iscedF.map(\.code))
        #expect(try rows("iso-639-1-languages.csv").map { $0["alpha2"]! + $0["eu_language_authority_uri"]! }
            == CodeLists.languages.map { $0.alpha2 + $0.uri })
        #expect(try rows("iso-3166-1-countries.csv").map { $0["alpha2"]! + $0["eu_country_authority_uri"]! }
            == CodeLists.countries.map { $0.alpha2 + $0.uri })
        #expect(try rows("europass-nqf-levels.csv").map { $0["uri"]! + $0["label_en"]! }
            == CodeLists.nqfLevels.map { $0.uri + $0.label })
        #expect(try rows("europass-small-vocabularies.csv").map { $0["uri"]! } == CodeLists.vocabularyTerms.map(\.uri))
    }

    @Test("national framework levels resolve to Europass URIs", arguments: [
        ("FiNQF", "4", "http://data.europa.eu/snb/qdr/c_cbf250da"),
        ("finqf", " 4 ", "http://data.europa.eu/snb/qdr/c_cbf250da"),
        ("DQR", "4", "http://data.europa.eu/snb/qdr/c_12a84182"),
        ("NLQF", "4", "http://data.europa.eu/snb/qdr/c_ff656b33"),
    ])
    func nqf(framework: String, level: String, uri: String) {
        #expect(CodeLists.nqfURI(framework: framework, level: level) == uri)
    }

    @Test("lookups: ISCED-F keeps leading zeros, EU country forms, ISO 639-2")
    func lookups() {
        #expect(CodeLists.iscedFByCode["0713"]?.label == "Electricity and energy")
        #expect(CodeLists.iscedFByCode["713"] == nil)
        #expect(CodeLists.countryByEUCode["EL"]?.alpha2 == "GR")
        #expect(CodeLists.countryByEUCode["UK"]?.alpha2 == "GB")
        #expect(CodeLists.languageByAlpha2["fi"]?.alpha3 == "fin")
        #expect(CodeLists.languageByAlpha2["sv"]?.uri == "http://publications.europa.eu/resource/authority/language/SWE")
    }
}

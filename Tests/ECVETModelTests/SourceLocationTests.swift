@testable import ECVETModel
import Testing

@Suite("Source locations")
struct SourceLocationTests {
    @Test("locations are equal only when file, line, column and path are")
    func equality() {
        let place = SourceLocation(file: "tutkinnot.json", line: 12, column: 5, path: "/units/3")
        #expect(place == SourceLocation(file: "tutkinnot.json", line: 12, column: 5, path: "/units/3"))
        #expect(place != SourceLocation(file: "examens.json", line: 12, column: 5, path: "/units/3"))
        #expect(place != SourceLocation(file: "tutkinnot.json", line: 13, column: 5, path: "/units/3"))
        #expect(place != SourceLocation(file: "tutkinnot.json", line: 12, column: nil, path: "/units/3"))
        #expect(place != SourceLocation(file: "tutkinnot.json", line: 12, column: 5, path: "/units/4"))
        #expect(Set([place, place.appending(path: "title")]).count == 2)
    }

    @Test("entities read from different places are equal when their content is")
    func entitiesIgnoreLocations() {
        let title = LocalizedText(["fi": "Hitsaus", "sv": "Svetsning"])
        let json = Unit(id: "U-12", title: title, location: SourceLocation(file: "a.json", line: 4, column: 7))
        let xml = Unit(id: "U-12", title: title, location: SourceLocation(file: "a.xml", line: 40, column: 3))
        #expect(json == xml)
        #expect(json.hashValue == xml.hashValue)
        #expect(json.location != xml.location)
        var renamed = xml
        renamed.id = "U-13"
        #expect(json != renamed)
    }
}

import ECVETBytes
@testable import ECVETFormats
@testable import ECVETKit
import ECVETModel
import ECVETSyntax
import ECVETTestSupport
import Foundation
import Testing

/// Large YAML and XML files are parsed on a thread of their own, ahead of the binder. These tests
/// check that this changes nothing that can be seen: the same events at the same places, errors
/// where the parser met them, and no hang when the consumer stops early.
@Suite("Reading ahead on a second thread")
struct ReadAheadTests {
    /// A YAML document of many thousands of events (several batches), with anchors and aliases,
    /// block scalars, quoted and null scalars, and non-ASCII text; `tail` is appended at the end.
    func bigYAML(entries: Int = 3_000, tail: String = "") -> [UInt8] {
        var text = "\u{FEFF}# luettelo\ndefaults: &defaults\n  country: FI\n  languages: [fi, sv]\nentries:\n"
        for index in 0..<entries {
            text += "  - id: \"E-\(index)\"\n    title: Ärrå \(index) – kök\n    note: ~\n"
            text += "    base: *defaults\n    empty:\n    body: |\n      rivi \(index)\n      toinen rivi\n"
            if index % 500 == 0 { text += "    shared: &s\(index) {k: v\(index), n: null}\n" }
            if index % 500 == 1 { text += "    again: *s\(index - 1)\n" }
        }
        text += tail
        return Array(text.utf8)
    }

    struct PlacedEvent: Equatable {
        var event: TreeEvent
        var line: Int
        var column: Int
    }

    func treeEvents(_ bytes: [UInt8], readAhead: Bool, limit: Int = .max) -> (events: [PlacedEvent], failure: Diagnostic?) {
        let reader = YAMLEventReader(input: ByteInput(bytes: bytes, name: "big.yaml"), readAhead: readAhead)
        var events: [PlacedEvent] = []
        do {
            while events.count < limit {
                let event = try reader.next()
                events.append(PlacedEvent(event: event, line: reader.eventLine, column: reader.eventColumn()))
                if event == .end { break }
            }
            return (events, nil)
        } catch {
            return (events, error.diagnostic)
        }
    }

    @Test("YAML read ahead gives the same events at the same places as YAML read in line")
    func yamlSameEvents() throws {
        let bytes = bigYAML()
        let ahead = treeEvents(bytes, readAhead: true)
        let inLine = treeEvents(bytes, readAhead: false)
        #expect(ahead.failure == nil)
        #expect(ahead.events.count > 50_000)
        #expect(ahead.events == inLine.events)
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("&s2500") })
        let column = try #require(lines[line].range(of: "v2500")).lowerBound.utf16Offset(in: lines[line]) + 1
        #expect(ahead.events.contains(PlacedEvent(event: .scalar("v2500", .plain), line: line + 1, column: column)))
    }

    @Test("a YAML error after many batches is reported where the parser met it, after every event before it",
          arguments: ["entries:\n\t- tab\n", "  - id: [unclosed\n", "  - *missing\n"])
    func yamlLateError(tail: String) throws {
        let bytes = bigYAML(tail: tail)
        let ahead = treeEvents(bytes, readAhead: true)
        let inLine = treeEvents(bytes, readAhead: false)
        let failure = try #require(ahead.failure)
        #expect(failure == inLine.failure)
        #expect(failure.location?.line ?? 0 > 18_000)
        #expect(ahead.events == inLine.events)
    }

    @Test("a YAML reader dropped half-way stops its reading thread")
    func yamlEarlyStop() {
        for _ in 0..<20 {
            let partial = treeEvents(bigYAML(), readAhead: true, limit: 10)
            #expect(partial.events.count == 10)
        }
    }

    @Test("an alias bomb is refused the same way when read ahead")
    func yamlAliasBomb() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(previous)]\n"
        }
        let loaded = ECVET.read(bytes: Array(text.utf8), name: "bomb.yaml")
        #expect(loaded.catalogue == nil)
        #expect(loaded.diagnostics.map(\.id) == [.aliasExpansion])
    }

    /// An XML document of many thousands of events with namespaces, attributes whose names first
    /// appear late, text with entities, CDATA and non-ASCII, then `tail`.
    func bigXML(elements: Int = 4_000, tail: String = "</root>\n") -> [UInt8] {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root xmlns=\"urn:a\" xmlns:b=\"urn:b\" version=\"1\">\n"
        for index in 0..<elements {
            text += "  <item id=\"I-\(index)\" b:kind=\"k\(index % 7)\"\(index == 3_999 ? " late=\"yes\" b:later=\"\"" : "")>"
            text += "Pätevyys &amp; osaaminen \(index) <![CDATA[<raw>]]></item>\n"
            if index % 1_000 == 0 { text += "  <b:empty/>\n" }
        }
        text += tail
        return Array(text.utf8)
    }

    struct PlacedXMLEvent: Equatable {
        var event: XMLEvent
        var line: Int
    }

    func xmlEvents(_ bytes: [UInt8], readAhead: Bool) throws -> (events: [PlacedXMLEvent], failure: Diagnostic?) {
        let reader = try XMLEventReader(input: ByteInput(bytes: bytes, name: "big.xml"))
        let ahead = readAhead ? XMLReadAhead(reader) : nil
        var events: [PlacedXMLEvent] = []
        do throws(SyntaxError) {
            while true {
                let event = if let ahead { try ahead.next() } else { try reader.next() }
                events.append(PlacedXMLEvent(event: event, line: ahead?.eventLine ?? reader.eventLine))
                if event == .endOfDocument { return (events, nil) }
            }
        } catch {
            return (events, error.diagnostic)
        }
    }

    @Test("XML read ahead gives the same events, names, attributes and lines as XML read in line")
    func xmlSameEvents() throws {
        let bytes = bigXML()
        let ahead = try xmlEvents(bytes, readAhead: true)
        let inLine = try xmlEvents(bytes, readAhead: false)
        #expect(ahead.failure == nil)
        #expect(ahead.events.count > 16_000)
        #expect(ahead.events == inLine.events)
        let late = try #require(ahead.events.first {
            if case .start(_, _, let attributes) = $0.event { return attributes.contains { $0.name == "late" } }
            return false
        })
        guard case .start(let name, let namespace, let attributes) = late.event else { return }
        #expect(name == "item" && namespace == "urn:a")
        #expect(attributes.map { "\($0.namespace) \($0.name)=\($0.value)" } == [" id=I-3999", "urn:b kind=k2", " late=yes", "urn:b later="])
        #expect(late.line == 4_006)
    }

    @Test("an XML error after many batches is reported where the parser met it", arguments: [
        "  <item>unclosed</wrong>\n</root>\n", "</root>\n<second/>\n", "  <item>\u{1}</item>\n</root>\n",
    ])
    func xmlLateError(tail: String) throws {
        let bytes = bigXML(tail: tail)
        let ahead = try xmlEvents(bytes, readAhead: true)
        let inLine = try xmlEvents(bytes, readAhead: false)
        let failure = try #require(ahead.failure)
        #expect(failure == inLine.failure)
        #expect(failure.location?.line ?? 0 > 4_000)
        #expect(ahead.events == inLine.events)
    }

    @Test("a large XML file that is not a catalogue is refused at its root without reading on")
    func xmlEarlyStop() throws {
        for _ in 0..<20 {
            let loaded = ECVET.read(bytes: bigXML(elements: 20_000), name: "big.xml", format: .xml)
            #expect(loaded.catalogue == nil)
            #expect(loaded.diagnostics.map(\.id) == [.unknownInputFormat])
        }
    }

    @Test("content after the root element of a catalogue is an error")
    func xmlAfterRoot() throws {
        let text = "<?xml version=\"1.0\"?>\n<catalogue xmlns=\"urn:ecvetkit:catalogue:1\" version=\"1\"/>\n<catalogue/>\n"
        let loaded = ECVET.read(bytes: Array(text.utf8), name: "two.xml")
        #expect(loaded.catalogue == nil)
        #expect(loaded.diagnostics.first?.id == .xmlSyntax)
        #expect(loaded.diagnostics.first?.location?.line == 3)
    }
}

import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// Turns the events of a canonical XML catalogue into the model. The XSD (checked in the same
/// pass) judges the structure; the binder reads what it finds and keeps unknown elements as
/// extensions.
package struct CanonicalXMLBinder {
    /// The namespace of the canonical XML catalogue.
    package static let namespace = "urn:ecvetkit:catalogue:1"

    let reader: XMLReadAhead
    let file: String
    var diagnostics: [Diagnostic] = []

    init(reader: XMLReadAhead) {
        self.reader = reader
        self.file = reader.fileName
    }

    /// Reads one catalogue. The catalogue is `nil` when the XML is not well-formed.
    ///
    /// `reader` runs on a thread of its own from now on, ahead of the binding, and belongs to
    /// the binder: the caller must not use it again.
    package static func bind(_ reader: XMLEventReader) -> (catalogue: Catalogue?, diagnostics: [Diagnostic]) {
        bind(XMLReadAhead(reader))
    }

    static func bind(_ reader: XMLReadAhead) -> (catalogue: Catalogue?, diagnostics: [Diagnostic]) {
        var binder = CanonicalXMLBinder(reader: reader)
        do throws(SyntaxError) {
            let catalogue = try binder.bindDocument()
            // The schema's last findings come as the reader reaches the end.
            while try reader.next() != .endOfDocument {}
            return (catalogue, reader.diagnostics.map(CanonicalSchemaWording.reworded) + binder.diagnostics)
        } catch {
            // A document that is not a catalogue at all: the schema's complaints add nothing.
            if error.diagnostic.id == .unknownInputFormat { return (nil, [error.diagnostic]) }
            return (nil, reader.diagnostics.map(CanonicalSchemaWording.reworded) + binder.diagnostics + [error.diagnostic])
        }
    }

    // MARK: - Elements

    typealias Attributes = [XMLAttribute]

    func here(_ path: String) -> SourceLocation {
        SourceLocation(file: file, line: reader.eventLine, path: path)
    }

    func attribute(_ name: String, in attributes: Attributes) -> String? {
        attributes.first { $0.name == name && $0.namespace.isEmpty }?.value
    }

    /// Reads the children of the element just started. `body` binds a known child (in the
    /// catalogue namespace) and returns `true`; `<field>` children and elements of other
    /// namespaces become extensions.
    mutating func children(
        path: String,
        _ body: (inout Self, String, Attributes) throws(SyntaxError) -> Bool
    ) throws(SyntaxError) -> [ExtensionField] {
        var extensions: [ExtensionField] = []
        while true {
            switch try reader.next() {
            case .start(let name, let namespace, let attributes):
                if namespace == Self.namespace {
                    if name == "field" {
                        let location = here(path)
                        let key = attribute("name", in: attributes) ?? ""
                        let value = try fieldValue(attributes)
                        extensions.append(ExtensionField(key: key, value: value, location: location.appending(path: key)))
                        continue
                    }
                    if try body(&self, name, attributes) { continue }
                    // An element the schema does not allow here: the schema has reported it.
                    try skip()
                } else {
                    let location = here(path)
                    let key = namespace.isEmpty ? name : "{\(namespace)}\(name)"
                    var childNames: [String] = []
                    let text = try textContent(childNames: &childNames)
                    extensions.append(ExtensionField(key: key, value: .string(text), location: location.appending(path: key)))
                    // Kept as its text: what else it holds is said, not dropped without a word.
                    let lost = attributes.map { "attribute \($0.name)" } + childNames.map { "element \($0)" }
                    if !lost.isEmpty {
                        diagnostics.append(Diagnostic(.unknownKey,
                            "<\(name)> of namespace \(namespace) is kept as its text only; its \(Self.listed(lost)) are not kept",
                            at: location, hint: "write what it holds as <field> elements (Documentation/Formats.md) to keep it"))
                    }
                }
            case .end, .endOfDocument:
                return extensions
            case .text:
                continue
            }
        }
    }

    /// The text of the element just started (the text of nested elements included).
    mutating func textContent() throws(SyntaxError) -> String {
        var ignored: [String] = []
        return try textContent(childNames: &ignored)
    }

    /// The text of the element just started, with the names of the elements nested in it (the
    /// first few, each once).
    mutating func textContent(childNames: inout [String]) throws(SyntaxError) -> String {
        var text = ""
        var depth = 1
        while depth > 0 {
            switch try reader.next() {
            case .text(let piece): text += piece
            case .start(let name, _, _):
                depth += 1
                if childNames.count < 5 && !childNames.contains(name) { childNames.append(name) }
            case .end: depth -= 1
            case .endOfDocument: return text
            }
        }
        return text
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func listed(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    mutating func skip() throws(SyntaxError) {
        _ = try textContent()
    }

    /// A `<field type="…">` of unknown data.
    mutating func fieldValue(_ attributes: Attributes) throws(SyntaxError) -> ExtensionValue {
        switch attribute("type", in: attributes) {
        case "list", "object":
            let isObject = attribute("type", in: attributes) == "object"
            var items: [ExtensionValue] = []
            var fields: [ExtensionField] = []
            while true {
                switch try reader.next() {
                case .start(let name, _, let attributes) where name == "field":
                    let value = try fieldValue(attributes)
                    if isObject {
                        fields.append(ExtensionField(key: attribute("name", in: attributes) ?? "", value: value))
                    } else {
                        items.append(value)
                    }
                case .start:
                    try skip()
                case .text:
                    continue
                case .end, .endOfDocument:
                    return isObject ? .object(fields) : .list(items)
                }
            }
        case "number": return .number(try textContent().trimmingCharacters(in: .whitespacesAndNewlines))
        case "boolean": return .bool(try textContent().trimmingCharacters(in: .whitespacesAndNewlines) == "true")
        case "null":
            try skip()
            return .null
        default: return .string(try textContent())
        }
    }

    // MARK: - Values

    /// Appends `<title language="fi">…</title>` to a text.
    mutating func append(_ attributes: Attributes, to text: inout LocalizedText) throws(SyntaxError) {
        let language = attribute("language", in: attributes) ?? ""
        let line = reader.eventLine
        let content = try textContent()
        // A language given twice would keep one of its texts without a word (S16, as in JSON and YAML).
        if let first = text.entries.first(where: { $0.language == language }) {
            diagnostics.append(Diagnostic(.duplicateKey, "the text in language \"\(language)\" is given again; it is first given on line \(first.line ?? 0)",
                                          at: SourceLocation(file: file, line: line), hint: "keep one of them"))
            return
        }
        text.entries.append(LocalizedText.Entry(language: language, text: content, line: line))
    }

    /// The text content without surrounding white space; most values have none, and then
    /// Foundation's trimming is skipped.
    mutating func trimmed() throws(SyntaxError) -> String {
        let text = try textContent()
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        return isSpace(first) || isSpace(last) ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
    }

    mutating func code(_ path: String) throws(SyntaxError) -> Code {
        let location = here(path)
        return Code(try trimmed(), location: location)
    }

    mutating func reference(_ path: String) throws(SyntaxError) -> Reference {
        let location = here(path)
        return Reference(try trimmed(), location: location)
    }

    mutating func boolean() throws(SyntaxError) -> Bool? {
        Self.boolean(try trimmed())
    }

    static func boolean(_ text: String?) -> Bool? {
        switch text {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }

    mutating func credits(_ attributes: Attributes, path: String) throws(SyntaxError) -> CreditPoints {
        let location = here(path)
        try skip()
        let factor = attribute("ecvetFactor", in: attributes).map(DecimalText.init)
        let system = attribute("system", in: attributes).map { CreditSystem(name: $0, ecvetFactor: factor) }
            ?? factor.map { CreditSystem.national(name: "", ecvetFactor: $0) }
        // Findings about points (V10–V13) name the points value, as in JSON and YAML; without
        // points, the credits themselves (V09, V27).
        let points = attribute("points", in: attributes)
        var credits = CreditPoints(points.map(DecimalText.init), system: system,
                                   location: points == nil ? location : location.appending(path: "points"))
        if attribute("system", in: attributes) != nil { credits.valueLocations["system"] = location.appending(path: "system") }
        return credits
    }

    mutating func validity(_ attributes: Attributes, path: String) throws(SyntaxError) -> ValidityPeriod {
        let location = here(path)
        try skip()
        var period = ValidityPeriod(from: attribute("from", in: attributes), until: attribute("until", in: attributes),
                                    location: location)
        for key in ["from", "until"] {
            var attributeLocation = location
            attributeLocation.path += "/" + key
            period.valueLocations[key] = attributeLocation
        }
        return period
    }

    mutating func criterion(_ attributes: Attributes, path: String) throws(SyntaxError) -> AssessmentCriterion {
        var criterion = AssessmentCriterion(location: here(path))
        bindAttributes(attributes, into: &criterion, XMLFieldLookups.criterion, at: criterion.location)
        criterion.extensions = try children(path: path) { binder, name, attributes throws(SyntaxError) in
            try binder.bindElement(name, attributes, into: &criterion, XMLFieldLookups.criterion, path: path)
        }
        return criterion
    }

    mutating func assessment(path: String) throws(SyntaxError) -> Assessment {
        var assessment = Assessment(location: here(path))
        assessment.extensions = try children(path: path) { binder, name, attributes throws(SyntaxError) in
            switch name {
            case "procedures": try binder.append(attributes, to: &assessment.procedures)
            case "criterion":
                assessment.criteria.append(try binder.criterion(attributes, path: path + "/criteria/\(assessment.criteria.count)"))
            default: return false
            }
            return true
        }
        return assessment
    }
}

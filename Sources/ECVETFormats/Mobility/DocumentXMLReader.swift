import ECVETModel
import ECVETSyntax
import ECVETBytes

/// Reads a mobility document in canonical XML into nodes of the JSON form, guided by the
/// entities' tables (which fields are attributes, which elements repeat), so that the one
/// `DocumentBinder` binds every syntax. Elements and attributes the tables do not know are
/// reported (X01): the document does not follow `Schemas/ecvet-mobility.xsd`.
struct DocumentXMLReader {
    private let reader: XMLEventReader
    private(set) var diagnostics: [Diagnostic] = []

    init(_ reader: XMLEventReader) {
        self.reader = reader
    }

    /// The document as nodes, its `format` first; `nil` when the root is no mobility document.
    mutating func read() throws(SyntaxError) -> TreeNode? {
        var event = try reader.next()
        while case .text = event { event = try reader.next() }
        guard case .start(let name, let namespace, let attributes) = event else { return nil }
        let location = here()
        guard let kind = MobilityDocumentKind.allCases.first(where: { $0.xmlRoot == name }),
              namespace == CanonicalXMLEmitter.documentNamespace else {
            let roots = MobilityDocumentKind.allCases.map { "<\($0.xmlRoot)>" }.joined(separator: ", ")
            report("the root element <\(name)> in \(namespace.isEmpty ? "no namespace" : "namespace \(namespace)") is no mobility document: "
                   + "expected \(roots) in \(CanonicalXMLEmitter.documentNamespace)", at: location)
            return nil
        }
        if let version = attributes.first(where: { $0.name == "version" })?.value, version != "1" {
            throw SyntaxError(Diagnostic(.unsupportedFormat, "version \(version) of <\(name)> is not one this version reads (1)", at: location))
        }
        let body: TreeNode
        switch kind {
        case .memorandum: body = try entity(MemorandumOfUnderstanding.self, name: name, attributes: attributes, at: location, root: true)
        case .learningAgreement: body = try entity(LearningAgreement.self, name: name, attributes: attributes, at: location, root: true)
        case .transcript: body = try entity(PersonalTranscript.self, name: name, attributes: attributes, at: location, root: true)
        }
        return .mapping([(key: "format", keyLocation: location, value: .scalar(kind.rawValue, .string, location))] + body.pairs, location)
    }

    /// What one field collects from its elements: one value, list items, or texts by language.
    private enum Gathered {
        case single(TreeNode)
        case items([TreeNode])
        case languages([(key: String, keyLocation: SourceLocation, value: TreeNode)])

        func node(at location: SourceLocation) -> TreeNode {
            switch self {
            case .single(let node): node
            case .items(let items): .sequence(items, location)
            case .languages(let pairs): .mapping(pairs, location)
            }
        }
    }

    /// The element just started, as the mapping node of an entity of type `Entity`.
    private mutating func entity<Entity: DocumentEntity>(_ type: Entity.Type, name: String, attributes: [XMLAttribute],
                                                         at location: SourceLocation, root: Bool = false) throws(SyntaxError) -> TreeNode {
        let fields = Entity.fields
        var gathered: [(key: String, location: SourceLocation, value: Gathered)] = []
        func gather(_ key: String, at location: SourceLocation, _ update: (inout Gathered?) -> Void) {
            if let index = gathered.firstIndex(where: { $0.key == key }) {
                var value: Gathered? = gathered[index].value
                update(&value)
                if let value { gathered[index].value = value }
            } else {
                var value: Gathered?
                update(&value)
                if let value { gathered.append((key, location, value)) }
            }
        }
        for attribute in attributes where attribute.namespace.isEmpty && !(root && attribute.name == "version") {
            guard let field = fields.first(where: { $0.xml == .attribute(attribute.name) }) else {
                let known = fields.compactMap { if case .attribute(let name) = $0.xml { name } else { nil } }
                report("unknown attribute \(attribute.name) on <\(name)>" + Self.meant(attribute.name, known), at: location)
                continue
            }
            gathered.append((field.key, location, .single(.scalar(attribute.value, .string, location))))
        }
        var extensions: [(key: String, keyLocation: SourceLocation, value: TreeNode)] = []
        while true {
            switch try reader.next() {
            case .start(let child, let namespace, let childAttributes):
                let childLocation = here()
                guard namespace == CanonicalXMLEmitter.documentNamespace else {
                    report("element <\(child)> of \(namespace.isEmpty ? "no namespace" : "namespace \(namespace)") is not allowed in <\(name)>", at: childLocation)
                    try skip()
                    continue
                }
                if child == "field" {
                    let key = childAttributes.first { $0.name == "name" }?.value ?? ""
                    extensions.append((key, childLocation, try fieldValue(childAttributes, at: childLocation)))
                    continue
                }
                guard let field = fields.first(where: { $0.xml == .element(child) }) else {
                    let known = fields.compactMap { if case .element(let name) = $0.xml { name } else { nil } }
                    report("unknown element <\(child)> in <\(name)>" + Self.meant(child, known), at: childLocation)
                    try skip()
                    continue
                }
                // A field of one value, or a text's language, given twice would keep one of them without a word.
                if let first = gathered.first(where: { $0.key == field.key }), case .single = first.value {
                    repeated("<\(child)>", in: name, first: first.location, at: childLocation)
                }
                switch field.value {
                case .text, .choice, .date, .decimal, .integer, .code, .eqfLevel:
                    let text = try self.text(of: child)
                    gather(field.key, at: childLocation) { $0 = .single(.scalar(text, .string, childLocation)) }
                case .localizedText:
                    let language = childAttributes.first { $0.name == "language" }?.value ?? ""
                    if language.isEmpty { report("<\(child)> has no language attribute", at: childLocation) }
                    let text = try self.text(of: child)
                    gather(field.key, at: childLocation) { value in
                        guard case .languages(let pairs)? = value else {
                            value = .languages([(language, childLocation, .scalar(text, .string, childLocation))])
                            return
                        }
                        if let first = pairs.first(where: { $0.key == language }) {
                            repeated("<\(child) language=\"\(language)\">", in: name, first: first.keyLocation, at: childLocation)
                            return
                        }
                        value = .languages(pairs + [(language, childLocation, .scalar(text, .string, childLocation))])
                    }
                case .texts:
                    let text = try self.text(of: child)
                    append(.scalar(text, .string, childLocation), to: field.key, at: childLocation, in: &gathered)
                case .nqfLevel, .validity:
                    let pairs = childAttributes.filter { $0.namespace.isEmpty }
                        .map { (key: $0.name, keyLocation: childLocation, value: TreeNode.scalar($0.value, .string, childLocation)) }
                    _ = try self.text(of: child)
                    gather(field.key, at: childLocation) { $0 = .single(.mapping(pairs, childLocation)) }
                case .one(let children):
                    let node = try nested(children, name: child, attributes: childAttributes, at: childLocation)
                    gather(field.key, at: childLocation) { $0 = .single(node) }
                case .many(let children):
                    let node = try nested(children, name: child, attributes: childAttributes, at: childLocation)
                    append(node, to: field.key, at: childLocation, in: &gathered)
                }
            case .text(let text):
                if !text.allSatisfy(\.isWhitespace) { report("text is not allowed directly in <\(name)>", at: here()) }
            case .end, .endOfDocument:
                let pairs = gathered.map { (key: $0.key, keyLocation: $0.location, value: $0.value.node(at: $0.location)) }
                return .mapping(pairs + extensions, location)
            }
        }
    }

    private func append(_ node: TreeNode, to key: String, at location: SourceLocation,
                        in gathered: inout [(key: String, location: SourceLocation, value: Gathered)]) {
        if let index = gathered.firstIndex(where: { $0.key == key }), case .items(let items) = gathered[index].value {
            gathered[index].value = .items(items + [node])
        } else {
            gathered.append((key, location, .items([node])))
        }
    }

    private mutating func nested<Children: DocumentChildren>(_ children: Children, name: String, attributes: [XMLAttribute],
                                                            at location: SourceLocation) throws(SyntaxError) -> TreeNode {
        try entity(Children.Child.self, name: name, attributes: attributes, at: location)
    }

    /// The text of the element just started, up to its end; an element inside is reported.
    private mutating func text(of name: String) throws(SyntaxError) -> String {
        var text = ""
        while true {
            switch try reader.next() {
            case .text(let part): text += part
            case .start(let child, _, _):
                report("<\(name)> holds text, not an element <\(child)>", at: here())
                try skip()
            case .end, .endOfDocument: return text
            }
        }
    }

    /// An unknown field kept as `<field name="…" type="…">`, as the catalogue keeps them.
    private mutating func fieldValue(_ attributes: [XMLAttribute], at location: SourceLocation) throws(SyntaxError) -> TreeNode {
        let type = attributes.first { $0.name == "type" }?.value ?? "string"
        switch type {
        case "list", "object":
            var items: [TreeNode] = []
            var pairs: [(key: String, keyLocation: SourceLocation, value: TreeNode)] = []
            while true {
                switch try reader.next() {
                case .start(_, _, let childAttributes):
                    let childLocation = here()
                    let value = try fieldValue(childAttributes, at: childLocation)
                    items.append(value)
                    pairs.append((childAttributes.first { $0.name == "name" }?.value ?? "", childLocation, value))
                case .text: continue
                case .end, .endOfDocument: return type == "list" ? .sequence(items, location) : .mapping(pairs, location)
                }
            }
        default:
            let text = try self.text(of: "field")
            let kind: ScalarKind = switch type {
            case "number": .number
            case "boolean": .boolean
            case "null": .null
            default: .string
            }
            return .scalar(text, kind, location)
        }
    }

    private mutating func skip() throws(SyntaxError) {
        var depth = 1
        while depth > 0 {
            switch try reader.next() {
            case .start: depth += 1
            case .end: depth -= 1
            case .endOfDocument: return
            case .text: continue
            }
        }
    }

    private func here() -> SourceLocation {
        SourceLocation(file: reader.fileName, line: reader.eventLine)
    }

    private mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.xmlSchema, message, at: location,
                                      hint: "Schemas/ecvet-mobility.xsd describes the canonical XML of mobility documents"))
    }

    /// An element given twice where one is taken (S16, as a key given twice in JSON or YAML).
    private mutating func repeated(_ element: String, in parent: String, first: SourceLocation, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.duplicateKey, "\(element) is given again in <\(parent)>; it is first given on line \(first.line ?? 0)",
                                      at: location, hint: "keep one of them"))
    }

    private static func meant(_ name: String, _ known: [String]) -> String {
        DocumentBinder.meant(name, among: known).map { "; did you mean <\($0)>?" } ?? ""
    }
}

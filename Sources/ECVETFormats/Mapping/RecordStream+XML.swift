import ECVETModel
import ECVETBytes
import ECVETSyntax

extension RecordStream {
    /// Reads every event of an XML document. Elements are named `prefix:name` for the
    /// namespaces the mapping declares, and by their local name otherwise; attributes are `@name`
    /// (`@xml:lang`), and text beside attributes or child elements is `#text`.
    mutating func read(_ reader: XMLEventReader, prefixes: [String: String]) throws(SyntaxError) {
        // The document is a record of its own whose one key is the root element, so that paths
        // start with the root element's name, as in XPath.
        let document = enter()
        begin(document, isList: false, at: SourcePlace(line: 1))
        while true {
            switch try reader.next() {
            case .endOfDocument:
                finish()
                return
            case .start(let name, let namespace, let attributes):
                let key = Self.name(name, namespace: namespace, prefixes: prefixes)
                let named = attributes.map { attribute in
                    let attributeName = attribute.namespace == Self.xmlNamespace
                        ? "xml:" + attribute.name
                        : Self.name(attribute.name, namespace: attribute.namespace, prefixes: prefixes)
                    return (name: "@" + attributeName, value: attribute.value)
                }
                let starting = enter(key: key, attributes: named)
                announce(key)
                let listening = !starting.isEmpty || isListening
                let location = listening ? SourcePlace(line: reader.eventLine) : .unknown
                begin(starting, isList: false, at: location)
                for attribute in named {
                    addPair(attribute.name, .scalar(attribute.value, .string, location))
                }
            case .end:
                finish(element: true)
            case .text(let text):
                addPair(SourceNode.textKey, .scalar(text, .string, SourcePlace(line: reader.eventLine)))
            }
        }
    }

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    private static func name(_ local: String, namespace: String, prefixes: [String: String]) -> String {
        guard !namespace.isEmpty, let prefix = prefixes[namespace], !prefix.isEmpty else { return local }
        return prefix + ":" + local
    }
}

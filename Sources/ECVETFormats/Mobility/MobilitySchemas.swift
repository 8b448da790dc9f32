import ECVETModel

/// The JSON Schema and the XSD of the mobility documents, made from the entities' tables, so
/// that they say what the readers read. `Schemas/ecvet-mobility.schema.json` and
/// `Schemas/ecvet-mobility.xsd` are these texts (a test keeps them equal), for editors.
///
/// Like the catalogue's schemas they check shape only: values are kept as written for the rules
/// to judge, and unknown keys are kept.
package enum MobilitySchemas {
    /// The JSON Schema (draft 2020-12) of the JSON and YAML forms.
    package static func jsonSchema() -> String {
        var walk = Walk()
        walk.visit(MemorandumOfUnderstanding.self)
        walk.visit(LearningAgreement.self)
        walk.visit(PersonalTranscript.self)
        var lines = ["{",
                     "  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",",
                     "  \"$id\": \"urn:ecvetkit:mobility:1:schema\",",
                     "  \"title\": \"ECVETKit mobility documents: MoU, learning agreement, personal transcript\",",
                     "  \"description\": \"Shape only: values are kept as written and judged by the rules (ecvet rules); unknown keys are kept.\",",
                     "  \"oneOf\": ["]
        lines.append(MobilityDocumentKind.allCases.map { "    {\"$ref\": \"#/$defs/\(Self.rootName($0))\"}" }.joined(separator: ",\n"))
        lines += ["  ],", "  \"$defs\": {",
                  "    \"text\": {\"type\": \"object\", \"description\": \"text by language: {\\\"en\\\": \\\"…\\\"}\", \"additionalProperties\": {\"type\": \"string\"}},"]
        let definitions = walk.entities.map { entity in
            var properties: [String] = []
            if let kind = entity.kind {
                properties.append("        \"format\": {\"const\": \"\(kind.rawValue)\"}")
            }
            properties += entity.fields.map { "        \(quoted($0.key)): \(jsonType($0))" }
            return "    \(quoted(entity.jsonName)): {\n      \"type\": \"object\",\n"
                + (entity.kind == nil ? "" : "      \"required\": [\"format\"],\n")
                + "      \"properties\": {\n" + properties.joined(separator: ",\n") + "\n      }\n    }"
        }
        lines.append(definitions.joined(separator: ",\n"))
        lines += ["  }", "}", ""]
        return lines.joined(separator: "\n")
    }

    /// The XSD of the canonical XML form.
    package static func xsd() -> String {
        var walk = Walk()
        walk.visit(MemorandumOfUnderstanding.self)
        walk.visit(LearningAgreement.self)
        walk.visit(PersonalTranscript.self)
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!--",
            "  ECVETKit mobility documents in canonical XML (urn:ecvetkit:mobility:1): the MoU, the learning",
            "  agreement and the personal transcript, with the same names as the JSON form. Made from the",
            "  entities' field tables. Structure only: values are kept as written for the rules to judge.",
            "  Child elements may come in any order; unknown fields are kept as <field name=\"…\" type=\"…\">.",
            "-->",
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"",
            "           xmlns=\"\(CanonicalXMLEmitter.documentNamespace)\"",
            "           targetNamespace=\"\(CanonicalXMLEmitter.documentNamespace)\"",
            "           elementFormDefault=\"qualified\"",
            "           attributeFormDefault=\"unqualified\">",
            "",
        ]
        for kind in MobilityDocumentKind.allCases {
            lines.append("  <xs:element name=\"\(kind.xmlRoot)\" type=\"\(walk.entities.first { $0.kind == kind }!.typeName)\"/>")
        }
        lines += [
            "",
            "  <xs:complexType name=\"Text\">",
            "    <xs:simpleContent>",
            "      <xs:extension base=\"xs:string\">",
            "        <xs:attribute name=\"language\" type=\"xs:string\" use=\"required\"/>",
            "      </xs:extension>",
            "    </xs:simpleContent>",
            "  </xs:complexType>",
            "",
            "  <xs:complexType name=\"NQFLevel\">",
            "    <xs:attribute name=\"framework\" type=\"xs:string\"/>",
            "    <xs:attribute name=\"level\" type=\"xs:string\"/>",
            "    <xs:attribute name=\"uri\" type=\"xs:string\"/>",
            "  </xs:complexType>",
            "",
            "  <xs:complexType name=\"Validity\">",
            "    <xs:attribute name=\"from\" type=\"xs:string\"/>",
            "    <xs:attribute name=\"until\" type=\"xs:string\"/>",
            "  </xs:complexType>",
            "",
            "  <xs:complexType name=\"Field\" mixed=\"true\">",
            "    <xs:sequence>",
            "      <xs:element name=\"field\" type=\"Field\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>",
            "    </xs:sequence>",
            "    <xs:attribute name=\"name\" type=\"xs:string\"/>",
            "    <xs:attribute name=\"type\" type=\"xs:string\" use=\"required\"/>",
            "  </xs:complexType>",
        ]
        for entity in walk.entities {
            lines += ["", "  <xs:complexType name=\"\(entity.typeName)\">",
                      "    <xs:choice minOccurs=\"0\" maxOccurs=\"unbounded\">"]
            for field in entity.fields {
                guard case .element(let name) = field.xml else { continue }
                lines.append("      <xs:element name=\"\(name)\" type=\"\(field.xsdType)\"/>")
            }
            lines.append("      <xs:element name=\"field\" type=\"Field\"/>")
            lines.append("    </xs:choice>")
            for field in entity.fields {
                guard case .attribute(let name) = field.xml else { continue }
                lines.append("    <xs:attribute name=\"\(name)\" type=\"xs:string\"/>")
            }
            if entity.kind != nil { lines.append("    <xs:attribute name=\"version\" type=\"xs:string\"/>") }
            lines.append("  </xs:complexType>")
        }
        lines += ["</xs:schema>", ""]
        return lines.joined(separator: "\n")
    }

    private static func rootName(_ kind: MobilityDocumentKind) -> String { kind.xmlRoot }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func jsonType(_ field: FieldSummary) -> String {
        let description = ", \"description\": \(quoted(field.summary))"
        switch field.kind {
        case .text: return "{\"type\": \"string\"\(description)}"
        case .choice(let options): return "{\"type\": \"string\", \"examples\": [\(options.map(quoted).joined(separator: ", "))]\(description)}"
        case .date: return "{\"type\": \"string\", \"format\": \"date\"\(description)}"
        case .localizedText: return "{\"$ref\": \"#/$defs/text\"\(description)}"
        case .decimal: return "{\"type\": [\"string\", \"number\"]\(description)}"
        case .integer: return "{\"type\": \"integer\"\(description)}"
        case .level: return "{\"type\": [\"integer\", \"string\"]\(description)}"
        case .nqfLevel:
            return "{\"type\": \"object\", \"properties\": {\"framework\": {\"type\": \"string\"}, \"level\": {\"type\": [\"string\", \"integer\"]}, \"uri\": {\"type\": \"string\"}}\(description)}"
        case .validity:
            return "{\"type\": \"object\", \"properties\": {\"from\": {\"type\": \"string\", \"format\": \"date\"}, \"until\": {\"type\": \"string\", \"format\": \"date\"}}\(description)}"
        case .texts: return "{\"type\": \"array\", \"items\": {\"type\": \"string\"}\(description)}"
        case .one(let child): return "{\"$ref\": \"#/$defs/\(child)\"\(description)}"
        case .many(let child): return "{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/\(child)\"}\(description)}"
        }
    }

    /// A field as the schemas see it.
    struct FieldSummary {
        enum Kind {
            case text, date, localizedText, decimal, integer, level, nqfLevel, validity, texts
            case choice([String])
            case one(String), many(String)
        }

        let key: String
        let xml: XMLName
        let kind: Kind
        let summary: String
        /// The child entity's XSD type, for a nested field.
        let childType: String?

        var xsdType: String {
            switch kind {
            case .localizedText: "Text"
            case .nqfLevel: "NQFLevel"
            case .validity: "Validity"
            case .one, .many: childType!
            default: "xs:string"
            }
        }
    }

    /// An entity as the schemas see it.
    struct EntitySummary {
        let typeName: String
        let kind: MobilityDocumentKind?
        let fields: [FieldSummary]

        /// Its name among the JSON Schema's definitions: the XML root for a document, else the
        /// type's name with a small first letter.
        var jsonName: String {
            if let kind { return kind.xmlRoot }
            return typeName.prefix(1).lowercased() + typeName.dropFirst()
        }
    }

    /// Every entity reachable from the documents, each once, in the order first met.
    struct Walk {
        var entities: [EntitySummary] = []

        mutating func visit<Entity: DocumentEntity>(_ type: Entity.Type) {
            let name = String(describing: type)
            guard !entities.contains(where: { $0.typeName == name }) else { return }
            let kind: MobilityDocumentKind? = switch type {
            case is MemorandumOfUnderstanding.Type: .memorandum
            case is LearningAgreement.Type: .learningAgreement
            case is PersonalTranscript.Type: .transcript
            default: nil
            }
            let index = entities.count
            entities.append(EntitySummary(typeName: name, kind: kind, fields: []))
            let fields = Entity.fields.map { field -> FieldSummary in
                let kind: FieldSummary.Kind
                var child: String?
                switch field.value {
                case .text, .code: kind = .text
                case .choice(_, let options): kind = .choice(options)
                case .date: kind = .date
                case .localizedText: kind = .localizedText
                case .decimal: kind = .decimal
                case .integer: kind = .integer
                case .eqfLevel: kind = .level
                case .nqfLevel: kind = .nqfLevel
                case .validity: kind = .validity
                case .texts: kind = .texts
                case .one(let children):
                    child = visitChild(children)
                    kind = .one(Self.jsonName(child!))
                case .many(let children):
                    child = visitChild(children)
                    kind = .many(Self.jsonName(child!))
                }
                return FieldSummary(key: field.key, xml: field.xml, kind: kind, summary: field.summary, childType: child)
            }
            entities[index] = EntitySummary(typeName: name, kind: kind, fields: fields)
        }

        private mutating func visitChild<Children: DocumentChildren>(_ children: Children) -> String {
            visit(Children.Child.self)
            return String(describing: Children.Child.self)
        }

        static func jsonName(_ typeName: String) -> String {
            typeName.prefix(1).lowercased() + typeName.dropFirst()
        }
    }
}

import ECVETModel
import ECVETSyntax

/// Turns a mobility document held as nodes (from JSON, YAML, or XML through
/// `DocumentXMLReader`) into its entities, field by field from their tables. Like the catalogue
/// binder, it rejects only what it cannot read (a list where text must be): values it can read
/// are kept as written for the rules, unknown keys are kept as extensions.
struct DocumentBinder {
    private(set) var diagnostics: [Diagnostic] = []

    /// The document a root node holds: its `format` names the kind.
    mutating func document(_ root: TreeNode) -> MobilityDocument? {
        guard case .mapping = root else {
            report(.unexpectedValue, "expected a document (an object with \"format\"), found \(Self.describe(root))", at: root.location)
            return nil
        }
        guard let format = root["format"] else {
            report(.missingKey, "the document has no \"format\" (such as \"\(MobilityDocumentKind.learningAgreement.rawValue)\")",
                   at: root.location)
            return nil
        }
        guard let name = format.text, let kind = MobilityDocumentKind(format: name), kind.rawValue == name else {
            let known = MobilityDocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
            report(.unsupportedFormat, "the format \(Self.describe(format)) is not one this version reads (\(known))",
                   at: format.location)
            return nil
        }
        switch kind {
        case .memorandum: return .memorandum(entity(root, path: "", extraKeys: ["format"]))
        case .learningAgreement: return .learningAgreement(entity(root, path: "", extraKeys: ["format"]))
        case .transcript: return .transcript(entity(root, path: "", extraKeys: ["format"]))
        }
    }

    /// An entity from a mapping node, by its table.
    mutating func entity<Entity: DocumentEntity>(_ node: TreeNode, path: String, extraKeys: Set<String> = []) -> Entity {
        var entity = Entity()
        entity.location = located(node.location, path)
        guard case .mapping(let pairs, _) = node else {
            report(.unexpectedValue, "expected an object, found \(Self.describe(node))", at: entity.location)
            return entity
        }
        let fields = Entity.fields
        for pair in pairs where !extraKeys.contains(pair.key) {
            let childPath = path + "/" + Self.escaped(pair.key)
            guard let field = fields.first(where: { $0.key == pair.key }) else {
                let keyLocation = located(pair.keyLocation, childPath)
                if let meant = Self.meant(pair.key, among: fields.map(\.key)) {
                    report(.unknownKey, "unknown key \"\(pair.key)\"; did you mean \"\(meant)\"?", at: keyLocation,
                           hint: "rename it to \"\(meant)\"; unknown keys are kept as extensions")
                }
                entity.extensions.append(ExtensionField(key: pair.key, value: Self.extensionValue(pair.value), location: keyLocation))
                continue
            }
            bind(field.value, from: pair.value, path: childPath, into: &entity)
            if field.value.isJudged { entity.valueLocations[pair.key] = located(pair.value.location, childPath) }
        }
        return entity
    }

    private mutating func bind<Entity: DocumentEntity>(_ value: DocumentValue<Entity>, from node: TreeNode,
                                                       path: String, into entity: inout Entity) {
        switch value {
        case .text(let property), .choice(let property, _), .date(let property):
            property.set(&entity, text(node, path: path, expected: "text"))
        case .localizedText(let property):
            property.set(&entity, localizedText(node, path: path))
        case .decimal(let property):
            property.set(&entity, text(node, path: path, expected: "a number").map(DecimalText.init))
        case .integer(let property):
            property.set(&entity, integer(node, path: path))
        case .code(let property):
            property.set(&entity, text(node, path: path, expected: "a code").map { Code($0, location: located(node.location, path)) })
        case .eqfLevel(let property):
            property.set(&entity, text(node, path: path, expected: "an EQF level").map { EQFLevel($0, location: located(node.location, path)) })
        case .nqfLevel(let property):
            property.set(&entity, nqfLevel(node, path: path))
        case .validity(let property):
            property.set(&entity, validity(node, path: path))
        case .texts(let property):
            property.set(&entity, texts(node, path: path))
        case .one(let children):
            one(children, from: node, path: path, into: &entity)
        case .many(let children):
            many(children, from: node, path: path, into: &entity)
        }
    }

    private mutating func one<Children: DocumentChildren>(_ children: Children, from node: TreeNode, path: String,
                                                         into parent: inout Children.Parent) {
        if node.isNull { return }
        children.set([entity(node, path: path) as Children.Child], in: &parent)
    }

    private mutating func many<Children: DocumentChildren>(_ children: Children, from node: TreeNode, path: String,
                                                          into parent: inout Children.Parent) {
        if node.isNull { return }
        guard case .sequence(let items, _) = node else {
            report(.unexpectedValue, "expected a list, found \(Self.describe(node))", at: located(node.location, path))
            return
        }
        let made: [Children.Child] = items.enumerated().map { index, item in entity(item, path: "\(path)/\(index)") }
        children.set(made, in: &parent)
    }

    // MARK: - Values

    private mutating func text(_ node: TreeNode, path: String, expected: String) -> String? {
        switch node {
        case .scalar(let text, let kind, _): return kind == .null ? nil : text
        default:
            report(.unexpectedValue, "expected \(expected), found \(Self.describe(node))", at: located(node.location, path))
            return nil
        }
    }

    private mutating func integer(_ node: TreeNode, path: String) -> Int? {
        if node.isNull { return nil }
        if let text = node.text, let value = Int(text.trimmingCharacters(in: .whitespaces)) { return value }
        report(.unexpectedValue, "expected a whole number, found \(Self.describe(node))", at: located(node.location, path))
        return nil
    }

    private mutating func localizedText(_ node: TreeNode, path: String) -> LocalizedText {
        if node.isNull { return LocalizedText() }
        guard case .mapping(let pairs, _) = node else {
            report(.unexpectedValue, "expected text by language (an object such as {\"en\": \"…\"}), found \(Self.describe(node))",
                   at: located(node.location, path), hint: "write the text under its language: {\"en\": \"…\"}")
            return LocalizedText()
        }
        var entries: [LocalizedText.Entry] = []
        for pair in pairs {
            guard let value = text(pair.value, path: path + "/" + Self.escaped(pair.key), expected: "text") else { continue }
            entries.append(LocalizedText.Entry(language: pair.key, text: value, line: pair.value.location.line,
                                               column: pair.value.location.column))
        }
        return LocalizedText(entries)
    }

    private mutating func texts(_ node: TreeNode, path: String) -> [String] {
        if node.isNull { return [] }
        guard case .sequence(let items, _) = node else {
            report(.unexpectedValue, "expected a list of texts, found \(Self.describe(node))", at: located(node.location, path))
            return []
        }
        return items.enumerated().compactMap { index, item in text(item, path: "\(path)/\(index)", expected: "text") }
    }

    private mutating func nqfLevel(_ node: TreeNode, path: String) -> NQFLevel? {
        if node.isNull { return nil }
        guard case .mapping = node else {
            report(.unexpectedValue, "expected an NQF level ({\"framework\": …, \"level\": …}), found \(Self.describe(node))",
                   at: located(node.location, path))
            return nil
        }
        var level = NQFLevel(location: located(node.location, path))
        let known = ["framework", "level", "uri"]
        for pair in node.pairs {
            let value = text(pair.value, path: path + "/" + pair.key, expected: "text")
            switch pair.key {
            case "framework": level.framework = value
            case "level": level.level = value
            case "uri": level.uri = value
            default: unknownKey(pair.key, among: known, at: located(pair.keyLocation, path + "/" + pair.key), keptAs: "left out")
            }
        }
        return level
    }

    private mutating func validity(_ node: TreeNode, path: String) -> ValidityPeriod? {
        if node.isNull { return nil }
        guard case .mapping = node else {
            report(.unexpectedValue, "expected a period ({\"from\": …, \"until\": …}), found \(Self.describe(node))",
                   at: located(node.location, path))
            return nil
        }
        var period = ValidityPeriod(location: located(node.location, path))
        for pair in node.pairs {
            let value = text(pair.value, path: path + "/" + pair.key, expected: "a date")
            switch pair.key {
            case "from": period.from = value
            case "until": period.until = value
            default:
                unknownKey(pair.key, among: ["from", "until"], at: located(pair.keyLocation, path + "/" + pair.key), keptAs: "left out")
                continue
            }
            period.valueLocations[pair.key] = located(pair.value.location, path + "/" + pair.key)
        }
        return period
    }

    private mutating func unknownKey(_ key: String, among known: [String], at location: SourceLocation, keptAs: String) {
        let meant = Self.meant(key, among: known).map { "; did you mean \"\($0)\"?" } ?? ""
        report(.unknownKey, "unknown key \"\(key)\" is \(keptAs)\(meant)", at: location,
               hint: "the keys here are " + known.joined(separator: ", "))
    }

    // MARK: - Support

    private mutating func report(_ id: DiagnosticID, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(id, message, at: location, hint: hint))
    }

    private func located(_ location: SourceLocation, _ path: String) -> SourceLocation {
        var placed = location
        placed.path = path
        return placed
    }

    /// The known key an unknown one was probably meant to be: a near miss, or the same words
    /// in another case style (`file_code` for `fileCode`).
    static func meant(_ key: String, among known: [String]) -> String? {
        let folded = key.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "").lowercased()
        if let same = known.first(where: { $0.lowercased() == folded }) { return same }
        return KeySuggestion.closest(to: key, among: known)
    }

    /// A key as a JSON Pointer component.
    static func escaped(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    static func describe(_ node: TreeNode) -> String {
        switch node {
        case .mapping: "an object"
        case .sequence: "a list"
        case .scalar(let text, let kind, _):
            switch kind {
            case .string, .plain: "the text \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
            case .number: "the number \(text)"
            case .boolean: text
            case .null: "null"
            }
        }
    }

    static func extensionValue(_ node: TreeNode) -> ExtensionValue {
        switch node {
        case .scalar(let text, let kind, _):
            switch kind {
            case .null: .null
            case .boolean: .bool(text == "true")
            case .number: .number(text)
            case .string: .string(text)
            // An unquoted YAML value is a number or a flag where it reads as one, as in catalogues.
            case .plain: .resolvingPlain(text)
            }
        case .sequence(let items, _): .list(items.map(extensionValue))
        case .mapping(let pairs, _):
            .object(pairs.map { ExtensionField(key: $0.key, value: extensionValue($0.value), location: $0.keyLocation) })
        }
    }
}

extension TreeNode {
    /// Whether the node is an explicit null.
    var isNull: Bool {
        if case .scalar(_, .null, _) = self { return true }
        return false
    }
}

extension DocumentValue {
    /// Whether rules judge the value where it was written (dates, points, codes, references),
    /// so that its own place is kept; other values are placed by their entity.
    var isJudged: Bool {
        switch self {
        case .date, .decimal, .integer, .choice, .code, .eqfLevel, .text: true
        default: false
        }
    }
}

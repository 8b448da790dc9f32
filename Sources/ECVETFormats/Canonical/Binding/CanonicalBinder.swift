import ECVETModel
import ECVETBytes
import ECVETSyntax

/// Turns the tree events of a canonical catalogue (JSON now, YAML with the same keys) into the
/// model, keeping the place of every entity.
///
/// Syntax errors stop the binder; shape errors (an object where a list must be) are reported, the
/// value is skipped and binding goes on, so one run reports every problem.
package struct CanonicalBinder<Source: TreeEventSource> {
    var source: Source
    /// What the binder finds, each kind kept a bounded number of times.
    private var findings = FindingCollector()
    /// The key meant for each unknown key met, by the keys known where it stood: a typo on every
    /// record is worked out once.
    private var suggestions: [String: String?] = [:]
    let file: String

    init(source: Source) {
        self.source = source
        self.file = source.fileName
    }

    /// Reads one catalogue from `source`. The catalogue is `nil` when the syntax is broken.
    package static func bind(_ source: Source) -> (catalogue: Catalogue?, diagnostics: [Diagnostic]) {
        var binder = CanonicalBinder(source: source)
        do throws(SyntaxError) {
            let catalogue = try binder.bindDocument()
            return (catalogue, binder.findings.findings)
        } catch {
            binder.findings.append(error.diagnostic)
            return (nil, binder.findings.findings)
        }
    }

    // MARK: - Events and places

    mutating func next() throws(SyntaxError) -> TreeEvent {
        try source.next()
    }

    /// The place of the event just read.
    mutating func here(_ path: some BindingPath) -> SourceLocation {
        SourceLocation(file: file, line: source.eventLine, column: source.eventColumn(), path: path.pathString)
    }

    mutating func report(_ id: DiagnosticID, _ message: String, at location: SourceLocation,
                         hint: String? = nil, entityID: String? = nil) {
        findings.append(Diagnostic(id, message, at: location, hint: hint, entityID: entityID))
    }

    // MARK: - Objects

    /// Reads the keys of an object whose `{` was just read. `body` binds a known key's value and
    /// returns `true`; unknown keys become extensions, with a warning when they look like a typo.
    mutating func readObject(
        path: some BindingPath,
        known: [String],
        _ body: (inout Self, String, ChildPath) throws(SyntaxError) -> Bool
    ) throws(SyntaxError) -> [ExtensionField] {
        var extensions: [ExtensionField] = []
        while true {
            switch try next() {
            case .objectEnd:
                return extensions
            case .key(let key):
                let valuePath = ChildPath(path, key)
                if try body(&self, key, valuePath) { continue }
                let location = here(valuePath)
                if let suggestion = suggestion(for: key, among: known) {
                    report(.unknownKey, "unknown key \"\(key)\"; did you mean \"\(suggestion)\"?", at: location,
                           hint: "rename it to \"\(suggestion)\"; unknown keys are kept as extensions")
                }
                let value = try readExtensionValue(first: next())
                extensions.append(ExtensionField(key: key, value: value, location: location))
            default:
                // The syntax reader only yields keys or the end inside an object.
                return extensions
            }
        }
    }

    private mutating func suggestion(for key: String, among known: [String]) -> String? {
        let memo = key + "\u{0}" + (known.first ?? "") + "\u{0}\(known.count)"
        if let known = suggestions[memo] { return known }
        let found = KeySuggestion.closest(to: key, among: known)
        if suggestions.count < 10_000 { suggestions[memo] = found }
        return found
    }

    /// Reads the items of a list whose `[` was just read, calling `body` with each item's first
    /// event and index.
    mutating func readList(
        _ body: (inout Self, TreeEvent, Int) throws(SyntaxError) -> Void
    ) throws(SyntaxError) {
        var index = 0
        while true {
            let event = try next()
            if event == .arrayEnd { return }
            try body(&self, event, index)
            index += 1
        }
    }

    /// Expects a list and reads it; reports and skips anything else.
    mutating func expectList(
        _ what: String, path: some BindingPath,
        _ body: (inout Self, TreeEvent, Int) throws(SyntaxError) -> Void
    ) throws(SyntaxError) {
        let event = try next()
        guard event == .arrayStart else {
            try mismatch(event, expected: "a list of \(what)", path: path)
            return
        }
        try readList(body)
    }

    /// Reports a value of the wrong shape at its place, then skips it.
    mutating func mismatch(_ event: TreeEvent, expected: String, path: some BindingPath) throws(SyntaxError) {
        report(.unexpectedValue, "expected \(expected), found \(Self.describe(event))", at: here(path))
        try skip(from: event)
    }

    /// Skips the value that starts with `event`.
    mutating func skip(from event: TreeEvent) throws(SyntaxError) {
        guard event == .objectStart || event == .arrayStart else { return }
        var depth = 1
        while depth > 0 {
            switch try next() {
            case .objectStart, .arrayStart: depth += 1
            case .objectEnd, .arrayEnd: depth -= 1
            case .end: return
            default: break
            }
        }
    }

    static func describe(_ event: TreeEvent) -> String {
        switch event {
        case .objectStart: "an object"
        case .arrayStart: "a list"
        case .scalar(let text, let kind):
            switch kind {
            case .string, .plain: "the text \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
            case .number: "the number \(text)"
            case .boolean: text
            case .null: "null"
            }
        case .key(let key): "the key \"\(key)\""
        case .objectEnd: "'}'"
        case .arrayEnd: "']'"
        case .end: "the end of the input"
        }
    }

    // MARK: - Scalars

    /// A scalar as text: strings, numbers and booleans all read as written; `null` is absent.
    mutating func text(_ path: some BindingPath, what: String = "text") throws(SyntaxError) -> String? {
        let event = try next()
        if case .scalar(let text, let kind) = event {
            return kind == .null ? nil : text
        }
        try mismatch(event, expected: what, path: path)
        return nil
    }

    /// A scalar as text with its place.
    mutating func locatedText(_ path: some BindingPath, what: String = "text") throws(SyntaxError) -> (String, SourceLocation)? {
        let event = try next()
        if case .scalar(let text, let kind) = event {
            return kind == .null ? nil : (text, here(path))
        }
        try mismatch(event, expected: what, path: path)
        return nil
    }

    mutating func code(_ path: some BindingPath) throws(SyntaxError) -> Code? {
        guard let (text, location) = try locatedText(path, what: "a code") else { return nil }
        return Code(text, location: location)
    }

    mutating func reference(_ path: some BindingPath) throws(SyntaxError) -> Reference? {
        guard let (text, location) = try locatedText(path, what: "an id") else { return nil }
        return Reference(text, location: location)
    }

    mutating func decimal(_ path: some BindingPath) throws(SyntaxError) -> DecimalText? {
        guard let text = try text(path, what: "a number") else { return nil }
        return DecimalText(text)
    }

    mutating func boolean(_ path: some BindingPath) throws(SyntaxError) -> Bool? {
        let event = try next()
        if case .scalar(let text, let kind) = event {
            if kind == .null { return nil }
            switch text.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        try mismatch(event, expected: "true or false", path: path)
        return nil
    }

    mutating func integer(_ path: some BindingPath) throws(SyntaxError) -> Int? {
        let event = try next()
        if case .scalar(let text, let kind) = event {
            if kind == .null { return nil }
            if let value = Int(text.trimmingCharacters(in: .whitespaces)) { return value }
        }
        try mismatch(event, expected: "a whole number", path: path)
        return nil
    }

    mutating func eqfLevel(_ path: some BindingPath) throws(SyntaxError) -> EQFLevel? {
        guard let (text, location) = try locatedText(path, what: "an EQF level") else { return nil }
        return EQFLevel(text, location: location)
    }

    // MARK: - Structured values

    /// Text by language: `{"fi": "…", "en": "…"}`.
    mutating func localizedText(_ path: some BindingPath) throws(SyntaxError) -> LocalizedText {
        let event = try next()
        guard event == .objectStart else {
            if case .scalar(_, .null) = event { return LocalizedText() }
            try mismatch(event, expected: "text by language (an object such as {\"en\": \"…\"})", path: path)
            return LocalizedText()
        }
        var entries: [LocalizedText.Entry] = []
        while true {
            let key = try next()
            guard case .key(let language) = key else { break }
            if let text = try text(ChildPath(path, language)) {
                // Each text keeps its line and column, not a location: there are millions.
                entries.append(LocalizedText.Entry(language: language, text: text, line: source.eventLine,
                                                   column: source.eventColumn()))
            }
        }
        return LocalizedText(entries)
    }

    // The items of a list of codes or ids share the list's path (their line and column are their
    // own): a catalogue holds millions of them, and a path string each would be a tenth of the
    // model's memory.
    mutating func codes(_ path: some BindingPath) throws(SyntaxError) -> [Code] {
        var codes: [Code] = []
        let listPath = path.pathString
        try expectList("codes", path: listPath) { binder, event, index throws(SyntaxError) in
            if case .scalar(let text, let kind) = event, kind != .null {
                codes.append(Code(text, location: binder.here(listPath)))
            } else {
                try binder.mismatch(event, expected: "a code", path: ChildPath(listPath, index: index))
            }
        }
        return codes
    }

    mutating func references(_ path: some BindingPath) throws(SyntaxError) -> [Reference] {
        var references: [Reference] = []
        let listPath = path.pathString
        try expectList("ids", path: listPath) { binder, event, index throws(SyntaxError) in
            if case .scalar(let text, let kind) = event, kind != .null {
                references.append(Reference(text, location: binder.here(listPath)))
            } else {
                try binder.mismatch(event, expected: "an id", path: ChildPath(listPath, index: index))
            }
        }
        return references
    }

    mutating func validity(_ path: some BindingPath) throws(SyntaxError) -> ValidityPeriod? {
        let path = path.pathString
        let event = try next()
        guard event == .objectStart else {
            if case .scalar(_, .null) = event { return nil }
            try mismatch(event, expected: "a validity period ({\"from\": …, \"until\": …})", path: path)
            return nil
        }
        var period = ValidityPeriod(location: here(path))
        _ = try readObject(path: path, known: ["from", "until"]) { binder, key, path throws(SyntaxError) in
            switch key {
            case "from", "until":
                guard let (date, location) = try binder.locatedText(path, what: "a date") else { break }
                if key == "from" { period.from = date } else { period.until = date }
                period.valueLocations[key] = location
            default: return false
            }
            return true
        }
        return period
    }

    /// Credit points: `{"points": "180", "system": "ECVET", "ecvetFactor": "1"}`.
    mutating func creditPoints(_ path: some BindingPath) throws(SyntaxError) -> CreditPoints? {
        let path = path.pathString
        let event = try next()
        guard event == .objectStart else {
            if case .scalar(_, .null) = event { return nil }
            try mismatch(event, expected: "credit points ({\"points\": \"…\", \"system\": \"ECVET\"})", path: path)
            return nil
        }
        let location = here(path)
        var points: DecimalText?
        var pointsLocation: SourceLocation?
        var systemName: String?
        var systemLocation: SourceLocation?
        var factor: DecimalText?
        _ = try readObject(path: path, known: ["points", "system", "ecvetFactor"]) { binder, key, path throws(SyntaxError) in
            switch key {
            case "points":
                if let (text, location) = try binder.locatedText(path, what: "a number") {
                    points = DecimalText(text)
                    pointsLocation = location
                }
            case "system":
                if let (text, location) = try binder.locatedText(path, what: "a credit system name") {
                    systemName = text
                    systemLocation = location
                }
            case "ecvetFactor": factor = try binder.decimal(path)
            default: return false
            }
            return true
        }
        // Points missing beside a system are the rules' to report (V09, V27), not the reader's.
        let system = systemName.map { CreditSystem(name: $0, ecvetFactor: factor) }
            ?? factor.map { CreditSystem.national(name: "", ecvetFactor: $0) }
        // Findings about points (V10–V13) point at the number itself.
        var credits = CreditPoints(points, system: system, location: pointsLocation ?? location)
        credits.valueLocations["system"] = systemLocation
        return credits
    }

    mutating func assessmentCriteria(_ path: some BindingPath) throws(SyntaxError) -> [AssessmentCriterion] {
        var criteria: [AssessmentCriterion] = []
        let listPath = path.pathString
        try expectList("assessment criteria", path: listPath) { binder, event, index throws(SyntaxError) in
            let itemPath = ChildPath(listPath, index: index).pathString
            guard event == .objectStart else {
                try binder.mismatch(event, expected: "an assessment criterion (an object)", path: itemPath)
                return
            }
            var criterion = AssessmentCriterion(location: binder.here(itemPath))
            criterion.extensions = try binder.readObject(path: itemPath, known: CanonicalKeys.criterion) { binder, key, path throws(SyntaxError) in
                guard let field = FieldLookups.criterion.index(of: key) else { return false }
                return try binder.bindField(at: field, of: FieldLookups.criterion, into: &criterion, path: path)
            }
            criteria.append(criterion)
        }
        return criteria
    }

    mutating func assessment(_ path: some BindingPath) throws(SyntaxError) -> Assessment? {
        let path = path.pathString
        let event = try next()
        guard event == .objectStart else {
            if case .scalar(_, .null) = event { return nil }
            try mismatch(event, expected: "an assessment (an object)", path: path)
            return nil
        }
        var assessment = Assessment(location: here(path))
        assessment.extensions = try readObject(path: path, known: CanonicalKeys.assessment) { binder, key, path throws(SyntaxError) in
            switch key {
            case "procedures": assessment.procedures = try binder.localizedText(path)
            case "criteria": assessment.criteria = try binder.assessmentCriteria(path)
            default: return false
            }
            return true
        }
        return assessment
    }

    // MARK: - Unknown values

    /// Reads any value, as an extension to keep and write back.
    mutating func readExtensionValue(first event: TreeEvent) throws(SyntaxError) -> ExtensionValue {
        switch event {
        case .scalar(let text, let kind):
            switch kind {
            case .string: return .string(text)
            case .plain: return .resolvingPlain(text)
            case .number: return .number(text)
            case .boolean: return .bool(text == "true")
            case .null: return .null
            }
        case .arrayStart:
            var items: [ExtensionValue] = []
            while true {
                let item = try next()
                if item == .arrayEnd { return .list(items) }
                items.append(try readExtensionValue(first: item))
            }
        case .objectStart:
            var fields: [ExtensionField] = []
            while true {
                guard case .key(let key) = try next() else { return .object(fields) }
                fields.append(ExtensionField(key: key, value: try readExtensionValue(first: next())))
            }
        default:
            return .null
        }
    }
}

import ECVETBytes
import ECVETSyntax
import ECVETModel

extension TextPlace {
    /// The place as a source location, with the JSON Pointer of what it feeds.
    package func location(path: String? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, path: path ?? self.path)
    }
}

extension SyntaxProblem {
    /// The problem as a diagnostic of the catalogue being read.
    package var diagnostic: Diagnostic {
        Diagnostic(id, message, at: place.location(), hint: hint)
    }

    private var id: DiagnosticID {
        switch kind {
        case .unreadableInput: .unreadableInput
        case .invalidEncoding: .invalidEncoding
        case .jsonSyntax: .jsonSyntax
        case .yamlSyntax: .yamlSyntax
        case .aliasExpansion: .aliasExpansion
        case .nestingTooDeep: .nestingTooDeep
        case .csvSyntax: .csvSyntax
        case .xmlSyntax: .xmlSyntax
        case .xmlForbidden: .xmlForbidden
        case .xmlSchema: .xmlSchema
        case .unexpectedValue: .unexpectedValue
        case .duplicateKey: .duplicateKey
        case .unknownInputFormat: .unknownInputFormat
        }
    }

    /// The kind each diagnostic id stands for: the inverse of `id`.
    private static let kinds = Dictionary(uniqueKeysWithValues: Kind.allCases.map {
        (SyntaxProblem($0, "", at: TextPlace(file: "")).id, $0)
    })

    /// A binder's stopping diagnostic as a problem. Binders stop with the ids of `kinds`; any
    /// other reads as an unexpected value.
    package init(_ diagnostic: Diagnostic) {
        let location = diagnostic.location
        self.init(Self.kinds[diagnostic.id] ?? .unexpectedValue, diagnostic.message,
                  at: TextPlace(file: location?.file ?? "", line: location?.line, column: location?.column,
                                path: location?.path ?? ""),
                  hint: diagnostic.hint)
    }
}

extension SyntaxError {
    /// What stopped the reading, as a diagnostic.
    package var diagnostic: Diagnostic { problem.diagnostic }

    /// Stops reading with a binder's diagnostic.
    package init(_ diagnostic: Diagnostic) {
        self.init(SyntaxProblem(diagnostic))
    }
}

extension XMLEventReader {
    /// The schema's findings so far, as diagnostics.
    package var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }
}

extension XMLReadAhead {
    /// The schema's findings, as diagnostics.
    package var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }
}

extension CSVRecordReader {
    /// Problems that did not stop reading, as diagnostics.
    package var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }
}

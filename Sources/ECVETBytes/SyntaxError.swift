/// A place in a text input: the file's name, and the 1-based line and column (in Unicode code
/// points) where the reader can say; for a node of a tree document, its JSON Pointer.
package struct TextPlace: Sendable, Equatable {
    package var file: String
    package var line: Int?
    package var column: Int?
    package var path: String

    package init(file: String, line: Int? = nil, column: Int? = nil, path: String = "") {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }
}

/// What a reader found wrong in its input, and where. The formats layer turns it into a
/// diagnostic; readers know nothing of ECVET.
package struct SyntaxProblem: Sendable, Equatable {
    /// Which rule of the input was broken.
    package enum Kind: Sendable, Equatable, CaseIterable {
        case unreadableInput
        case invalidEncoding
        case jsonSyntax
        case yamlSyntax
        case aliasExpansion
        case nestingTooDeep
        case csvSyntax
        case xmlSyntax
        case xmlForbidden
        case xmlSchema
        case unexpectedValue
        /// A key given twice in one object or mapping.
        case duplicateKey
        /// The input is not in the format it was read as.
        case unknownInputFormat
    }

    package var kind: Kind
    package var message: String
    package var place: TextPlace
    /// What to do about it.
    package var hint: String?

    package init(_ kind: Kind, _ message: String, at place: TextPlace, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.place = place
        self.hint = hint
    }
}

/// Input a reader cannot read: reading stops here.
package struct SyntaxError: Error, Sendable, Equatable {
    package var problem: SyntaxProblem

    package init(_ problem: SyntaxProblem) {
        self.problem = problem
    }
}

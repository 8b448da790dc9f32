extension SourcePath {
    /// Parses `text`; the reason when it is not a path.
    static func parse(_ text: String) -> Result<SourcePath, PathError> {
        var parser = PathParser(text)
        do {
            let path = try parser.path()
            return .success(path)
        } catch {
            return .failure(error)
        }
    }
}

/// Reads the path grammar of mapping files, character by character:
///
///     path      := branch ('|' branch)*
///     branch    := ('/' | '//' | '$' | '.')? step (('/' | '.' | '//') step)*
///     step      := '..' | '*' | '@'name | name ('[' ('*' | number | condition) ']')*
///     condition := 'not(' condition ')' | relative ('=' quoted)?
///     relative  := ('@'name | name) ('/' ('@'name | name))*
private struct PathParser {
    private let characters: [Character]
    private var position = 0
    private let text: String

    init(_ text: String) {
        self.text = text
        characters = Array(text.trimmingCharacters(in: .whitespaces))
    }

    private var current: Character? { position < characters.count ? characters[position] : nil }

    private func peek(_ offset: Int) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
    }

    private func failure(_ message: String) -> PathError {
        PathError("\(message) in \(text)")
    }

    mutating func path() throws(PathError) -> SourcePath {
        var branches = [try branch()]
        while current == "|" {
            position += 1
            skipSpaces()
            branches.append(try branch())
        }
        guard current == nil else { throw failure("\(current!) cannot stand here") }
        let first = branches.removeFirst()
        return SourcePath(steps: first.steps, joined: branches, text: text)
    }

    private mutating func skipSpaces() {
        while current == " " { position += 1 }
    }

    /// One path of a union.
    private mutating func branch() throws(PathError) -> SourcePath {
        let start = position
        var steps: [SourcePath.Step] = []
        skipSpaces()
        // How the path starts: at the root, at any depth, or at the record.
        if current == "/" && peek(1) == "/" {
            steps = [.root, .descendant]
            position += 2
        } else if current == "/" {
            steps = [.root]
            position += 1
        } else if current == "$" {
            position += 1
            if current == "." || current == "/" { position += 1 }
        } else if current == "." && peek(1) == "/" && peek(2) == "/" {
            steps = [.descendant]
            position += 3
        } else if current == "." && peek(1) == "/" {
            position += 2
        } else if current == "." && peek(1) != "." {
            position += 1
        }
        steps += try brackets()
        while let character = current, character != "|" {
            if character == " " {
                skipSpaces()
                continue
            }
            if character == "." && peek(1) == "." {
                steps.append(.parent)
                position += 2
            } else if character == "/" || character == "." {
                position += 1
                if current == "/" {
                    steps.append(.descendant)
                    position += 1
                }
                continue
            } else if character == "*" {
                steps.append(.anyKey)
                position += 1
            } else {
                steps.append(.key(try name()))
            }
            steps += try brackets()
        }
        let written = String(characters[start..<position]).trimmingCharacters(in: .whitespaces)
        return SourcePath(steps: steps, text: written)
    }

    /// A key or attribute name: anything up to a separator, a bracket or a condition's syntax.
    private mutating func name() throws(PathError) -> String {
        var name = ""
        while let character = current, !"/.[]|()='\" ".contains(character) {
            name.append(character)
            position += 1
        }
        guard !name.isEmpty else { throw failure("a name is missing") }
        return name
    }

    /// The brackets after a step: positions, `[*]` and conditions.
    private mutating func brackets() throws(PathError) -> [SourcePath.Step] {
        var steps: [SourcePath.Step] = []
        while current == "[" {
            position += 1
            skipSpaces()
            if current == "*" && peek(1) == "]" {
                steps.append(.allItems)
                position += 2
                continue
            }
            var digits = ""
            while let character = current, character.isASCII && character.isNumber {
                digits.append(character)
                position += 1
            }
            if !digits.isEmpty {
                skipSpaces()
                guard current == "]", let number = Int(digits) else { throw failure("a position is a number from 0 such as [2]") }
                position += 1
                steps.append(.index(number))
                continue
            }
            steps.append(.filter(try condition()))
            skipSpaces()
            guard current == "]" else { throw failure("unclosed [") }
            position += 1
        }
        if current == "]" { throw failure("a stray ]") }
        return steps
    }

    private mutating func condition() throws(PathError) -> PathCondition {
        skipSpaces()
        if characters[position...].starts(with: Array("not(")) {
            position += 4
            let inner = try condition()
            skipSpaces()
            guard current == ")" else { throw failure("not( is closed by )") }
            position += 1
            return .not(inner)
        }
        var steps: [SourcePath.Step] = []
        let start = position
        while true {
            skipSpaces()
            if current == "." && peek(1) == "." {
                steps.append(.parent)
                position += 2
            } else {
                steps.append(.key(try name()))
            }
            guard current == "/" else { break }
            position += 1
        }
        let relative = SourcePath(steps: steps, text: String(characters[start..<position]))
        skipSpaces()
        guard current == "=" else { return .exists(relative) }
        position += 1
        skipSpaces()
        guard let quote = current, quote == "'" || quote == "\"" else {
            throw failure("a value to compare with is quoted: [@soort='basis']")
        }
        position += 1
        var value = ""
        while let character = current, character != quote {
            value.append(character)
            position += 1
        }
        guard current == quote else { throw failure("an unclosed quote") }
        position += 1
        return .equals(relative, value)
    }
}

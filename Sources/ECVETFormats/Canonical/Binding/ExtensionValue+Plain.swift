import ECVETModel
import ECVETSyntax

extension ExtensionValue {
    /// An unquoted YAML scalar in an unknown field: numbers and booleans as in YAML's core
    /// schema, so that they come back as numbers and booleans in JSON; anything else is text.
    static func resolvingPlain(_ text: String) -> ExtensionValue {
        switch text {
        case "true", "True", "TRUE": .bool(true)
        case "false", "False", "FALSE": .bool(false)
        default: JSONEventReader.isNumber(text) ? .number(text) : .string(text)
        }
    }
}

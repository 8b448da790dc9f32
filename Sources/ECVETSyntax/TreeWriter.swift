import ECVETBytes

/// A streaming writer of tree-shaped documents (JSON, YAML). The canonical emitter walks the model
/// once and drives any of them.
///
/// It and the JSON writer are `@usableFromInline` so that the emitter in the formats module,
/// specialised for the JSON writer, calls its methods directly rather than through the witness
/// table, token by token.
@usableFromInline
package protocol TreeWriter {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func key(_ key: String)
    mutating func string(_ value: String)
    /// A number as valid JSON number text.
    mutating func number(_ text: String)
    mutating func bool(_ value: Bool)
    mutating func null()
    /// A short list of strings, on one line where the syntax allows.
    mutating func inlineStrings(_ values: [String])
    /// Ends the document and flushes.
    mutating func finish() throws(OutputError)
}

extension JSONTreeWriter: TreeWriter {}

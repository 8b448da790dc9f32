internal import CLibYAML
import ECVETBytes

/// A streaming YAML writer on the libyaml emitter: block style, two-space indentation, UTF-8
/// text written as is, multi-line text as literal block scalars, and quotes wherever a reader
/// could take text for a number, a boolean, a date or null.
package final class YAMLTreeWriter: TreeWriter {
    package let output: ByteOutput
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    // One caller drives the writer: the state touched for every event needs no run-time
    // exclusivity checks.
    @exclusivity(unchecked) private var event = yaml_event_t()
    @exclusivity(unchecked) private var started = false
    @exclusivity(unchecked) private var failure: String?

    package init(output: ByteOutput) {
        self.output = output
        emitter = .allocate(capacity: 1)
        yaml_emitter_initialize(emitter)
        yaml_emitter_set_output(emitter, { context, buffer, size in
            let output = Unmanaged<ByteOutput>.fromOpaque(context!).takeUnretainedValue()
            output.write(UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(output).toOpaque())
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    package func beginObject() {
        startIfNeeded()
        emit(yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE))
    }

    package func endObject() {
        emit(yaml_mapping_end_event_initialize(&event))
    }

    package func beginArray() {
        startIfNeeded()
        emit(yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE))
    }

    package func endArray() {
        emit(yaml_sequence_end_event_initialize(&event))
    }

    package func key(_ key: String) {
        scalar(key, style: Self.mustQuote(key) ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE)
    }

    package func string(_ value: String) {
        startIfNeeded()
        // Readers refuse it (XML 1.0 cannot carry it): written, the file would not read back.
        if failure == nil, let bad = ForbiddenControl.first(in: value) { failure = ForbiddenControl.message(value, bad) }
        let style: yaml_scalar_style_t
        if value.utf8.contains(0x0A) {
            style = YAML_LITERAL_SCALAR_STYLE
        } else if Self.mustQuote(value) {
            style = YAML_DOUBLE_QUOTED_SCALAR_STYLE
        } else {
            style = YAML_ANY_SCALAR_STYLE
        }
        scalar(value, style: style)
    }

    package func number(_ text: String) {
        startIfNeeded()
        scalar(text, style: YAML_PLAIN_SCALAR_STYLE)
    }

    package func bool(_ value: Bool) {
        startIfNeeded()
        scalar(value ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE)
    }

    package func null() {
        startIfNeeded()
        scalar("null", style: YAML_PLAIN_SCALAR_STYLE)
    }

    package func inlineStrings(_ values: [String]) {
        startIfNeeded()
        emit(yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_FLOW_SEQUENCE_STYLE))
        for value in values { string(value) }
        emit(yaml_sequence_end_event_initialize(&event))
    }

    package func finish() throws(OutputError) {
        startIfNeeded()
        emit(yaml_document_end_event_initialize(&event, 1))
        emit(yaml_stream_end_event_initialize(&event))
        yaml_emitter_flush(emitter)
        if let failure { throw OutputError(message: "cannot write YAML: \(failure)") }
        try output.flush()
    }

    // MARK: -

    private func startIfNeeded() {
        guard !started else { return }
        started = true
        emit(yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING))
        emit(yaml_document_start_event_initialize(&event, nil, nil, nil, 1))
    }

    private func scalar(_ value: String, style: yaml_scalar_style_t) {
        var value = value
        value.withUTF8 { bytes in
            let plain: Int32 = style == YAML_DOUBLE_QUOTED_SCALAR_STYLE ? 0 : 1
            emit(yaml_scalar_event_initialize(&event, nil, nil,
                                              UnsafeMutablePointer(mutating: bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!),
                                              Int32(bytes.count), plain, 1, style))
        }
    }

    /// `initialized` is the result of a `yaml_*_event_initialize` call on `event`.
    private func emit(_ initialized: Int32) {
        guard failure == nil else {
            if initialized == 1 { yaml_event_delete(&event) }
            return
        }
        guard initialized == 1 else {
            failure = "out of memory"
            return
        }
        // yaml_emitter_emit takes the event over, also when it fails.
        if yaml_emitter_emit(emitter, &event) != 1 {
            failure = emitter.pointee.problem.map { String(cString: $0) } ?? "the emitter failed"
        }
    }

    /// Text that a YAML reader would take for something else if it were written plain.
    package static func mustQuote(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        switch text {
        case "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
             "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
             "y", "Y", "n", "N", ".inf", ".Inf", ".INF", "-.inf", ".nan", ".NaN", ".NAN", "<<", "=":
            return true
        default:
            break
        }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        if isDigit(first) { return true }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") {
            let bytes = Array(text.utf8.prefix(2))
            return bytes.count == 2 && (isDigit(bytes[1]) || bytes[1] == UInt8(ascii: "."))
        }
        return false
    }
}


import ECVETKit

/// Renders diagnostics as text on standard error, one finding per line in the documented form
/// `path:line:column: severity: [ID name] message`, sorted, each followed by its hint.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        var text = ""
        for diagnostic in Diagnostic.sortedForOutput(diagnostics) {
            text += diagnostic.formatted + "\n"
            if let hint = diagnostic.hint { text += "    hint: \(hint)\n" }
        }
        if !text.isEmpty { StandardError.write(text) }
    }
}

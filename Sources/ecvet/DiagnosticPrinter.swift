import ECVETKit

/// Prints diagnostics on standard error in the one text form, with source lines and hints.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        let text = TextReport.forStandardError().render(diagnostics)
        if !text.isEmpty { StandardError.write(text) }
    }
}

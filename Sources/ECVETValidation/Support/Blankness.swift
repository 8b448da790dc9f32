import ECVETBytes
import ECVETModel

extension LocalizedText {
    /// Whether some language has text once trimmed and stripped of HTML: `"  "` and `"<p></p>"`
    /// say nothing.
    var hasText: Bool {
        entries.contains { !PlainText.from(html: $0.text).isEmpty }
    }
}

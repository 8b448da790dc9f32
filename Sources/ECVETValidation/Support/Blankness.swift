import ECVETBytes
import ECVETModel

extension LocalizedText {
    /// Whether some language has text once trimmed and stripped of HTML: `"  "` and `"<p></p>"`
    /// say nothing.
    var hasText: Bool {
        entries.contains { !PlainText.from(html: $0.text).isEmpty }
    }

    /// Where a text without any text stands: its first language's entry when it has one (a
    /// title of white space or bare HTML), else its owner, for a missing text.
    func blankLocation(key: String, in owner: SourceLocation) -> SourceLocation {
        guard let first = entries.first else { return owner }
        return location(of: first.language, key: key, in: owner)
    }
}

extension AssessmentCriterion {
    /// Whether the criterion says something, in its title or its text.
    var hasText: Bool { text.hasText || title.hasText }
}

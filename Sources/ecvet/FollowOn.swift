import ECVETKit

/// Rule findings about a file that could not be read whole: what the reader skipped (a list it
/// could not read, a value of the wrong shape) is missing to the rules too, so their findings may
/// follow from the reading error rather than from the data. They are marked so, pointing at it.
enum FollowOn {
    static func marked(_ findings: [Diagnostic], after reading: [Diagnostic]) -> [Diagnostic] {
        guard let cause = reading.first(where: { $0.severity == .error }) else { return findings }
        let place = [cause.location?.line, cause.location?.column].compactMap { $0.map(String.init) }.joined(separator: ":")
        let note = "may follow from the reading error [\(cause.id.id)]" + (place.isEmpty ? "" : " at \(place)") + "; fix that first"
        return findings.map { finding in
            var marked = finding
            marked.hint = finding.hint.map { note + "; " + $0 } ?? note
            return marked
        }
    }
}

import ECVETModel

/// V19: ESCO references are well-formed URIs.
struct ESCOURIs: Rule {
    let id = DiagnosticID("V19", "esco-uri", .error)
    let summary = "ESCO references have the ESCO URI shape: http://data.europa.eu/esco/skill/ or /occupation/ and a UUID, a skill group (/skill/S1.2), or an ISCO group (/isco/C1234). No ESCO snapshot is shipped, so existence is not checked."
    let source = "ESCO URI scheme (ESCO CSV export); Europass LOQ XSD: relatedESCOSkill"
    let hint = "copy the concept URI from the ESCO portal, e.g. http://data.europa.eu/esco/skill/2b46a5cd-…"

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        func judge(_ references: [Reference], _ owner: String, _ entity: String) {
            for reference in references where !Self.isWellFormed(reference.id) {
                findings.append(finding("\"\(reference.id)\" of \(owner) is not an ESCO URI", at: reference.location, entity: entity))
            }
        }
        for unit in context.catalogue.units { judge(unit.escoSkills, Naming.unit(unit), unit.id) }
        for outcome in context.catalogue.learningOutcomes {
            judge(outcome.escoSkills, "learning outcome \"\(outcome.id)\"", outcome.id)
        }
        return findings
    }

    static func isWellFormed(_ uri: String) -> Bool {
        let prefix = "http://data.europa.eu/esco/"
        guard uri.hasPrefix(prefix) else { return false }
        let rest = uri.dropFirst(prefix.count)
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let (kind, code) = (parts[0], parts[1])
        switch kind {
        case "skill", "occupation":
            if isUUID(code) { return true }
            return kind == "skill" && code.first.map { $0.isUppercase && $0.isASCII } == true
                && code.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
        case "isco":
            return code.first == "C" && (2...5).contains(code.count) && code.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
        default:
            return false
        }
    }

    static func isUUID(_ text: Substring) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) } }
    }
}

import ECVETModel

/// V19: ESCO references are well-formed URIs.
struct ESCOURIs: CatalogueRule {
    let id = DiagnosticID("V19", "esco-uri", .error)
    let summary = "ESCO references have the ESCO URI shape: http://data.europa.eu/esco/skill/ or /occupation/ and a UUID, a skill group (/skill/S1.2), or an ISCO group (/isco/C1234). No ESCO snapshot is shipped, so existence is not checked."
    let source = "ESCO URI scheme (ESCO CSV export); Europass LOQ XSD: relatedESCOSkill"
    let hint = "copy the concept URI from the ESCO portal, e.g. http://data.europa.eu/esco/skill/2b46a5cd-…"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        // Owners are named only for a finding: catalogues hold many references.
        func judge(_ references: [Reference], _ owner: () -> String, _ entity: () -> String) {
            for index in references.indices where !Self.isWellFormed(references[index].id) {
                findings.append(finding("\"\(references[index].id)\" of \(owner()) is not an ESCO URI",
                                        at: references[index].location, entity: entity()))
            }
        }
        let units = context.catalogue.units
        for index in units.indices where !units[index].escoSkills.isEmpty {
            judge(units[index].escoSkills, { Naming.unit(units[index]) }, { units[index].id })
        }
        let outcomes = context.catalogue.learningOutcomes
        for index in outcomes.indices where !outcomes[index].escoSkills.isEmpty {
            judge(outcomes[index].escoSkills, { "learning outcome \"\(outcomes[index].id)\"" }, { outcomes[index].id })
        }
    }

    private static let prefix = Array("http://data.europa.eu/esco/".utf8)

    /// Checked on the UTF-8 view, without copying: catalogues hold many of these.
    static func isWellFormed(_ uri: String) -> Bool {
        let bytes = uri.utf8
        guard bytes.count > prefix.count, bytes.starts(with: prefix) else { return false }
        let rest = bytes.dropFirst(prefix.count)
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else { return false }
        let kind = rest[..<slash]
        let code = rest[rest.index(after: slash)...]
        guard !code.contains(UInt8(ascii: "/")) else { return false }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        if kind.elementsEqual("skill".utf8) || kind.elementsEqual("occupation".utf8) {
            if isUUID(code) { return true }
            guard kind.elementsEqual("skill".utf8), let first = code.first, first >= 0x41, first <= 0x5A else { return false }
            return code.dropFirst().allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") }
        }
        if kind.elementsEqual("isco".utf8) {
            return code.first == UInt8(ascii: "C") && (2...5).contains(code.count) && code.dropFirst().allSatisfy(isDigit)
        }
        return false
    }

    /// Lower-case 8-4-4-4-12 hexadecimal.
    private static func isUUID(_ code: Substring.UTF8View) -> Bool {
        guard code.count == 36 else { return false }
        for (offset, byte) in code.enumerated() {
            if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) else { return false }
            }
        }
        return true
    }
}

import ECVETModel

extension Naming {
    /// `learning agreement "LA-2025-017"`, as findings name a document.
    static func document(_ kind: MobilityDocumentKind, _ id: String?) -> String {
        "\(kind) " + (id.map { "\"\($0)\"" } ?? "(no id)")
    }
}

/// Checks dates as written in a document: each one that is not a date is reported.
struct DateReading {
    /// The date `text` stands for; a finding when it is not a date.
    static func read(_ text: String?, _ what: String, at location: SourceLocation, rule: some Rule,
                     into findings: inout Findings) -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(text) else {
            findings.append(rule.finding("\(what) \"\(text)\" is not a date (YYYY-MM-DD)", at: location))
            return nil
        }
        return date
    }
}

extension DocumentEntity {
    /// Where the value of `key` was read; where it is missing, the entity's place with the
    /// key's path, for a finding about what is not there.
    func place(_ key: String) -> SourceLocation {
        valueLocations.location(of: key, else: location)
    }
}

extension ValidityPeriod {
    /// Where `from` or `until` was read, else the period's place with the key's path.
    func place(_ key: String) -> SourceLocation {
        valueLocations.location(of: key, else: location)
    }
}

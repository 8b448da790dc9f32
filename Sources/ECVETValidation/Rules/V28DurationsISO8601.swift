import ECVETModel

/// V28: durations are ISO 8601 (xs:duration).
struct DurationsISO8601: CatalogueRule {
    let id = DiagnosticID("V28", "duration-iso-8601", .error)
    let summary = "A volume of learning is an xs:duration such as P3Y, P18M or PT1600H (an error in the europass profile, a warning otherwise)."
    let source = "Europass LOQ XSD: volumeOfLearning is xs:duration"
    let hint = "write the duration as P3Y (three years), P6M (six months) or PT1600H (1,600 hours)"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        for qualification in context.catalogue.qualifications {
            guard let text = qualification.volumeOfLearning, LearningDuration(text) == nil else { continue }
            findings.append(finding("volume of learning \"\(text)\" of \(Naming.qualification(qualification)) is not an ISO 8601 duration",
                                    at: qualification.valueLocations.location(of: "volumeOfLearning", else: qualification.location),
                                    entity: qualification.id))
        }
    }
}

import ECVETModel

/// V22: country codes are ISO 3166-1.
struct CountryCodeValid: CatalogueRule {
    let id = DiagnosticID("V22", "country-code", .error)
    let summary = "Country codes are ISO 3166-1 alpha-2 or alpha-3; the EU forms EL (Greece) and UK (United Kingdom) are accepted with a warning and written as GR and GB on export."
    let source = "EQF Recommendation 2017, Annex VI (country code); EU country authority"
    let hint = "use an ISO 3166-1 code such as FI, SE or DEU"
    var severities: [Severity] { [.error, .warning] }

    func check(_ context: ValidationContext, into findings: inout Findings) {
        func judge(_ code: Code?, _ owner: @autoclosure () -> String, _ entity: String) {
            guard let code else { return }
            let upper = code.written.uppercased()
            if CodeLists.countryByAlpha2[upper] != nil || CodeLists.countryByAlpha3[upper] != nil { return }
            if let entry = CodeLists.countryByEUCode[upper] {
                findings.append(finding(
                    "country \"\(code.written)\" of \(owner()) is the EU form of ISO 3166-1 \(entry.alpha2) (\(entry.name))",
                    at: code.location, severity: .warning, entity: entity, hint: "write \(entry.alpha2)"))
                return
            }
            findings.append(finding("country \"\(code.written)\" of \(owner()) is not an ISO 3166-1 code",
                                    at: code.location, entity: entity))
        }
        judge(context.catalogue.country, "the catalogue", context.catalogue.id ?? "")
        for qualification in context.catalogue.qualifications {
            judge(qualification.country, Naming.qualification(qualification), qualification.id)
        }
        for organisation in context.catalogue.organisations {
            judge(organisation.country, "organisation \"\(organisation.id)\"", organisation.id)
        }
    }
}

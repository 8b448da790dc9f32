import ECVETModel

/// V20: ISCED-F 2013 codes are valid.
struct ISCEDFCodeValid: CatalogueRule {
    let id = DiagnosticID("V20", "isced-f-code", .error)
    let summary = "ISCED-F codes are ISCED-F 2013 fields (leading zeros kept); a warning when a code is broad or narrow instead of detailed (4 digits). The europass profile requires a code on every qualification."
    let source = "EQF Recommendation 2017, Annex VI (field of education and training = ISCED-F 2013); Europass LOQ XSD: ISCEDFCode minOccurs=1"
    let hint = "use a 4-digit ISCED-F 2013 code such as 0713 (Electricity and energy)"
    var severities: [Severity] { [.error, .warning] }

    func check(_ context: ValidationContext, into findings: inout Findings) {
        func judge(_ codes: [Code], _ owner: @autoclosure () -> String, _ entity: String) {
            for code in codes {
                guard let entry = CodeLists.iscedFByCode[code.written] else {
                    var hint = self.hint
                    if code.written.count < 4, CodeLists.iscedFByCode["0" + code.written] != nil {
                        hint = "write it with its leading zero: \"0\(code.written)\" (quote it so that it stays text)"
                    }
                    findings.append(finding("\"\(code.written)\" of \(owner()) is not an ISCED-F 2013 code",
                                            at: code.location, entity: entity, hint: hint))
                    continue
                }
                if entry.level != .detailed {
                    findings.append(finding(
                        "ISCED-F \(code.written) (\(entry.label)) of \(owner()) is a \(entry.level.rawValue) field; a detailed 4-digit field is expected",
                        at: code.location, severity: .warning, entity: entity))
                }
            }
        }
        for qualification in context.catalogue.qualifications {
            judge(qualification.iscedF, Naming.qualification(qualification), qualification.id)
            if qualification.iscedF.isEmpty && context.profile == .europass {
                findings.append(finding("\(Naming.qualification(qualification)) has no ISCED-F code, which a Europass export needs",
                                        at: qualification.location, entity: qualification.id))
            }
        }
        for unit in context.catalogue.units { judge(unit.iscedF, Naming.unit(unit), unit.id) }
    }
}

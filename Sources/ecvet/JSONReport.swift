import ECVETKit
import Foundation

/// The findings of a validation run as one JSON document, for scripts and CI.
struct JSONReport: Encodable {
    struct Finding: Encodable {
        let id: String
        let name: String
        let severity: String
        let message: String
        let file: String?
        let line: Int?
        let column: Int?
        let path: String?
        let entity: String?
        let hint: String?
    }

    struct Summary: Encodable {
        let files: Int
        let qualifications: Int
        let units: Int
        let errors: Int
        let warnings: Int
        let notes: Int
    }

    let tool = "ecvet"
    let version: String
    let profile: String
    let findings: [Finding]
    let summary: Summary

    init(diagnostics: [Diagnostic], profile: String, summary: Summary, version: String) {
        self.version = version
        self.profile = profile
        self.summary = summary
        findings = Diagnostic.sortedForOutput(diagnostics).map { diagnostic in
            Finding(id: diagnostic.id.id, name: diagnostic.id.name, severity: diagnostic.severity.rawValue,
                    message: diagnostic.message, file: diagnostic.location?.file, line: diagnostic.location?.line,
                    column: diagnostic.location?.column,
                    path: diagnostic.location.flatMap { $0.path.isEmpty ? nil : $0.path },
                    entity: diagnostic.entityID, hint: diagnostic.hint)
        }
    }

    func encoded() throws -> Data {
        try ReportEncoding.json(self)
    }
}

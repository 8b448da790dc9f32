import ECVETKit
import Foundation

/// The findings of a validation run as one JSON document, for scripts and CI.
struct JSONReport {
    struct Finding {
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

    struct Summary {
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

    /// The report as JSON, keys in alphabetical order, absent values left out. Written with the
    /// project's streaming JSON writer: a report holds one entry per finding, often tens of
    /// thousands, where Foundation's encoder costs a tenth of a whole validation run.
    func encoded() throws -> Data {
        let output = ByteOutput()
        var writer = JSONTreeWriter(output: output)
        writer.beginObject()
        writer.key("findings")
        writer.beginArray()
        for finding in findings {
            writer.beginObject()
            if let column = finding.column { writer.key("column"); writer.number(String(column)) }
            if let entity = finding.entity { writer.key("entity"); writer.string(entity) }
            if let file = finding.file { writer.key("file"); writer.string(file) }
            if let hint = finding.hint { writer.key("hint"); writer.string(hint) }
            writer.key("id"); writer.string(finding.id)
            if let line = finding.line { writer.key("line"); writer.number(String(line)) }
            writer.key("message"); writer.string(finding.message)
            writer.key("name"); writer.string(finding.name)
            if let path = finding.path { writer.key("path"); writer.string(path) }
            writer.key("severity"); writer.string(finding.severity)
            writer.endObject()
        }
        writer.endArray()
        writer.key("profile"); writer.string(profile)
        writer.key("summary")
        writer.beginObject()
        for (key, value) in [("errors", summary.errors), ("files", summary.files), ("notes", summary.notes),
                             ("qualifications", summary.qualifications), ("units", summary.units),
                             ("warnings", summary.warnings)] {
            writer.key(key)
            writer.number(String(value))
        }
        writer.endObject()
        writer.key("tool"); writer.string(tool)
        writer.key("version"); writer.string(version)
        writer.endObject()
        try writer.finish()
        return Data(output.bytes)
    }
}

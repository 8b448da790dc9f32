import ECVETKit
import Foundation

/// The findings of a validation run as one JSON document, for scripts and CI.
struct JSONReport {
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
    /// The findings, in the order of output.
    let findings: [Diagnostic]
    let summary: Summary

    init(diagnostics: consuming [Diagnostic], profile: String, summary: Summary, version: String) {
        self.version = version
        self.profile = profile
        self.summary = summary
        findings = Diagnostic.sortedForOutput(diagnostics)
    }

    /// The report as JSON, keys in alphabetical order, absent values left out. Written with the
    /// project's streaming JSON writer: a report holds one entry per finding, often tens of
    /// thousands, where Foundation's encoder costs a tenth of a whole validation run.
    func encoded() throws -> Data {
        var writer = JSONDocument()
        writer.beginObject()
        writer.key("findings")
        writer.beginArray()
        // Fields are read in place: copying tens of thousands of findings would cost more than
        // writing them.
        for finding in findings.indices {
            let location = findings[finding].location
            writer.beginObject()
            if let column = location?.column { writer.key("column"); writer.number(String(column)) }
            // A summary of findings that were only counted says how many it stands for.
            if findings[finding].findingCount != 1 { writer.key("count"); writer.number(String(findings[finding].findingCount)) }
            if let entity = findings[finding].entityID { writer.key("entity"); writer.string(entity) }
            if let file = location?.file { writer.key("file"); writer.string(file) }
            if let hint = findings[finding].hint { writer.key("hint"); writer.string(hint) }
            writer.key("id"); writer.string(findings[finding].id.id)
            if let line = location?.line { writer.key("line"); writer.number(String(line)) }
            writer.key("message"); writer.string(findings[finding].message)
            writer.key("name"); writer.string(findings[finding].id.name)
            if let path = location?.path, !path.isEmpty { writer.key("path"); writer.string(path) }
            writer.key("severity"); writer.string(findings[finding].severity.rawValue)
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
        return Data(try writer.finish())
    }
}

import ECVETBytes
import ECVETSyntax

extension XMLSchema {
    /// The official Europass LOQ schema (ELM 3.1.0, `loq.xsd` with its `cv/` and `external/`
    /// imports), embedded in the binary and parsed on first use.
    package static let europass: XMLSchema = {
        do throws(SyntaxError) {
            return try XMLSchema(bundle: EmbeddedEuropassSchema.files, main: "loq.xsd", name: "europass-loq-3.1")
        } catch {
            fatalError("the embedded Europass schema does not parse: \(error.problem.message)")
        }
    }()
}

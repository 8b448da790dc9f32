import ECVETBytes
import ECVETSyntax

extension XMLSchema {
    /// The project's own schema of the canonical XML catalogue, embedded in the binary.
    package static let canonical: XMLSchema = {
        do throws(SyntaxError) {
            return try XMLSchema(text: EmbeddedSchemas.catalogue, name: "ecvet-catalogue.xsd")
        } catch {
            fatalError("the embedded catalogue schema does not parse: \(error.problem.message)")
        }
    }()
}

import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalBinder {
    mutating func bindLearningOutcome(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> LearningOutcome? {
        let path = path.pathString
        guard let location = try expectObject(event, "a learning outcome", path: path) else { return nil }
        var outcome = LearningOutcome(id: "", location: location)
        outcome.extensions = try readObject(path: path, known: CanonicalKeys.learningOutcome) { binder, key, path throws(SyntaxError) in
            guard let field = FieldLookups.learningOutcome.index(of: key) else { return false }
            if try binder.bindField(at: field, of: FieldLookups.learningOutcome, into: &outcome, path: path) { return true }
            // "assessmentCriteria", the one nested field.
            outcome.assessmentCriteria = try binder.assessmentCriteria(path)
            return true
        }
        requireID(outcome.id, of: "learning outcome", at: location)
        return outcome
    }
}

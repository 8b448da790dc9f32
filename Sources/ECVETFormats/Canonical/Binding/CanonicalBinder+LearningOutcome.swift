import ECVETModel
import ECVETBytes
import ECVETSyntax

extension CanonicalBinder {
    mutating func bindLearningOutcome(_ event: TreeEvent, path: some BindingPath) throws(SyntaxError) -> LearningOutcome? {
        let path = path.pathString
        guard let location = try expectObject(event, "a learning outcome", path: path) else { return nil }
        var outcome = LearningOutcome(id: "", location: location)
        outcome.extensions = try readObject(path: path, known: CanonicalKeys.learningOutcome) { binder, key, path throws(SyntaxError) in
            switch key {
            case "id": outcome.id = try binder.text(path, what: "an id") ?? ""
            case "category":
                if let (text, location) = try binder.locatedText(path, what: "a category") {
                    outcome.category = LearningOutcomeCategory(text, location: location)
                }
            case "text": outcome.text = try binder.localizedText(path)
            case "escoSkills": outcome.escoSkills = try binder.references(path)
            case "assessmentCriteria": outcome.assessmentCriteria = try binder.assessmentCriteria(path)
            default: return false
            }
            return true
        }
        requireID(outcome.id, of: "learning outcome", at: location)
        return outcome
    }
}

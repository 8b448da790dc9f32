import ECVETModel

/// Schema findings about canonical XML in words for people: libxml2's
/// `Element '{urn:ecvetkit:catalogue:1}eqfLevle': This element is not expected.` becomes
/// `<eqfLevle> is no element of the catalogue here; did you mean <eqfLevel>?`.
enum CanonicalSchemaWording {
    /// Every element name of the canonical XML, from the entities' field tables.
    static let elementNames: [String] = {
        func names<Entity>(_ fields: [Field<Entity>]) -> [String] {
            fields.compactMap { field in
                switch field.xml {
                case .element(let name), .reference(let name): name
                case .attribute: nil
                }
            }
        }
        let entities = ["catalogue", "qualification", "unit", "learningOutcome", "organisation", "group", "part",
                        "criterion", "field", "nqf", "structure"]
        var all = entities + names(Catalogue.fields) + names(Qualification.fields) + names(Unit.fields)
            + names(LearningOutcome.fields) + names(Organisation.fields) + names(UnitGroup.fields) + names(UnitLink.fields)
            + names(UnitPart.fields) + names(NQFLevel.fields) + names(AssessmentCriterion.fields)
        var seen = Set<String>()
        all.removeAll { !seen.insert($0).inserted }
        return all
    }()

    static func reworded(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.id == .xmlSchema,
              let start = diagnostic.message.range(of: "Element '{" + CanonicalXMLBinder.namespace + "}"),
              let end = diagnostic.message.range(of: "': This element is not expected.", range: start.upperBound..<diagnostic.message.endIndex)
        else { return diagnostic }
        let name = String(diagnostic.message[start.upperBound..<end.lowerBound])
        var reworded = diagnostic
        let expected = diagnostic.message[end.upperBound...].trimmingCharacters(in: .whitespaces)
        reworded.message = "<\(name)> is no element of the catalogue here"
            + (KeySuggestion.closest(to: name, among: elementNames).map { "; did you mean <\($0)>?" } ?? "")
            + (expected.isEmpty ? "" : " (\(expected))")
        return reworded
    }
}

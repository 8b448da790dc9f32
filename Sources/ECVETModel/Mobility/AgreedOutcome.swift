/// A learning outcome as a mobility document states it: the text agreed, and the outcome's id
/// in the catalogue when it names one.
public struct AgreedOutcome: DocumentEntity {
    /// The learning outcome's id in the home catalogue.
    public var id: String?
    /// The statement as agreed, in one or more languages.
    public var statement = LocalizedText()
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}
}

/// A catalogue of qualifications and the units, learning outcomes and organisations they use:
/// the canonical model every format reads into and writes from.
public struct Catalogue: Sendable, Hashable {
    public var id: String?
    public var title: LocalizedText
    public var description: LocalizedText
    /// The organisation that publishes the catalogue.
    public var publisher: Reference?
    public var country: CountryCode?
    public var version: String?
    /// The date of issue, ISO 8601, as written.
    public var issued: String?
    /// The language of text given without a tag in formats that allow it.
    public var defaultLanguage: LanguageCode?
    public var qualifications: [Qualification]
    public var units: [Unit]
    public var learningOutcomes: [LearningOutcome]
    public var organisations: [Organisation]
    public var extensions: [ExtensionField]
    @ExcludedFromEquality public var location: SourceLocation

    public init(
        id: String? = nil,
        title: LocalizedText = LocalizedText(),
        description: LocalizedText = LocalizedText(),
        publisher: Reference? = nil,
        country: CountryCode? = nil,
        version: String? = nil,
        issued: String? = nil,
        defaultLanguage: LanguageCode? = nil,
        qualifications: [Qualification] = [],
        units: [Unit] = [],
        learningOutcomes: [LearningOutcome] = [],
        organisations: [Organisation] = [],
        extensions: [ExtensionField] = [],
        location: SourceLocation = .none
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.publisher = publisher
        self.country = country
        self.version = version
        self.issued = issued
        self.defaultLanguage = defaultLanguage
        self.qualifications = qualifications
        self.units = units
        self.learningOutcomes = learningOutcomes
        self.organisations = organisations
        self.extensions = extensions
        self.location = location
    }
}

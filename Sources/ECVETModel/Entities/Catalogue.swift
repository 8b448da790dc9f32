/// A catalogue of qualifications and the units, learning outcomes and organisations they use:
/// the canonical model every format reads into and writes from.
public struct Catalogue: Sendable, Hashable {
    /// The catalogue's own identifier, when it has one.
    public var id: String?
    /// The catalogue's name, in each language.
    public var title: LocalizedText
    /// What the catalogue holds, in each language.
    public var description: LocalizedText
    /// The organisation that publishes the catalogue.
    public var publisher: Reference?
    /// The catalogue's country, an ISO 3166-1 code as written (`FI`).
    public var country: CountryCode?
    /// The catalogue's own version, as written.
    public var version: String?
    /// The date of issue, ISO 8601, as written.
    public var issued: String?
    /// The language of text given without a tag in formats that allow it.
    public var defaultLanguage: LanguageCode?
    /// The qualifications, in the order written.
    public var qualifications: [Qualification]
    /// The units, in the order written; qualifications link to them by id.
    public var units: [Unit]
    /// The learning outcomes, in the order written; units and their parts refer to them by id.
    public var learningOutcomes: [LearningOutcome]
    /// Awarding bodies, publishers and providers, in the order written; referred to by id.
    public var organisations: [Organisation]
    /// Top-level fields of the input the model does not know, kept in order to be written back.
    public var extensions: [ExtensionField]
    /// Where the catalogue was read (the file, at the document's start); takes no part in equality.
    @ExcludedFromEquality public var location: SourceLocation

    /// A catalogue; what is not given is absent or empty.
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

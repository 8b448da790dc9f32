/// The learner of a learning agreement or transcript.
public struct Learner: DocumentEntity {
    /// An identifier of the learner (a student number), for the records and a credential.
    public var id: String?
    public var givenName: String?
    public var familyName: String?
    /// The date of birth, an ISO 8601 date as written.
    public var dateOfBirth: String?
    /// As the learner gives it; the templates' tick box.
    public var gender: String?
    /// An ISO 3166-1 country code, as written.
    public var nationality: Code?
    public var address: String?
    public var phone: String?
    public var email: String?
    @ExcludedFromEquality public var location: SourceLocation = .none
    public var valueLocations = ValueLocations()
    public var extensions: [ExtensionField] = []

    public init() {}

    /// Given and family name, as far as they are known.
    public var fullName: String? {
        let parts = [givenName, familyName].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Whether `other` is the same person: the same identifier when both give one, else the same
    /// name and, where both give one, the same date of birth.
    public func isSamePerson(as other: Learner) -> Bool {
        if let id, let otherID = other.id { return id == otherID }
        return fullName == other.fullName && (dateOfBirth == nil || other.dateOfBirth == nil || dateOfBirth == other.dateOfBirth)
    }
}

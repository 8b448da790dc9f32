import ECVETModel
import ECVETBytes
import ECVETSyntax

/// A personal transcript as an unsigned European Digital Credential (ELM 3.1, JSON-LD, the
/// `edc-generic-full` profile): the home institution issues it, the learner is its subject, and
/// each unit (or part) achieved is a learning achievement specified by the unit as the LOQ export
/// specifies it (the same ids, title, credit points and learning outcomes), proven by the host's
/// assessment, influenced by the mobility, and awarded at its recognition at home.
///
/// What the credential needs is checked before, by the `europass` profile of the document rules
/// (V37); what is missing all the same is left out, never made up.
package struct EuropassCredentialEmitter {
    private var writer: JSONTreeWriter
    private let transcript: PersonalTranscript
    private let agreement: LearningAgreement?
    private let home: (catalogue: Catalogue, qualification: Qualification)?

    /// The credential of `transcript`, with its `agreement` (for the period and the learning
    /// activities) and the catalogue of its qualification among `catalogues`.
    package init(output: ByteOutput, transcript: PersonalTranscript, agreement: LearningAgreement?, catalogues: [Catalogue]) {
        writer = JSONTreeWriter(output: output)
        self.transcript = transcript
        self.agreement = agreement
        let reference = transcript.qualification ?? agreement?.qualification
        home = catalogues.lazy.compactMap { catalogue in
            catalogue.qualifications.first { $0.id == reference?.id || ($0.uri != nil && $0.uri == reference?.uri) }
                .map { (catalogue, $0) }
        }.first
    }

    static let ecvetFramework = "http://data.europa.eu/snb/education-credit/60b314e826"
    /// A blank page (a white 1×1 PNG): the display the profile requires, which Europass renders
    /// anew from the credential's data.
    static let blankPage = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="

    /// Writes the credential and flushes it.
    package mutating func emit() throws(OutputError) {
        let id = EuropassLOQEmitter.id(nil, "credential", transcript.id ?? "transcript")
        writer.beginObject()
        writer.key("@context")
        writer.beginArray()
        writer.string("https://www.w3.org/2018/credentials/v1")
        writer.string("http://data.europa.eu/snb/model/context/edc-ap")
        writer.endArray()
        field("id", id)
        writer.key("type")
        writer.beginArray()
        writer.string("VerifiableCredential")
        writer.string("EuropeanDigitalCredential")
        writer.endArray()
        node("credentialSchema", id: "http://data.europa.eu/snb/model/ap/edc-generic-full", type: "ShaclValidator2017") { _ in }
        concept("credentialProfiles", "http://data.europa.eu/snb/credential/e34929035b", scheme: "http://data.europa.eu/snb/credential/25831c2",
                label: "Generic")
        let issued = (transcript.issued ?? transcript.recognition?.date).flatMap(LOQValues.dateTime)
        field("issued", issued)
        field("issuanceDate", issued)
        field("validFrom", issued)
        display(id)
        if let issuer = transcript.recognising { organisation("issuer", issuer) }
        node("credentialSubject", id: EuropassLOQEmitter.id(nil, "person", transcript.learner?.id ?? id), type: "Person") { emitter in
            emitter.learner()
            emitter.writer.key("hasClaim")
            emitter.writer.beginArray()
            for unit in emitter.transcript.achieved { emitter.achievement(unit, credential: id) }
            emitter.writer.endArray()
        }
        writer.endObject()
        try writer.finish()
    }

    // MARK: - The parts of the credential

    private mutating func display(_ credential: String) {
        let language = CodeLists.language(code: transcript.language?.written ?? "en")?.uri.nonEmpty
            ?? "http://publications.europa.eu/resource/authority/language/ENG"
        node("displayParameter", id: credential + ":display", type: "DisplayParameter") { emitter in
            emitter.text("title", Self.text("en", "ECVET personal transcript"))
            emitter.concept("primaryLanguage", language, scheme: "http://publications.europa.eu/resource/authority/language")
            emitter.concept("language", language, scheme: "http://publications.europa.eu/resource/authority/language")
            emitter.node("individualDisplay", id: credential + ":display:1", type: "IndividualDisplay") { emitter in
                emitter.concept("language", language, scheme: "http://publications.europa.eu/resource/authority/language")
                emitter.node("displayDetail", id: credential + ":display:1:page:1", type: "DisplayDetail") { emitter in
                    emitter.writer.key("page")
                    emitter.writer.number("1")
                    emitter.node("image", id: credential + ":display:1:page:1:image", type: "MediaObject") { emitter in
                        emitter.field("content", Self.blankPage)
                        emitter.concept("contentEncoding", "http://data.europa.eu/snb/encoding/6146cde7dd",
                                        scheme: "http://data.europa.eu/snb/encoding/25831c2")
                        emitter.concept("contentType", "http://publications.europa.eu/resource/authority/file-type/PNG",
                                        scheme: "http://publications.europa.eu/resource/authority/file-type")
                    }
                }
            }
        }
    }

    private mutating func learner() {
        guard let learner = transcript.learner else { return }
        let language = transcript.language?.written ?? "en"
        if let given = learner.givenName { text("givenName", Self.text(language, given)) }
        if let family = learner.familyName { text("familyName", Self.text(language, family)) }
        if let full = learner.fullName { text("fullName", Self.text(language, full)) }
        field("dateOfBirth", learner.dateOfBirth.flatMap(LOQValues.dateTime))
        if let id = learner.id {
            node("identifier", id: EuropassLOQEmitter.id(nil, "identifier", "learner/" + id), type: "Identifier") { emitter in
                emitter.field("notation", id)
            }
        }
    }

    /// An organisation with its legal name, eIDAS identifier and address; the profile requires
    /// the first two and a country.
    private mutating func organisation(_ key: String, _ organisation: MobilityOrganisation) {
        let id = EuropassLOQEmitter.ownID("organisation", organisation.id ?? organisation.displayName())
        let country = organisation.country.flatMap(Self.countryURI)
        node(key, id: id, type: "Organisation") { emitter in
            emitter.text("legalName", organisation.name)
            if let notation = organisation.eidasIdentifier ?? organisation.legalIdentifier {
                emitter.node("eIDASIdentifier", id: id + ":legal-identifier", type: "LegalIdentifier") { emitter in
                    emitter.field("notation", notation)
                    if let country { emitter.concept("spatial", country, scheme: "http://publications.europa.eu/resource/authority/country") }
                }
            }
            emitter.node("location", id: id + ":location", type: "Location") { emitter in
                emitter.node("address", id: id + ":address", type: "Address") { emitter in
                    if let country { emitter.concept("countryCode", country, scheme: "http://publications.europa.eu/resource/authority/country") }
                    if let address = organisation.address {
                        emitter.node("fullAddress", id: id + ":address:full", type: "Note") { emitter in
                            emitter.text("noteLiteral", Self.text("en", address))
                        }
                    }
                }
            }
        }
    }

    /// One unit or part achieved.
    private mutating func achievement(_ unit: AssessedUnit, credential: String) {
        let key = (unit.id ?? "unit") + (unit.part.map { "/" + $0 } ?? "")
        let catalogued = home.flatMap { home in home.catalogue.units.first { $0.id == unit.id } }
        let link = home?.qualification.unitLinks.first { $0.unit.id == unit.id }
        let part = unit.part.flatMap { id in catalogued?.parts.first { $0.id == id } }
        let title = part.map { $0.title.isEmpty ? catalogued!.title : $0.title } ?? catalogued?.title
        let achievementTitle = unit.title.isEmpty ? (title ?? Self.text("en", key)) : unit.title
        writer.beginObject()
        field("id", EuropassLOQEmitter.id(nil, "achievement", (transcript.id ?? "transcript") + "/" + key))
        field("type", "LearningAchievement")
        text("title", achievementTitle)
        if let catalogued {
            let unitID = EuropassLOQEmitter.id(catalogued.uri, "unit", catalogued.id)
            let unitPoints = link?.points ?? catalogued.credits?.amount
            if let part {
                node("specifiedBy", id: EuropassLOQEmitter.partID(unit: catalogued.id, part: part.id),
                     type: "LearningAchievementSpecification") { emitter in
                    emitter.text("title", title ?? achievementTitle)
                    emitter.identifier(part.code ?? part.id)
                    emitter.credit("creditPoint", part.credits?.amount, id: "unit-part/" + catalogued.id + "/" + part.id)
                    emitter.outcomes(part.learningOutcomes, achieved: unit.learningOutcomes)
                    emitter.node("isPartOf", id: unitID, type: "LearningAchievementSpecification") { emitter in
                        emitter.unitSpecification(catalogued, points: unitPoints)
                    }
                }
            } else {
                node("specifiedBy", id: unitID, type: "LearningAchievementSpecification") { emitter in
                    emitter.unitSpecification(catalogued, points: unitPoints)
                    emitter.outcomes(catalogued.learningOutcomes, achieved: unit.learningOutcomes)
                }
            }
        }
        credit("creditReceived", unit.points, id: "received/" + (transcript.id ?? "transcript") + "/" + key)
        assessment(unit, key: key)
        activity()
        if let recognition = transcript.recognition ?? transcript.validation, let home = transcript.recognising {
            node("awardedBy", id: EuropassLOQEmitter.id(nil, "awarding", (transcript.id ?? "transcript") + "/" + key), type: "AwardingProcess") { emitter in
                emitter.organisation("awardingBody", home)
                emitter.field("awardingDate", recognition.date.flatMap(LOQValues.dateTime))
            }
        }
        writer.endObject()
    }

    /// A unit as the LOQ export specifies it, and its qualification.
    private mutating func unitSpecification(_ unit: ECVETModel.Unit, points: DecimalText?) {
        text("title", unit.title)
        identifier(unit.code ?? unit.id)
        credit("creditPoint", points, id: "unit/" + unit.id)
        guard let (_, qualification) = home else { return }
        node("isPartOf", id: EuropassLOQEmitter.id(qualification.uri, "qualification", qualification.id), type: "Qualification") { emitter in
            emitter.text("title", qualification.title)
            if let uri = qualification.eqfLevel?.uri {
                emitter.concept("eqfLevel", uri, scheme: "http://data.europa.eu/snb/eqf/25831c2")
            }
            if let uri = qualification.nqfLevels.compactMap(\.europassURI).first(where: { CodeLists.nqfLevelByURI[$0] != nil }) {
                emitter.concept("nqfLevel", uri, scheme: "http://data.europa.eu/snb/qdr/25831c2")
            }
            if let field = qualification.iscedF.first, CodeLists.iscedFByCode[field.written] != nil {
                emitter.concept("thematicArea", "http://data.europa.eu/snb/isced-f/" + field.written,
                                scheme: "http://data.europa.eu/snb/isced-f/25831c2")
            }
            emitter.credit("creditPoint", qualification.credits?.amount, id: "qualification/" + qualification.id)
        }
    }

    private mutating func identifier(_ notation: String) {
        node("identifier", id: EuropassLOQEmitter.id(nil, "identifier", notation), type: "Identifier") { emitter in
            emitter.field("notation", notation)
            emitter.field("schemeName", "unit code")
        }
    }

    /// The learning outcomes of a unit: those the transcript lists as achieved, else all.
    private mutating func outcomes(_ references: [Reference], achieved: [AgreedOutcome]) {
        guard let (catalogue, _) = home else { return }
        let listed = Set(achieved.compactMap(\.id))
        let chosen = references.filter { listed.isEmpty || listed.contains($0.id) }
        let outcomes = chosen.compactMap { reference in catalogue.learningOutcomes.first { $0.id == reference.id } }
        guard !outcomes.isEmpty else { return }
        writer.key("learningOutcome")
        writer.beginArray()
        for outcome in outcomes {
            writer.beginObject()
            field("id", EuropassLOQEmitter.ownID("learning-outcome", outcome.id))
            field("type", "LearningOutcome")
            text("title", outcome.text)
            let type = outcome.category?.kind == .knowledge ? "knowledge" : "skill"
            concept("dcType", "http://data.europa.eu/snb/skill-type/" + type, scheme: "http://data.europa.eu/snb/skill-type/25831c2")
            writer.endObject()
        }
        writer.endArray()
    }

    private mutating func assessment(_ unit: AssessedUnit, key: String) {
        guard let host = transcript.assessing else { return }
        let id = EuropassLOQEmitter.id(nil, "assessment", (transcript.id ?? "transcript") + "/" + key)
        node("provenBy", id: id, type: "LearningAssessment") { emitter in
            emitter.text("title", Self.text("en", "Assessment at the host: " + (unit.title.text() ?? key)))
            emitter.node("grade", id: id + ":grade", type: "Note") { emitter in
                emitter.text("noteLiteral", Self.text("en", unit.grade ?? unit.result ?? "passed"))
            }
            emitter.field("dateIssued", unit.assessed.flatMap(LOQValues.dateTime))
            emitter.organisation("assessedBy", host)
            emitter.node("awardedBy", id: id + ":awarding", type: "AwardingProcess") { emitter in
                emitter.organisation("awardingBody", host)
            }
        }
    }

    /// The mobility itself: the period abroad, directed by the host, named by the agreement.
    private mutating func activity() {
        guard let host = transcript.assessing else { return }
        let period = transcript.period ?? agreement?.period
        let id = EuropassLOQEmitter.id(nil, "mobility", transcript.learningAgreement ?? transcript.id ?? "transcript")
        node("influencedBy", id: id, type: "LearningActivity") { emitter in
            emitter.text("title", Self.text("en", "ECVET mobility at " + host.displayName()))
            if let agreement = emitter.transcript.learningAgreement {
                emitter.node("identifier", id: id + ":agreement", type: "Identifier") { emitter in
                    emitter.field("notation", agreement)
                    emitter.field("schemeName", "ECVET learning agreement")
                }
            }
            emitter.organisation("directedBy", host)
            if let start = period?.start.flatMap(LOQValues.dateTime) {
                emitter.node("temporal", id: id + ":period", type: "PeriodOfTime") { emitter in
                    emitter.field("startDate", start)
                    emitter.field("endDate", period?.end.flatMap(LOQValues.dateTime))
                }
            }
            emitter.node("awardedBy", id: id + ":awarding", type: "AwardingProcess") { emitter in
                emitter.organisation("awardingBody", host)
            }
        }
    }

    // MARK: - JSON-LD

    private mutating func credit(_ key: String, _ points: DecimalText?, id: String) {
        guard let points, points.value != nil else { return }
        node(key, id: EuropassLOQEmitter.id(nil, "credit", id), type: "CreditPoint") { emitter in
            emitter.concept("framework", Self.ecvetFramework, scheme: "http://data.europa.eu/snb/education-credit/25831c2",
                            label: "European credit system for vocational education and training")
            emitter.field("point", points.canonical)
        }
    }

    private mutating func node(_ key: String, id: String, type: String, _ body: (inout Self) -> Void) {
        writer.key(key)
        writer.beginObject()
        field("id", id)
        field("type", type)
        body(&self)
        writer.endObject()
    }

    private mutating func concept(_ key: String, _ id: String, scheme: String, label: String? = nil) {
        node(key, id: id, type: "Concept") { emitter in
            emitter.node("inScheme", id: scheme, type: "ConceptScheme") { _ in }
            if let label { emitter.text("prefLabel", Self.text("en", label)) }
        }
    }

    private mutating func field(_ key: String, _ value: String?) {
        guard let value else { return }
        writer.key(key)
        writer.string(value)
    }

    /// A language map; untagged text is not allowed in the profile.
    private mutating func text(_ key: String, _ text: LocalizedText) {
        guard !text.isEmpty else { return }
        writer.key(key)
        writer.beginObject()
        for entry in text.entries {
            writer.key(entry.language)
            writer.string(entry.text)
        }
        writer.endObject()
    }

    /// Text in one language.
    static func text(_ language: String, _ text: String) -> LocalizedText {
        LocalizedText([LocalizedText.Entry(language: language, text: text)])
    }

    /// The EU country authority URI of an ISO 3166-1 (or EU) code.
    static func countryURI(_ code: Code) -> String? {
        let written = code.written.uppercased()
        guard let entry = CodeLists.countryByAlpha2[written] ?? CodeLists.countryByEUCode[written] ?? CodeLists.countryByAlpha3[written] else {
            return nil
        }
        return "http://publications.europa.eu/resource/authority/country/" + entry.alpha3
    }
}

extension String {
    /// `nil` for the empty string.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}

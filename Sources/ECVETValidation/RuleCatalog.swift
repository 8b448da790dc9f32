import ECVETModel

/// Every rule, in id order.
public enum RuleCatalog {
    /// Every rule, ordered by id (`V01` first).
    public static let all: [any Rule] = (catalogueRules as [any Rule] + statementRules as [any Rule] + documentRules as [any Rule])
        .sorted { $0.id < $1.id }

    /// The rules that read the catalogue through its context.
    static let catalogueRules: [any CatalogueRule] = [
        UnitHasTitle(), UnitBelongsToQualification(), QualificationHasEQFLevel(), NQFLevelGiven(),
        UnitHasOutcomes(), AssessmentDescribed(), UnitHasPoints(), ValidityCoherent(), QualificationHasTotal(),
        PointsAreNumbers(), SixtyPointsPerYear(), PointsFitQualification(), FractionalPoints(), WeightVaries(),
        QualificationWithoutPoints(), OutcomeCategory(), ESCOURIs(), ISCEDFCodeValid(), CountryCodeValid(),
        IdsAndReferences(), EuropassContent(), DurationsISO8601(),
    ]

    /// The rules that read the facts of the statements as well.
    static let statementRules: [any StatementRule] = [
        OutcomeHasText(), NoDuplicateOutcomes(), LanguageCodeValid(),
    ]

    /// The rules of mobility documents, which look across the documents and catalogues of one
    /// command.
    static let documentRules: [any DocumentRule] = [
        LearningAgreementContent(), MemorandumContent(), TranscriptCredit(), DocumentReferences(), PartiesAgree(),
        MobilityPeriodCoherent(), CoveredByMemorandum(), AgreedUnitsInCatalogue(), TranscriptMatchesAgreement(),
        AssessmentDates(), AssessorFromHost(), CredentialContent(),
    ]

    /// The rule with this id (`V05`), if there is one.
    public static func rule(_ id: String) -> (any Rule)? {
        all.first { $0.id.id.caseInsensitiveCompare(id) == .orderedSame }
    }
}

import Foundation

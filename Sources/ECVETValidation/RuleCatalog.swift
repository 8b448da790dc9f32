import ECVETModel

/// Every rule, in id order.
public enum RuleCatalog {
    public static let all: [any Rule] = [
        UnitHasTitle(), UnitBelongsToQualification(), QualificationHasEQFLevel(), NQFLevelGiven(),
        UnitHasOutcomes(), AssessmentDescribed(), UnitHasPoints(), ValidityCoherent(), QualificationHasTotal(),
        PointsAreNumbers(), SixtyPointsPerYear(), PointsFitQualification(), FractionalPoints(), WeightVaries(),
        QualificationWithoutPoints(), OutcomeHasText(), OutcomeCategory(), NoDuplicateOutcomes(), ESCOURIs(),
        ISCEDFCodeValid(), LanguageCodeValid(), CountryCodeValid(), IdsAndReferences(), EuropassContent(),
        DurationsISO8601(),
    ]

    /// The rule with this id (`V05`), if there is one.
    public static func rule(_ id: String) -> (any Rule)? {
        all.first { $0.id.id.caseInsensitiveCompare(id) == .orderedSame }
    }
}

import Foundation

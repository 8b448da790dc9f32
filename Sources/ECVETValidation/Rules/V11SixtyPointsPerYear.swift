import ECVETModel
import Foundation

/// V11: a qualification's total follows the convention of 60 points per year of full-time VET.
struct SixtyPointsPerYear: CatalogueRule {
    let id = DiagnosticID("V11", "sixty-points-per-year", .warning)
    let summary = "When the volume of learning is known, the total is 60 points per year of full-time study, within the tolerance (10 % unless configured); hours count at 1,600 a year unless configured."
    let source = "ECVET Recommendation 2009, Annex II §3 (60 points for the learning outcomes expected in one year of formal full-time VET)"
    let hint = "check the total points against the duration, or set the tolerance in .ecvet.yaml (pointsPerYearTolerance)"

    func check(_ context: ValidationContext, into findings: inout Findings) {
        let settings = context.settings
        for qualification in context.catalogue.qualifications {
            guard let total = qualification.credits?.amount?.value, qualification.credits?.effectiveSystem == .ecvet else { continue }
            var years: Decimal?
            var basis = ""
            if let text = qualification.volumeOfLearning, let duration = LearningDuration(text) {
                years = duration.years(hoursPerYear: settings.hoursPerYear)
                basis = text
            } else if let hours = qualification.learningHours?.value {
                years = hours / settings.hoursPerYear
                basis = "\(DecimalText(hours).canonical) hours"
            }
            guard let years, years > 0 else { continue }
            let expected = years * 60
            var difference = total - expected
            if difference < 0 { difference = -difference }
            guard difference > expected * settings.pointsPerYearTolerance else { continue }
            var rounded = expected
            var source = expected
            NSDecimalRound(&rounded, &source, 1, .plain)
            findings.append(finding(
                "\(Naming.qualification(qualification)) has \(DecimalText(total).canonical) points for \(basis), where 60 points a year give \(DecimalText(rounded).canonical)",
                at: qualification.credits!.location, entity: qualification.id))
        }
    }
}

import ECVETModel
import Foundation

/// The numbers of a report's overview, over all its catalogues.
struct ReportOverview {
    var qualifications = 0
    var units = 0
    var unitParts = 0
    var outcomes = 0
    var unitPoints: Decimal = 0
    var unitsWithoutPoints = 0
    /// Qualifications by EQF level, as (label, count), levels in order.
    var byLevel: [(String, Int)] = []
    /// Units by their own points, as (label, count), in order of points.
    var byPoints: [(String, Int)] = []
    /// For each language, the outcomes with a statement in it; the most covered first.
    var statements: [(language: String, count: Int)] = []

    init(_ catalogues: [Catalogue]) {
        var levels: [String: Int] = [:]
        var points: [Decimal: Int] = [:]
        var languages: [String: Int] = [:]
        for catalogue in catalogues {
            qualifications += catalogue.qualifications.count
            units += catalogue.units.count
            outcomes += catalogue.learningOutcomes.count
            for qualification in catalogue.qualifications {
                let level = qualification.eqfLevel.map { $0.value.map { "EQF \($0)" } ?? "“\($0.written)”" } ?? "not given"
                levels[level, default: 0] += 1
            }
            for unit in catalogue.units {
                unitParts += unit.parts.count
                if let value = unit.credits?.amount?.value {
                    unitPoints += value
                    points[value, default: 0] += 1
                } else {
                    unitsWithoutPoints += 1
                }
            }
            for outcome in catalogue.learningOutcomes {
                for entry in outcome.text.entries where !entry.text.isEmpty { languages[entry.language, default: 0] += 1 }
            }
        }
        byLevel = levels.sorted { Self.levelOrder($0.key) < Self.levelOrder($1.key) }.map { ($0.key, $0.value) }
        byPoints = Self.pointRows(points) + (unitsWithoutPoints > 0 ? [("no points", unitsWithoutPoints)] : [])
        statements = languages.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { (language: $0.key, count: $0.value) }
    }

    /// EQF levels 1–8 in order, then values that are no level, then qualifications without one.
    private static func levelOrder(_ label: String) -> (Int, String) {
        if label.hasPrefix("EQF "), let level = Int(label.dropFirst(4)) { return (level, "") }
        return label == "not given" ? (Int.max, label) : (Int.max - 1, label)
    }

    /// A row per points value when there are few, else a row per range of values.
    private static func pointRows(_ counts: [Decimal: Int]) -> [(String, Int)] {
        let values = counts.keys.sorted()
        guard values.count > 12, let lowest = values.first, let highest = values.last else {
            return values.map { (DecimalText($0).canonical + " points", counts[$0]!) }
        }
        // Ten ranges of whole points wide enough to hold every value.
        let width = max(1, ((highest - lowest) / 10 as NSDecimalNumber).intValue + 1)
        let whole = values.allSatisfy { $0 == Decimal(($0 as NSDecimalNumber).intValue) }
        var rows: [(String, Int)] = []
        var start = (lowest as NSDecimalNumber).intValue
        var index = 0
        while index < values.count {
            let end = start + width
            var count = 0
            while index < values.count, values[index] < Decimal(end) {
                count += counts[values[index]]!
                index += 1
            }
            if count > 0 { rows.append((whole ? "\(start)–\(end - 1) points" : "\(start) to under \(end) points", count)) }
            start = end
        }
        return rows
    }
}

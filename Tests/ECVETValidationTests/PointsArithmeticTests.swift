import ECVETModel
@testable import ECVETValidation
import Foundation
import ECVETTestSupport
import Testing

/// V12 against the cases an awarding body meets, and against a brute-force oracle: every choice
/// of members enumerated, totals kept as unions of closed ranges (so open groups are exact too).
@Suite("Points arithmetic (V12)")
struct PointsArithmeticTests {
    // MARK: - Building structures

    /// Every group and link gets a line of its own, so a finding tells which one it is about.
    final class Lines {
        var next = 10
        func take() -> ECVETModel.SourceLocation {
            next += 1
            return ECVETModel.SourceLocation(file: "structure.json", line: next, column: 1)
        }
    }

    static let totalLine = 1

    static func catalogue(total: String?, structure: UnitGroup, units: [(String, String?)]) -> Catalogue {
        let qualification = Qualification(
            id: "Q", title: LocalizedText(["fi": "Tutkinto"]),
            credits: total.map { CreditPoints($0, location: ECVETModel.SourceLocation(file: "structure.json", line: totalLine, column: 1)) },
            structure: structure)
        let units = units.map { id, points in
            ECVETModel.Unit(id: id, title: LocalizedText(["fi": "Osa \(id)"]), credits: points.map { CreditPoints($0) })
        }
        return Catalogue(qualifications: [qualification], units: units)
    }

    static func v12(_ catalogue: Catalogue) -> [Diagnostic] {
        var findings = Findings()
        PointsFitQualification().check(ValidationContext(catalogue: catalogue), into: &findings)
        return findings.diagnostics
    }

    static func link(_ unit: String, _ points: String? = nil, mandatory: Bool? = nil, in lines: Lines) -> GroupMember {
        .unit(UnitLink(unit: Reference(unit), points: points.map(DecimalText.init), isMandatory: mandatory, location: lines.take()))
    }

    // MARK: - Cases from the table

    @Test("a group asking for exactly 90 points from three 60-point units cannot be met")
    func ninetyFromSixties() throws {
        let lines = Lines()
        let group = UnitGroup(id: "G", title: LocalizedText(["en": "Optional"]), minPoints: DecimalText("90"), maxPoints: DecimalText("90"),
                              members: ["A", "B", "C"].map { Self.link($0, in: lines) }, location: lines.take())
        let found = Self.v12(Self.catalogue(total: "90", structure: UnitGroup(members: [.group(group)], location: lines.take()),
                                            units: [("A", "60"), ("B", "60"), ("C", "60")]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.location == group.location)
        #expect(finding.message.contains("can give 60 or 120 points, not 90"), "\(finding.message)")
    }

    @Test("mandatory links inside a point-range group count towards it")
    func mandatoryInsideRange() {
        let lines = Lines()
        // 50 mandatory + a choice of 20 or 40 must give 30..40: only the mandatory 50 is too much.
        let group = UnitGroup(id: "G", minPoints: DecimalText("30"), maxPoints: DecimalText("40"),
                              members: [Self.link("A", mandatory: true, in: lines), Self.link("B", in: lines), Self.link("C", in: lines)],
                              location: lines.take())
        let found = Self.v12(Self.catalogue(total: "100", structure: UnitGroup(members: [.group(group)], location: lines.take()),
                                            units: [("A", "50"), ("B", "20"), ("C", "40")]))
        #expect(found.map(\.location) == [group.location])
    }

    @Test("mandatory units worth more than the total are an error, pointing at the total")
    func mandatoryOverTotal() throws {
        let lines = Lines()
        let group = UnitGroup(id: "G", isMandatory: true,
                              members: [Self.link("A", "65", mandatory: true, in: lines), Self.link("B", "65", mandatory: true, in: lines),
                                        Self.link("C", "65", mandatory: true, in: lines)], location: lines.take())
        let found = Self.v12(Self.catalogue(total: "150", structure: UnitGroup(members: [.group(group)], location: lines.take()),
                                            units: [("A", "65"), ("B", "65"), ("C", "65")]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.location?.line == Self.totalLine)
        #expect(finding.message.contains("worth 195 points, more than its total of 150"), "\(finding.message)")
    }

    @Test("one mandatory point too many makes the total unreachable, even beside an open group")
    func oneMandatoryPointTooMany() {
        for (mandatory, expected) in [("15", 0), ("16", 1), ("14", 0)] {
            let lines = Lines()
            let open = UnitGroup(id: "OPEN", minPoints: DecimalText("0"), location: lines.take())
            let root = UnitGroup(members: [Self.link("A", mandatory, mandatory: true, in: lines), Self.link("B", "20", mandatory: true, in: lines),
                                           .group(open)], location: lines.take())
            let found = Self.v12(Self.catalogue(total: "35", structure: root, units: [("A", mandatory), ("B", "20")]))
            #expect(found.count == expected, "mandatory \(mandatory): \(found.map(\.message))")
        }
        // With an open group that gives at most 5, one point too few is also caught.
        let lines = Lines()
        let open = UnitGroup(id: "OPEN", minPoints: DecimalText("0"), maxPoints: DecimalText("5"), location: lines.take())
        let root = UnitGroup(members: [Self.link("A", "9", mandatory: true, in: lines), Self.link("B", "20", mandatory: true, in: lines),
                                       .group(open)], location: lines.take())
        #expect(Self.v12(Self.catalogue(total: "35", structure: root, units: [("A", "9"), ("B", "20")])).count == 1)
    }

    @Test("negative and non-numeric points are V10's: V12 says nothing about them")
    func negativePointsAreNotV12s() {
        let lines = Lines()
        let unit = ECVETModel.Unit(id: "A", title: LocalizedText(["fi": "Osa"]), credits: CreditPoints("-15"))
        let group = UnitGroup(id: "G", minPoints: DecimalText("60"), maxPoints: DecimalText("60"),
                              members: [Self.link("B", "-60", in: lines), Self.link("C", in: lines), Self.link("D", in: lines)], location: lines.take())
        var catalogue = Self.catalogue(total: "60", structure: UnitGroup(members: [.group(group)], location: lines.take()),
                                       units: [("B", "60"), ("C", "60"), ("D", "x")])
        catalogue.units.append(unit)
        #expect(Self.v12(catalogue).isEmpty, "\(Self.v12(catalogue).map(\.message))")
    }

    @Test("decimal points are counted exactly: 7.5 + 7.5 is 15, 0.1 three times is 0.3")
    func decimals() {
        for (points, total, expected) in [("7.5", "15", 0), ("7,5", "15.0", 0), ("0.1", "0.3", 0), ("0.1", "0.25", 1), ("2.33", "6.99", 0)] {
            let lines = Lines()
            let root = UnitGroup(members: ["A", "B", "C"].prefix(total == "15" || total == "15.0" ? 2 : 3).map { Self.link($0, points, in: lines) },
                                 location: lines.take())
            let found = Self.v12(Self.catalogue(total: total, structure: root, units: [("A", points), ("B", points), ("C", points)]))
            #expect(found.count == expected, "\(points) → \(total): \(found.map(\.message))")
        }
    }

    @Test("a realistic group of 200 members is checked quickly, and a pathological one gets a note")
    func sizes() throws {
        let lines = Lines()
        let members = (0..<200).map { Self.link("U\($0)", ["5", "10", "15", "7.5", "12.25"][$0 % 5], in: lines) }
        let group = UnitGroup(id: "G", minPoints: DecimalText("120"), maxPoints: DecimalText("120"), minUnits: 3, maxUnits: 12,
                              members: members, location: lines.take())
        let catalogue = Self.catalogue(total: "180", structure: UnitGroup(members: [Self.link("M", "60", mandatory: true, in: lines), .group(group)], location: lines.take()),
                                       units: (0..<200).map { ("U\($0)", nil) } + [("M", "60")])
        #expect(Self.v12(catalogue).isEmpty)

        let huge = (0..<3_000).map { Self.link("H\($0)", "\(1_000_000 + $0).37", in: lines) }
        let big = UnitGroup(id: "BIG", minPoints: DecimalText("1"), members: huge, location: lines.take())
        let found = Self.v12(Self.catalogue(total: "999999999", structure: UnitGroup(members: [.group(big)], location: lines.take()), units: []))
        let note = try #require(found.first)
        #expect(found.count == 1 && note.severity == .note, "\(found.map(\.message))")
    }

    // MARK: - The oracle

    /// Totals as a union of closed ranges (`high == nil`: no upper bound).
    struct Ranges {
        var items: [(low: Decimal, high: Decimal?)] = []

        static func one(_ value: Decimal) -> Ranges { Ranges(items: [(value, value)]) }
        static func from(_ low: Decimal, to high: Decimal?) -> Ranges {
            if let high, high < low { return Ranges() }
            return Ranges(items: [(low, high)])
        }

        var isEmpty: Bool { items.isEmpty }

        func plus(_ other: Ranges) -> Ranges {
            var result = Ranges()
            for a in items {
                for b in other.items {
                    let high: Decimal? = if let x = a.high, let y = b.high { x + y } else { nil }
                    result.items.append((a.low + b.low, high))
                }
            }
            return result
        }

        func within(_ low: Decimal?, _ high: Decimal?) -> Ranges {
            var result = Ranges()
            for item in items {
                let newLow = max(item.low, low ?? item.low)
                let newHigh: Decimal? = switch (item.high, high) {
                case let (a?, b?): min(a, b)
                case let (a?, nil): a
                case let (nil, b?): b
                case (nil, nil): nil
                }
                if newHigh.map({ newLow <= $0 }) ?? true { result.items.append((newLow, newHigh)) }
            }
            return result
        }

        func contains(_ value: Decimal) -> Bool {
            items.contains { $0.low <= value && ($0.high.map { value <= $0 } ?? true) }
        }
    }

    /// The verdicts V12 should reach, by brute force.
    struct Oracle {
        let unitPoints: [String: Decimal]
        var reported: Set<String> = []

        static func valid(_ text: DecimalText?) -> Decimal? {
            guard let value = text?.value, value >= 0 else { return nil }
            return value
        }

        func points(_ link: UnitLink) -> Decimal? {
            if let written = link.points { return Self.valid(written) }
            return unitPoints[link.unit.id]
        }

        /// The totals a group gives, or `nil` when it failed.
        mutating func totals(_ group: UnitGroup) -> Ranges? {
            var given: [Ranges?] = []
            for member in group.members {
                switch member {
                case .unit(let link): given.append(points(link).map(Ranges.one) ?? Ranges.from(0, to: nil))
                case .group(let nested): given.append(totals(nested))
                }
            }
            let line = "\(group.location.line ?? 0)"
            let minPoints = Self.valid(group.minPoints), maxPoints = Self.valid(group.maxPoints)
            if let minPoints, let maxPoints, minPoints > maxPoints { reported.insert(line); return nil }
            if group.members.isEmpty { return Ranges.from(minPoints ?? 0, to: maxPoints) }
            let takesAll = group.isMandatory == true
                || (group.minPoints == nil && group.maxPoints == nil && group.minUnits == nil && group.maxUnits == nil)
            let minUnits = max(group.minUnits ?? 0, 0), maxUnits = group.maxUnits.map { max($0, 0) }
            let forced = group.members.map { member -> Bool in
                if takesAll { return true }
                switch member {
                case .unit(let link): return link.isMandatory == true
                case .group: return false
                }
            }
            if let maxUnits, minUnits > maxUnits { reported.insert(line); return nil }
            if minUnits > group.members.count { reported.insert(line); return nil }
            if let maxUnits, forced.filter({ $0 }).count > maxUnits { reported.insert(line); return nil }
            var reached = Ranges()
            for choice in 0..<(1 << group.members.count) {
                let chosen = group.members.indices.filter { choice & (1 << $0) != 0 }
                guard forced.indices.allSatisfy({ !forced[$0] || chosen.contains($0) }) else { continue }
                guard chosen.count >= minUnits, maxUnits.map({ chosen.count <= $0 }) ?? true else { continue }
                var sum = Ranges.one(0)
                for index in chosen {
                    guard let member = given[index] else { sum = Ranges(); break }
                    sum = sum.plus(member)
                }
                reached.items += sum.items
            }
            let inRange = reached.within(minPoints, maxPoints)
            if !inRange.isEmpty { return inRange }
            if !given.contains(where: { $0 == nil }) && !reached.isEmpty { reported.insert(line) }
            return nil
        }

        func mandatorySum(_ group: UnitGroup) -> Decimal {
            let takesAll = group.isMandatory == true
                || (group.minPoints == nil && group.maxPoints == nil && group.minUnits == nil && group.maxUnits == nil)
            return group.members.reduce(Decimal(0)) { sum, member in
                switch member {
                case .unit(let link):
                    return sum + ((takesAll || link.isMandatory == true) ? points(link) ?? 0 : 0)
                case .group(let nested):
                    return sum + (takesAll ? mandatorySum(nested) : 0)
                }
            }
        }

        mutating func verdicts(_ qualification: Qualification) -> Set<String> {
            guard let structure = qualification.structure else { return [] }
            let total = Self.valid(qualification.credits?.amount)
            if let total {
                // At the link's points, else at the unit's own, which these units hold without a place.
                for link in structure.allUnitLinks where (points(link) ?? 0) > total {
                    reported.insert(link.points == nil ? "0" : "\(link.location.line ?? 0)")
                }
            }
            let root = totals(structure)
            let mandatory = mandatorySum(structure)
            if let total, mandatory > total {
                reported.insert("mandatory")
            } else if let total, let root, !root.contains(total) {
                reported.insert("total")
            }
            return reported
        }
    }

    struct StructureGenerator {
        var random: SplitMix64
        let lines = Lines()
        var units: [(String, String?)] = []

        mutating func points() -> String {
            ["0", "5", "10", "15", "20", "2.5", "7.25", "30", "-5", "x"][Int.random(in: 0..<10, using: &random)]
        }

        mutating func maybe(_ chance: Double) -> Bool { Double.random(in: 0..<1, using: &random) < chance }

        mutating func bound() -> DecimalText? {
            maybe(0.5) ? nil : DecimalText(["0", "5", "10", "15", "20", "25", "30", "40", "12.5", "-1"][Int.random(in: 0..<10, using: &random)])
        }

        mutating func group(depth: Int) -> UnitGroup {
            var group = UnitGroup(id: "G\(lines.next)")
            switch Int.random(in: 0..<4, using: &random) {
            case 0: group.isMandatory = true
            case 1: break
            default:
                group.minPoints = bound()
                group.maxPoints = bound()
                if maybe(0.5) { group.minUnits = Int.random(in: 0...3, using: &random) }
                if maybe(0.5) { group.maxUnits = Int.random(in: 0...4, using: &random) }
            }
            let count = maybe(0.1) ? 0 : Int.random(in: 1...(depth > 1 ? 3 : 5), using: &random)
            for _ in 0..<count {
                if depth < 3, maybe(0.25) {
                    group.members.append(.group(self.group(depth: depth + 1)))
                } else {
                    let id = "U\(units.count)"
                    units.append((id, maybe(0.85) ? points() : nil))
                    group.members.append(.unit(UnitLink(unit: Reference(id), points: maybe(0.3) ? DecimalText(points()) : nil,
                                                        isMandatory: maybe(0.3) ? maybe(0.5) : nil, location: lines.take())))
                }
            }
            group.location = lines.take()
            return group
        }
    }

    @Test("V12 agrees with exhaustive enumeration on 10,000 random structures")
    func oracle() {
        var disagreements: [String] = []
        var verdicts: [String: Int] = [:]
        for seed in 0..<10_000 {
            var generator = StructureGenerator(random: SplitMix64(state: UInt64(seed)))
            let structure = generator.group(depth: 1)
            let total = generator.maybe(0.85) ? ["30", "40", "45", "50", "60", "12.5", "0"][Int.random(in: 0..<7, using: &generator.random)] : nil
            let catalogue = Self.catalogue(total: total, structure: structure, units: generator.units)
            var unitPoints: [String: Decimal] = [:]
            for (id, points) in generator.units { unitPoints[id] = Oracle.valid(points.map(DecimalText.init)) }
            var oracle = Oracle(unitPoints: unitPoints)
            let expected = oracle.verdicts(catalogue.qualifications[0])
            let found = Set(Self.v12(catalogue).map { finding -> String in
                guard finding.location?.line == Self.totalLine else { return "\(finding.location?.line ?? 0)" }
                return finding.message.contains("mandatory units") ? "mandatory" : "total"
            })
            for verdict in expected { verdicts[verdict.first?.isNumber == true ? "group or unit" : verdict, default: 0] += 1 }
            if expected.isEmpty { verdicts["none", default: 0] += 1 }
            if found != expected, disagreements.count < 5 {
                disagreements.append("seed \(seed): V12 \(found.sorted()), oracle \(expected.sorted()); \(Self.v12(catalogue).map(\.message))")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        // The structures are drawn so that every kind of verdict is common.
        for kind in ["none", "group or unit", "mandatory", "total"] {
            #expect(verdicts[kind, default: 0] >= 500, "\(kind): \(verdicts)")
        }
    }
}

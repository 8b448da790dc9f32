import ECVETKit
import Foundation

/// `ecvet-bench points GROUPS MEMBERS`: the cost of V12's exact arithmetic for one choice group
/// of MEMBERS units, timed over GROUPS qualifications of one such group each. The groups are of
/// the size the issue names as realistic: points with up to two decimals, a total under 1000,
/// a unit count between 3 and 12. Only V12 runs.
func benchmarkPoints(groups: Int, members: Int) async {
    var random = SplitMix64(seed: 2026)
    let values = ["5", "7.5", "10", "12.25", "15", "20", "22.75", "30", "45"]
    var catalogue = Catalogue()
    for group in 0..<groups {
        var links: [GroupMember] = [.unit(UnitLink(unit: Reference("M-\(group)"), isMandatory: true))]
        catalogue.units.append(Unit(id: "M-\(group)", title: LocalizedText(["fi": "Pakollinen \(group)"]), credits: CreditPoints("60")))
        var choice: [GroupMember] = []
        for member in 0..<members {
            let id = "U-\(group)-\(member)"
            catalogue.units.append(Unit(id: id, title: LocalizedText(["fi": "Valinnainen \(member)"]),
                                        credits: CreditPoints(values[Int(random.next() % UInt64(values.count))])))
            choice.append(.unit(UnitLink(unit: Reference(id))))
        }
        links.append(.group(UnitGroup(title: LocalizedText(["fi": "Valinnaiset"]), minPoints: DecimalText("120"),
                                      maxPoints: DecimalText("120"), minUnits: 3, maxUnits: 12, members: choice)))
        catalogue.qualifications.append(Qualification(id: "Q-\(group)", title: LocalizedText(["fi": "Tutkinto \(group)"]),
                                                      credits: CreditPoints("180"), structure: UnitGroup(members: links)))
    }
    var overrides: [String: Severity?] = [:]
    for rule in RuleCatalog.all where rule.id.id != "V12" { overrides[rule.id.id] = .some(nil) }
    let clock = ContinuousClock()
    let start = clock.now
    let findings = await ECVET.validate(catalogue, overrides: overrides)
    let elapsed = seconds(clock.now - start)
    let errors = findings.filter { $0.severity == .error }.count
    print("points \(groups) groups of \(members) members: \(fixed(elapsed * 1000 / Double(groups), 2)) ms per group (\(errors) V12 errors)")
}

/// A seeded generator: the same groups on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@testable import ECVETKit
import ECVETModel
import ECVETTestSupport
import Foundation
import Testing

/// Every condition the rule table (`ecvet-validation-rules.csv`) states for V01–V23, V27 and
/// V28, as a mutation of a valid catalogue: one value changed, added or removed, and the one
/// finding the condition calls for, from its rule, with its severity, at the value: in JSON,
/// and in the YAML and XML the same catalogue is written as.
///
/// A condition that accepts a value (sv-FI, an ISCO group, a ',' decimal separator) expects no
/// finding of its rule. The expected values were written from the table, not from the
/// validator's output.
@Suite("Rule conditions")
struct RuleConditionTests {
    static let today = Configuration.parseDate("2026-01-01")!
    static let base = "valid/fi-vocational-catalogue.json"

    /// One condition of the table: a mutation and what it must give.
    struct Condition: CustomTestStringConvertible, Sendable {
        /// What the condition is, as the test's name: "V08 until before from".
        var name: String
        var profile: Profile = .ecvet
        /// The rule under test.
        var rule: String
        /// The severity of its one finding; `nil` when the condition accepts the value.
        var severity: Severity?
        /// The JSON Pointer of the finding: the value's, the list's for an item of a list of
        /// codes or ids, the entity's for a missing value.
        var path = ""
        /// Text on the finding's line in every format: the value, or the entity's id. In JSON an
        /// entity (an object) is placed by its opening brace instead.
        var marker = ""
        /// The mutation of the base catalogue.
        var edits: [Edit]
        /// Other rules the mutation cannot help triggering, switched off (each case says why).
        var off: [String] = []
        /// How many findings of the rule: one unless the case says.
        var count = 1
        /// The marker as the XML writer escapes it, when it differs.
        var xmlMarker: String?
        /// The formats the case is written in: all, unless the writers cannot keep the mutation
        /// (they write points in canonical form, so "30.000" becomes "30").
        var formats: [Written] = Written.allCases

        var testDescription: String { name }
    }

    /// A change to the JSON tree at a JSON Pointer (`-` appends to a list).
    enum Edit: Sendable {
        case set(String, JSON)
        case remove(String)
        /// Copies the value at the first pointer to the second, then sets the given members of
        /// the copy.
        case copy(String, to: String, setting: [String: JSON] = [:])
    }

    /// A JSON value written in a case.
    indirect enum JSON: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
        ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
        case string(String), integer(Int), boolean(Bool), array([JSON]), object([(String, JSON)])

        init(stringLiteral value: String) { self = .string(value) }
        init(integerLiteral value: Int) { self = .integer(value) }
        init(booleanLiteral value: Bool) { self = .boolean(value) }
        init(arrayLiteral elements: JSON...) { self = .array(elements) }
        init(dictionaryLiteral elements: (String, JSON)...) { self = .object(elements) }

        var foundation: Any {
            switch self {
            case .string(let text): text
            case .integer(let number): NSNumber(value: number)
            case .boolean(let flag): NSNumber(value: flag)
            case .array(let items): items.map(\.foundation)
            case .object(let pairs): Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1.foundation) })
            }
        }
    }

    // MARK: - The conditions

    static let q0 = "/qualifications/0", q1 = "/qualifications/1", q2 = "/qualifications/2"
    /// Units by their index in the base: U-LOG-101 is 0, U-LOG-104 (in two qualifications) 3,
    /// U-YTO-VV (with parts) 8, U-LOG-204 14, U-LOG-301 15.
    static func unit(_ index: Int) -> String { "/units/\(index)" }
    /// Learning outcomes by their index: LO-101-1 is 0, LO-101-2 (with an ESCO skill and a
    /// criterion) 1.
    static func outcome(_ index: Int) -> String { "/learningOutcomes/\(index)" }
    /// The link to U-LOG-204 in Q-LOG-AT's optional group (110 points of 20, 45, 45, 45).
    static let linkAT204 = "/qualifications/1/structure/members/1/group/members/3"
    /// The link to U-LOG-104 in Q-LOG-AT (the unit is also in Q-LOG-PT).
    static let linkAT104 = "/qualifications/1/structure/members/1/group/members/0"
    /// Q-LOG-AT's optional group.
    static let groupATOptional = "/qualifications/1/structure/members/1/group"
    /// A copy of U-LOG-101 that no qualification links.
    static let unlinkedUnit = Edit.copy(unit(0), to: "/units/-", setting: ["id": "U-LOG-999"])

    static let conditions: [Condition] = v01to07 + v08to12 + v13to19 + v20to23 + v27v28

    static let v01to07: [Condition] = [
        // V01: a title in at least one language once trimmed and stripped of HTML.
        .init(name: "V01 unit without title", rule: "V01", severity: .error, path: unit(0), marker: "U-LOG-101",
              edits: [.remove(unit(0) + "/title")]),
        // The finding stands at the first language written (the JSON's keys are sorted).
        .init(name: "V01 unit title only HTML and white space", rule: "V01", severity: .error,
              path: unit(0) + "/title/en", marker: "&lt;h1&gt;&lt;/h1&gt;",
              edits: [.set(unit(0) + "/title", ["en": "&lt;h1&gt;&lt;/h1&gt;", "fi": "<p> &nbsp; </p>", "sv": "  "])],
              xmlMarker: "&amp;lt;h1&amp;gt;"),
        .init(name: "V01 unit titled in one language is enough", rule: "V01", severity: nil,
              edits: [.set(unit(0) + "/title", ["fi": " ", "sv": "<b>Logistikuppgifter</b>"])]),

        // V02: a unit belongs to a qualification; a named unit exists.
        .init(name: "V02 unit in no qualification", rule: "V02", severity: .warning, path: "/units/19", marker: "U-LOG-999",
              edits: [unlinkedUnit]),
        .init(name: "V02 structure names a unit that does not exist", rule: "V02", severity: .error,
              path: linkAT104 + "/unit", marker: "U-LOG-014",
              edits: [.set(linkAT104 + "/unit", "U-LOG-014")], off: ["V23"]),

        // V03: an EQF level 1–8; 'EQF 4' and the EQF URI are read.
        .init(name: "V03 qualification without EQF level", rule: "V03", severity: .error, path: q0, marker: "Q-LOG-PT",
              edits: [.remove(q0 + "/eqfLevel")]),
        .init(name: "V03 EQF level not a level", rule: "V03", severity: .error, path: q0 + "/eqfLevel", marker: "Niveau 4",
              edits: [.set(q0 + "/eqfLevel", "Niveau 4")]),
        .init(name: "V03 EQF level 9", rule: "V03", severity: .error, path: q0 + "/eqfLevel", marker: "9",
              edits: [.set(q0 + "/eqfLevel", 9)]),
        .init(name: "V03 EQF level 0", rule: "V03", severity: .error, path: q0 + "/eqfLevel", marker: "0",
              edits: [.set(q0 + "/eqfLevel", 0)]),
        .init(name: "V03 EQF level 4.5", rule: "V03", severity: .error, path: q0 + "/eqfLevel", marker: "4.5",
              edits: [.set(q0 + "/eqfLevel", "4.5")]),
        .init(name: "V03 'EQF 4' accepted", rule: "V03", severity: nil, edits: [.set(q0 + "/eqfLevel", "EQF 4")]),
        .init(name: "V03 EQF URI accepted", rule: "V03", severity: nil,
              edits: [.set(q0 + "/eqfLevel", "http://data.europa.eu/snb/eqf/4")]),

        // V04: an NQF level the Europass vocabulary knows; an error on Europass export.
        .init(name: "V04 no NQF level", rule: "V04", severity: .warning, path: q0, marker: "Q-LOG-PT",
              edits: [.remove(q0 + "/nqf")]),
        .init(name: "V04 no NQF level on Europass export", profile: .europass, rule: "V04", severity: .error,
              path: q0, marker: "Q-LOG-PT", edits: [.remove(q0 + "/nqf")]),
        .init(name: "V04 NQF framework not in the vocabulary", rule: "V04", severity: .warning,
              path: q0 + "/nqf/0", marker: "Suomen tutkintojen viitekehys",
              edits: [.set(q0 + "/nqf/0/framework", "Suomen tutkintojen viitekehys")]),
        .init(name: "V04 NQF framework not in the vocabulary on Europass export", profile: .europass, rule: "V04",
              severity: .error, path: q0 + "/nqf/0", marker: "Suomen tutkintojen viitekehys",
              edits: [.set(q0 + "/nqf/0/framework", "Suomen tutkintojen viitekehys")]),
        .init(name: "V04 NQF level not in the framework", rule: "V04", severity: .warning,
              path: q0 + "/nqf/0", marker: "FiNQF",
              edits: [.set(q0 + "/nqf/0/level", "11")]),
        .init(name: "V04 NQF framework without level", rule: "V04", severity: .warning,
              path: q0 + "/nqf/0", marker: "FiNQF",
              edits: [.remove(q0 + "/nqf/0/level")]),

        // V05: at least one learning outcome.
        .init(name: "V05 unit without outcomes", rule: "V05", severity: .error, path: unit(3), marker: "U-LOG-104",
              edits: [.remove(unit(3) + "/learningOutcomes")]),
        .init(name: "V05 unit with an empty list of outcomes", rule: "V05", severity: .error, path: unit(3), marker: "U-LOG-104",
              edits: [.set(unit(3) + "/learningOutcomes", [])]),
        // U-YTO-VV's five parts state their own outcomes.
        .init(name: "V05 outcomes of the unit's parts are enough", rule: "V05", severity: nil,
              edits: [.remove(unit(8) + "/learningOutcomes")]),

        // V06: assessment text or a criterion, trimmed and stripped of HTML.
        .init(name: "V06 unit without assessment", rule: "V06", severity: .warning, path: unit(3), marker: "U-LOG-104",
              edits: [.remove(unit(3) + "/assessment")]),
        .init(name: "V06 assessment only HTML and white space", rule: "V06", severity: .warning, path: unit(3), marker: "U-LOG-104",
              edits: [.set(unit(3) + "/assessment", ["procedures": ["fi": "<p> </p>", "sv": "   "],
                                                     "criteria": [["text": ["fi": "&lt;p&gt;&lt;/p&gt;"]]]])]),
        // LO-101-2 has a criterion of its own.
        .init(name: "V06 a criterion of an outcome is enough", rule: "V06", severity: nil,
              edits: [.remove(unit(0) + "/assessment")]),
        .init(name: "V06 one criterion is enough", rule: "V06", severity: nil,
              edits: [.set(unit(3) + "/assessment", ["criteria": [["text": ["fi": "varastoi tavaran oikein"]]]])]),

        // V07: points present; an error when the qualification has points (ecvet), a warning
        // in europass, a note in eqf. The link's points are removed too: they would count.
        .init(name: "V07 unit without points in a qualification with points", rule: "V07", severity: .error,
              path: unit(14), marker: "U-LOG-204",
              edits: [.remove(unit(14) + "/credits"), .remove(linkAT204 + "/points")]),
        .init(name: "V07 unit without points on Europass export", profile: .europass, rule: "V07", severity: .warning,
              path: unit(14), marker: "U-LOG-204",
              edits: [.remove(unit(14) + "/credits"), .remove(linkAT204 + "/points")]),
        .init(name: "V07 unit without points in the eqf profile", profile: .eqf, rule: "V07", severity: .note,
              path: unit(14), marker: "U-LOG-204",
              edits: [.remove(unit(14) + "/credits"), .remove(linkAT204 + "/points")]),
        // A unit in no qualification has no total to be held to; V02 warns that it is in none.
        .init(name: "V07 unit without points outside any qualification", rule: "V07", severity: .warning,
              path: "/units/19", marker: "U-LOG-999",
              edits: [unlinkedUnit, .remove("/units/19/credits")], off: ["V02"]),
        .init(name: "V07 points on every link are enough", rule: "V07", severity: nil,
              edits: [.remove(unit(14) + "/credits")]),
    ]

    static let v08to12: [Condition] = [
        // V08: from ≤ until, ISO dates; warnings for expiry and a qualification outliving a unit.
        .init(name: "V08 unit until before from", rule: "V08", severity: .error,
              path: unit(0) + "/validity/until", marker: "2021-07-31",
              edits: [.set(unit(0) + "/validity/until", "2021-07-31")], off: []),
        .init(name: "V08 qualification until before from", rule: "V08", severity: .error,
              path: q2 + "/validity/until", marker: "2018-12-31",
              edits: [.set(q2 + "/validity/until", "2018-12-31")]),
        .init(name: "V08 unit expired", rule: "V08", severity: .warning,
              path: unit(0) + "/validity/until", marker: "2025-07-31",
              edits: [.set(unit(0) + "/validity/until", "2025-07-31")]),
        .init(name: "V08 qualification expired", rule: "V08", severity: .warning,
              path: q2 + "/validity/until", marker: "2025-12-31",
              edits: [.set(q2 + "/validity/until", "2025-12-31")]),
        .init(name: "V08 qualification valid longer than its unit", rule: "V08", severity: .warning,
              path: unit(15) + "/validity/until", marker: "2030-07-31",
              edits: [.set(unit(15) + "/validity/until", "2030-07-31")]),
        .init(name: "V08 until not an ISO date", rule: "V08", severity: .error,
              path: q0 + "/validity/until", marker: "31.07.2032",
              edits: [.set(q0 + "/validity/until", "31.07.2032")]),
        .init(name: "V08 from not an ISO date", rule: "V08", severity: .error,
              path: unit(0) + "/validity/from", marker: "1.8.2022",
              edits: [.set(unit(0) + "/validity/from", "1.8.2022")]),
        .init(name: "V08 a day February does not have", rule: "V08", severity: .error,
              path: unit(0) + "/validity/until", marker: "2035-02-30",
              edits: [.set(unit(0) + "/validity/until", "2035-02-30")]),
        .init(name: "V08 from equal to until accepted", rule: "V08", severity: nil,
              edits: [.set(unit(0) + "/validity", ["from": "2035-07-31", "until": "2035-07-31"])]),

        // V09: total points when units have points.
        .init(name: "V09 qualification without total", rule: "V09", severity: .error, path: q1, marker: "Q-LOG-AT",
              edits: [.remove(q1 + "/credits")]),
        .init(name: "V09 credits with a system and no points", rule: "V09", severity: .error, path: q1, marker: "Q-LOG-AT",
              edits: [.set(q1 + "/credits", ["system": "ECVET"])]),
        .init(name: "V09 qualification without total in the eqf profile", profile: .eqf, rule: "V09", severity: .note,
              path: q1, marker: "Q-LOG-AT", edits: [.remove(q1 + "/credits")]),

        // V10: points are non-negative finite decimals; 0 a warning; ',' accepted.
        .init(name: "V10 unit points not a number", rule: "V10", severity: .error,
              path: unit(0) + "/credits/points", marker: "30 osp",
              edits: [.set(unit(0) + "/credits/points", "30 osp")]),
        .init(name: "V10 unit points NaN", rule: "V10", severity: .error,
              path: unit(0) + "/credits/points", marker: "NaN",
              edits: [.set(unit(0) + "/credits/points", "NaN")]),
        .init(name: "V10 unit points infinite", rule: "V10", severity: .error,
              path: unit(0) + "/credits/points", marker: "Infinity",
              edits: [.set(unit(0) + "/credits/points", "Infinity")]),
        .init(name: "V10 unit points negative", rule: "V10", severity: .error,
              path: unit(0) + "/credits/points", marker: "-30",
              edits: [.set(unit(0) + "/credits/points", "-30")]),
        .init(name: "V10 unit points 0", rule: "V10", severity: .warning,
              path: unit(0) + "/credits/points", marker: "\"0\"",
              edits: [.set(unit(0) + "/credits/points", "0")]),
        .init(name: "V10 link points not a number", rule: "V10", severity: .error,
              path: linkAT204 + "/points", marker: "45 osp",
              edits: [.set(linkAT204 + "/points", "45 osp")]),
        .init(name: "V10 qualification points negative", rule: "V10", severity: .error,
              path: q1 + "/credits/points", marker: "-150",
              edits: [.set(q1 + "/credits/points", "-150")]),
        .init(name: "V10 group minimum not a number", rule: "V10", severity: .error,
              path: groupATOptional + "/minPoints", marker: "110 osp",
              edits: [.set(groupATOptional + "/minPoints", "110 osp")]),
        .init(name: "V10 part points negative", rule: "V10", severity: .error,
              path: unit(8) + "/parts/1/credits/points", marker: "-1",
              edits: [.set(unit(8) + "/parts/1/credits/points", "-1")]),
        .init(name: "V10 decimal comma accepted", rule: "V10", severity: nil,
              edits: [.set(unit(0) + "/credits/points", "30,0")]),

        // V11: |total − 60 × years| ≤ 10 %; the finding stands at the total's points.
        .init(name: "V11 total far from 60 points a year", rule: "V11", severity: .warning,
              path: q0 + "/credits/points", marker: "\"180\"",
              edits: [.set(q0 + "/volumeOfLearning", "P2Y")]),
        .init(name: "V11 total far from 1600 hours a year", rule: "V11", severity: .warning,
              path: q0 + "/credits/points", marker: "\"180\"",
              edits: [.set(q0 + "/volumeOfLearning", "PT4000H")]),
        .init(name: "V11 total within 10 percent accepted", rule: "V11", severity: nil,
              edits: [.set(q0 + "/volumeOfLearning", "P33M")]),
        .init(name: "V11 in the eqf profile", profile: .eqf, rule: "V11", severity: .note,
              path: q0 + "/credits/points", marker: "\"180\"",
              edits: [.set(q0 + "/volumeOfLearning", "P2Y")]),

        // V12: unit points fit inside the qualification.
        // Q-LOG-AT: 40 mandatory + 110 of 20, 45, 45, 45; 160 > 150 but 20 + 45 + 45 still make 110.
        .init(name: "V12 unit worth more than the total", rule: "V12", severity: .error,
              path: linkAT204 + "/points", marker: "160",
              edits: [.set(linkAT204 + "/points", "160")]),
        // The link has no points, so the unit's own count.
        .init(name: "V12 unit's own points more than the total", rule: "V12", severity: .error,
              path: unit(14) + "/credits/points", marker: "\"160\"",
              edits: [.remove(linkAT204 + "/points"), .set(unit(14) + "/credits/points", "160")]),
        // 40 mandatory of 150: a mandatory 120 in the optional group makes 160 that every learner takes.
        .init(name: "V12 mandatory units more than the total", rule: "V12", severity: .error,
              path: q1 + "/credits/points", marker: "\"150\"",
              edits: [.set(linkAT104 + "/points", "120"), .set(linkAT104 + "/mandatory", true),
                      .set(groupATOptional + "/maxPoints", "200")]),
        // Fully mandatory (no choice): the sum must be the total; 60 + 40 + 40 + 30 is 170, not 180.
        .init(name: "V12 fully mandatory structure short of the total", rule: "V12", severity: .error,
              path: q2 + "/credits/points", marker: "\"180\"",
              edits: [.set(q2 + "/structure/members/1/group", [
                  "id": "G-EAT-VAL", "mandatory": true,
                  "members": [["unit": "U-LOG-302", "points": "40"], ["unit": "U-LOG-303", "points": "40"],
                              ["unit": "U-LOG-304", "points": "30"]]])]),
        // 110 points of 20, 45, 45, 45: 105 or 115, not 110.
        .init(name: "V12 choice group points unreachable", rule: "V12", severity: .error,
              path: groupATOptional, marker: "G-AT-VAL",
              edits: [.set(linkAT104 + "/points", "25")]),
        .init(name: "V12 choice group asks for more units than it has", rule: "V12", severity: .error,
              path: groupATOptional, marker: "G-AT-VAL",
              edits: [.set(groupATOptional + "/minUnits", 5)]),
        // G-PT-VAL asks for 75 of 15, 30, 30 and a nested group that gives 15: with four
        // members it gets 90, not 75.
        .init(name: "V12 nested group counts as one member with its total", rule: "V12", severity: .error,
              path: "/qualifications/0/structure/members/0/group/members/2/group", marker: "G-PT-VAL",
              edits: [.set("/qualifications/0/structure/members/0/group/members/2/group/minUnits", 4)]),
        // One of 15 and 15 cannot give 20.
        .init(name: "V12 nested group's own rule", rule: "V12", severity: .error,
              path: "/qualifications/0/structure/members/0/group/members/2/group/members/3/group", marker: "G-PT-VAL-ERI",
              edits: [.set("/qualifications/0/structure/members/0/group/members/2/group/members/3/group/minPoints", "20")]),
        .init(name: "V12 total unreachable from the structure", rule: "V12", severity: .error,
              path: q1 + "/credits/points", marker: "\"155\"",
              edits: [.set(q1 + "/credits/points", "155")]),
        .init(name: "V12 link points override the unit's", rule: "V12", severity: nil,
              edits: [.set(unit(14) + "/credits/points", "500")], off: []),
        // 25 + 45 + 45 is 115, and 45 + 45 + 45 135: only an open group of up to 20 makes 110.
        .init(name: "V12 open group gives any total in its bounds", rule: "V12", severity: nil,
              edits: [.set(linkAT104 + "/points", "25"),
                      .set(groupATOptional + "/members/-", ["group": ["id": "G-AT-VAL-PAIKALLINEN", "maxPoints": "20",
                                                                       "title": ["fi": "Paikallisesti tarjotut osat"]]])]),
        .init(name: "V12 leaves points that are not numbers to V10", rule: "V12", severity: nil, marker: "45 osp",
              edits: [.set(linkAT204 + "/points", "45 osp")], off: ["V10"]),
        .init(name: "V12 leaves negative points to V10", rule: "V12", severity: nil,
              edits: [.set(linkAT204 + "/points", "-45")], off: ["V10"]),
        // U-YTO-VV's five mandatory parts make 11; one more point makes 12.
        .init(name: "V12 mandatory parts not the unit's points", rule: "V12", severity: .error,
              path: unit(8) + "/credits/points", marker: "\"11\"",
              edits: [.set(unit(8) + "/parts/1/credits/points", "2")]),
        .init(name: "V12 part worth more than its unit", rule: "V12", severity: .error,
              path: unit(8) + "/parts/0/credits/points", marker: "\"12\"",
              edits: [.set(unit(8) + "/parts/0/credits/points", "12"), .set(unit(8) + "/parts/0/mandatory", false)]),
    ]

    static let v13to19: [Condition] = [
        // V13: fractional points are allowed (a note), a warning beyond two decimals. The
        // unit's own points are changed: its link's points count in the structure.
        .init(name: "V13 fractional points", rule: "V13", severity: .note,
              path: unit(0) + "/credits/points", marker: "30.5",
              edits: [.set(unit(0) + "/credits/points", "30.5")]),
        .init(name: "V13 two decimals", rule: "V13", severity: .note,
              path: unit(0) + "/credits/points", marker: "30.25",
              edits: [.set(unit(0) + "/credits/points", "30.25")]),
        .init(name: "V13 more than two decimals", rule: "V13", severity: .warning,
              path: unit(0) + "/credits/points", marker: "30.125",
              edits: [.set(unit(0) + "/credits/points", "30.125")]),
        .init(name: "V13 more than two decimals with a comma", rule: "V13", severity: .warning,
              path: unit(0) + "/credits/points", marker: "125",
              edits: [.set(unit(0) + "/credits/points", "30,125")]),
        // A whole number written with three decimals: the table warns on the writing.
        .init(name: "V13 whole points written with three decimals", rule: "V13", severity: .warning,
              path: unit(0) + "/credits/points", marker: "30.000",
              edits: [.set(unit(0) + "/credits/points", "30.000")], formats: [.json]),
        // 20 + 45 + 45 still make the group's 110.
        .init(name: "V13 more than two decimals on a link", rule: "V13", severity: .warning,
              path: linkAT204 + "/points", marker: "45.125",
              edits: [.set(linkAT204 + "/points", "45.125")]),

        // V15: units and no points at all (Q-LOG-EAT's units are in no other qualification).
        .init(name: "V15 qualification without any points", rule: "V15", severity: .warning, path: q2, marker: "Q-LOG-EAT",
              edits: noPointsEAT),
        .init(name: "V15 in the eqf profile", profile: .eqf, rule: "V15", severity: .note, path: q2, marker: "Q-LOG-EAT",
              edits: noPointsEAT),

        // V16: a statement is non-empty once trimmed and stripped of HTML.
        .init(name: "V16 empty statement", rule: "V16", severity: .error,
              path: outcome(0) + "/text/sv", marker: "sv",
              edits: [.set(outcome(0) + "/text/sv", "")]),
        .init(name: "V16 statement of white space", rule: "V16", severity: .error,
              path: outcome(0) + "/text/sv", marker: "sv",
              edits: [.set(outcome(0) + "/text/sv", " \t ")]),
        .init(name: "V16 statement of empty HTML", rule: "V16", severity: .error,
              path: outcome(0) + "/text/en", marker: "<p></p>",
              edits: [.set(outcome(0) + "/text/en", "<p></p>")], xmlMarker: "&lt;p&gt;&lt;/p&gt;"),
        .init(name: "V16 statement of escaped HTML", rule: "V16", severity: .error,
              path: outcome(0) + "/text/fi", marker: "&lt;h1&gt;&lt;/h1&gt;",
              edits: [.set(outcome(0) + "/text/fi", "&lt;h1&gt;&lt;/h1&gt;")], xmlMarker: "&amp;lt;h1&amp;gt;"),
        .init(name: "V16 outcome without text", rule: "V16", severity: .error, path: outcome(0), marker: "LO-101-1",
              edits: [.remove(outcome(0) + "/text")]),

        // V17: knowledge, skills, responsibility and autonomy; 'competence' is read as the latter.
        .init(name: "V17 category not an EQF domain", rule: "V17", severity: .warning,
              path: outcome(0) + "/category", marker: "tiedot",
              edits: [.set(outcome(0) + "/category", "tiedot")]),
        .init(name: "V17 legacy competence", rule: "V17", severity: .note,
              path: outcome(0) + "/category", marker: "competence",
              edits: [.set(outcome(0) + "/category", "competence")]),
        .init(name: "V17 responsibility_and_autonomy accepted", rule: "V17", severity: nil,
              edits: [.set(outcome(0) + "/category", "responsibility_and_autonomy")]),
        .init(name: "V17 no category accepted", rule: "V17", severity: nil,
              edits: [.remove(outcome(0) + "/category")]),

        // V18: no duplicate statements in a unit, case and white space ignored.
        .init(name: "V18 same statement twice in a unit", rule: "V18", severity: .warning,
              path: unit(0) + "/learningOutcomes", marker: "LO-101-2",
              edits: [.set(outcome(1) + "/text/sv",
                           "KÄNNER TILL  logistikkedjans skeden och betydelsen av sitt eget arbete i kundens leveranskedja")]),
        .init(name: "V18 same statement in two languages accepted", rule: "V18", severity: nil,
              edits: [.set(outcome(1) + "/text/en",
                           "känner till logistikkedjans skeden och betydelsen av sitt eget arbete i kundens leveranskedja")]),
        .init(name: "V18 same statement in two units accepted", rule: "V18", severity: nil,
              edits: [.set(outcome(3) + "/text/sv",
                           "känner till logistikkedjans skeden och betydelsen av sitt eget arbete i kundens leveranskedja")]),

        // V19: ESCO skill, occupation, skill group and ISCO URIs.
        .init(name: "V19 occupation URI accepted", rule: "V19", severity: nil,
              edits: [.set(unit(0) + "/escoSkills/0", "http://data.europa.eu/esco/occupation/1f2e5b8a-4c3d-4e6f-9a0b-7c8d9e0f1a2b")]),
        .init(name: "V19 skill group URI accepted", rule: "V19", severity: nil,
              edits: [.set(unit(0) + "/escoSkills/0", "http://data.europa.eu/esco/skill/S1.2")]),
        .init(name: "V19 ISCO group URI accepted", rule: "V19", severity: nil,
              edits: [.set(unit(0) + "/escoSkills/0", "http://data.europa.eu/esco/isco/C4321")]),
        .init(name: "V19 ESCO portal address", rule: "V19", severity: .error,
              path: unit(0) + "/escoSkills", marker: "esco.ec.europa.eu",
              edits: [.set(unit(0) + "/escoSkills/0", "https://esco.ec.europa.eu/en/classification/skill?uri=http://data.europa.eu/esco/skill/20ba084f-129c-4c5e-b39f-539913e0acc4")]),
        .init(name: "V19 https scheme", rule: "V19", severity: .error,
              path: unit(0) + "/escoSkills", marker: "https://data.europa.eu/esco/skill/20ba084f",
              edits: [.set(unit(0) + "/escoSkills/0", "https://data.europa.eu/esco/skill/20ba084f-129c-4c5e-b39f-539913e0acc4")]),
        .init(name: "V19 UUID in capitals", rule: "V19", severity: .error,
              path: unit(0) + "/escoSkills", marker: "20BA084F-129C",
              edits: [.set(unit(0) + "/escoSkills/0", "http://data.europa.eu/esco/skill/20BA084F-129C-4C5E-B39F-539913E0ACC4")]),
        .init(name: "V19 UUID cut short", rule: "V19", severity: .error,
              path: unit(0) + "/escoSkills", marker: "skill/7e2b1c9d-3f4a-4b5c",
              edits: [.set(unit(0) + "/escoSkills/0", "http://data.europa.eu/esco/skill/7e2b1c9d-3f4a-4b5c")]),
        .init(name: "V19 concept type not skill or occupation", rule: "V19", severity: .error,
              path: unit(0) + "/escoSkills", marker: "esco/knowledge/",
              edits: [.set(unit(0) + "/escoSkills/0", "http://data.europa.eu/esco/knowledge/20ba084f-129c-4c5e-b39f-539913e0acc4")]),
        .init(name: "V19 occupation group is not a skill group", rule: "V19", severity: .error,
              path: unit(0) + "/escoSkills", marker: "occupation/S1.2",
              edits: [.set(unit(0) + "/escoSkills/0", "http://data.europa.eu/esco/occupation/S1.2")]),
        .init(name: "V19 ISCO code of five digits", rule: "V19", severity: .error,
              path: unit(0) + "/escoSkills", marker: "C43210",
              edits: [.set(unit(0) + "/escoSkills/0", "http://data.europa.eu/esco/isco/C43210")]),
        .init(name: "V19 ISCO code without C", rule: "V19", severity: .error,
              path: unit(0) + "/escoSkills", marker: "isco/4321",
              edits: [.set(unit(0) + "/escoSkills/0", "http://data.europa.eu/esco/isco/4321")]),
        .init(name: "V19 outcome's skill not a URI", rule: "V19", severity: .error,
              path: outcome(1) + "/escoSkills", marker: "käsipäätteen käyttö",
              edits: [.set(outcome(1) + "/escoSkills/0", "käsipäätteen käyttö")]),
    ]

    /// Q-LOG-EAT and its units without any points.
    static let noPointsEAT: [Edit] = [.remove(q2 + "/credits")]
        + (15...18).map { .remove(unit($0) + "/credits") }
        + ["/structure/members/0/group/members/0", "/structure/members/1/group/members/0",
           "/structure/members/1/group/members/1", "/structure/members/1/group/members/2"]
            .map { .remove(q2 + $0 + "/points") }
        + [.remove(q2 + "/structure/members/1/group/minPoints"), .remove(q2 + "/structure/members/1/group/maxPoints"),
           .set(q2 + "/structure/members/1/group/minUnits", 2), .set(q2 + "/structure/members/1/group/maxUnits", 2)]

    static let v20to23: [Condition] = [
        // V20: ISCED-F 2013 codes; a warning when not detailed; required on Europass export.
        .init(name: "V20 code not in ISCED-F", rule: "V20", severity: .error,
              path: q0 + "/iscedF", marker: "1049",
              edits: [.set(q0 + "/iscedF/0", "1049")]),
        .init(name: "V20 code that lost its leading zero", rule: "V20", severity: .error,
              path: unit(0) + "/iscedF", marker: "413",
              edits: [.set(unit(0) + "/iscedF/0", 413)]),
        .init(name: "V20 broad field", rule: "V20", severity: .warning,
              path: q0 + "/iscedF", marker: "10",
              edits: [.set(q0 + "/iscedF/0", "10")]),
        .init(name: "V20 narrow field", rule: "V20", severity: .warning,
              path: q0 + "/iscedF", marker: "104",
              edits: [.set(q0 + "/iscedF/0", "104")]),
        .init(name: "V20 no code on Europass export", profile: .europass, rule: "V20", severity: .error,
              path: q0, marker: "Q-LOG-PT", edits: [.remove(q0 + "/iscedF")]),
        .init(name: "V20 no code outside Europass accepted", rule: "V20", severity: nil,
              edits: [.remove(q0 + "/iscedF")]),

        // V21: ISO 639-1 (regions accepted); three letters only without a two-letter code.
        .init(name: "V21 region subtag accepted", rule: "V21", severity: nil,
              edits: [.set(q0 + "/languages/1", "sv-FI"), .set(q0 + "/title", ["fi": "Logistiikan perustutkinto", "sv-FI": "Grundexamen inom logistik"])]),
        .init(name: "V21 en-GB accepted", rule: "V21", severity: nil,
              edits: [.set(unit(0) + "/title", ["fi": "Logistiikan työtehtävissä toimiminen", "en-GB": "Working in logistics tasks"])]),
        .init(name: "V21 Southern Sami accepted", rule: "V21", severity: nil, edits: [.set(q0 + "/languages/1", "sma")]),
        .init(name: "V21 Low German accepted", rule: "V21", severity: nil, edits: [.set(q0 + "/languages/1", "nds")]),
        .init(name: "V21 Swiss German accepted", rule: "V21", severity: nil, edits: [.set(q0 + "/languages/1", "gsw")]),
        .init(name: "V21 fin refused", rule: "V21", severity: .error, path: q0 + "/languages", marker: "fin",
              edits: [.set(q0 + "/languages/0", "fin")]),
        .init(name: "V21 not a language code", rule: "V21", severity: .error, path: unit(0) + "/languages", marker: "suomi",
              edits: [.set(unit(0) + "/languages/0", "suomi")]),
        .init(name: "V21 two letters that are no language", rule: "V21", severity: .error, path: unit(0) + "/languages", marker: "qq",
              edits: [.set(unit(0) + "/languages/0", "qq")]),
        .init(name: "V21 text in a three-letter language", rule: "V21", severity: .error,
              path: unit(0) + "/title/swe", marker: "Att arbeta med logistikuppgifter",
              edits: [.set(unit(0) + "/title", ["fi": "Logistiikan työtehtävissä toimiminen", "swe": "Att arbeta med logistikuppgifter"])]),
        .init(name: "V21 outcome text in an unknown language", rule: "V21", severity: .error,
              path: outcome(0) + "/text/xx", marker: "knows the stages",
              edits: [.set(outcome(0) + "/text", ["fi": "tuntee logistiikkaketjun vaiheet",
                                                  "xx": "knows the stages of the logistics chain"])]),
        .init(name: "V21 default language fin", rule: "V21", severity: .error, path: "/defaultLanguage", marker: "fin",
              edits: [.set("/defaultLanguage", "fin")]),

        // V22: ISO 3166-1 alpha-2 or alpha-3; EL and UK with a warning.
        .init(name: "V22 alpha-3 accepted", rule: "V22", severity: nil, edits: [.set(q0 + "/country", "FIN")]),
        .init(name: "V22 not a country code", rule: "V22", severity: .error, path: q0 + "/country", marker: "SF",
              edits: [.set(q0 + "/country", "SF")]),
        .init(name: "V22 three letters that are no country", rule: "V22", severity: .error,
              path: "/organisations/0/country", marker: "FIX", edits: [.set("/organisations/0/country", "FIX")]),
        .init(name: "V22 EL normalised", rule: "V22", severity: .warning, path: q0 + "/country", marker: "EL",
              edits: [.set(q0 + "/country", "EL")]),
        .init(name: "V22 UK normalised", rule: "V22", severity: .warning, path: "/country", marker: "UK",
              edits: [.set("/country", "UK")]),

        // V23: unique ids, references that resolve.
        .init(name: "V23 duplicate qualification id", rule: "V23", severity: .error, path: q1 + "/id", marker: "Q-LOG-PT",
              edits: [.set(q1 + "/id", "Q-LOG-PT")]),
        .init(name: "V23 duplicate unit id", rule: "V23", severity: .error, path: "/units/19/id", marker: "U-LOG-101",
              edits: [.copy(unit(0), to: "/units/-")]),
        // The structure names a unit the catalogue does not have: V02 reports the unit side too.
        .init(name: "V23 dangling unit reference", rule: "V23", severity: .error,
              path: linkAT104 + "/unit", marker: "U-LOG-014",
              edits: [.set(linkAT104 + "/unit", "U-LOG-014")], off: ["V02"]),
        .init(name: "V23 dangling outcome reference", rule: "V23", severity: .error,
              path: unit(0) + "/learningOutcomes", marker: "LO-101-9",
              edits: [.set(unit(0) + "/learningOutcomes/2", "LO-101-9")]),
        // Outcomes keep no place for their id: the finding stands at the second outcome.
        .init(name: "V23 duplicate outcome id", rule: "V23", severity: .error, path: outcome(45), marker: "LO-101-1",
              edits: [.copy(outcome(0), to: "/learningOutcomes/-")]),
        .init(name: "V23 dangling awarding body", rule: "V23", severity: .error, path: q0 + "/awardingBody", marker: "ORG-OHP",
              edits: [.set(q0 + "/awardingBody", "ORG-OHP")]),
        .init(name: "V23 dangling awarding body of a unit", rule: "V23", severity: .error, path: unit(0) + "/awardingBody",
              marker: "ORG-OHP", edits: [.set(unit(0) + "/awardingBody", "ORG-OHP")]),
        .init(name: "V23 dangling outcome of a qualification", rule: "V23", severity: .error, path: q0 + "/learningOutcomes",
              marker: "LO-999", edits: [.set(q0 + "/learningOutcomes", ["LO-999"])]),
        .init(name: "V23 related qualification neither in the catalogue nor a URI", rule: "V23", severity: .error,
              path: q0 + "/hasPart", marker: "Q-NONE", edits: [.set(q0 + "/hasPart", ["Q-NONE"])]),
    ]

    static let v27v28: [Condition] = [
        // V27: the LOQ minimum content (EQF, NQF and ISCED-F are V03's, V04's and V20's).
        .init(name: "V27 qualification without title", profile: .europass, rule: "V27", severity: .error,
              path: q0, marker: "Q-LOG-PT", edits: [.remove(q0 + "/title")]),
        .init(name: "V27 qualification title only HTML and white space", profile: .europass, rule: "V27", severity: .error,
              path: q0 + "/title/fi", marker: "<p> </p>", edits: [.set(q0 + "/title", ["fi": "<p> </p>", "sv": " "])],
              xmlMarker: "&lt;p&gt; &lt;/p&gt;"),
        .init(name: "V27 qualification without language", profile: .europass, rule: "V27", severity: .error,
              path: q0, marker: "Q-LOG-PT", edits: [.remove(q0 + "/languages")]),
        // LOQ keeps a validity only in an awarding opportunity, which needs an awarding body.
        .init(name: "V27 validity without an awarding body", profile: .europass, rule: "V27", severity: .warning,
              path: q0 + "/validity", marker: "2022-08-01", edits: [.remove(q0 + "/awardingBody")]),
        .init(name: "V27 qualification without learning outcomes", profile: .europass, rule: "V27", severity: .error,
              path: "/qualifications/3", marker: "Q-LOG-EAT-2",
              edits: [.copy(q2, to: "/qualifications/-", setting: ["id": "Q-LOG-EAT-2"]), .remove("/qualifications/3/structure")]),
        .init(name: "V27 unit credits without points", profile: .europass, rule: "V27", severity: .error,
              path: unit(14) + "/credits", marker: "ECVET",
              edits: [.set(unit(14) + "/credits", ["system": "ECVET"])]),
        .init(name: "V27 points in a system Europass does not know", profile: .europass, rule: "V27", severity: .error,
              path: q1 + "/credits/system", marker: "osp",
              edits: [.set(q1 + "/credits/system", "osp")]),
        .init(name: "V27 unit without ISCED-F", profile: .europass, rule: "V27", severity: .error,
              path: unit(0), marker: "U-LOG-101", edits: [.remove(unit(0) + "/iscedF")]),
        .init(name: "V27 unit without language", profile: .europass, rule: "V27", severity: .error,
              path: unit(0), marker: "U-LOG-101", edits: [.remove(unit(0) + "/languages")]),
        .init(name: "V27 not outside the europass profile", rule: "V27", severity: nil,
              edits: [.remove(q0 + "/languages")]),

        // V28: durations are xs:duration; an error in europass, a warning otherwise.
        .init(name: "V28 volume of learning in words", profile: .europass, rule: "V28", severity: .error,
              path: q0 + "/volumeOfLearning", marker: "3 vuotta",
              edits: [.set(q0 + "/volumeOfLearning", "3 vuotta")]),
        .init(name: "V28 volume of learning in words outside Europass", rule: "V28", severity: .warning,
              path: q0 + "/volumeOfLearning", marker: "3 vuotta",
              edits: [.set(q0 + "/volumeOfLearning", "3 vuotta")]),
        .init(name: "V28 volume of learning in words in the eqf profile", profile: .eqf, rule: "V28", severity: .warning,
              path: q0 + "/volumeOfLearning", marker: "3 vuotta",
              edits: [.set(q0 + "/volumeOfLearning", "3 vuotta")]),
        .init(name: "V28 duration without P", profile: .europass, rule: "V28", severity: .error,
              path: q0 + "/volumeOfLearning", marker: "3Y",
              edits: [.set(q0 + "/volumeOfLearning", "3Y")]),
        .init(name: "V28 hours without T", profile: .europass, rule: "V28", severity: .error,
              path: q0 + "/volumeOfLearning", marker: "P4800H",
              edits: [.set(q0 + "/volumeOfLearning", "P4800H")]),
        .init(name: "V28 P alone", profile: .europass, rule: "V28", severity: .error,
              path: q0 + "/volumeOfLearning", marker: "P",
              edits: [.set(q0 + "/volumeOfLearning", "P")], xmlMarker: ">P<"),
        .init(name: "V28 months accepted", profile: .europass, rule: "V28", severity: nil,
              edits: [.set(q0 + "/volumeOfLearning", "P36M")]),
        .init(name: "V28 years and months accepted", profile: .europass, rule: "V28", severity: nil,
              edits: [.set(q0 + "/volumeOfLearning", "P2Y12M")]),
        .init(name: "V28 hours accepted", profile: .europass, rule: "V28", severity: nil,
              edits: [.set(q0 + "/volumeOfLearning", "PT4800H")]),
    ]

    // MARK: - The test

    enum Written: String, CaseIterable, Sendable { case json, yaml, xml }

    @Test("each condition gives its one finding, from its rule, at the value", arguments: conditions)
    func condition(_ condition: Condition) async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var tree = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixtures.path(Self.base))))
        for edit in condition.edits { try Self.apply(edit, to: &tree) }
        var printer = PrettyJSON()
        printer.write(tree, path: "")
        let jsonPath = folder.appendingPathComponent("catalogue.json").path
        try printer.text.write(toFile: jsonPath, atomically: true, encoding: .utf8)

        let loaded = ECVET.read(path: jsonPath)
        #expect(loaded.diagnostics.isEmpty, "the JSON reader finds nothing: \(loaded.diagnostics.map(\.formatted))")
        let catalogue = try #require(loaded.catalogue)
        for format in condition.formats {
            var path = jsonPath
            if format != .json {
                path = folder.appendingPathComponent("catalogue.\(format.rawValue)").path
                try await ECVET.write(catalogue, as: format == .yaml ? .yaml : .xml, to: path)
                let reread = ECVET.read(path: path)
                // Values are kept as written in every format, XML included: the rule judges them.
                #expect(reread.diagnostics.isEmpty, "\(format): \(reread.diagnostics.map(\.formatted))")
            }
            let read = try #require(ECVET.read(path: path).catalogue, "\(format)")
            let findings = await validate(read, condition)
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            check(findings, of: condition, in: format, lines: lines, printer: printer, tree: tree)
        }
    }

    func validate(_ catalogue: Catalogue, _ condition: Condition) async -> [Diagnostic] {
        var configuration = Configuration()
        configuration.settings = ValidationSettings(today: Self.today)
        for id in condition.off { configuration.rules.updateValue(nil, forKey: id) }
        return await ECVET.validate(catalogue, profile: condition.profile, configuration: configuration)
    }

    func check(_ findings: [Diagnostic], of condition: Condition, in format: Written, lines: [Substring],
               printer: PrettyJSON, tree: Any) {
        let ofRule = findings.filter { $0.id.id == condition.rule && ($0.severity != .note || condition.severity == .note) }
        // Notes of other rules say nothing wrong (V13's fractional points, V17's 'competence').
        let others = findings.filter { $0.id.id != condition.rule && $0.severity != .note }
        #expect(others.isEmpty, "\(format): other rules: \(others.map(\.formatted))")
        guard let severity = condition.severity else {
            #expect(ofRule.isEmpty, "\(format): \(ofRule.map(\.formatted))")
            return
        }
        #expect(ofRule.count == condition.count, "\(format): \(ofRule.map(\.formatted))")
        for finding in ofRule {
            #expect(finding.severity == severity, "\(format): \(finding.formatted)")
            #expect(finding.location?.path == condition.path, "\(format): \(finding.formatted)")
            guard let line = finding.location?.line, line >= 1, line <= lines.count else {
                Issue.record("\(format): no line: \(finding.formatted)")
                continue
            }
            let text = lines[line - 1]
            if format == .json, Self.node(at: condition.path, in: tree) is [String: Any] {
                #expect(line == printer.lines[condition.path], "\(format): \(finding.formatted) is not at the opening of \(condition.path)")
            } else {
                let marker = format == .xml ? condition.xmlMarker ?? condition.marker : condition.marker
                #expect(text.contains(marker), "\(format): line \(line) «\(text)» lacks «\(marker)»: \(finding.formatted)")
            }
        }
    }

    @Test("the base catalogue has no finding but notes in each profile", arguments: Profile.allCases)
    func baseIsClean(_ profile: Profile) async throws {
        let catalogue = try #require(ECVET.read(path: Fixtures.path(Self.base)).catalogue)
        var configuration = Configuration()
        configuration.settings = ValidationSettings(today: Self.today)
        let findings = await ECVET.validate(catalogue, profile: profile, configuration: configuration)
            .filter { $0.severity != .note }
        #expect(findings.isEmpty, "\(findings.map(\.formatted))")
    }

    @Test("every rule of V01–V23, V27 and V28 but V14 has conditions")
    func covered() {
        let rules = Set(Self.conditions.map(\.rule))
        for number in Array(1...23) + [27, 28] where number != 14 {
            let id = String(format: "V%02d", number)
            #expect(rules.contains(id), "\(id) has no condition")
        }
        let names = Self.conditions.map(\.name)
        #expect(Set(names).count == names.count, "each condition has its own name")
    }

    // MARK: - JSON editing and writing

    static func apply(_ edit: Edit, to tree: inout Any) throws {
        switch edit {
        case .set(let pointer, let value):
            try change(&tree, at: components(pointer)) { $0 = value.foundation }
        case .remove(let pointer):
            try change(&tree, at: components(pointer)) { $0 = nil }
        case .copy(let source, let target, let members):
            guard var copy = node(at: source, in: tree) as? [String: Any] else { throw EditError(pointer: source) }
            for (key, value) in members { copy[key] = value.foundation }
            try change(&tree, at: components(target)) { $0 = copy }
        }
    }

    struct EditError: Error { var pointer: String }

    static func components(_ pointer: String) -> [String] {
        pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
    }

    /// Changes the value at `path` (`nil` removes it, or is a value to add).
    static func change(_ node: inout Any, at path: [String], _ body: (inout Any?) -> Void) throws {
        guard let key = path.first else { throw EditError(pointer: "") }
        let rest = Array(path.dropFirst())
        if var object = node as? [String: Any] {
            var child: Any? = object[key]
            if rest.isEmpty {
                body(&child)
            } else {
                guard var inner = child else { throw EditError(pointer: key) }
                try change(&inner, at: rest, body)
                child = inner
            }
            object[key] = child
            node = object
        } else if var array = node as? [Any] {
            let index = key == "-" ? array.count : Int(key) ?? -1
            guard index >= 0, index <= array.count else { throw EditError(pointer: key) }
            var child: Any? = index < array.count ? array[index] : nil
            if rest.isEmpty {
                body(&child)
            } else {
                guard var inner = child else { throw EditError(pointer: key) }
                try change(&inner, at: rest, body)
                child = inner
            }
            switch (child, index < array.count) {
            case (let value?, true): array[index] = value
            case (let value?, false): array.append(value)
            case (nil, true): array.remove(at: index)
            case (nil, false): break
            }
            node = array
        } else {
            throw EditError(pointer: key)
        }
    }

    static func node(at pointer: String, in tree: Any) -> Any? {
        var node: Any? = tree
        for key in components(pointer) {
            if let object = node as? [String: Any] {
                node = object[key]
            } else if let array = node as? [Any], let index = Int(key), array.indices.contains(index) {
                node = array[index]
            } else {
                return nil
            }
        }
        return node
    }

    /// Pretty-printed JSON with keys in sorted order, keeping the line where each value (by its
    /// JSON Pointer) begins: the place a finding about an entity must name.
    struct PrettyJSON {
        var text = ""
        var lines: [String: Int] = [:]
        private var line = 1

        mutating func write(_ value: Any, path: String, indent: String = "") {
            lines[path] = line
            if let object = value as? [String: Any] {
                guard !object.isEmpty else { return text += "{}" }
                text += "{\n"
                line += 1
                for (position, key) in object.keys.sorted().enumerated() {
                    text += indent + "  " + Self.scalar(key) + ": "
                    write(object[key]!, path: path + "/" + key, indent: indent + "  ")
                    text += position == object.count - 1 ? "\n" : ",\n"
                    line += 1
                }
                text += indent + "}"
            } else if let array = value as? [Any] {
                guard !array.isEmpty else { return text += "[]" }
                text += "[\n"
                line += 1
                for (index, item) in array.enumerated() {
                    text += indent + "  "
                    write(item, path: path + "/\(index)", indent: indent + "  ")
                    text += index == array.count - 1 ? "\n" : ",\n"
                    line += 1
                }
                text += indent + "]"
            } else {
                text += Self.scalar(value)
            }
        }

        static func scalar(_ value: Any) -> String {
            let data = try! JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }
    }
}

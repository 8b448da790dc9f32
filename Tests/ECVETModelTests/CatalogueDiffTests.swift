import ECVETModel
import Testing

/// Comparing two versions of a catalogue: what counts as a change, how each is told.
@Suite("Catalogue differences")
struct CatalogueDiffTests {
    static let outcome = LearningOutcome(id: "LO-1", category: LearningOutcomeCategory(.skills),
                                         text: LocalizedText(["fi": "käsittelee tavaraa", "sv": "hanterar gods"]))

    static func unit(_ id: String, points: String = "15", uri: String? = nil, code: String? = nil) -> Unit {
        Unit(id: id, code: code, uri: uri, title: LocalizedText(["fi": "Varastotyö \(id)", "en": "Warehouse work \(id)"]),
             credits: CreditPoints(points), learningOutcomes: [Reference("LO-1")])
    }

    static func qualification(optional: [String] = ["U-2", "U-3"], mandatory: [String] = ["U-1"], minPoints: String = "15") -> Qualification {
        let structure = UnitGroup(id: "G", isMandatory: true, members: [
            .group(UnitGroup(id: "G-PAK", title: LocalizedText(["fi": "Pakolliset"]), isMandatory: true,
                             members: mandatory.map { .unit(UnitLink(unit: Reference($0), isMandatory: true)) })),
            .group(UnitGroup(id: "G-VAL", title: LocalizedText(["fi": "Valinnaiset"]), minPoints: DecimalText(minPoints),
                             members: optional.map { .unit(UnitLink(unit: Reference($0))) })),
        ])
        return Qualification(id: "Q-1", title: LocalizedText(["fi": "Logistiikan perustutkinto", "sv": "Grundexamen inom logistik"]),
                             eqfLevel: EQFLevel(4), credits: CreditPoints("30"),
                             validity: ValidityPeriod(from: "2024-08-01", until: "2030-07-31"), structure: structure)
    }

    static let base = Catalogue(id: "C", version: "1", qualifications: [qualification()],
                                units: [unit("U-1"), unit("U-2", uri: "http://data.example/unit/2"), unit("U-3", code: "107303")],
                                learningOutcomes: [outcome])

    @Test("the same catalogue, and the same one reordered, have no differences")
    func same() {
        #expect(Self.base.difference(from: Self.base).isEmpty)
        var reordered = Self.base
        reordered.units.reverse()
        reordered.qualifications[0].title = LocalizedText(["sv": "Grundexamen inom logistik", "fi": "Logistiikan perustutkinto"])
        reordered.units[0].learningOutcomes = [Reference("LO-1")]
        reordered.qualifications[0].languages = [LanguageCode("sv"), LanguageCode("fi")]
        var languages = Self.base
        languages.qualifications[0].languages = [LanguageCode("fi"), LanguageCode("sv")]
        #expect(reordered.difference(from: languages).isEmpty, "order of entities, of a text's languages and of a list is no change")
    }

    @Test("a title changed in one language, a level and points: a field line each, as written")
    func fields() throws {
        var new = Self.base
        new.qualifications[0].title = LocalizedText(["fi": "Logistiikan perustutkinto (uudistettu)", "sv": "Grundexamen inom logistik"])
        new.qualifications[0].eqfLevel = EQFLevel(5)
        new.qualifications[0].credits = CreditPoints("180", system: CreditSystem(name: "osp", ecvetFactor: DecimalText("1")))
        new.qualifications[0].validity = ValidityPeriod(from: "2024-08-01", until: "2032-07-31")
        let diff = new.difference(from: Self.base)
        let change = try #require(diff.entities.first)
        #expect(diff.entities.count == 1)
        #expect(change.kind == .changed && change.entity == .qualification && change.id == "Q-1")
        #expect(change.fields == [
            FieldChange(field: "title@fi", old: "Logistiikan perustutkinto", new: "Logistiikan perustutkinto (uudistettu)"),
            FieldChange(field: "eqfLevel", old: "4", new: "5"),
            FieldChange(field: "credits", old: "30 ECVET", new: "180 osp (ECVET factor 1)"),
            FieldChange(field: "validity", old: "2024-08-01 – 2030-07-31", new: "2024-08-01 – 2032-07-31"),
        ])
    }

    @Test("units and outcomes added and removed are told once each, in the new order, removed ones after")
    func addedAndRemoved() {
        var new = Self.base
        new.units.removeAll { $0.id == "U-1" }
        new.units.append(Self.unit("U-9", points: "30"))
        new.learningOutcomes.append(LearningOutcome(id: "LO-2", text: LocalizedText(["fi": "laatii lähetysasiakirjat"])))
        let diff = new.difference(from: Self.base)
        #expect(diff.entities.map { "\($0.kind.rawValue) \($0.entity.rawValue) \($0.id)" } == [
            "added unit U-9", "removed unit U-1", "added learningOutcome LO-2",
        ])
        #expect(diff.count(.unit, .added) == 1 && diff.count(.unit, .removed) == 1 && diff.count(.learningOutcome, .added) == 1)
    }

    @Test("an id changed is recognised by the URI, the code, or else by identical content")
    func renamed() {
        var new = Self.base
        new.units[1].id = "U-2b"
        new.units[1].credits = CreditPoints("20")
        new.units[2].id = "U-3b"
        new.learningOutcomes[0].id = "LO-1b"
        new.units = new.units.map { unit in
            var relinked = unit
            relinked.learningOutcomes = [Reference("LO-1b")]
            return relinked
        }
        new.qualifications[0] = Self.qualification(optional: ["U-2b", "U-3b"])
        let diff = new.difference(from: Self.base)
        let renames = diff.entities.filter { $0.kind == .renamed }
        #expect(renames.map { "\($0.oldID ?? "") → \($0.id)" } == ["U-2 → U-2b", "U-3 → U-3b", "LO-1 → LO-1b"])
        #expect(renames[0].fields == [FieldChange(field: "credits", old: "15 ECVET", new: "20 ECVET")],
                "the other fields still compared; the renamed outcome is the same outcome")
        #expect(!diff.entities.contains { $0.kind == .changed }, "U-1 names the renamed outcome: no change")
        #expect(diff.count(.unit, .added) == 0 && diff.count(.unit, .removed) == 0)
        #expect(!diff.entities.contains { $0.entity == .qualification }, "the structure links to the same units, renamed")
    }

    @Test("a group without an id keeps its place when its title changes: the title is a field change")
    func untitledGroup() throws {
        var old = Self.base
        old.qualifications[0].structure?.members[1] = .group(UnitGroup(title: LocalizedText(["fi": "Valinnaiset"]), minPoints: DecimalText("15"),
                                                                       members: [.unit(UnitLink(unit: Reference("U-2")))]))
        var new = old
        new.qualifications[0].structure?.members[1] = .group(UnitGroup(title: LocalizedText(["fi": "Valinnaiset osat"]), minPoints: DecimalText("15"),
                                                                       members: [.unit(UnitLink(unit: Reference("U-2")))]))
        let change = try #require(new.difference(from: old).entities.first)
        #expect(change.fields == [FieldChange(field: "structure/group Valinnaiset osat/title@fi", old: "Valinnaiset", new: "Valinnaiset osat")])
    }

    @Test("a unit moved to another group is a move; a group's rule and a link's points are field changes")
    func structure() throws {
        var new = Self.base
        new.qualifications[0] = Self.qualification(optional: ["U-3"], mandatory: ["U-1", "U-2"], minPoints: "10")
        let change = try #require(new.difference(from: Self.base).entities.first)
        #expect(change.fields.contains(FieldChange(field: "structure/U-2", old: "in Valinnaiset", new: "in Pakolliset")))
        #expect(change.fields.contains(FieldChange(field: "structure/U-2/mandatory", old: nil, new: "true")))
        #expect(change.fields.contains(FieldChange(field: "structure/group Valinnaiset/minPoints", old: "15", new: "10")))
        #expect(!change.fields.contains { $0.field == "structure/U-1" || $0.field == "structure/U-3" }, "units that stayed are not told")
    }

    @Test("a sub-unit's points and an outcome's statement are compared inside their entity")
    func nested() throws {
        var old = Self.base
        old.units[0].parts = [UnitPart(id: "P-1", title: LocalizedText(["fi": "Osa-alue"]), credits: CreditPoints("3"))]
        var new = old
        new.units[0].parts[0].credits = CreditPoints("4")
        new.learningOutcomes[0].text = LocalizedText(["fi": "käsittelee ja varastoi tavaraa", "sv": "hanterar gods"])
        let diff = new.difference(from: old)
        #expect(diff.entities.first { $0.id == "U-1" }?.fields == [FieldChange(field: "parts/P-1/credits", old: "3 ECVET", new: "4 ECVET")])
        #expect(diff.entities.first { $0.id == "LO-1" }?.fields == [FieldChange(field: "text@fi", old: "käsittelee tavaraa", new: "käsittelee ja varastoi tavaraa")])
    }

    @Test("a unit's assessment criteria are compared one by one, text included")
    func assessmentCriteria() throws {
        var old = Self.base
        old.units[0].assessment = Assessment(procedures: LocalizedText(["fi": "Näyttö työpaikalla"]), criteria: [
            AssessmentCriterion(level: "1", title: LocalizedText(["fi": "Tyydyttävä T1"]), text: LocalizedText(["fi": "toimii ohjattuna"])),
        ])
        var new = old
        new.units[0].assessment?.criteria[0].text = LocalizedText(["fi": "toimii ohjatusti"])
        new.units[0].assessment?.criteria.append(AssessmentCriterion(text: LocalizedText(["fi": "uusi kriteeri"])))
        let change = try #require(new.difference(from: old).entities.first)
        #expect(change.fields == [
            FieldChange(field: "assessment/criteria/1/text@fi", old: "toimii ohjattuna", new: "toimii ohjatusti"),
            FieldChange(field: "assessment/criteria/2/text@fi", old: nil, new: "uusi kriteeri"),
        ])
    }

    @Test("a unit linked from two groups is compared group by group")
    func unitInTwoGroups() throws {
        var old = Self.base
        old.qualifications[0] = Self.qualification(optional: ["U-2", "U-3"], mandatory: ["U-1", "U-2"])
        var pointsChanged = old
        pointsChanged.qualifications[0].structure?.members[1] = .group(UnitGroup(id: "G-VAL", title: LocalizedText(["fi": "Valinnaiset"]),
            minPoints: DecimalText("15"), members: [.unit(UnitLink(unit: Reference("U-2"), points: DecimalText("5"))), .unit(UnitLink(unit: Reference("U-3")))]))
        #expect(try #require(pointsChanged.difference(from: old).entities.first).fields
            == [FieldChange(field: "structure/U-2 in Valinnaiset/points", old: nil, new: "5")])
        let leftOne = Self.base
        #expect(try #require(leftOne.difference(from: old).entities.first).fields
            == [FieldChange(field: "structure/U-2", old: "in Pakolliset", new: nil)], "U-2 is still in Valinnaiset")
        #expect(try #require(old.difference(from: leftOne).entities.first).fields
            == [FieldChange(field: "structure/U-2", old: nil, new: "in Pakolliset")], "added to a second group, not moved")
    }

    @Test("a group whose id changed at the same place with the same title is the same group")
    func renamedGroup() throws {
        var new = Self.base
        new.qualifications[0].structure?.members[1] = .group(UnitGroup(id: "G-VAL-2", title: LocalizedText(["fi": "Valinnaiset"]),
            minPoints: DecimalText("15"), members: ["U-2", "U-3"].map { .unit(UnitLink(unit: Reference($0))) }))
        #expect(try #require(new.difference(from: Self.base).entities.first).fields
            == [FieldChange(field: "structure/group Valinnaiset/id", old: "G-VAL", new: "G-VAL-2")])
    }

    @Test("a second unit of one id is an added unit, matched in order")
    func duplicateID() {
        var new = Self.base
        var second = Self.unit("U-1", points: "99")
        second.title = LocalizedText(["fi": "Toinen"])
        new.units.append(second)
        let diff = new.difference(from: Self.base)
        #expect(diff.entities.map(\.kind) == [.added] && diff.entities.first?.title == "Toinen")
        #expect(Self.base.difference(from: new).entities.map(\.kind) == [.removed])
    }

    @Test("a renamed outcome is the same outcome in the units that name it")
    func renamedOutcome() {
        var new = Self.base
        new.learningOutcomes[0].id = "LO-1-NEW"
        for index in new.units.indices { new.units[index].learningOutcomes = [Reference("LO-1-NEW")] }
        let diff = new.difference(from: Self.base)
        #expect(diff.entities.map(\.kind) == [.renamed])
        #expect(diff.entities.first?.oldID == "LO-1" && diff.entities.first?.id == "LO-1-NEW")
    }
}


import ECVETModel

extension MappingBinder {
    /// Deeper than any real structure: a `members:` path that leads back to its group stops here.
    static let deepestGroup = 64

    /// The id a record must have to be linked to; reports `M11` when it has none.
    /// Starts tracing a record whose id is the traced one; returns whether it started.
    func beginTrace(_ id: String, kind: String, at cursor: SourceCursor) -> Bool {
        guard let traceID, id == traceID, !tracing else { return false }
        tracing = true
        appendTrace(MappingCoverage.Traced(field: kind, paths: "the record",
                                           values: [MappingCoverage.Traced.Value(text: id, location: "\(location(cursor.node.place))")]))
        return true
    }

    func requiredID(_ spec: RecordSpec, at cursor: SourceCursor, kind: String) -> String? {
        if let id = text(spec.values["id"], at: cursor) { return id }
        report(.recordWithoutID, "this \(kind) has no id, so it is left out (the mapping reads the id at \(mapping.file):\(spec.values["id"]?.location.line ?? spec.location.line ?? 0))",
               location(cursor.node.place))
        return nil
    }

    // MARK: - Qualifications

    func bindQualification(_ cursor: SourceCursor, _ spec: RecordSpec) {
        guard let id = requiredID(spec, at: cursor, kind: "qualification") else { return }
        let traced = beginTrace(id, kind: "qualification", at: cursor)
        defer { if traced { tracing = false } }
        let links = (spec.records["units"]?.gathered ?? []).flatMap { linkSpec in
            records(linkSpec, in: cursor).compactMap { link($0, linkSpec) }
        }
        if let existing = qualificationIndex[id] {
            addLinks(links, to: &catalogue.qualifications[existing])
            return
        }
        var qualification = Qualification(id: id, location: location(cursor.node.place))
        bindValues(&qualification, FieldLookups.qualification, from: spec, at: cursor)
        qualification.credits = spec.records["credits"].flatMap { credits($0, in: cursor) }
        qualification.validity = spec.records["validity"].flatMap { validity($0, in: cursor) }
        if let nqfSpec = spec.records["nqf"] {
            qualification.nqfLevels = records(nqfSpec, in: cursor).compactMap { place in
                let framework = text(nqfSpec.values["framework"], at: place)
                let level = text(nqfSpec.values["level"], at: place)
                let uri = text(nqfSpec.values["uri"], at: place)
                guard level != nil || uri != nil else { return nil }
                return NQFLevel(framework: framework, level: level, uri: uri, location: location(place.node.place))
            }
        }
        if let groupSpec = spec.records["structure"], let root = records(groupSpec, in: cursor).first {
            qualification.structure = group(root, groupSpec, owner: id, path: "structure")
        }
        addLinks(links, to: &qualification)
        qualificationIndex[id] = catalogue.qualifications.count
        catalogue.qualifications.append(qualification)
    }

    /// Adds unit links to the top of a qualification's structure, each unit once.
    private func addLinks(_ links: [UnitLink], to qualification: inout Qualification) {
        guard !links.isEmpty else { return }
        var structure = qualification.structure ?? UnitGroup(location: links[0].location)
        let present = Set(structure.allUnitLinks.map(\.unit.id))
        var added: Set<String> = []
        for link in links where !present.contains(link.unit.id) && added.insert(link.unit.id).inserted {
            structure.members.append(.unit(link))
        }
        qualification.structure = structure
    }

    private func group(_ cursor: SourceCursor, _ spec: RecordSpec, owner: String, path: String, depth: Int = 0) -> UnitGroup {
        let fields = spec.values
        var group = UnitGroup(location: location(cursor.node.place))
        bindValues(&group, FieldLookups.group, from: spec, at: cursor)
        guard let memberPaths = fields["members"]?.paths else { return group }
        guard depth < Self.deepestGroup else {
            report(.mappingValue, "groups nest deeper than \(Self.deepestGroup) levels here; does members: (\(mapping.file):\(fields["members"]?.location.line ?? 0)) lead back to the group?",
                   location(cursor.node.place))
            return group
        }
        let memberSpec = memberSpecs[ObjectIdentifier(spec)] ?? RecordSpec(kind: .group, at: memberPaths, location: spec.location)
        memberSpecs[ObjectIdentifier(spec)] = memberSpec
        for (position, member) in records(memberSpec, in: cursor).enumerated() {
            if isUnitMember(member, spec), let linkSpec = spec.records["link"] {
                if let link = link(member, linkSpec) { group.members.append(.unit(link)) }
            } else {
                group.members.append(.group(self.group(member, spec, owner: owner, path: "\(path)/\(position)", depth: depth + 1)))
            }
        }
        return group
    }

    /// Whether a member of a group is a unit link: it has the `unitWhen` field, or, without
    /// `unitWhen`, the link's unit.
    private func isUnitMember(_ member: SourceCursor, _ spec: RecordSpec) -> Bool {
        if let test = spec.values["unitWhen"] {
            return test.paths.contains { path in
                path.evaluate(from: member, keepingAncestors: false).nodes.contains { $0.text != nil || $0.node.isContainer }
            }
        }
        guard let unitSpec = spec.records["link"]?.values["unit"] else { return false }
        return unitSpec.paths.contains { !$0.evaluate(from: member, keepingAncestors: false).nodes.isEmpty }
    }

    private func link(_ cursor: SourceCursor, _ spec: RecordSpec) -> UnitLink? {
        guard let unit = first(spec.values["unit"], at: cursor) else { return nil }
        return UnitLink(unit: Reference(unit.text, location: location(unit.place)),
                        points: decimal(spec.values["points"], at: cursor),
                        isMandatory: flag(spec.values["mandatory"], at: cursor),
                        location: location(cursor.node.place))
    }

    // MARK: - Units

    func bindUnit(_ cursor: SourceCursor, _ spec: RecordSpec) {
        guard let id = requiredID(spec, at: cursor, kind: "unit") else { return }
        let traced = beginTrace(id, kind: "unit", at: cursor)
        defer { if traced { tracing = false } }
        if let existing = unitIndex[id] {
            let more = outcomeReferences(spec, in: cursor, owner: id)
            let present = Set(catalogue.units[existing].learningOutcomes.map(\.id))
            catalogue.units[existing].learningOutcomes += more.filter { !present.contains($0.id) }
            return
        }
        var unit = Unit(id: id, location: location(cursor.node.place))
        // The outcomes a unit names are read with those written inside it.
        bindValues(&unit, FieldLookups.unit, from: spec, at: cursor, skipping: ["learningOutcomes"])
        unit.credits = spec.records["credits"].flatMap { credits($0, in: cursor) }
        unit.validity = spec.records["validity"].flatMap { validity($0, in: cursor) }
        unit.learningOutcomes = outcomeReferences(spec, in: cursor, owner: id)
        unit.assessment = spec.records["assessment"].flatMap { assessment($0, in: cursor) }
        if let partSpec = spec.records["parts"] {
            unit.parts = records(partSpec, in: cursor).enumerated().map { position, place in
                part(place, partSpec, unit: id, position: position + 1)
            }
        }
        unitIndex[id] = catalogue.units.count
        catalogue.units.append(unit)
    }

    private func part(_ cursor: SourceCursor, _ spec: RecordSpec, unit: String, position: Int) -> UnitPart {
        let fields = spec.values
        let id = text(fields["id"], at: cursor) ?? "\(unit)-part-\(position)"
        var part = UnitPart(id: id, location: location(cursor.node.place))
        bindValues(&part, FieldLookups.part, from: spec, at: cursor, skipping: ["learningOutcomes"])
        part.credits = spec.records["credits"].flatMap { credits($0, in: cursor) }
        part.learningOutcomes = outcomeReferences(spec, in: cursor, owner: id)
        part.assessment = spec.records["assessment"].flatMap { assessment($0, in: cursor) }
        return part
    }

    /// The outcomes a unit or part names by id, then those written inside it.
    private func outcomeReferences(_ spec: RecordSpec, in cursor: SourceCursor, owner: String) -> [Reference] {
        var found = references(spec.values["learningOutcomes"], at: cursor)
        var position = 0
        for outcomeSpec in spec.records["outcomes"]?.gathered ?? [] {
            if outcomeSpec.at.isEmpty {
                found += listedOutcomes(outcomeSpec, in: cursor, owner: owner)
                continue
            }
            for place in records(outcomeSpec, in: cursor) {
                position += 1
                if let id = bindOutcome(place, outcomeSpec, owner: owner, position: position) {
                    found.append(Reference(id, location: location(place.node.place)))
                }
            }
        }
        return Self.unique(found)
    }

    /// References without repeats, in order; a few compare faster one by one than they hash.
    private static func unique(_ references: [Reference]) -> [Reference] {
        guard references.count > 1 else { return references }
        if references.count <= 32 {
            var kept: [Reference] = []
            kept.reserveCapacity(references.count)
            for reference in references where !kept.contains(where: { $0.id == reference.id }) {
                kept.append(reference)
            }
            return kept
        }
        var seen: Set<String> = []
        return references.filter { seen.insert($0.id).inserted }
    }

    /// Outcomes written as a list in one field (a CSV cell split on `|`): the n-th statement
    /// of each language is one outcome, and the n-th id, if the mapping reads ids, its id.
    private func listedOutcomes(_ spec: RecordSpec, in cursor: SourceCursor, owner: String) -> [Reference] {
        var statements: [[LocalizedText.Entry]] = []
        var places: [SourceLocation] = []
        var perLanguage: [String: Int] = [:]
        for value in values(spec.values["text"], at: cursor) {
            let language = value.language ?? mapping.language ?? "en"
            let position = perLanguage[language, default: 0]
            perLanguage[language] = position + 1
            if position == statements.count {
                statements.append([])
                places.append(location(value.place))
            }
            statements[position].append(LocalizedText.Entry(language: language, text: value.text))
        }
        let ids = values(spec.values["id"], at: cursor).map(\.text)
        var found: [Reference] = []
        for (position, entries) in statements.enumerated() {
            let id = position < ids.count ? ids[position] : "\(owner)-lo-\(position + 1)"
            // The id is recorded first: the outcome is made only when it is new.
            if recordOutcome(id) {
                var outcome = LearningOutcome(id: id, text: LocalizedText(entries), location: places[position])
                outcome.category = first(spec.values["category"], at: cursor).map {
                    LearningOutcomeCategory($0.text, location: location($0.place))
                }
                catalogue.learningOutcomes.append(outcome)
            }
            found.append(Reference(id, location: places[position]))
        }
        return found
    }

    // MARK: - Outcomes and assessment

    /// Binds an outcome; records with an id bound before are that outcome. Inside a unit
    /// (`owner`), an outcome without an id is numbered after its owner.
    func bindOutcome(_ cursor: SourceCursor, _ spec: RecordSpec, owner: String?, position: Int) -> String? {
        let id: String
        if let found = text(spec.values["id"], at: cursor) {
            id = found
        } else if let owner {
            id = "\(owner)-lo-\(position)"
        } else {
            guard let required = requiredID(spec, at: cursor, kind: "learning outcome") else { return nil }
            id = required
        }
        if hasOutcome(id) { return id }
        let text = localized(spec.values["text"], at: cursor)
        guard !text.isEmpty else { return nil }
        var outcome = LearningOutcome(id: id, text: text, location: location(cursor.node.place))
        bindValues(&outcome, FieldLookups.learningOutcome, from: spec, at: cursor, skipping: ["text"])
        outcome.assessmentCriteria = spec.records["criteria"].map { criteria($0, in: cursor) } ?? []
        recordOutcome(id)
        catalogue.learningOutcomes.append(outcome)
        return id
    }

    /// Whether an outcome with `id` has been bound.
    private func hasOutcome(_ id: String) -> Bool {
        let outcomes = catalogue.learningOutcomes
        return outcomeIDs.position(of: id) { outcomes[$0].id } != nil
    }

    /// Records `id` for the outcome appended next, unless it is bound already; `true` when it
    /// was recorded, so that the caller appends the outcome.
    @discardableResult
    private func recordOutcome(_ id: String) -> Bool {
        let outcomes = catalogue.learningOutcomes
        return outcomeIDs.insert(id, at: outcomes.count) { outcomes[$0].id } == nil
    }

    private func assessment(_ spec: RecordSpec, in cursor: SourceCursor) -> Assessment? {
        guard let place = records(spec, in: cursor).first else { return nil }
        let procedures = localized(spec.values["procedures"], at: place)
        let graded = spec.records["criteria"].map { criteria($0, in: place) } ?? []
        guard !procedures.isEmpty || !graded.isEmpty else { return nil }
        return Assessment(procedures: procedures, criteria: graded, location: location(place.node.place))
    }

    private func criteria(_ spec: RecordSpec, in cursor: SourceCursor) -> [AssessmentCriterion] {
        records(spec, in: cursor).compactMap { place in
            let text = localized(spec.values["text"], at: place)
            guard !text.isEmpty else { return nil }
            return AssessmentCriterion(level: self.text(spec.values["level"], at: place),
                                       title: localized(spec.values["title"], at: place),
                                       text: text, location: location(place.node.place))
        }
    }

    // MARK: - Compound values

    private func credits(_ spec: RecordSpec, in cursor: SourceCursor) -> CreditPoints? {
        guard let place = records(spec, in: cursor).first,
              let points = decimal(spec.values["points"], at: place) else { return nil }
        let factor = decimal(spec.values["ecvetFactor"], at: place)
        let system = text(spec.values["system"], at: place).map { CreditSystem(name: $0, ecvetFactor: factor) }
        return CreditPoints(points, system: system, location: location(place.node.place))
    }

    private func validity(_ spec: RecordSpec, in cursor: SourceCursor) -> ValidityPeriod? {
        guard let place = records(spec, in: cursor).first else { return nil }
        let period = ValidityPeriod(from: text(spec.values["from"], at: place), until: text(spec.values["until"], at: place),
                                    location: location(place.node.place))
        return period.isEmpty ? nil : period
    }
}



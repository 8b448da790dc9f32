import ECVETModel
import Foundation
import ECVETBytes
import ECVETSyntax

/// Reads a Europass LOQ document (ELM 3.1, root `<Courses>`) back into the model, one entity at a
/// time: vocabulary URIs become typed codes again, units (`learningAchievementSpecification`
/// with `isPartOf` a qualification) are linked to their qualifications, and specifications that
/// are part of a unit become its parts. Values are kept as written, so a document's placeholder
/// values (non-numeric points, unknown URIs) are reported by the rules, not by the reader.
package struct EuropassLOQReader {
    /// A small element tree: one entity of the document.
    struct Node {
        var name: String
        var attributes: [String: String]
        var text: String
        var children: [Node]
        var line: Int

        func all(_ name: String) -> [Node] { children.filter { $0.name == name } }
        func first(_ name: String) -> Node? { children.first { $0.name == name } }
        subscript(attribute: String) -> String? { attributes[attribute] }
        var trimmed: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    package init() {}

    package func read(_ reader: XMLEventReader) -> (catalogue: Catalogue?, diagnostics: [Diagnostic]) {
        let file = reader.fileName
        var entities: [(section: String, node: Node)] = []
        do throws(SyntaxError) {
            var first = try reader.next()
            while case .text = first { first = try reader.next() }
            guard case .start(let name, let namespace, _) = first, name == "Courses",
                  namespace == EuropassLOQEmitter.namespace else {
                throw SyntaxError(Diagnostic(.unknownInputFormat,
                    "a Europass LOQ document has the root <Courses xmlns=\"\(EuropassLOQEmitter.namespace)\">",
                    at: SourceLocation(file: file, line: reader.eventLine)))
            }
            // Sections (…References) hold entities; each entity is read whole.
            while true {
                let event = try reader.next()
                guard case .start(let section, _, _) = event else {
                    if event == .end || event == .endOfDocument { break }
                    continue
                }
                while true {
                    let inner = try reader.next()
                    if case .start(let name, _, let attributes) = inner {
                        entities.append((section, try Self.node(name, attributes, reader)))
                    } else if inner == .end || inner == .endOfDocument {
                        break
                    }
                }
            }
        } catch {
            return (nil, reader.diagnostics + [error.diagnostic])
        }
        let assembled = assemble(entities, file: file)
        return (assembled.catalogue, reader.diagnostics + assembled.problems)
    }

    static func node(_ name: String, _ attributes: [XMLAttribute], _ reader: XMLEventReader) throws(SyntaxError) -> Node {
        var node = Node(name: name, attributes: Dictionary(attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
                        text: "", children: [], line: reader.eventLine)
        while true {
            switch try reader.next() {
            case .start(let child, _, let childAttributes):
                node.children.append(try Self.node(child, childAttributes, reader))
            case .text(let text):
                node.text += text
            case .end, .endOfDocument:
                return node
            }
        }
    }

    // MARK: - Building the catalogue

    private func assemble(_ entities: [(section: String, node: Node)], file: String) -> (catalogue: Catalogue, problems: [Diagnostic]) {
        var catalogue = Catalogue(location: SourceLocation(file: file, line: 1))
        var problems: [Diagnostic] = []
        let locations = Dictionary(entities.filter { $0.node.name == "location" }.compactMap { entry in
            entry.node["id"].map { ($0, entry.node) }
        }, uniquingKeysWith: { first, _ in first })
        // Ids of the document become catalogue ids: ECVETKit's own urn: ids give back the
        // original ids; others keep the notation, else the URI.
        var ids: [String: String] = [:]
        func localID(_ node: Node, kind: String) -> String {
            let documentID = node["id"] ?? ""
            let id = documentID.isEmpty ? (node.first("identifier")?.first("notation")?.trimmed ?? "")
                : Self.stripped(documentID, kind)
            // The schema requires an id: an entity without one (nor a notation to stand for it)
            // cannot be referred to, and would be written back without one.
            if id.isEmpty {
                problems.append(Diagnostic(.missingKey, "the <\(node.name)> has no id", at: SourceLocation(file: file, line: node.line),
                                           hint: "give it an id attribute, as the Europass schema requires"))
            }
            ids[documentID] = id
            return id
        }
        let qualificationIDs = Set(entities.filter { $0.node.name == "qualification" }.compactMap { $0.node["id"] })
        var unitNodes: [Node] = []
        var partNodes: [(node: Node, unit: String)] = []
        for (_, node) in entities where node.name == "learningAchievementSpecification" {
            let owners = node.all("isPartOf").compactMap { $0["idref"] }
            if let unit = owners.first(where: { !qualificationIDs.contains($0) }),
               owners.allSatisfy({ !qualificationIDs.contains($0) }) {
                partNodes.append((node, unit))
            } else {
                unitNodes.append(node)
            }
        }
        // The units of each qualification, by the qualification's id, in document order: one
        // pass over the units instead of one per qualification.
        var unitsOf: [String?: [Node]] = [:]
        for unitNode in unitNodes {
            var seen: [String?] = []
            for owner in unitNode.all("isPartOf").map({ $0["idref"] }) where !seen.contains(owner) {
                seen.append(owner)
                unitsOf[owner, default: []].append(unitNode)
            }
        }
        func location(_ node: Node, _ path: String) -> SourceLocation {
            SourceLocation(file: file, line: node.line, path: path)
        }

        for (_, node) in entities where node.name == "learningOutcome" {
            let path = "/learningOutcomes/\(catalogue.learningOutcomes.count)"
            var outcome = LearningOutcome(id: localID(node, kind: "learning-outcome"), text: texts(node.all("title")),
                                          location: location(node, path))
            if let type = node.first("type")?["uri"] {
                let written = type.hasSuffix("/knowledge") ? "knowledge" : type.hasSuffix("/skill") ? "skills" : type
                outcome.category = LearningOutcomeCategory(written, location: location(node, path + "/category"))
            }
            outcome.escoSkills = node.all("relatedESCOSkill").compactMap { $0["uri"] }.map { Reference($0, location: location(node, path)) }
            outcome.relatedSkills = node.all("relatedSkill").compactMap { $0["uri"] }.map { Reference($0, location: location(node, path)) }
            outcome.reuseLevel = node.first("reusabilityLevel")?["uri"].map(Self.lastComponent)
            catalogue.learningOutcomes.append(outcome)
        }
        for (_, node) in entities where node.name == "organisation" {
            let path = "/organisations/\(catalogue.organisations.count)"
            var organisation = Organisation(id: localID(node, kind: "organisation"), name: texts(node.all("legalName")),
                                            location: location(node, path))
            organisation.homepage = node.first("homepage")?.first("contentUrl")?.trimmed
            // An e-mail is a mailbox URI in LOQ (`mailto:…`); the model holds the address.
            if let mailbox = node.first("contactPoint")?.first("emailAddress")?.trimmed {
                organisation.email = mailbox.hasPrefix("mailto:") ? String(mailbox.dropFirst("mailto:".count)) : mailbox
            }
            organisation.identifiers = node.all("identifier").compactMap { identifier in
                identifier.first("notation").map { Identifier(scheme: identifier.first("schemeName")?.trimmed, value: $0.trimmed) }
            }
            if let place = node.first("location")?["idref"].flatMap({ locations[$0] }) {
                let address = place.first("address")
                if let country = (address?.first("countryCode") ?? place.first("spatialCode"))?["uri"] {
                    organisation.country = Code(Self.countryCode(country), location: location(place, path + "/country"))
                }
                organisation.address = texts(address?.first("fullAddress")?.all("noteLiteral") ?? [])
            }
            catalogue.organisations.append(organisation)
        }
        var unitIndex: [String: Int] = [:]
        for node in unitNodes {
            let path = "/units/\(catalogue.units.count)"
            var unit = ECVETModel.Unit(id: localID(node, kind: "unit"), location: location(node, path))
            fill(&unit, from: node, path: path, location: location)
            if let opportunity = node.first("awardingOpportunity") {
                (unit.awardingBody, unit.validity) = awarding(opportunity, ids: ids, path: path, location: location)
            }
            unitIndex[node["id"] ?? ""] = catalogue.units.count
            catalogue.units.append(unit)
        }
        for (node, owner) in partNodes {
            guard let index = unitIndex[owner] else { continue }
            let path = "/units/\(index)/parts/\(catalogue.units[index].parts.count)"
            let fullID = Self.stripped(node["id"] ?? "", "unit-part")
            var part = UnitPart(id: fullID.split(separator: "/").last.map(String.init) ?? fullID, location: location(node, path))
            part.code = Self.identifiers(node, codeScheme: "national unit code", besides: part.id).code
            part.title = texts(node.all("title"))
            part.description = texts(node.all("description"))
            part.credits = credits(node, location(node, path + "/credits"))
            part.learningOutcomes = node.all("learningOutcome").compactMap { $0["idref"] }.map { Reference(outcomeID($0), location: location(node, path)) }
            // The unit lists its parts' outcomes too in LOQ: keep them on the part only.
            let partOutcomes = Set(part.learningOutcomes.map(\.id))
            catalogue.units[index].learningOutcomes.removeAll { partOutcomes.contains($0.id) }
            catalogue.units[index].parts.append(part)
        }
        // The outcomes each unit's parts list, by the unit's document id.
        var partOutcomes: [String: [String]] = [:]
        for (node, unit) in partNodes {
            partOutcomes[unit, default: []] += node.all("learningOutcome").compactMap { $0["idref"] }
        }
        for (_, node) in entities where node.name == "qualification" {
            let path = "/qualifications/\(catalogue.qualifications.count)"
            var qualification = Qualification(id: localID(node, kind: "qualification"), location: location(node, path))
            if let uri = node["id"], !uri.hasPrefix("urn:ecvetkit:") { qualification.uri = uri }
            (qualification.code, qualification.identifiers) = Self.identifiers(node, codeScheme: "national qualification code",
                                                                               besides: qualification.id)
            qualification.title = texts(node.all("title"))
            qualification.description = texts(node.all("description"))
            qualification.homepage = node.first("homepage")?.first("contentUrl")?.trimmed
            qualification.modified = node.first("modified").map { Self.date($0.trimmed) }
            qualification.learningOutcomeSummary = texts(node.first("learningOutcomeSummary")?.all("noteLiteral") ?? [])
            qualification.iscedF = node.all("ISCEDFCode").compactMap { $0["uri"] }.map {
                Code(Self.lastComponent($0), location: location(node, path + "/iscedF"))
            }
            qualification.volumeOfLearning = node.first("volumeOfLearning")?.trimmed
            qualification.credits = credits(node, location(node, path + "/credits"))
            qualification.languages = node.all("language").compactMap { $0["uri"] }.map {
                Code(Self.languageCode($0), location: location(node, path + "/languages"))
            }
            qualification.entryRequirements = texts(node.first("entryRequirement")?.all("noteLiteral") ?? [])
            if let opportunity = node.first("awardingOpportunity") {
                (qualification.awardingBody, qualification.validity) = awarding(opportunity, ids: ids, path: path, location: location)
            }
            // Outcomes the qualification lists beside those of its units are its own.
            let unitOutcomes = Set((unitsOf[node["id"]] ?? []).flatMap { unit in
                unit.all("learningOutcome").compactMap { $0["idref"] } + (partOutcomes[unit["id"] ?? ""] ?? [])
            })
            qualification.learningOutcomes = node.all("learningOutcome").compactMap { $0["idref"] }.filter { !unitOutcomes.contains($0) }
                .map { Reference(outcomeID($0), location: location(node, path + "/learningOutcomes")) }
            func related(_ name: String) -> [Reference] {
                node.all(name).compactMap { $0["idref"] }.map { Reference(ids[$0] ?? $0, location: location(node, path + "/" + name)) }
            }
            qualification.hasPart = related("hasPart")
            qualification.isPartOf = related("isPartOf")
            qualification.specialisationOf = related("specialisationOf")
            qualification.generalisationOf = related("generalisationOf")
            qualification.isPartial = node.first("isPartialQualification").map { $0.trimmed == "true" }
            qualification.eqfLevel = node.first("EQFLevel")?["uri"].map { EQFLevel($0, location: location(node, path + "/eqfLevel")) }
            qualification.nqfLevels = node.all("NQFLevel").compactMap { $0["uri"] }.map {
                NQFLevel(uri: $0, location: location(node, path + "/nqf"))
            }
            let unitNodes = unitsOf[node["id"]] ?? []
            if !unitNodes.isEmpty {
                var root = UnitGroup(location: location(node, path + "/structure"))
                var sum: Decimal? = 0
                for unitNode in unitNodes {
                    let unitID = ids[unitNode["id"] ?? ""] ?? ""
                    root.members.append(.unit(UnitLink(unit: Reference(unitID, location: location(unitNode, path + "/structure")),
                                                       location: location(unitNode, path + "/structure"))))
                    let points = credits(unitNode, location(unitNode, path))?.amount?.value
                    sum = points.flatMap { points in sum.map { $0 + points } }
                }
                // LOQ says which units make up a qualification, not how they are chosen: when they
                // are worth more than the qualification, it takes units worth up to its points.
                if let sum, let total = qualification.credits?.amount?.value, sum > total {
                    root = UnitGroup(members: [.group(UnitGroup(title: LocalizedText(["en": "Units of the qualification"]),
                                                                maxPoints: DecimalText(total), members: root.members,
                                                                location: root.location))],
                                     location: root.location)
                }
                qualification.structure = root
            }
            catalogue.qualifications.append(qualification)
        }
        return (catalogue, problems)
    }

    private func fill(_ unit: inout ECVETModel.Unit, from node: Node, path: String,
                      location: (Node, String) -> SourceLocation) {
        if let uri = node["id"], !uri.hasPrefix("urn:ecvetkit:") { unit.uri = uri }
        (unit.code, unit.identifiers) = Self.identifiers(node, codeScheme: "national unit code", besides: unit.id)
        unit.title = texts(node.all("title"))
        unit.description = texts(node.all("description"))
        unit.modified = node.first("modified").map { Self.date($0.trimmed) }
        unit.iscedF = node.all("ISCEDFCode").compactMap { $0["uri"] }.map { Code(Self.lastComponent($0), location: location(node, path + "/iscedF")) }
        unit.credits = credits(node, location(node, path + "/credits"))
        unit.volumeOfLearning = node.first("volumeOfLearning")?.trimmed
        unit.languages = node.all("language").compactMap { $0["uri"] }.map { Code(Self.languageCode($0), location: location(node, path + "/languages")) }
        unit.learningOutcomes = node.all("learningOutcome").compactMap { $0["idref"] }.map { Reference(outcomeID($0), location: location(node, path + "/learningOutcomes")) }
    }

    /// The awarding body and validity of an awarding opportunity.
    private func awarding(_ opportunity: Node, ids: [String: String], path: String,
                          location: (Node, String) -> SourceLocation) -> (Reference?, ValidityPeriod?) {
        let body = opportunity.first("awardingBody")?["idref"].map {
            Reference(ids[$0] ?? Self.stripped($0, "organisation"), location: location(opportunity, path + "/awardingBody"))
        }
        let validity = opportunity.first("temporal").map { temporal in
            ValidityPeriod(from: temporal.first("startDate").map { Self.date($0.trimmed) },
                           until: temporal.first("endDate").map { Self.date($0.trimmed) },
                           location: location(temporal, path + "/validity"))
        }
        return (body, validity)
    }

    /// The code (the identifier in `codeScheme`, else the first without a scheme of its own when
    /// it is not the id) and the other identifiers, with their schemes.
    static func identifiers(_ node: Node, codeScheme: String, besides id: String) -> (code: String?, others: [Identifier]) {
        var all = node.all("identifier").compactMap { identifier in
            identifier.first("notation").map { Identifier(scheme: identifier.first("schemeName")?.trimmed, value: $0.trimmed) }
        }
        let codeIndex = all.firstIndex { $0.scheme == codeScheme }
        let code = codeIndex.map { all.remove(at: $0).value }
        return (code, all.filter { $0.value != id || $0.scheme != nil })
    }

    private func outcomeID(_ reference: String) -> String {
        Self.stripped(reference, "learning-outcome")
    }

    private func texts(_ nodes: [Node]) -> LocalizedText {
        LocalizedText(nodes.map { LocalizedText.Entry(language: $0["language"] ?? "", text: $0.text) })
    }

    private func credits(_ node: Node, _ location: SourceLocation) -> CreditPoints? {
        // The model holds one amount: the ECVET points where a document gives several (ECTS and ECVET).
        let credits = node.all("creditPoint")
        guard let credit = credits.first(where: { $0.first("framework")?["uri"] == CodeLists.ecvetURI }) ?? credits.first,
              let point = credit.first("point")?.trimmed else { return nil }
        let framework = credit.first("framework")?["uri"]
        let system: CreditSystem? = switch framework {
        case CodeLists.ectsURI: .ects
        case CodeLists.ecvetURI, nil: .ecvet
        default: .national(name: framework!, ecvetFactor: nil)
        }
        return CreditPoints(point, system: system, location: location)
    }

    // MARK: - Vocabulary URIs to codes

    static func lastComponent(_ uri: String) -> String {
        uri.split(separator: "/").last.map(String.init) ?? uri
    }

    static func stripped(_ id: String, _ kind: String) -> String {
        let prefix = "urn:ecvetkit:\(kind):"
        return id.hasPrefix(prefix) ? (String(id.dropFirst(prefix.count)).removingPercentEncoding ?? id) : id
    }

    /// `…/language/FIN` → `fi`, `…/language/SMA` → `sma` (kept as written when the lists do not
    /// know it).
    static func languageCode(_ uri: String) -> String {
        let code = lastComponent(uri)
        if let entry = CodeLists.languageByAlpha3[code.lowercased()] { return entry.alpha2 }
        return CodeLists.language(code: code)?.alpha3 ?? code
    }

    /// `…/country/FIN` → `FI`.
    static func countryCode(_ uri: String) -> String {
        let code = lastComponent(uri)
        return CodeLists.countryByAlpha3[code.uppercased()]?.alpha2 ?? code
    }

    /// `2024-08-01T00:00:00Z` → `2024-08-01`.
    static func date(_ text: String) -> String {
        text.count >= 10 && text.dropFirst(10).first == "T" ? String(text.prefix(10)) : text
    }
}

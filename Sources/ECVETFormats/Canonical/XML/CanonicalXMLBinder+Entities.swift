import ECVETModel
import Foundation
import ECVETBytes

extension CanonicalXMLBinder {
    mutating func bindDocument() throws(SyntaxError) -> Catalogue {
        var first = try reader.next()
        while case .text = first { first = try reader.next() }
        guard case .start(let name, let namespace, let attributes) = first,
              name == "catalogue", namespace == Self.namespace else {
            let found: String
            if case .start(let name, let namespace, _) = first {
                found = namespace.isEmpty ? "<\(name)>" : "<\(name)> in namespace \(namespace)"
            } else {
                found = "no element"
            }
            throw SyntaxError(Diagnostic(.unknownInputFormat,
                "the root element is \(found); a canonical catalogue is <catalogue xmlns=\"\(Self.namespace)\">",
                at: SourceLocation(file: file, line: reader.eventLine)))
        }
        var catalogue = Catalogue(location: here(""))
        let version = attribute("version", in: attributes)
        if version != "1" {
            diagnostics.append(Diagnostic(.unsupportedFormat,
                "version \"\(version ?? "")\" is not a version this build reads; expected version=\"1\"",
                at: catalogue.location))
        }
        catalogue.id = attribute("id", in: attributes)
        catalogue.extensions = try children(path: "") { binder, name, attributes, path throws(SyntaxError) in
            switch name {
            case "title": try binder.append(attributes, to: &catalogue.title)
            case "description": try binder.append(attributes, to: &catalogue.description)
            case "publisher": catalogue.publisher = try binder.reference(path)
            case "country": catalogue.country = try binder.code(path)
            case "version": catalogue.version = try binder.trimmed()
            case "issued": catalogue.issued = try binder.trimmed()
            case "defaultLanguage": catalogue.defaultLanguage = try binder.code(path)
            case "qualifications":
                _ = try binder.children(path: path) { binder, name, attributes, _ throws(SyntaxError) in
                    guard name == "qualification" else { return false }
                    catalogue.qualifications.append(
                        try binder.qualification(attributes, path: "/qualifications/\(catalogue.qualifications.count)"))
                    return true
                }
            case "units":
                _ = try binder.children(path: path) { binder, name, attributes, _ throws(SyntaxError) in
                    guard name == "unit" else { return false }
                    catalogue.units.append(try binder.unit(attributes, path: "/units/\(catalogue.units.count)"))
                    return true
                }
            case "learningOutcomes":
                _ = try binder.children(path: path) { binder, name, attributes, _ throws(SyntaxError) in
                    guard name == "learningOutcome" else { return false }
                    catalogue.learningOutcomes.append(
                        try binder.learningOutcome(attributes, path: "/learningOutcomes/\(catalogue.learningOutcomes.count)"))
                    return true
                }
            case "organisations":
                _ = try binder.children(path: path) { binder, name, attributes, _ throws(SyntaxError) in
                    guard name == "organisation" else { return false }
                    catalogue.organisations.append(
                        try binder.organisation(attributes, path: "/organisations/\(catalogue.organisations.count)"))
                    return true
                }
            default: return false
            }
            return true
        }
        return catalogue
    }

    mutating func qualification(_ attributes: Attributes, path: String) throws(SyntaxError) -> Qualification {
        var qualification = Qualification(id: attribute("id", in: attributes) ?? "", location: here(path))
        qualification.extensions = try children(path: path) { binder, name, attributes, fieldPath throws(SyntaxError) in
            switch name {
            case "code": qualification.code = try binder.trimmed()
            case "uri": qualification.uri = try binder.trimmed()
            case "title": try binder.append(attributes, to: &qualification.title)
            case "description": try binder.append(attributes, to: &qualification.description)
            case "eqfLevel":
                let location = binder.here(fieldPath)
                qualification.eqfLevel = EQFLevel(try binder.trimmed(), location: location)
            case "nqf":
                let location = binder.here(path + "/nqf/\(qualification.nqfLevels.count)")
                try binder.skip()
                qualification.nqfLevels.append(NQFLevel(framework: binder.attribute("framework", in: attributes),
                                                        level: binder.attribute("level", in: attributes),
                                                        uri: binder.attribute("uri", in: attributes), location: location))
            case "iscedF": qualification.iscedF.append(try binder.code(path + "/iscedF"))
            case "language": qualification.languages.append(try binder.code(path + "/languages"))
            case "credits": qualification.credits = try binder.credits(attributes, path: path + "/credits")
            case "volumeOfLearning":
                qualification.valueLocations["volumeOfLearning"] = binder.here(fieldPath)
                qualification.volumeOfLearning = try binder.trimmed()
            case "learningHours":
                qualification.valueLocations["learningHours"] = binder.here(fieldPath)
                qualification.learningHours = DecimalText(try binder.trimmed())
            case "awardingBody": qualification.awardingBody = try binder.reference(fieldPath)
            case "country": qualification.country = try binder.code(fieldPath)
            case "validity": qualification.validity = try binder.validity(attributes, path: fieldPath)
            case "entryRequirements": try binder.append(attributes, to: &qualification.entryRequirements)
            case "learningOutcomeSummary": try binder.append(attributes, to: &qualification.learningOutcomeSummary)
            case "partial": qualification.isPartial = try binder.boolean()
            case "homepage": qualification.homepage = try binder.trimmed()
            case "structure": qualification.structure = try binder.group(attributes, path: fieldPath)
            default: return false
            }
            return true
        }
        return qualification
    }

    mutating func group(_ attributes: Attributes, path: String) throws(SyntaxError) -> UnitGroup {
        var group = UnitGroup(
            id: attribute("id", in: attributes),
            isMandatory: Self.boolean(attribute("mandatory", in: attributes)),
            minPoints: attribute("minPoints", in: attributes).map(DecimalText.init),
            maxPoints: attribute("maxPoints", in: attributes).map(DecimalText.init),
            minUnits: attribute("minUnits", in: attributes).flatMap { Int($0) },
            maxUnits: attribute("maxUnits", in: attributes).flatMap { Int($0) },
            location: here(path))
        group.extensions = try children(path: path) { binder, name, attributes, _ throws(SyntaxError) in
            let memberPath = path + "/members/\(group.members.count)"
            switch name {
            case "title": try binder.append(attributes, to: &group.title)
            case "description": try binder.append(attributes, to: &group.description)
            case "unit":
                let location = binder.here(memberPath)
                // The attributes sit on the element's line; the reference keeps the path of its
                // value, as in JSON and YAML, for a finding about the unit it names.
                var link = UnitLink(unit: Reference(binder.attribute("ref", in: attributes) ?? "",
                                                    location: location.appending(path: "unit")),
                                    points: binder.attribute("points", in: attributes).map(DecimalText.init),
                                    isMandatory: Self.boolean(binder.attribute("mandatory", in: attributes)),
                                    location: location)
                link.extensions = try binder.children(path: memberPath) { _, _, _, _ throws(SyntaxError) in false }
                group.members.append(.unit(link))
            case "group":
                group.members.append(.group(try binder.group(attributes, path: memberPath + "/group")))
            default: return false
            }
            return true
        }
        return group
    }

    mutating func unit(_ attributes: Attributes, path: String) throws(SyntaxError) -> ECVETModel.Unit {
        var unit = ECVETModel.Unit(id: attribute("id", in: attributes) ?? "", location: here(path))
        unit.extensions = try children(path: path) { binder, name, attributes, fieldPath throws(SyntaxError) in
            switch name {
            case "code": unit.code = try binder.trimmed()
            case "uri": unit.uri = try binder.trimmed()
            case "title": try binder.append(attributes, to: &unit.title)
            case "description": try binder.append(attributes, to: &unit.description)
            case "eqfLevel":
                let location = binder.here(fieldPath)
                unit.eqfLevel = EQFLevel(try binder.trimmed(), location: location)
            case "credits": unit.credits = try binder.credits(attributes, path: fieldPath)
            case "learningOutcome":
                let location = binder.here(path + "/learningOutcomes")
                try binder.skip()
                unit.learningOutcomes.append(Reference(binder.attribute("ref", in: attributes) ?? "", location: location))
            case "assessment": unit.assessment = try binder.assessment(path: fieldPath)
            case "validity": unit.validity = try binder.validity(attributes, path: fieldPath)
            case "iscedF": unit.iscedF.append(try binder.code(path + "/iscedF"))
            case "language": unit.languages.append(try binder.code(path + "/languages"))
            case "escoSkill": unit.escoSkills.append(try binder.reference(path + "/escoSkills"))
            case "part": unit.parts.append(try binder.part(attributes, path: path + "/parts/\(unit.parts.count)"))
            default: return false
            }
            return true
        }
        return unit
    }

    mutating func part(_ attributes: Attributes, path: String) throws(SyntaxError) -> UnitPart {
        var part = UnitPart(id: attribute("id", in: attributes) ?? "", location: here(path))
        part.extensions = try children(path: path) { binder, name, attributes, fieldPath throws(SyntaxError) in
            switch name {
            case "code": part.code = try binder.trimmed()
            case "title": try binder.append(attributes, to: &part.title)
            case "description": try binder.append(attributes, to: &part.description)
            case "credits": part.credits = try binder.credits(attributes, path: fieldPath)
            case "mandatory": part.isMandatory = try binder.boolean()
            case "learningOutcome":
                let location = binder.here(path + "/learningOutcomes")
                try binder.skip()
                part.learningOutcomes.append(Reference(binder.attribute("ref", in: attributes) ?? "", location: location))
            case "assessment": part.assessment = try binder.assessment(path: fieldPath)
            default: return false
            }
            return true
        }
        return part
    }

    mutating func learningOutcome(_ attributes: Attributes, path: String) throws(SyntaxError) -> LearningOutcome {
        let location = here(path)
        var outcome = LearningOutcome(id: attribute("id", in: attributes) ?? "",
                                      category: attribute("category", in: attributes).map {
                                          LearningOutcomeCategory($0, location: location.appending(path: "category"))
                                      },
                                      location: location)
        outcome.extensions = try children(path: path) { binder, name, attributes, _ throws(SyntaxError) in
            switch name {
            case "text": try binder.append(attributes, to: &outcome.text)
            case "escoSkill": outcome.escoSkills.append(try binder.reference(path + "/escoSkills"))
            case "criterion":
                outcome.assessmentCriteria.append(
                    try binder.criterion(attributes, path: path + "/assessmentCriteria/\(outcome.assessmentCriteria.count)"))
            default: return false
            }
            return true
        }
        return outcome
    }

    mutating func organisation(_ attributes: Attributes, path: String) throws(SyntaxError) -> Organisation {
        var organisation = Organisation(id: attribute("id", in: attributes) ?? "", location: here(path))
        organisation.extensions = try children(path: path) { binder, name, attributes, fieldPath throws(SyntaxError) in
            switch name {
            case "name": try binder.append(attributes, to: &organisation.name)
            case "country": organisation.country = try binder.code(fieldPath)
            case "address": try binder.append(attributes, to: &organisation.address)
            case "homepage": organisation.homepage = try binder.trimmed()
            case "email": organisation.email = try binder.trimmed()
            case "identifier":
                let scheme = binder.attribute("scheme", in: attributes)
                organisation.identifiers.append(Identifier(scheme: scheme, value: try binder.trimmed()))
            default: return false
            }
            return true
        }
        return organisation
    }
}

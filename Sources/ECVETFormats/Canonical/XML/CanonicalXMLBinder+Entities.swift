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
        bindAttributes(attributes, into: &catalogue, XMLFieldLookups.catalogue, at: catalogue.location)
        catalogue.extensions = try children(path: "") { binder, name, attributes throws(SyntaxError) in
            if try binder.bindElement(name, attributes, into: &catalogue, XMLFieldLookups.catalogue, path: "") { return true }
            let path = "/" + name
            switch name {
            case "qualifications":
                _ = try binder.children(path: path) { binder, name, attributes throws(SyntaxError) in
                    guard name == "qualification" else { return false }
                    catalogue.qualifications.append(
                        try binder.qualification(attributes, path: "/qualifications/\(catalogue.qualifications.count)"))
                    return true
                }
            case "units":
                _ = try binder.children(path: path) { binder, name, attributes throws(SyntaxError) in
                    guard name == "unit" else { return false }
                    catalogue.units.append(try binder.unit(attributes, path: "/units/\(catalogue.units.count)"))
                    return true
                }
            case "learningOutcomes":
                _ = try binder.children(path: path) { binder, name, attributes throws(SyntaxError) in
                    guard name == "learningOutcome" else { return false }
                    catalogue.learningOutcomes.append(
                        try binder.learningOutcome(attributes, path: "/learningOutcomes/\(catalogue.learningOutcomes.count)"))
                    return true
                }
            case "organisations":
                _ = try binder.children(path: path) { binder, name, attributes throws(SyntaxError) in
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
        var qualification = Qualification(id: "", location: here(path))
        bindAttributes(attributes, into: &qualification, XMLFieldLookups.qualification, at: qualification.location)
        qualification.extensions = try children(path: path) { binder, name, attributes throws(SyntaxError) in
            if try binder.bindElement(name, attributes, into: &qualification, XMLFieldLookups.qualification, path: path) {
                return true
            }
            switch name {
            case "nqf":
                var level = NQFLevel(location: binder.here(path + "/nqf/\(qualification.nqfLevels.count)"))
                binder.bindAttributes(attributes, into: &level, XMLFieldLookups.nqf, at: level.location)
                try binder.skip()
                qualification.nqfLevels.append(level)
            case "structure": qualification.structure = try binder.group(attributes, path: path + "/structure")
            default: return false
            }
            return true
        }
        return qualification
    }

    mutating func group(_ attributes: Attributes, path: String) throws(SyntaxError) -> UnitGroup {
        var group = UnitGroup(location: here(path))
        bindAttributes(attributes, into: &group, XMLFieldLookups.group, at: group.location)
        group.extensions = try children(path: path) { binder, name, attributes throws(SyntaxError) in
            if try binder.bindElement(name, attributes, into: &group, XMLFieldLookups.group, path: path) { return true }
            let memberPath = path + "/members/\(group.members.count)"
            switch name {
            case "unit":
                // The attributes sit on the element's line; each value keeps its own path, as
                // in JSON and YAML, for a finding about it.
                var link = UnitLink(unit: Reference(""), location: binder.here(memberPath))
                binder.bindAttributes(attributes, into: &link, XMLFieldLookups.link, at: link.location)
                link.extensions = try binder.children(path: memberPath) { _, _, _ throws(SyntaxError) in false }
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
        var unit = ECVETModel.Unit(id: "", location: here(path))
        bindAttributes(attributes, into: &unit, XMLFieldLookups.unit, at: unit.location)
        unit.extensions = try children(path: path) { binder, name, attributes throws(SyntaxError) in
            if try binder.bindElement(name, attributes, into: &unit, XMLFieldLookups.unit, path: path) { return true }
            // "part", the one nested field.
            guard name == "part" else { return false }
            unit.parts.append(try binder.part(attributes, path: path + "/parts/\(unit.parts.count)"))
            return true
        }
        return unit
    }

    mutating func part(_ attributes: Attributes, path: String) throws(SyntaxError) -> UnitPart {
        var part = UnitPart(id: "", location: here(path))
        bindAttributes(attributes, into: &part, XMLFieldLookups.part, at: part.location)
        part.extensions = try children(path: path) { binder, name, attributes throws(SyntaxError) in
            try binder.bindElement(name, attributes, into: &part, XMLFieldLookups.part, path: path)
        }
        return part
    }

    mutating func learningOutcome(_ attributes: Attributes, path: String) throws(SyntaxError) -> LearningOutcome {
        var outcome = LearningOutcome(id: "", location: here(path))
        bindAttributes(attributes, into: &outcome, XMLFieldLookups.learningOutcome, at: outcome.location)
        outcome.extensions = try children(path: path) { binder, name, attributes throws(SyntaxError) in
            if try binder.bindElement(name, attributes, into: &outcome, XMLFieldLookups.learningOutcome, path: path) {
                return true
            }
            // "criterion", the one nested field.
            guard name == "criterion" else { return false }
            outcome.assessmentCriteria.append(
                try binder.criterion(attributes, path: path + "/assessmentCriteria/\(outcome.assessmentCriteria.count)"))
            return true
        }
        return outcome
    }

    mutating func organisation(_ attributes: Attributes, path: String) throws(SyntaxError) -> Organisation {
        var organisation = Organisation(id: "", location: here(path))
        bindAttributes(attributes, into: &organisation, XMLFieldLookups.organisation, at: organisation.location)
        organisation.extensions = try children(path: path) { binder, name, attributes throws(SyntaxError) in
            try binder.bindElement(name, attributes, into: &organisation, XMLFieldLookups.organisation, path: path)
        }
        return organisation
    }
}

#!/usr/bin/env python3
"""The baseline of the mapping batch benchmark: a straightforward Python conversion of
ePerusteet files to Europass LOQ XML (ELM 3.1) with json and lxml, one file after another,
writing the same elements and values as
`ecvet convert --mapping Mappings/fi-eperusteet.mapping.yaml --to europass-xml` does for the
same files, without its checks: the qualification (its koulutuskoodi and diaarinumero as
identifiers with their schemes, title, description, modified, ISCED-F, points, languages from
`kielet`, the outcomes of its units, an awarding opportunity with its validity, EQF and FiNQF
levels), the units and their parts with an outcome (codes as identifiers, a notation already in
the document left out, modified, points, languages, outcomes, isPartOf), the learning outcomes
in every language of the mapping, and the awarding body the mapping writes out (OPH) with its
location. Dates are days in Finnish time; HTML becomes plain text.

    python_eperusteet_loq.py [--xsd] OUTPUT_FOLDER FILE...      (needs lxml: pip install lxml)

With --xsd, each document is validated against the official schema,
Schemas/europass/elm-3.1/loq.xsd (parsed once), before it is written, as `ecvet convert
--xsd europass` does; a document that fails is not written and the exit status is 1.
`compare_loq.py` checks that the output matches ECVETKit's.
"""
import html
import json
import os
import re
import sys
from datetime import datetime
from decimal import Decimal
from urllib.parse import quote
from zoneinfo import ZoneInfo

from lxml import etree

NS = "http://data.europa.eu/snb/model/ap/loq-constraints/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DC = "http://purl.org/dc/terms/"
NOTATION = f"{{{SKOS}}}notation"
SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Schemas", "europass", "elm-3.1", "loq.xsd")
# The mapping's languages, and their Europass URIs.
LANGUAGES = {"fi": "FIN", "sv": "SWE", "en": "ENG", "se": "SME", "ru": "RUS"}
LANGUAGE_URI = "http://publications.europa.eu/resource/authority/language/"
UNIT_LANGUAGES = ("fi", "sv")  # the mapping's defaults.languages, for an export without kielet
LEVELS = {"koulutustyyppi_1": "4", "koulutustyyppi_11": "4", "koulutustyyppi_12": "5"}
FINQF = {"1": "c_b9b2b42d", "2": "c_c660dbf8", "3": "c_63c1f703", "4": "c_cbf250da",
         "5": "c_fd8ce5f6", "6": "c_8a7da315", "7": "c_3b2bd7b5", "8": "c_7fa9dfe4"}
ISCED_F = {"opintoalaoph2002_503": "0714"}
ISCED_F_DEFAULT = "9999"
POINT_SYSTEMS = {"OSAAMISPISTE"}  # osaamispiste, one ECVET point each
ECVET = "http://data.europa.eu/snb/education-credit/60b314e826"
FINLAND = "http://publications.europa.eu/resource/authority/country/FIN"
# The awarding body the mapping writes out: organisations.constants.
OPH = {"id": "urn:ecvetkit:organisation:OPH", "location": "urn:ecvetkit:location:OPH",
       "name": (("fi", "Opetushallitus"), ("sv", "Utbildningsstyrelsen"), ("en", "Finnish National Agency for Education")),
       "identifier": ("2769790-1", "Y-tunnus"), "homepage": "https://www.oph.fi"}
HELSINKI = ZoneInfo("Europe/Helsinki")
TAG = re.compile(r"<[A-Za-z/!?][^>]*>")


def e(parent, name, text=None, **attributes):
    element = etree.SubElement(parent, f"{{{NS}}}{name}", **attributes)
    if text is not None:
        element.text = text
    return element


def plain(text):
    """HTML to text, white space collapsed (ECVETKit does this to every text it writes)."""
    if "<" in text or "&" in text:
        text = TAG.sub(" ", html.unescape(TAG.sub(" ", text)))
    return " ".join(text.split())


def texts(parent, name, value):
    for language, text in (value or {}).items():
        if language in LANGUAGES and isinstance(text, str):
            text = plain(text)
            if text:
                e(parent, name, text, language=language)


def has_text(value):
    return any(language in LANGUAGES and isinstance(text, str) and text.strip() for language, text in (value or {}).items())


def day(milliseconds):
    if milliseconds is None:
        return None
    return datetime.fromtimestamp(milliseconds / 1000, HELSINKI).date().isoformat() + "T00:00:00Z"


def number(value):
    """Points as ECVETKit writes them: 180, 7.5."""
    return format(Decimal(str(value)).normalize(), "f")


def reference(parent, name, uri):
    e(parent, name, uri=uri)


def iscedf(parent):
    reference(parent, "ISCEDFCode", f"http://data.europa.eu/snb/isced-f/{ISCED_F_DEFAULT}")


def credit(parent, points):
    if points is None:
        return
    element = e(parent, "creditPoint")
    reference(element, "framework", ECVET)
    e(element, "point", number(points))


def languages(parent, codes):
    seen = set()
    for code in codes:
        code = code.lower() if isinstance(code, str) else code
        if code in LANGUAGES and code not in seen:
            seen.add(code)
            reference(parent, "language", LANGUAGE_URI + LANGUAGES[code])


def statements(node, paths):
    """The outcome statements under `node` at each of `paths` (key lists; '*' for a list)."""
    found = []
    for path in paths:
        level = [node]
        for key in path:
            if key == "*":
                level = [item for value in level if isinstance(value, list) for item in value]
            else:
                level = [value.get(key) for value in level if isinstance(value, dict) and value.get(key) is not None]
        found.extend(level)
    return found


UNIT_OUTCOMES = (("ammattitaitovaatimukset2019", "kohdealueet", "*", "vaatimukset", "*"),
                 ("ammattitaitovaatimukset2019", "vaatimukset", "*"))
PART_OUTCOMES = tuple((group, "tavoitteet") + rest
                      for group in ("pakollisetOsaamistavoitteet", "valinnaisetOsaamistavoitteet")
                      for rest in (("kohdealueet", "*", "vaatimukset", "*"), ("vaatimukset", "*")))


def outcome_id(statement):
    return ((statement or {}).get("koodi") or {}).get("uri")


def convert(path):
    """The LOQ document of one ePerusteet file, as an lxml root."""
    with open(path, encoding="utf-8") as handle:
        peruste = json.load(handle)
    method = (peruste.get("suoritustavat") or [{}])[0]
    structure = method.get("rakenne") or {}
    references = {str(ref["id"]): str(ref["_tutkinnonOsa"]) for method_ in peruste.get("suoritustavat") or []
                  for ref in method_.get("tutkinnonOsaViitteet") or []}

    # The learning outcomes, once each (the first statement of an id), in the order read.
    outcomes = {}
    written = set()

    def collect(found):
        ids = []
        for statement in found:
            code = outcome_id(statement)
            if code is None:
                continue
            if code not in outcomes:
                outcomes[code] = statement.get("vaatimus")
                if has_text(statement.get("vaatimus")):
                    written.add(code)
            ids.append(code)
        return ids

    units = []
    for unit in peruste.get("tutkinnonOsat") or []:
        own = collect(statements(unit, UNIT_OUTCOMES))
        parts = [(part, collect(statements(part, PART_OUTCOMES))) for part in unit.get("osaAlueet") or []]
        units.append((unit, own, parts))
    # A unit is in the document when it states an outcome (itself or through its parts).
    units = [(unit, own, [(part, ids) for part, ids in parts if any(i in written for i in ids)])
             for unit, own, parts in units
             if any(i in written for i in own) or any(i in written for _, ids in parts for i in ids)]
    unit_ids = {str(unit["id"]) for unit, _, _ in units}

    def links(group):
        for member in group.get("osat") or []:
            if "_tutkinnonOsaViite" in member:
                unit = references.get(str(member["_tutkinnonOsaViite"]))
                if unit in unit_ids:
                    yield unit
            else:
                yield from links(member)

    linked = list(dict.fromkeys(links(structure)))
    level = LEVELS.get(peruste.get("koulutustyyppi"))
    qualification_kept = level is not None and bool(linked) and bool(peruste.get("kielet"))
    qualification_id = f"urn:ecvetkit:qualification:fi-peruste-{peruste['id']}"

    root = etree.Element(f"{{{NS}}}Courses", nsmap={"skos": SKOS, "dc": DC, None: NS}, xsdVersion="3.1.0")
    specifications = e(root, "learningAchievementSpecificationReferences")
    notations = set()

    def identifiers(parent, pairs):
        for notation, scheme in pairs:
            if notation is None or notation in notations:
                continue
            notations.add(notation)
            identifier = e(parent, "identifier")
            etree.SubElement(identifier, NOTATION).text = notation
            e(identifier, "schemeName", scheme)

    def outcome_references(parent, ids):
        seen = set()
        for code in ids:
            if code in written and code not in seen:
                seen.add(code)
                e(parent, "learningOutcome", idref=f"urn:ecvetkit:learning-outcome:{code}")

    def awarding(parent, start, end, specification):
        opportunity = e(parent, "awardingOpportunity")
        e(opportunity, "awardingBody", idref=OPH["id"])
        if start or end:
            temporal = e(opportunity, "temporal")
            if start:
                e(temporal, "startDate", start)
            if end:
                e(temporal, "endDate", end)
        e(opportunity, "learningAchievementSpecification", idref=specification)

    if qualification_kept:
        element = e(specifications, "qualification", id=qualification_id)
        codes = [str(k["koulutuskoodiArvo"]) for k in peruste.get("koulutukset") or [] if k.get("koulutuskoodiArvo")]
        diaarinumero = peruste.get("diaarinumero")
        identifiers(element, [(codes[0] if codes else None, "national qualification code"), (diaarinumero, "diaarinumero")])
        texts(element, "title", peruste.get("nimi"))
        texts(element, "description", peruste.get("kuvaus"))
        if peruste.get("muokattu") is not None:
            e(element, "modified", day(peruste["muokattu"]))
        fields = [ISCED_F[k["opintoalakoodi"]] for k in peruste.get("koulutukset") or [] if k.get("opintoalakoodi") in ISCED_F]
        for code in dict.fromkeys(fields or [ISCED_F_DEFAULT]):
            reference(element, "ISCEDFCode", f"http://data.europa.eu/snb/isced-f/{code}")
        total = ((structure.get("muodostumisSaanto") or {}).get("laajuus") or {}).get("minimi")
        credit(element, total if method.get("laajuusYksikko") in POINT_SYSTEMS else None)
        languages(element, peruste.get("kielet") or [])
        by_id = {str(unit["id"]): (own, parts) for unit, own, parts in units}
        outcome_references(element, [code for unit in linked for code in
                                     by_id[unit][0] + [i for _, ids in by_id[unit][1] for i in ids]])
        awarding(element, day(peruste.get("voimassaoloAlkaa")), day(peruste.get("voimassaoloLoppuu")), qualification_id)
        reference(element, "EQFLevel", f"http://data.europa.eu/snb/eqf/{level}")
        reference(element, "NQFLevel", f"http://data.europa.eu/snb/qdr/{FINQF[level]}")
    linked = set(linked) if qualification_kept else set()

    for unit, own, parts in units:
        unit_id = f"urn:ecvetkit:unit:{unit['id']}"
        element = e(specifications, "learningAchievementSpecification", id=unit_id)
        code = unit.get("koodiArvo")
        identifiers(element, [(str(code) if code is not None else None, "national unit code")])
        title = unit.get("nimi") or (unit.get("koodi") or {}).get("nimi")
        texts(element, "title", title)
        texts(element, "description", unit.get("kuvaus"))
        if unit.get("muokattu") is not None:
            e(element, "modified", day(unit["muokattu"]))
        iscedf(element)
        credit(element, unit.get("laajuus"))
        languages(element, peruste.get("kielet") or UNIT_LANGUAGES)
        outcome_references(element, own + [i for _, ids in parts for i in ids])
        if str(unit["id"]) in linked:
            e(element, "isPartOf", idref=qualification_id)
        for part, ids in parts:
            part_element = e(specifications, "learningAchievementSpecification",
                             id="urn:ecvetkit:unit-part:" + quote(f"{unit['id']}/{part['id']}", safe="-._~"))
            code = part.get("koodiArvo") or (part.get("koodi") or {}).get("arvo")
            identifiers(part_element, [(code, "national unit code")])
            texts(part_element, "title", part.get("nimi") or (part.get("koodi") or {}).get("nimi") or title)
            texts(part_element, "description", part.get("kuvaus"))
            iscedf(part_element)
            credit(part_element, (part.get("pakollisetOsaamistavoitteet") or {}).get("laajuus"))
            languages(part_element, peruste.get("kielet") or UNIT_LANGUAGES)
            outcome_references(part_element, ids)
            e(part_element, "isPartOf", idref=unit_id)

    if written:
        folder = e(root, "learningOutcomeReferences")
        for code, text in outcomes.items():
            if code in written:
                element = e(folder, "learningOutcome", id=f"urn:ecvetkit:learning-outcome:{code}")
                texts(element, "title", text)

    agents = e(root, "agentReferences")
    organisation = e(agents, "organisation", id=OPH["id"])
    for language, name in OPH["name"]:
        e(organisation, "legalName", name, language=language)
    identifiers(organisation, [OPH["identifier"]])
    e(e(organisation, "homepage"), "contentUrl", OPH["homepage"])
    e(organisation, "location", idref=OPH["location"])
    location = e(e(root, "locationReferences"), "location", id=OPH["location"])
    reference(location, "spatialCode", FINLAND)
    reference(e(location, "address"), "countryCode", FINLAND)
    return root


def main():
    arguments = sys.argv[1:]
    schema = None
    if arguments and arguments[0] == "--xsd":
        arguments = arguments[1:]
        schema = etree.XMLSchema(etree.parse(SCHEMA))
    if len(arguments) < 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    folder = arguments[0]
    os.makedirs(folder, exist_ok=True)
    failed = 0
    for path in arguments[1:]:
        root = convert(path)
        name = os.path.splitext(os.path.basename(path))[0] + ".xml"
        if schema is not None and not schema.validate(root):
            failed += 1
            for error in schema.error_log:
                print(f"{name}: {error.path}: {error.message}", file=sys.stderr)
            continue
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

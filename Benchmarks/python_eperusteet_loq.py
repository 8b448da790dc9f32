#!/usr/bin/env python3
"""The baseline of the mapping batch benchmark: a straightforward Python conversion of
ePerusteet files to Europass LOQ XML with json and lxml, one file after another, doing what
`ecvet convert --mapping Mappings/fi-eperusteet.mapping.yaml --to europass-xml` does for the
same files (qualification, units, parts, outcomes in every language, graded criteria, points,
the structure's unit links, dates in Finnish time, HTML to text), without its checks.

    python_eperusteet_loq.py OUTPUT_FOLDER FILE...       (needs lxml: pip install lxml)
"""
import html
import json
import os
import re
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from lxml import etree

NS = "http://data.europa.eu/snb/model/ap/loq-constraints/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
LANGUAGES = ("fi", "sv", "en")
LEVELS = {"koulutustyyppi_1": "4", "koulutustyyppi_11": "4", "koulutustyyppi_12": "5"}
HELSINKI = ZoneInfo("Europe/Helsinki")
TAG = re.compile(r"<[^>]*>")


def e(parent, name, text=None, **attributes):
    element = etree.SubElement(parent, f"{{{NS}}}{name}", **attributes)
    if text is not None:
        element.text = text
    return element


def plain(text):
    return " ".join(TAG.sub(" ", html.unescape(TAG.sub(" ", html.unescape(text)))).split())


def texts(parent, name, value, markup=False):
    for language in LANGUAGES:
        text = (value or {}).get(language)
        if text:
            e(parent, name, plain(text) if markup else text.strip(), language=language)


def day(milliseconds):
    return datetime.fromtimestamp(milliseconds / 1000, HELSINKI).date().isoformat() if milliseconds else None


def convert(path, output):
    with open(path, encoding="utf-8") as handle:
        peruste = json.load(handle)
    root = etree.Element(f"{{{NS}}}Courses", nsmap={None: NS, "skos": SKOS}, xsdVersion="3.1.0")
    specifications = e(root, "learningAchievementSpecificationReferences")
    outcomes_folder = e(root, "learningOutcomeReferences")
    method = peruste["suoritustavat"][0]
    references = {str(ref["id"]): ref for ref in method.get("tutkinnonOsaViitteet", [])}
    qualification = e(specifications, "qualification", id=f"urn:peruste:{peruste['id']}")
    identifier = e(qualification, "identifier")
    etree.SubElement(identifier, f"{{{SKOS}}}notation").text = peruste.get("diaarinumero")
    texts(qualification, "title", peruste.get("nimi"))
    texts(qualification, "description", peruste.get("kuvaus"), markup=True)
    level = LEVELS.get(peruste.get("koulutustyyppi"))
    if level:
        e(qualification, "EQFLevel", uri=f"http://data.europa.eu/snb/eqf/{level}")
    start = day(peruste.get("voimassaoloAlkaa"))
    if start:
        e(qualification, "validFrom", start)
    total = ((method.get("rakenne") or {}).get("muodostumisSaanto") or {}).get("laajuus") or {}
    if total.get("minimi") is not None:
        e(e(qualification, "creditPoint"), "point", str(total["minimi"]))

    def links(group):
        for member in group.get("osat", []):
            if "_tutkinnonOsaViite" in member:
                yield references.get(member["_tutkinnonOsaViite"])
            else:
                yield from links(member)

    seen = set()

    def outcome(statement, owner):
        code = (statement.get("koodi") or {}).get("uri")
        if code not in seen:
            seen.add(code)
            element = e(outcomes_folder, "learningOutcome", id=f"urn:outcome:{code}")
            texts(element, "title", statement.get("vaatimus"))
        e(owner, "learningOutcome", idref=f"urn:outcome:{code}")

    def criteria(owner, levels):
        for level in levels or []:
            for criterion in level.get("kriteerit", []):
                note = e(owner, "additionalNote")
                texts(note, "noteLiteral", criterion)
                e(note, "subject", (level.get("osaamistaso") or {}).get("koodi", {}).get("arvo"))

    units = {str(unit["id"]): unit for unit in peruste.get("tutkinnonOsat", [])}
    for reference in links(method.get("rakenne") or {}):
        if not reference:
            continue
        e(qualification, "hasPart", idref=f"urn:unit:{reference['_tutkinnonOsa']}")
    for unit in peruste.get("tutkinnonOsat", []):
        element = e(specifications, "learningAchievementSpecification", id=f"urn:unit:{unit['id']}")
        texts(element, "title", unit.get("nimi"))
        if unit.get("laajuus") is not None:
            e(e(element, "creditPoint"), "point", str(unit["laajuus"]))
        requirements = unit.get("ammattitaitovaatimukset2019") or {}
        for area in requirements.get("kohdealueet", []):
            for statement in area.get("vaatimukset", []):
                outcome(statement, element)
        texts(element, "assessmentProcedure", unit.get("ammattitaidonOsoittamistavat"), markup=True)
        criteria(element, (unit.get("geneerinenArviointiasteikko") or {}).get("osaamistasonKriteerit"))
        for part in unit.get("osaAlueet", []):
            part_element = e(specifications, "learningAchievementSpecification", id=f"urn:part:{part['id']}")
            texts(part_element, "title", part.get("nimi") or (part.get("koodi") or {}).get("nimi"))
            e(part_element, "isPartOf", idref=f"urn:unit:{unit['id']}")
            for key in ("pakollisetOsaamistavoitteet", "valinnaisetOsaamistavoitteet"):
                goals = ((part.get(key) or {}).get("tavoitteet") or {})
                for area in goals.get("kohdealueet", []):
                    for statement in area.get("vaatimukset", []):
                        outcome(statement, part_element)
            criteria(part_element, (part.get("arviointi") or {}).get("osaamistasonKriteerit"))
    with open(output, "wb") as handle:
        handle.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for path in sys.argv[2:]:
        name = os.path.splitext(os.path.basename(path))[0] + ".xml"
        convert(path, os.path.join(folder, name))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Rewrites a generated canonical catalogue (generate.py) in a foreign shape, for measuring
reading through a mapping against reading the canonical format of the same syntax.

The shape is that of a national export such as ePerusteet: Finnish key names, outcomes written
inside their units, points as numbers, dates as dd.mm.yyyy, groups nested under `osat`, and
units linked by id. Benchmarks/foreign.mapping.yaml reads it.

    foreign.py data/national.json data/national-foreign.json
"""
import json
import sys


def date(iso):
    if not iso:
        return None
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def number(text):
    value = float(text)
    return int(value) if value.is_integer() else value


def group(node):
    out = {"tunniste": node.get("id"), "nimi": node.get("title"), "pakollinen": node.get("mandatory", False),
           "saanto": {"min": node.get("minPoints") and number(node["minPoints"]),
                      "max": node.get("maxPoints") and number(node["maxPoints"])},
           "osat": []}
    for member in node.get("members", []):
        if "group" in member:
            out["osat"].append(group(member["group"]))
        else:
            out["osat"].append({"viite": member["unit"], "laajuus": member.get("points") and number(member["points"]),
                                "pakollinen": member.get("mandatory", False)})
    return out


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as handle:
        catalogue = json.load(handle)
    outcomes = {outcome["id"]: outcome for outcome in catalogue["learningOutcomes"]}
    qualifications = []
    for q in catalogue["qualifications"]:
        qualifications.append({
            "tunnus": q["id"], "diaari": q.get("code"), "nimi": q.get("title"), "kuvaus": q.get("description"),
            "taso": q.get("eqfLevel"), "kielet": q.get("languages", []), "alat": q.get("iscedF", []),
            "laajuus": q.get("credits") and number(q["credits"]["points"]),
            "voimassa": {"alkaa": date((q.get("validity") or {}).get("from")),
                         "loppuu": date((q.get("validity") or {}).get("until"))},
            "rakenne": group(q["structure"]) if q.get("structure") else None,
        })
    units = []
    for u in catalogue["units"]:
        assessment = u.get("assessment") or {}
        units.append({
            "tunnus": u["id"], "koodi": u.get("code"), "nimi": u.get("title"), "kuvaus": u.get("description"),
            "laajuus": u.get("credits") and number(u["credits"]["points"]),
            "kielet": u.get("languages", []),
            "arviointi": {"tavat": assessment.get("procedures"),
                          "kriteerit": [{"taso": c.get("level"), "otsikko": c.get("title"), "teksti": c.get("text")}
                                        for c in assessment.get("criteria", [])]},
            "osaamistavoitteet": [{"koodi": ref, "luokka": outcomes[ref].get("category"), "teksti": outcomes[ref].get("text")}
                                  for ref in u.get("learningOutcomes", []) if ref in outcomes],
            "osaAlueet": [{"tunnus": p["id"], "koodi": p.get("code"), "nimi": p.get("title"),
                           "laajuus": p.get("credits") and number(p["credits"]["points"]),
                           "pakollinen": p.get("mandatory", False), "tavoitteet": p.get("learningOutcomes", [])}
                          for p in u.get("parts", [])],
        })
    with open(target, "w", encoding="utf-8") as handle:
        json.dump({"tutkinnot": qualifications, "tutkinnonOsat": units}, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes "next year's version" of a generated catalogue, for the diff benchmark.

A deterministic few percent of the entities change, as they do when a national catalogue is
republished: titles and outcome statements reworded in one language, points and EQF levels
changed, units and outcomes removed and added, units renamed (same code, new id), validity
moved on. Everything else is kept as it was.

    python3 revise.py data/national.json data/national-next.json
"""

import json
import random
import sys


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as file:
        catalogue = json.load(file)
    rng = random.Random(2026)
    catalogue["version"] = str(catalogue.get("version", "1")) + "-next"

    for qualification in catalogue["qualifications"]:
        if rng.random() < 0.05:
            for language, text in qualification.get("title", {}).items():
                qualification["title"][language] = text + " (uudistettu)" if language == "fi" else text
                break
        if rng.random() < 0.03 and "validity" in qualification:
            qualification["validity"]["until"] = "2031-07-31"

    renamed = {}
    removed = set()
    for unit in catalogue["units"]:
        roll = rng.random()
        if roll < 0.02:
            renamed[unit["id"]] = unit["id"] + "-R"
            unit["id"] += "-R"
        elif roll < 0.04 and "credits" in unit:
            unit["credits"]["points"] = str(int(float(unit["credits"]["points"].replace(",", "."))) + 5)
        elif roll < 0.05:
            unit["eqfLevel"] = 5
        elif roll < 0.06:
            removed.add(unit["id"])
    catalogue["units"] = [unit for unit in catalogue["units"] if unit["id"] not in removed]

    def relink(group):
        members = []
        for member in group.get("members", []):
            if "group" in member:
                relink(member["group"])
            elif member.get("unit") in removed:
                continue
            elif member.get("unit") in renamed:
                member["unit"] = renamed[member["unit"]]
            members.append(member)
        if "members" in group:
            group["members"] = members

    for qualification in catalogue["qualifications"]:
        if "structure" in qualification:
            relink(qualification["structure"])

    for outcome in catalogue["learningOutcomes"]:
        if rng.random() < 0.03:
            for language in outcome.get("text", {}):
                outcome["text"][language] += " ja dokumentoi työnsä" if language == "fi" else ""
                break
    added = [{"id": f"LO-NEXT-{index}", "category": "skills",
              "text": {"fi": f"uusi osaamistavoite {index}", "sv": f"nytt lärandemål {index}", "en": f"new outcome {index}"}}
             for index in range(len(catalogue["learningOutcomes"]) // 100)]
    catalogue["learningOutcomes"].extend(added)

    with open(target, "w", encoding="utf-8") as file:
        json.dump(catalogue, file, ensure_ascii=False, indent=2)
        file.write("\n")
    print(f"revised {source} into {target}: {len(renamed)} units renamed, {len(removed)} removed, {len(added)} outcomes added")


if __name__ == "__main__":
    main()

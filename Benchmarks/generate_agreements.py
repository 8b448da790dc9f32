#!/usr/bin/env python3
"""Generate a group of learning agreements for a catalogue: one MoU and COUNT learning agreements
(canonical YAML, a file per learner), each for a qualification of the catalogue and one or two of
its units, with the unit's titles, points and outcome ids, a period of 4-12 weeks inside the MoU's
validity, and the signatures. Every document is valid: `ecvet validate` on them, with the catalogue,
finds nothing.

    python3 generate_agreements.py --catalogue data/national.json --count 10000 --out data/agreements-10000

Deterministic for a given catalogue, count and seed.
"""
import argparse
import datetime
import json
import os
import random

FIRST = ["Aino", "Eetu", "Sofia", "Väinö", "Ella", "Onni", "Lumi", "Eino", "Siiri", "Jérôme", "Åsa", "Ülle"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Lindqvist", "Öberg", "Ström", "Järvinen"]


def q(text):
    return json.dumps(text, ensure_ascii=False)


def links(group):
    """The (unit id, points) links of a structure, depth first."""
    for member in group.get("members", []):
        if "unit" in member:
            yield member["unit"], member.get("points")
        elif "group" in member:
            yield from links(member["group"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalogue", required=True)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.catalogue, encoding="utf-8") as stream:
        catalogue = json.load(stream)
    units = {unit["id"]: unit for unit in catalogue["units"]}
    covered = []
    for qualification in catalogue["qualifications"][:60]:
        choices = []
        for unit_id, pts in links(qualification.get("structure", {})):
            unit = units.get(unit_id)
            if unit and pts and float(pts) <= 25 and unit.get("learningOutcomes"):
                choices.append((unit, pts))
        if choices:
            covered.append((qualification, choices[:6]))
    os.makedirs(args.out, exist_ok=True)

    mou = ["format: ecvet-memorandum/1", "id: MoU-BENCH-1", "language: en", "organisations:"]
    for key, name, country, address in (("home", "Benchmark Vocational College", "FI", "Satamakatu 1, 90100 Oulu"),
                                        ("host", "Berufsschule Benchmark", "DE", "Kaistraße 1, 20457 Hamburg")):
        mou += ["  - id: " + key, "    roles: [%s]" % key, "    name: {en: %s}" % q(name), "    country: " + country,
                "    address: " + q(address), "    contact: {name: Contact Person}"]
    mou.append("qualifications:")
    for qualification, choices in covered:
        mou += ["  - id: " + qualification["id"], "    owner: home", "    title: {fi: %s}" % q(qualification["title"]["fi"]),
                "    eqfLevel: %s" % qualification.get("eqfLevel", 4), "    units:"]
        for unit, pts in choices:
            mou += ["      - id: " + unit["id"], "        scope: whole-unit", "        points: %s" % q(pts)]
    for step in ("assessment: {by: host, how: {en: Practical task scored with a shared grid.}}",
                 "documentation: {by: host, how: {en: A personal transcript within 14 days.}}",
                 "validation: {by: home, how: {en: The teacher compares the grid with the agreement.}}",
                 "recognition: {by: home, how: {en: Recorded in the learner's plan.}}",
                 "validity: {from: \"2025-01-01\", until: \"2027-12-31\"}",
                 "review: {by: home, how: {en: Every June.}}",
                 "signatures:",
                 "  - {party: home, name: Principal, place: Oulu, date: \"2024-12-01\"}",
                 "  - {party: host, name: Schulleiterin, place: Hamburg, date: \"2024-12-02\"}"):
        mou.append(step)
    with open(os.path.join(args.out, "mou.yaml"), "w", encoding="utf-8") as stream:
        stream.write("\n".join(mou) + "\n")

    start_day = datetime.date(2025, 2, 3)
    for number in range(1, args.count + 1):
        qualification, choices = covered[rng.randrange(len(covered))]
        unit, pts = choices[rng.randrange(len(choices))]
        # Points within twice what 60 a year of 40 weeks gives for the period (rule V33).
        weeks = max(rng.randint(8, 12), int(float(pts) + 1 + 2) // 3)
        start = start_day + datetime.timedelta(days=7 * rng.randrange(100))
        end = start + datetime.timedelta(days=7 * weeks - 3)
        signed = start - datetime.timedelta(days=rng.randint(20, 60))
        given, family = rng.choice(FIRST), rng.choice(LAST)
        title = unit["title"]
        lines = ["format: ecvet-learning-agreement/1", "id: LA-BENCH-%05d" % number, "memorandum: MoU-BENCH-1", "language: en",
                 "home: {id: home, name: {en: Benchmark Vocational College}, country: FI, contact: {name: Contact Person}}",
                 "host: {id: host, name: {de: Berufsschule Benchmark}, country: DE, contact: {name: Kontakt Person}}",
                 "learner:", "  id: S-%05d" % number, "  givenName: " + q(given), "  familyName: " + q(family),
                 "  dateOfBirth: \"%d-%02d-%02d\"" % (2000 + rng.randrange(6), rng.randint(1, 12), rng.randint(1, 28)),
                 "period: {start: \"%s\", end: \"%s\", weeks: %d}" % (start, end, weeks),
                 "qualification:", "  id: " + qualification["id"], "  title: {fi: %s}" % q(qualification["title"]["fi"]),
                 "  eqfLevel: %s" % qualification.get("eqfLevel", 4), "  nqfLevel: {framework: FiNQF, level: \"%s\"}" % qualification.get("eqfLevel", 4),
                 "units:", "  - id: " + unit["id"], "    title: {fi: %s}" % q(title["fi"]), "    scope: whole-unit",
                 "    points: %s" % q(pts), "    learningOutcomes:"]
        for outcome in unit["learningOutcomes"][:3]:
            lines.append("      - {id: %s}" % outcome)
        lines += ["    learningActivities: {en: Work in the host company's warehouse; lessons at the host school.}",
                  "assessment: {by: host, how: {en: Practical task and observation.}, dates: [\"%s\"]}" % (end - datetime.timedelta(days=2)),
                  "validation: {by: home, how: {en: The teacher compares the grid with the outcomes.}}",
                  "recognition: {by: home, how: {en: Recorded as completed.}}",
                  "signatures:",
                  "  - {party: home, name: Coordinator, date: \"%s\"}" % signed,
                  "  - {party: host, name: Koordinatorin, date: \"%s\"}" % signed,
                  "  - {party: learner, name: %s, date: \"%s\"}" % (q(given + " " + family), signed)]
        with open(os.path.join(args.out, "la-%05d.yaml" % number), "w", encoding="utf-8") as stream:
            stream.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

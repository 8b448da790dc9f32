#!/usr/bin/env python3
"""Writes a batch of ePerusteet-shaped files for the mapping benchmark: copies of the real
export in Fixtures/real/fi-eperusteet, each with distinct ids (qualification, units, unit
references, parts, structure groups, outcome codes) and distinct codes and notations (the
diaarinumero, qualification, unit and part codes), so no two files describe the same thing.
The codes a file repeats (parts of one subject share VVAI22) stay repeated within it.

    eperusteet_batch.py SOURCE.json FOLDER [COUNT]      (COUNT defaults to 160)
"""
import json
import os
import sys

ID_KEYS = {"id", "_tutkinnonOsa", "_tutkinnonOsaViite", "tutkinnonosaViiteId"}
# Codes the mapping reads (koodiArvo: units and parts; koulutuskoodiArvo: the qualification) and
# the structure groups' ids.
CODE_KEYS = {"koodiArvo", "koulutuskoodiArvo", "tunniste"}


def renumber(node, offset, copy):
    if isinstance(node, dict):
        code = node.get("koodiArvo")
        if isinstance(code, str) and isinstance(node.get("koodi"), dict) and node["koodi"].get("arvo") == code:
            # koodi.arvo, the part code the mapping falls back on, stays equal to koodiArvo.
            node["koodi"]["arvo"] = f"{code}-{copy:03d}"
        for key, value in node.items():
            if key in CODE_KEYS and isinstance(value, str):
                node[key] = f"{value}-{copy:03d}"
            elif key in ID_KEYS and isinstance(value, int):
                node[key] = value + offset
            elif key in ID_KEYS and isinstance(value, str) and value.isdigit():
                node[key] = str(int(value) + offset)
            elif key == "uri" and isinstance(value, str) and "_" in value:
                node[key] = f"{value}-{copy}"
            else:
                renumber(value, offset, copy)
    elif isinstance(node, list):
        for item in node:
            renumber(item, offset, copy)


def main():
    source, folder = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 160
    with open(source, encoding="utf-8") as handle:
        original = handle.read()
    os.makedirs(folder, exist_ok=True)
    for copy in range(count):
        document = json.loads(original)
        renumber(document, copy * 100_000_000, copy)
        document["diaarinumero"] = f"{document.get('diaarinumero')}-{copy:03d}"
        path = os.path.join(folder, f"peruste-{copy:03d}.json")
        with open(path + ".partial", "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2)
        os.replace(path + ".partial", path)


if __name__ == "__main__":
    main()

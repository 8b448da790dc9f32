#!/usr/bin/env python3
"""Writes a batch of ePerusteet-shaped files for the mapping benchmark: copies of the real
export in ../shared/real/fi-eperusteet, each with distinct ids (qualification, units, unit
references, parts, outcome codes), so no two files describe the same thing.

    eperusteet_batch.py SOURCE.json FOLDER [COUNT]      (COUNT defaults to 160)
"""
import json
import os
import sys

ID_KEYS = {"id", "_tutkinnonOsa", "_tutkinnonOsaViite", "tutkinnonosaViiteId"}


def renumber(node, offset, copy):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ID_KEYS and isinstance(value, int):
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

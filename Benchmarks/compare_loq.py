#!/usr/bin/env python3
"""Compares two Europass LOQ documents, such as ECVETKit's export of an ePerusteet file and
python_eperusteet_loq.py's output for the same file, to check that the benchmark's Python
baseline writes what ECVETKit writes:

1. every parent/child element pair (`qualification/identifier`, `identifier/skos:notation`…) is
   counted in both documents, and the counts must be equal;
2. every element with an `id` must be in both, with the same values: the multiset of its
   descendants' paths with their text and attributes (ids, notations, schemes, dates, points,
   titles, references), whatever their order.

    compare_loq.py ECVETKIT.xml OTHER.xml

Prints the pairs whose counts differ and the first differences in values; exits with 0 when
the documents match, 1 when they do not.
"""
import sys
from collections import Counter

from lxml import etree

PREFIXES = {
    "http://data.europa.eu/snb/model/ap/loq-constraints/": "",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://purl.org/dc/terms/": "dc:",
}


def name(element):
    namespace, _, local = element.tag[1:].partition("}") if element.tag.startswith("{") else ("", "", element.tag)
    return PREFIXES.get(namespace, f"{{{namespace}}}") + local


def pairs(root):
    counts = Counter()
    for element in root.iter(etree.Element):
        for child in element.iterchildren(etree.Element):
            counts[(name(element), name(child))] += 1
    return counts


def values(root):
    """For each element with an id: the multiset of (path, attributes, text) of its descendants."""
    found = {}

    def leaves(element, path, into):
        for child in element.iterchildren(etree.Element):
            child_path = f"{path}/{name(child)}"
            attributes = tuple(sorted((key, value) for key, value in child.attrib.items() if key != "id"))
            text = (child.text or "").strip()
            into[(child_path, attributes, text)] += 1
            if "id" not in child.attrib:
                leaves(child, child_path, into)

    for element in root.iter(etree.Element):
        if "id" in element.attrib:
            into = Counter()
            leaves(element, name(element), into)
            found[element.attrib["id"]] = into
    return found


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    first_path, second_path = sys.argv[1], sys.argv[2]
    first, second = etree.parse(first_path).getroot(), etree.parse(second_path).getroot()
    ok = True

    first_pairs, second_pairs = pairs(first), pairs(second)
    differing = sorted(key for key in first_pairs.keys() | second_pairs.keys() if first_pairs[key] != second_pairs[key])
    print(f"{len(first_pairs)} parent/child pairs in {first_path}, {sum(first_pairs.values())} elements under a parent; "
          f"{len(second_pairs)} in {second_path}, {sum(second_pairs.values())}")
    if differing:
        ok = False
        print("pairs whose counts differ (first document, second):")
        for parent, child in differing:
            print(f"  {parent}/{child}: {first_pairs[(parent, child)]}, {second_pairs[(parent, child)]}")
    else:
        print("every parent/child pair has the same count in both")

    first_values, second_values = values(first), values(second)
    only_first = [key for key in first_values if key not in second_values]
    only_second = [key for key in second_values if key not in first_values]
    for label, keys in (("ids only in the first", only_first), ("ids only in the second", only_second)):
        if keys:
            ok = False
            print(f"{label} ({len(keys)}): {', '.join(keys[:10])}{' …' if len(keys) > 10 else ''}")
    shown, differ = 0, 0
    for key, mine in first_values.items():
        theirs = second_values.get(key)
        if theirs is None or theirs == mine:
            continue
        differ += 1
        ok = False
        if shown < 10:
            shown += 1
            print(f"values of {key} differ:")
            for item in sorted((mine - theirs).keys())[:5]:
                print(f"  only in the first:  {item}")
            for item in sorted((theirs - mine).keys())[:5]:
                print(f"  only in the second: {item}")
    if differ:
        print(f"{differ} of {len(first_values)} elements with an id have different values")
    elif not only_first and not only_second:
        print(f"the {len(first_values)} elements with an id have the same values in both")
    print("the documents match" if ok else "the documents differ")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check Europass credentials (JSON-LD) against the official ELM 3.1 SHACL shapes, offline.

    python3 Schemas/europass/credential/check-credentials.py CREDENTIAL.jsonld...

Loads the structural shapes (EDC-generic-no-cv.ttl) with the vocabulary layer
(EDC-generic-full.ttl), resolves the two JSON-LD contexts from the copies beside this script
(credentials-v1.jsonld, edc-ap-context.jsonld), and validates each file with pyshacl,
inference "none" (RDFS inference adds types that give false violations). Prints one line per
file, and the report of each that does not conform. Exits 0 when all conform, 1 otherwise,
2 when pyshacl or pyld is missing.
"""
import json
import sys
from pathlib import Path

try:
    import pyshacl
    import rdflib
    from pyld import jsonld
except ImportError:  # pragma: no cover
    print("check-credentials: needs pyshacl and pyld (pip install pyshacl pyld)", file=sys.stderr)
    sys.exit(2)

HERE = Path(__file__).resolve().parent
CONTEXTS = {
    "https://www.w3.org/2018/credentials/v1": HERE / "credentials-v1.jsonld",
    "http://data.europa.eu/snb/model/context/edc-ap": HERE / "edc-ap-context.jsonld",
}


def loader(url, options=None):
    if url not in CONTEXTS:
        raise RuntimeError("no local copy of the context " + url)
    with open(CONTEXTS[url], encoding="utf-8") as stream:
        return {"contextUrl": None, "documentUrl": url, "document": json.load(stream)}


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    shapes = rdflib.Graph()
    shapes.parse(HERE / "EDC-generic-no-cv.ttl")
    shapes.parse(HERE / "EDC-generic-full.ttl")
    failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as stream:
            document = json.load(stream)
        quads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": loader})
        data = rdflib.Graph().parse(data=quads, format="nquads")
        conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
        print(f"{path}: {'conforms' if conforms else 'does not conform'} ({len(data)} triples)")
        if not conforms:
            failed += 1
            print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Check Schemas/ecvet-catalogue.schema.json against the fixtures and the format description.

Run from the repository root, without arguments:

    python3 Schemas/check-schema.py

It checks that
  1. the schema is a valid JSON Schema (draft 2020-12);
  2. every file in Fixtures/valid/*.json validates;
  3. the shape faults in Fixtures/invalid/ do NOT validate, and fail at the expected place;
  4. files whose only fault is not a shape fault still validate (the schema does not judge values,
     and unknown keys are allowed);
  5. every key named in the tables of Documentation/CanonicalJSON.md has a type in the schema.

Needs the `jsonschema` package (4.x). Exits 0 when all checks pass, 1 otherwise.
"""
import json
import re
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
except ImportError:  # pragma: no cover
    print("check-schema: the Python package 'jsonschema' is required (pip install jsonschema)", file=sys.stderr)
    sys.exit(2)

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "Schemas" / "ecvet-catalogue.schema.json"
VALID_DIR = ROOT / "Fixtures" / "valid"
INVALID_DIR = ROOT / "Fixtures" / "invalid"
DOC_PATH = ROOT / "Documentation" / "CanonicalJSON.md"

# file -> (JSON path of the offending value, the schema keyword that must fail there)
MUST_FAIL = {
    "object-where-list-expected.json": (("units",), "type"),
    "list-where-text-expected.json": (("qualifications", 0, "title"), "type"),
    "string-where-number-expected.json": (("qualifications", 0, "structure", "minUnits"), "type"),
    "unsupported-format-version.json": (("format",), "const"),
    "missing-format-key.json": ((), "required"),
}
# files that are well-formed JSON whose fault is for the reader or the rules, not for the schema
MUST_PASS = ["unknown-key-typo-eqfLevle.json"]

# headings in CanonicalJSON.md -> the schema object that describes that table
DOC_TABLES = {
    "Catalogue": (),
    "Qualification": ("$defs", "qualification"),
    "Group": ("$defs", "group"),
    "Unit": ("$defs", "unit"),
    "Learning outcome": ("$defs", "learningOutcome"),
    "Organisation": ("$defs", "organisation"),
}

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL  {message}")


def ok(message):
    print(f"ok    {message}")


def load(path):
    with open(path, "rb") as f:
        return json.loads(f.read().decode("utf-8"))


def where(path):
    return "/" + "/".join(str(p) for p in path)


def check_schema(schema):
    try:
        Draft202012Validator.check_schema(schema)
    except Exception as error:  # jsonschema.SchemaError
        fail(f"schema is not a valid draft 2020-12 schema: {error}")
        return
    if schema.get("$id") != "urn:ecvetkit:schema:ecvet-catalogue:1":
        fail(f"schema $id is {schema.get('$id')!r}")
    else:
        ok("schema is a valid draft 2020-12 schema")


def check_valid(validator):
    files = sorted(VALID_DIR.glob("*.json"))
    if not files:
        fail(f"no files in {VALID_DIR.relative_to(ROOT)}")
    for path in files:
        name = path.relative_to(ROOT)
        try:
            document = load(path)
        except (OSError, ValueError) as error:
            fail(f"{name}: cannot be read: {error}")
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            for error in errors[:10]:
                fail(f"{name}: {where(error.absolute_path)}: {short(error.message)}")
        else:
            ok(f"{name} validates")


def short(message, limit=160):
    return message if len(message) <= limit else message[:limit] + "…"


def leaf_errors(errors):
    """Flatten oneOf/anyOf contexts so the deepest failing places are visible."""
    for error in errors:
        yield error
        if error.context:
            yield from leaf_errors(error.context)


def check_must_fail(validator):
    for file, (path, keyword) in MUST_FAIL.items():
        full = INVALID_DIR / file
        name = full.relative_to(ROOT)
        try:
            document = load(full)
        except (OSError, ValueError) as error:
            fail(f"{name}: cannot be read: {error}")
            continue
        errors = list(validator.iter_errors(document))
        if not errors:
            fail(f"{name}: validates, but must not")
            continue
        hits = [e for e in leaf_errors(errors) if tuple(e.absolute_path) == path and e.validator == keyword]
        if hits:
            ok(f"{name} does not validate ({keyword} at {where(path)}, expected {json.dumps(hits[0].validator_value)})")
        else:
            found = "; ".join(f"{e.validator} at {where(e.absolute_path)}" for e in leaf_errors(errors))
            fail(f"{name}: expected a '{keyword}' error at {where(path)}, got: {found}")


def check_must_pass(validator):
    for file in MUST_PASS:
        full = INVALID_DIR / file
        name = full.relative_to(ROOT)
        try:
            document = load(full)
        except (OSError, ValueError) as error:
            fail(f"{name}: cannot be read: {error}")
            continue
        errors = list(validator.iter_errors(document))
        if errors:
            fail(f"{name}: must validate (its fault is not a shape fault), got: {short(errors[0].message)}")
        else:
            ok(f"{name} validates (unknown keys are allowed)")


def documented_keys():
    """Keys in the first column of each table under the headings in DOC_TABLES."""
    tables = {}
    current = None
    for line in DOC_PATH.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^##\s+(.+?)\s*(\(.*\))?$", line) or re.match(r"^\*\*(.+?)\*\*", line)
        if heading:
            current = heading.group(1).strip()
            continue
        if current in DOC_TABLES and line.startswith("|"):
            first = line.split("|")[1]
            for key in re.findall(r"`([A-Za-z][A-Za-z0-9]*)`", first):
                tables.setdefault(current, []).append(key)
    return tables


def check_doc_keys(schema):
    if not DOC_PATH.exists():
        fail(f"{DOC_PATH.relative_to(ROOT)} not found")
        return
    tables = documented_keys()
    for heading, location in DOC_TABLES.items():
        keys = tables.get(heading)
        if not keys:
            fail(f"CanonicalJSON.md: no key table found under '{heading}'")
            continue
        node = schema
        for step in location:
            node = node[step]
        properties = node.get("properties", {})
        missing = [k for k in keys if k not in properties]
        untyped = [k for k in keys if k in properties
                   and not any(x in properties[k] for x in ("type", "$ref", "const", "oneOf", "anyOf"))]
        undescribed = [k for k in keys if k in properties
                       and not ("title" in properties[k] and "description" in properties[k])]
        if missing or untyped or undescribed:
            fail(f"schema {where(location) or '/'}: missing {missing}, untyped {untyped}, "
                 f"without title/description {undescribed} (keys of '{heading}')")
        else:
            ok(f"schema {where(location) or '/'} types all {len(keys)} keys of '{heading}'")


def main():
    try:
        schema = load(SCHEMA_PATH)
    except (OSError, ValueError) as error:
        print(f"FAIL  {SCHEMA_PATH.relative_to(ROOT)}: {error}")
        return 1
    check_schema(schema)
    validator = Draft202012Validator(schema)
    check_valid(validator)
    check_must_fail(validator)
    check_must_pass(validator)
    check_doc_keys(schema)
    if failures:
        print(f"\n{len(failures)} check(s) failed")
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

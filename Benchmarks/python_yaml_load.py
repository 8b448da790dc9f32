#!/usr/bin/env python3
"""A reference for reading YAML: PyYAML's yaml.load with CSafeLoader (libyaml's C parser, with
PyYAML's Python composer and constructor on top) on a file.

    python3 python_yaml_load.py FILE

It reads about 2-3 MB/s, so run.sh times it on the `small` preset only. One line in the style of
ecvet-bench; MB are 10^6 bytes. Exit status 2 when PyYAML or its libyaml binding is missing.
"""

import argparse
import os
import sys
import time

try:
    import yaml
    from yaml import CSafeLoader
except ImportError as error:  # PyYAML missing, or built without libyaml
    print("python_yaml_load.py: %s (pip install pyyaml, with libyaml-dev)" % error, file=sys.stderr)
    sys.exit(2)


def counts(document):
    if not isinstance(document, dict):
        return "not a catalogue mapping"
    return "qualifications %d, units %d, outcomes %d" % (
        len(document.get("qualifications") or []), len(document.get("units") or []),
        len(document.get("learningOutcomes") or []))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    args = parser.parse_args()

    size = os.path.getsize(args.file)
    started = time.perf_counter()
    with open(args.file, "rb") as stream:
        document = yaml.load(stream, Loader=CSafeLoader)
    elapsed = time.perf_counter() - started
    megabytes = size / 1e6
    print("read yaml (python yaml.load CSafeLoader) %.1f MB in %.2f s = %.1f MB/s (%s)"
          % (megabytes, elapsed, megabytes / elapsed, counts(document)))


if __name__ == "__main__":
    main()

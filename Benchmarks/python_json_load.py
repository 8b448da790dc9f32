#!/usr/bin/env python3
"""The Python baseline for ecvet-bench: times the standard library's json module on a file.

    python3 python_json_load.py FILE          times json.load(FILE) (reading the file included)
    python3 python_json_load.py --dump FILE   loads FILE (untimed), then times json.dump with
                                              indent=2, ensure_ascii=False to a temporary file,
                                              flushed and fsynced like ECVET.write does

One line in the style of ecvet-bench; MB are 10^6 bytes.
"""

import argparse
import json
import os
import tempfile
import time


def counts(document):
    if not isinstance(document, dict):
        return "not a catalogue object"
    return "qualifications %d, units %d, outcomes %d" % (
        len(document.get("qualifications", [])), len(document.get("units", [])),
        len(document.get("learningOutcomes", [])))


def load(path):
    started = time.perf_counter()
    with open(path, "rb") as stream:
        document = json.load(stream)
    return document, time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", action="store_true", help="time json.dump instead of json.load")
    parser.add_argument("file")
    args = parser.parse_args()

    if not args.dump:
        size = os.path.getsize(args.file)
        document, elapsed = load(args.file)
        megabytes = size / 1e6
        print("read json (python json.load) %.1f MB in %.2f s = %.1f MB/s (%s)"
              % (megabytes, elapsed, megabytes / elapsed, counts(document)))
        return

    document, _ = load(args.file)
    folder = os.environ.get("ECVET_BENCH_TMPDIR") or tempfile.gettempdir()
    descriptor, target = tempfile.mkstemp(prefix="python-json-dump-", suffix=".json", dir=folder)
    try:
        started = time.perf_counter()
        with open(descriptor, "w", encoding="utf-8", newline="\n", buffering=1 << 18) as stream:
            json.dump(document, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
            stream.flush()
            os.fsync(stream.fileno())
        elapsed = time.perf_counter() - started
        size = os.path.getsize(target)
    finally:
        os.unlink(target)
    megabytes = size / 1e6
    print("write json (python json.dump indent=2) %.1f MB in %.2f s = %.1f MB/s (%s)"
          % (megabytes, elapsed, megabytes / elapsed, counts(document)))


if __name__ == "__main__":
    main()

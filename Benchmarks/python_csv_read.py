#!/usr/bin/env python3
"""The Python baseline for reading canonical CSV: the standard library's csv module on a folder.

    python3 python_csv_read.py FOLDER     times csv.reader over every *.csv table in FOLDER

Each table is opened as UTF-8 text with newline="" (as the csv module wants), parsed with the
default dialect (comma, double quotes, fields with line breaks) and its rows kept as lists of
strings, like json.load keeps its document. Nothing is checked or converted. One line in the
style of ecvet-bench; MB are 10^6 bytes of the tables.
"""

import argparse
import csv
import os
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    args = parser.parse_args()

    names = sorted(name for name in os.listdir(args.folder) if name.endswith(".csv"))
    paths = [os.path.join(args.folder, name) for name in names]
    size = sum(os.path.getsize(path) for path in paths)

    started = time.perf_counter()
    tables = {}
    for name, path in zip(names, paths):
        with open(path, "r", encoding="utf-8", newline="") as stream:
            tables[name] = list(csv.reader(stream))
    elapsed = time.perf_counter() - started

    rows = sum(len(table) - 1 for table in tables.values() if table)
    fields = sum(len(row) for table in tables.values() for row in table)
    megabytes = size / 1e6
    print("read csv (python csv.reader) %.1f MB in %.2f s = %.1f MB/s (%d tables, %d rows, %d fields)"
          % (megabytes, elapsed, megabytes / elapsed, len(tables), rows, fields))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Benchmarks ECVETKit's readers and writers in every format on one synthetic catalogue, next to
# a baseline for each (Python's json and csv modules, a bare C libyaml event loop, xmllint
# --stream), the cost of validation, and `ecvet validate` on two files at once.
#
#   Benchmarks/run.sh                 the `national` preset (~317 MB of JSON), 3 runs per row
#   PRESET=small Benchmarks/run.sh    the ~5 MB preset, for a quick check
#   RUNS=5 Benchmarks/run.sh          the median of 5 runs per row
#   PARALLEL_PRESET=small …           the catalogue of the two-file row (default: medium, or
#                                     small when PRESET=small)
#   BASELINE=REV …                    also measure commit REV, run by run (see baseline.sh)
#   BASELINE_ROOT=DIR …               the same with a checkout that is already built
#
# The catalogue is generated into Benchmarks/data/ (git-ignored) when missing, and converted
# with the release `ecvet` into PRESET.yaml, PRESET.xml and the folder PRESET-tables/ when those
# are missing or older than the JSON. Builds run under `nice`. Timings are the median of RUNS
# runs; peak memory is the median "Maximum resident set size" reported by /usr/bin/time -v for
# the whole process. MB are 10^6 bytes. Everything ends in one table.
#
# With a baseline, every row that runs ecvet-bench or ecvet runs it for both builds on the same
# files, alternating within each run number (run 1 of the baseline, run 1 of this tree, run 2 …)
# so that a machine growing busier or quieter weighs on both alike; a second table then sets each
# such row's medians side by side and flags time more than 10 % worse or peak memory more than
# 10 % higher. Rows of the external baselines run once, as without.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
preset="${PRESET:-national}"
runs="${RUNS:-3}"
python="${PYTHON:-python3}"
if [[ "$preset" == small ]]; then
    parallel_preset="${PARALLEL_PRESET:-small}"
else
    parallel_preset="${PARALLEL_PRESET:-medium}"
fi
data="$here/data"
file="$data/$preset.json"
# shellcheck source=baseline.sh
source "$here/baseline.sh"
xsd="$root/Schemas/ecvet-catalogue.xsd"

for tool in /usr/bin/time xmllint cc; do
    if ! command -v "$tool" > /dev/null; then
        echo "run.sh needs $tool (apt-get install time libxml2-utils gcc libyaml-dev)" >&2
        exit 2
    fi
done

# generate PRESET: the JSON catalogue of a preset, when missing.
generate() {
    local target="$data/$1.json"
    if [[ ! -s "$target" ]]; then
        echo "== generating the $1 preset into $target"
        "$python" "$here/generate.py" --preset "$1" --out "$target.partial"
        mv "$target.partial" "$target"
    fi
}

mkdir -p "$data"
generate "$preset"

# build ARGS...: a release build under nice, retried when a source file changed while it ran
# (someone editing the package at the same time).
build() {
    local attempt log
    log="$(mktemp)"
    for attempt in 1 2 3; do
        if nice -n 10 swift build -c release "$@" > "$log" 2>&1; then
            tail -n 1 "$log"
            rm -f "$log"
            return 0
        fi
        grep -q 'was modified during the build' "$log" || break
        echo "   a source file changed during the build; building again"
        sleep 5
    done
    cat "$log" >&2
    rm -f "$log"
    return 1
}

echo "== building ecvet and ecvet-bench (release)"
build --package-path "$root"
bench="$(swift build -c release --package-path "$root" --show-bin-path)/ecvet-bench"
ecvet="$(swift build -c release --package-path "$root" --show-bin-path)/ecvet"

echo "== building yaml-event-loop (cc -O2, libyaml)"
yaml_loop="$here/.build/yaml-event-loop"
mkdir -p "$here/.build"
nice -n 10 cc -O2 -o "$yaml_loop" "$here/yaml-event-loop.c" -lyaml

# BASELINE or BASELINE_ROOT: the earlier build's binaries (baseline_label stays empty without).
baseline_prepare "$root"

# convert NAME: NAME.yaml, NAME.xml and NAME-tables/ from NAME.json with the release CLI, when
# missing or older than the JSON. The CSV folder is written beside its place and moved in whole.
convert() {
    local json="$data/$1.json" format
    for format in yaml xml; do
        if [[ ! -s "$data/$1.$format" || "$data/$1.$format" -ot "$json" ]]; then
            echo "== converting $1.json to $1.$format"
            "$ecvet" convert "$json" --to "$format" -o "$data/$1.$format"
        fi
    done
    if [[ ! -d "$data/$1-tables" || "$data/$1-tables" -ot "$json" ]]; then
        echo "== converting $1.json to $1-tables/"
        rm -rf "$data/$1-tables.partial" "$data/$1-tables"
        "$ecvet" convert "$json" --to csv -o "$data/$1-tables.partial"
        mv "$data/$1-tables.partial" "$data/$1-tables"
    fi
}
convert "$preset"
# PyYAML reads 2-3 MB/s: its reference rows use the small preset whatever PRESET is.
generate small
if [[ ! -s "$data/small.yaml" || "$data/small.yaml" -ot "$data/small.json" ]]; then
    echo "== converting small.json to small.yaml"
    "$ecvet" convert "$data/small.json" --to yaml -o "$data/small.yaml"
fi
# The two-file row: the parallel preset and a byte-identical copy under another name.
generate "$parallel_preset"
pair_a="$data/$parallel_preset.json"
pair_b="$data/$parallel_preset-copy.json"
if [[ ! -s "$pair_b" || "$pair_b" -ot "$pair_a" ]]; then
    cp "$pair_a" "$pair_b"
fi

size() {
    if [[ -d "$1" ]]; then
        find "$1" -maxdepth 1 -type f -name '*.csv' -printf '%s\n' | awk '{ s += $1 } END { print s }'
    else
        stat -c %s "$1"
    fi
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# once NAME BYTES LABEL COMMAND...: one run of COMMAND under /usr/bin/time -v; records the MB/s
# the command printed (or, when it prints none, BYTES / wall-clock time), the peak RSS in kB, the
# wall-clock seconds and the printed line, and shows them after LABEL. Returns 1 when COMMAND
# fails, its standard error left in $work/err.
once() {
    local name="$1" bytes="$2" label="$3"
    shift 3
    local started ended
    started="$EPOCHREALTIME"
    /usr/bin/time -v -o "$work/time" "$@" > "$work/out" 2> "$work/err" || return 1
    ended="$EPOCHREALTIME"
    local line rate rss wall
    wall="$(awk -v s="$started" -v e="$ended" 'BEGIN { printf "%.3f", e - s }')"
    line="$(grep -m1 -E 'MB/s|% on top' "$work/out" || true)"
    if [[ "$line" == *MB/s* ]]; then
        rate="$(sed -E 's/.*= ([0-9.]+) MB\/s.*/\1/' <<< "$line")"
    else
        rate="$(awk -v b="$bytes" -v w="$wall" 'BEGIN { printf "%.1f", b / 1e6 / w }')"
        [[ -n "$line" ]] || line="$(head -n1 "$work/out")"
        line="$line [$wall s wall]"
    fi
    rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
    echo "   $label: $line; peak RSS $((rss / 1024)) MiB"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$bytes" "$rate" "$rss" "$wall" "$line" >> "$work/results"
}

# measure NAME BYTES COMMAND...: runs COMMAND `runs` times (see once). With a baseline and a
# COMMAND that runs ecvet-bench or ecvet, each run of this tree follows the same run of the
# baseline's binary, recorded as baseline:NAME. A baseline that fails (an older ecvet-bench may
# not know a newer command) leaves the row uncompared rather than stopping the whole run.
measure() {
    local name="$1" bytes="$2"
    shift 2
    echo "== $name: $*"
    baseline_command "$@"
    local against=("${BASELINE_COMMAND[@]}")
    (( ${#against[@]} == 0 )) || echo "   against $baseline_label: ${against[*]}"
    local run
    for ((run = 1; run <= runs; run++)); do
        if (( ${#against[@]} > 0 )) && ! once "baseline:$name" "$bytes" "run $run, $baseline_label" "${against[@]}"; then
            echo "   failed at $baseline_label, so not compared:"
            tail -n 5 "$work/err"
            echo "$name" >> "$work/baseline-failed"
            against=()
        fi
        once "$name" "$bytes" "run $run" "$@" || {
            echo "   failed:" >&2
            cat "$work/err" >&2
            exit 1
        }
    done
}

json="$file"
yaml="$data/$preset.yaml"
xml="$data/$preset.xml"
tables="$data/$preset-tables"
json_bytes="$(size "$json")"
yaml_bytes="$(size "$yaml")"
xml_bytes="$(size "$xml")"
tables_bytes="$(size "$tables")"
small_yaml_bytes="$(size "$data/small.yaml")"
pair_bytes=$(( $(size "$pair_a") + $(size "$pair_b") ))

# JSON
measure json-read "$json_bytes" "$bench" read "$json"
measure python-json-load "$json_bytes" "$python" "$here/python_json_load.py" "$json"
measure json-write "$json_bytes" "$bench" write "$json"
measure python-json-dump "$json_bytes" "$python" "$here/python_json_load.py" --dump "$json"
measure ecvet-inspect "$json_bytes" "$ecvet" inspect "$json"
measure json-events "$json_bytes" "$bench" events json "$json"
# YAML
measure yaml-read "$yaml_bytes" "$bench" read yaml "$yaml"
measure yaml-event-loop "$yaml_bytes" "$yaml_loop" "$yaml"
measure yaml-events "$yaml_bytes" "$bench" events yaml "$yaml"
measure yaml-write "$yaml_bytes" "$bench" write yaml "$json"
if [[ "$preset" != small ]]; then
    measure small-yaml-read "$small_yaml_bytes" "$bench" read yaml "$data/small.yaml"
    measure small-yaml-event-loop "$small_yaml_bytes" "$yaml_loop" "$data/small.yaml"
fi
measure small-pyyaml "$small_yaml_bytes" "$python" "$here/python_yaml_load.py" "$data/small.yaml"
# CSV
measure csv-read "$tables_bytes" "$bench" read csv "$tables"
measure python-csv-read "$tables_bytes" "$python" "$here/python_csv_read.py" "$tables"
measure csv-records "$tables_bytes" "$bench" events csv "$tables"
measure csv-write "$tables_bytes" "$bench" write csv "$json"
# XML
measure xml-read-unvalidated "$xml_bytes" "$bench" read-xml-unvalidated "$xml"
measure xmllint-stream "$xml_bytes" xmllint --stream --noout "$xml"
measure xml-events "$xml_bytes" "$bench" events xml "$xml"
measure xml-read "$xml_bytes" "$bench" read xml "$xml"
measure xml-events-schema "$xml_bytes" "$bench" events xml-schema "$xml"
measure xmllint-stream-schema "$xml_bytes" xmllint --stream --noout --schema "$xsd" "$xml"
measure xml-write "$xml_bytes" "$bench" write xml "$json"
# Validation
measure validate "$json_bytes" "$bench" validate "$json"
# ecvet validate exits 1 when it finds errors (the synthetic catalogues have some): that is a
# successful run here; the JSON report goes to /dev/null.
# V12's exact arithmetic on 50 generated choice groups of 200 members each (no input file).
measure points-200 1 "$bench" points 50 200
measure validate-two-parallel "$pair_bytes" bash -c \
    '"$0" validate "$@" --format json > /dev/null || [[ $? -eq 1 ]]' "$ecvet" "$pair_a" "$pair_b"
measure validate-two-sequential "$pair_bytes" bash -c \
    'for f in "$@"; do "$0" validate "$f" --format json > /dev/null || [[ $? -eq 1 ]] || exit 2; done' \
    "$ecvet" "$pair_a" "$pair_b"

echo
"$python" - "$work/results" "$preset" "$runs" "$parallel_preset" \
    "$baseline_label" "$current_label" "$work/baseline-failed" <<'EOF'
import re
import statistics
import sys

results, preset, runs, parallel_preset = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
baseline_label, current_label, baseline_failed = sys.argv[5], sys.argv[6], sys.argv[7]
rows = {}
for line in open(results, encoding="utf-8"):
    name, size, rate, rss, wall, text = line.rstrip("\n").split("\t", 5)
    rows.setdefault(name, []).append(
        {"size": int(size), "rate": float(rate), "rss": int(rss) * 1024, "wall": float(wall), "line": text})

def median(name, key):
    return statistics.median(run[key] for run in rows[name])

def mb(size):
    return "%.1f MB" % (size / 1e6)

def rss(name):
    peak, size = median(name, "rss"), rows[name][0]["size"]
    return "%.0f MB" % (peak / 1e6), "%.2f×" % (peak / size)

def verdict(value, goal, higher=True):
    if goal is None:
        return ""
    return "yes" if (value >= goal if higher else value <= goal) else "**no**"

table = []

def row(what, mine, input_label, baseline=None, baseline_label="", goals=()):
    """goals: (description, value, bound, higher-is-better) tuples, all of which must hold."""
    rate = median(mine, "rate")
    peak, per_file = rss(mine)
    cells = [what, input_label, "%.1f" % rate, peak, per_file]
    if baseline:
        brate = median(baseline, "rate")
        bpeak, bper_file = rss(baseline)
        cells += [baseline_label, "%.1f" % brate, bpeak, "%.2f" % (rate / brate)]
    else:
        cells += [baseline_label or "–", "", "", ""]
    cells.append("; ".join(g[0] for g in goals))
    cells.append(", ".join(verdict(g[1], g[2], g[3]) for g in goals))
    table.append(cells)

def ratio(mine, theirs):
    return median(mine, "rate") / median(theirs, "rate")

p = preset
row("JSON read", "json-read", "%s.json %s" % (p, mb(rows["json-read"][0]["size"])),
    "python-json-load", "Python json.load")
row("JSON write", "json-write", "%s.json" % p, "python-json-dump", "Python json.dump indent=2")
row("`ecvet inspect` end to end", "ecvet-inspect", "%s.json" % p, "python-json-load", "Python json.load")
row("JSON events only (JSONEventReader, no model)", "json-events", "%s.json" % p, "python-json-load", "Python json.load")
row("YAML read", "yaml-read", "%s.yaml %s" % (p, mb(rows["yaml-read"][0]["size"])),
    "yaml-event-loop", "C libyaml event loop",
    goals=(("≥ 50 MB/s", median("yaml-read", "rate"), 50, True),
           ("≥ 0.6× C", ratio("yaml-read", "yaml-event-loop"), 0.6, True)))
row("YAML events only (YAMLEventReader, no model)", "yaml-events", "%s.yaml" % p,
    "yaml-event-loop", "C libyaml event loop")
row("YAML write", "yaml-write", "%s.yaml" % p)
if preset == "small":
    row("YAML read", "yaml-read", "small.yaml", "small-pyyaml", "PyYAML CSafeLoader")
else:
    # PyYAML is too slow for the big file: its reference is taken on the small preset.
    row("YAML read (small preset)", "small-yaml-read", "small.yaml %s" % mb(rows["small-yaml-read"][0]["size"]),
        "small-yaml-event-loop", "C libyaml event loop")
    row("YAML read (small preset)", "small-yaml-read", "small.yaml", "small-pyyaml", "PyYAML CSafeLoader")
row("CSV read", "csv-read", "%s-tables/ %s" % (p, mb(rows["csv-read"][0]["size"])),
    "python-csv-read", "Python csv.reader",
    goals=(("≥ 200 MB/s", median("csv-read", "rate"), 200, True),
           ("≥ 1.5× Python", ratio("csv-read", "python-csv-read"), 1.5, True)))
row("CSV records only (CSVRecordReader, no model)", "csv-records", "%s-tables/" % p,
    "python-csv-read", "Python csv.reader")
row("CSV write", "csv-write", "%s-tables/" % p,
    goals=(("≥ 150 MB/s", median("csv-write", "rate"), 150, True),))
xml_size = rows["xml-read"][0]["size"]
row("XML read, no schema", "xml-read-unvalidated", "%s.xml %s" % (p, mb(xml_size)),
    "xmllint-stream", "xmllint --stream",
    goals=(("≥ 0.5× xmllint", ratio("xml-read-unvalidated", "xmllint-stream"), 0.5, True),
           ("peak ≤ 2.5× file", median("xml-read-unvalidated", "rss") / xml_size, 2.5, False)))
row("XML events only, no schema (XMLEventReader, no model)", "xml-events", "%s.xml" % p,
    "xmllint-stream", "xmllint --stream")
row("XML read, with XSD", "xml-read", "%s.xml" % p, "xmllint-stream-schema", "xmllint --stream --schema",
    goals=(("≥ 0.6× xmllint", ratio("xml-read", "xmllint-stream-schema"), 0.6, True),
           ("peak ≤ 2.5× file", median("xml-read", "rss") / xml_size, 2.5, False)))
row("XML events only, with XSD (no model)", "xml-events-schema", "%s.xml" % p,
    "xmllint-stream-schema", "xmllint --stream --schema")
row("XML write", "xml-write", "%s.xml" % p,
    goals=(("≥ 100 MB/s", median("xml-write", "rate"), 100, True),))

# Validation: the bench prints read and check seconds; the MB/s cell is read + checks.
def seconds(run, which):
    return float(re.search(which + r" ([0-9.]+) s", run["line"]).group(1))
read_s = statistics.median(seconds(r, "read") for r in rows["validate"])
check_s = statistics.median(seconds(r, "checks") for r in rows["validate"])
share = statistics.median(seconds(r, "checks") / seconds(r, "read") for r in rows["validate"])
size = rows["validate"][0]["size"]
peak, per_file = rss("validate")
table.append(["validation (europass) on top of reading", "%s.json" % p,
              "%.1f" % (size / 1e6 / (read_s + check_s)), peak, per_file,
              "ECVET.read alone (read %.2f s, checks %.2f s)" % (read_s, check_s), "%.1f" % (size / 1e6 / read_s), "",
              "checks = %.0f %% of reading" % (share * 100), "≤ 25 %", verdict(share, 0.25, False)])
per_group = statistics.median(float(re.search(r"([0-9.]+) ms per group", r["line"]).group(1)) for r in rows["points-200"])
table.append(["V12 exact points arithmetic, one choice group", "200 members, 2 decimals, 3–12 units (ecvet-bench points)",
              "", rss("points-200")[0], "", "–", "", "", "%.2f ms per group" % per_group, "≤ 10 ms",
              verdict(per_group, 10, False)])
par, seq = median("validate-two-parallel", "wall"), median("validate-two-sequential", "wall")
peak, _ = rss("validate-two-parallel")
speedup = seq / par
table.append(["`ecvet validate` two files at once", "2 × %s.json %s" % (parallel_preset, mb(rows["validate-two-parallel"][0]["size"] / 2)),
              "%.1f" % median("validate-two-parallel", "rate"), peak,
              "%.2f×" % (median("validate-two-parallel", "rss") / rows["validate-two-parallel"][0]["size"]),
              "one after the other (%.1f s vs %.1f s)" % (seq, par), "%.1f" % median("validate-two-sequential", "rate"),
              rss("validate-two-sequential")[0], "speed-up %.2f×" % speedup, "≥ 1.5×", verdict(speedup, 1.5, True)])

print("%s preset; median of %s runs; MB = 10^6 bytes; RSS / file is the peak over the size of the row's input "
      "(of the file written, for write rows)" % (preset, runs))
print()
header = ["what", "input", "ECVETKit MB/s", "ECVETKit peak RSS", "RSS / file", "baseline", "baseline MB/s",
          "baseline peak RSS", "ECVETKit / baseline", "goal", "met"]
print("| " + " | ".join(header) + " |")
print("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |")
for cells in table:
    print("| " + " | ".join(cells) + " |")
print()
print("write rows: MB/s of the bytes written; peak RSS includes the untimed read of %s.json into the model." % p)
print("ECVETKit and Python rows are timed inside the process; the C loop from fopen to the end; xmllint and")
print("the ecvet CLI rows are wall clock of the whole process (start-up included).")
print("events/records only rows: the syntax layer alone (ecvet-bench events), to split a read's time between")
print("the event reader and the binder that builds the model.")
print("validation: ECVET.validate(profile: .europass) after ECVET.read, both timed in one process.")
print("two files: `ecvet validate A B --format json > /dev/null` against A then B, MB/s over both files.")

if not baseline_label:
    sys.exit(0)

# The comparison: every row that also ran the baseline's binary, in the order they ran. Time is
# what the row's MB/s is over (inside the process for ecvet-bench, the whole process for the
# ecvet rows), so time and MB/s ratios agree up to the medians; validation also gets a row for
# the checks alone, the part of it that the goal is about.
inputs = {
    "json-read": ("JSON read", "%s.json" % p),
    "json-write": ("JSON write", "%s.json" % p),
    "ecvet-inspect": ("`ecvet inspect` end to end", "%s.json" % p),
    "json-events": ("JSON events only", "%s.json" % p),
    "yaml-read": ("YAML read", "%s.yaml" % p),
    "yaml-events": ("YAML events only", "%s.yaml" % p),
    "yaml-write": ("YAML write", "%s.yaml" % p),
    "small-yaml-read": ("YAML read (small preset)", "small.yaml"),
    "csv-read": ("CSV read", "%s-tables/" % p),
    "csv-records": ("CSV records only", "%s-tables/" % p),
    "csv-write": ("CSV write", "%s-tables/" % p),
    "xml-read-unvalidated": ("XML read, no schema", "%s.xml" % p),
    "xml-events": ("XML events only, no schema", "%s.xml" % p),
    "xml-read": ("XML read, with XSD", "%s.xml" % p),
    "xml-events-schema": ("XML events only, with XSD", "%s.xml" % p),
    "xml-write": ("XML write", "%s.xml" % p),
    "validate": ("validation: read + europass checks", "%s.json" % p),
    "validate-two-parallel": ("`ecvet validate` two files at once", "2 × %s.json" % parallel_preset),
    "validate-two-sequential": ("`ecvet validate` one file after the other", "2 × %s.json" % parallel_preset),
}
try:
    failed = set(open(baseline_failed, encoding="utf-8").read().split())
except FileNotFoundError:
    failed = set()

def times(name):
    if name.split(":")[-1] == "validate":
        return [seconds(r, "read") + seconds(r, "checks") for r in rows[name]]
    return [r["size"] / 1e6 / r["rate"] for r in rows[name]]

def flag(ratio, what):
    return "**%s +%.1f %%**" % (what, (ratio - 1) * 100) if ratio > 1.10 else ""

compared, uncompared = [], []
for name in rows:
    if name.startswith("baseline:"):
        continue
    if name in failed:
        uncompared.append(name)
        continue
    if "baseline:" + name not in rows:
        continue
    what, input_label = inputs.get(name, (name, ""))
    size = rows[name][0]["size"]
    mine, theirs = statistics.median(times(name)), statistics.median(times("baseline:" + name))
    peak, bpeak = median(name, "rss"), median("baseline:" + name, "rss")
    compared.append([what, input_label, "%.3f s" % mine, "%.3f s" % theirs, "%.3f" % (mine / theirs),
                     "%.1f" % (size / 1e6 / mine), "%.1f" % (size / 1e6 / theirs), "%.3f" % (theirs / mine),
                     "%.0f MB" % (peak / 1e6), "%.0f MB" % (bpeak / 1e6), "%.3f" % (peak / bpeak),
                     "; ".join(f for f in (flag(mine / theirs, "time"), flag(peak / bpeak, "peak")) if f)])
    if name == "validate":
        mine = statistics.median(seconds(r, "checks") for r in rows[name])
        theirs = statistics.median(seconds(r, "checks") for r in rows["baseline:" + name])
        compared.append(["validation: the europass checks alone", input_label, "%.3f s" % mine, "%.3f s" % theirs,
                         "%.3f" % (mine / theirs), "", "", "", "", "", "", flag(mine / theirs, "time")])

print()
print("%s against %s: each run of a row ran %s's binary, then this tree's, on the same files; median of %s runs"
      % (current_label, baseline_label, baseline_label, runs))
print()
header = ["what", "input", "time", "%s time" % baseline_label, "time ratio", "MB/s", "%s MB/s" % baseline_label,
          "MB/s ratio", "peak RSS", "%s peak RSS" % baseline_label, "peak ratio", "flag"]
print("| " + " | ".join(header) + " |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for cells in compared:
    print("| " + " | ".join(cells) + " |")
print()
print("ratios: this tree / %s, so above 1 is slower (time), faster (MB/s) or more memory (peak);" % baseline_label)
print("flagged: time more than 10 % above the baseline's, or peak RSS more than 10 % above it.")
print("time: inside the process for ecvet-bench rows, wall clock of the whole process for ecvet rows.")
if uncompared:
    print("not compared (the baseline's binary failed; see its runs above): %s" % ", ".join(uncompared))
flagged = sum(1 for cells in compared if cells[-1])
print("%d of %d compared rows flagged." % (flagged, len(compared)))
EOF

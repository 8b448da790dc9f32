#!/usr/bin/env bash
# Benchmarks the views of a catalogue (issue 21): `ecvet report` of the PRESET catalogue to one
# HTML page (goal: written in < 10 s, page < 50 MB), and `ecvet diff` of the catalogue and next
# year's version of it made by revise.py (goal: <= 2x the time of reading both, timed as
# `ecvet inspect OLD NEW`). Release build; timings are the median of RUNS runs, peak memory the
# median "Maximum resident set size" of /usr/bin/time -v. MB are 10^6 bytes.
#
#   Benchmarks/run-report.sh                 the `national` preset, 3 runs
#   PRESET=small RUNS=5 Benchmarks/run-report.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
preset="${PRESET:-national}"
runs="${RUNS:-3}"
python="${PYTHON:-python3}"
data="$here/data"
catalogue="$data/$preset.json"
next="$data/$preset-next.json"

command -v /usr/bin/time > /dev/null || { echo "run-report.sh needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$data"
if [[ ! -s "$catalogue" ]]; then
    echo "== generating the $preset preset into $catalogue"
    "$python" "$here/generate.py" --preset "$preset" --out "$catalogue.partial"
    mv "$catalogue.partial" "$catalogue"
fi
if [[ ! -s "$next" || "$next" -ot "$catalogue" ]]; then
    echo "== revising $catalogue into $next"
    "$python" "$here/revise.py" "$catalogue" "$next.partial"
    mv "$next.partial" "$next"
fi
echo "== building ecvet (release)"
(cd "$root" && nice swift build -c release --product ecvet > /dev/null)
ecvet="$root/.build/release/ecvet"

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# measured STATUSES COMMAND...: "seconds peak-bytes", medians of RUNS runs; STATUSES are the exit
# statuses that mean it worked ("0 1").
measured() {
    local expected="$1" seconds=() peaks=() status wall
    shift
    for run in $(seq "$runs"); do
        status=0
        /usr/bin/time -v "$@" > "$work/out" 2> "$work/log" || status=$?
        if [[ " $expected " != *" $status "* ]]; then
            echo "failed (status $status, expected $expected): $*" >&2
            grep -v "^\s" "$work/log" | head -10 >&2
            exit 1
        fi
        wall="$(grep "Elapsed (wall clock)" "$work/log" | awk '{ print $NF }')"
        seconds+=("$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')")
        peaks+=("$(grep "Maximum resident set size" "$work/log" | awk '{ print $NF * 1024 }')")
    done
    echo "$(median "${seconds[@]}") $(median "${peaks[@]}")"
}

# The report is written whether the data has errors (1) or not (0).
read -r report_seconds report_peak < <(measured "0 1" "$ecvet" report "$catalogue" -o "$work/report.html")
report_bytes="$(stat -c %s "$work/report.html")"
read -r read_seconds read_peak < <(measured 0 "$ecvet" inspect "$catalogue" "$next")
read -r diff_seconds diff_peak < <(measured 1 "$ecvet" diff "$catalogue" "$next" -o "$work/changes.txt")
changes="$(tail -1 "$work/changes.txt")"

awk -v runs="$runs" -v preset="$preset" -v rs="$report_seconds" -v rp="$report_peak" -v rb="$report_bytes" \
    -v ds="$diff_seconds" -v dp="$diff_peak" -v is="$read_seconds" -v ip="$read_peak" 'BEGIN {
    printf "\n%-52s %10s %12s\n", "row (median of " runs " runs)", "seconds", "peak MB"
    printf "%-52s %10.2f %12.0f\n", "report " preset " (page of " sprintf("%.1f", rb / 1e6) " MB)", rs, rp / 1e6
    printf "%-52s %10.2f %12.0f\n", "inspect " preset " and its next version (reading both)", is, ip / 1e6
    printf "%-52s %10.2f %12.0f\n", "diff " preset " and its next version", ds, dp / 1e6
    printf "\ndiff / reading both: %.2fx (goal <= 2x); report: goal < 10 s and < 50 MB\n", ds / is
}'
echo "the diff found: $changes"

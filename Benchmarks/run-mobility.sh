#!/usr/bin/env bash
# Benchmarks the mobility documents: a folder of COUNT learning agreements (one YAML file per
# learner, made by generate_agreements.py for the catalogue, with their MoU) checked by
# `ecvet validate FOLDER --catalogue PRESET.json` against the generated catalogue, every
# reference resolved (MoU, qualification, units, outcomes, points).
#
#   Benchmarks/run-mobility.sh                   the `national` preset and 10,000 agreements, 3 runs
#   PRESET=small COUNT=1000 RUNS=5 Benchmarks/run-mobility.sh
#
# Goals (issue 19): ≤ 10 s on 2 cores, peak memory ≤ 2.5× the inputs (the catalogue and the
# agreements). Then `ecvet render` of RENDER (1,000) of the agreements to a folder of HTML pages
# with the same catalogue (issue 20: ≤ 5 s), and `ecvet inspect` of the catalogue alone, the part
# of that time that is reading the catalogue. Timings are the median of RUNS runs; peak memory the median "Maximum resident set
# size" of /usr/bin/time -v. MB are 10^6 bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
preset="${PRESET:-national}"
count="${COUNT:-10000}"
render="${RENDER:-1000}"
runs="${RUNS:-3}"
python="${PYTHON:-python3}"
data="$here/data"
catalogue="$data/$preset.json"
folder="$data/agreements-$preset-$count"

command -v /usr/bin/time > /dev/null || { echo "run-mobility.sh needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$data"
if [[ ! -s "$catalogue" ]]; then
    echo "== generating the $preset preset into $catalogue"
    "$python" "$here/generate.py" --preset "$preset" --out "$catalogue.partial"
    mv "$catalogue.partial" "$catalogue"
fi
if [[ ! -d "$folder" ]]; then
    echo "== generating $count learning agreements into $folder"
    "$python" "$here/generate_agreements.py" --catalogue "$catalogue" --count "$count" --out "$folder.partial"
    mv "$folder.partial" "$folder"
fi
echo "== building ecvet (release)"
(cd "$root" && nice swift build -c release --product ecvet > /dev/null)
ecvet="$root/.build/release/ecvet"

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
catalogue_bytes="$(stat -c %s "$catalogue")"
agreement_bytes="$(cat "$folder"/*.yaml | wc -c)"
inputs=$((catalogue_bytes + agreement_bytes))
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
seconds=()
peaks=()
for run in $(seq "$runs"); do
    status=0
    /usr/bin/time -v "$ecvet" validate "$folder" --catalogue "$catalogue" > /dev/null 2> "$log" || status=$?
    if [[ $status -ne 0 ]] || ! grep -q "0 errors, 0 warnings" "$log"; then
        echo "ecvet validate did not pass (status $status):" >&2
        grep -v "^\s" "$log" | head -20 >&2
        exit 1
    fi
    wall="$(grep "Elapsed (wall clock)" "$log" | awk '{ print $NF }')"
    seconds+=("$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')")
    peaks+=("$(grep "Maximum resident set size" "$log" | awk '{ print $NF * 1024 }')")
done
time_median="$(median "${seconds[@]}")"
peak_median="$(median "${peaks[@]}")"

# timed NAME COMMAND...: the median wall seconds of RUNS runs of COMMAND.
timed() {
    local times=() run start end
    for run in $(seq "$runs"); do
        start="$(date +%s.%N)"
        "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
        end="$(date +%s.%N)"
        times+=("$(echo "$end - $start" | bc)")
    done
    median "${times[@]}"
}
subset="$(mktemp -d)"
pages="$(mktemp -d)"
trap 'rm -f "$log"; rm -rf "$subset" "$pages"' EXIT
names=("$folder"/la-*.yaml)
cp "${names[@]:0:$render}" "$subset/"
render_seconds="$(timed "$ecvet" render "$subset" --catalogue "$catalogue" -o "$pages/out")"
read_seconds="$(timed "$ecvet" inspect "$catalogue")"

awk -v count="$count" -v preset="$preset" -v cat="$catalogue_bytes" -v las="$agreement_bytes" -v inputs="$inputs" \
    -v time="$time_median" -v peak="$peak_median" -v runs="$runs" -v render="$render" -v rtime="$render_seconds" \
    -v readtime="$read_seconds" 'BEGIN {
    printf "\n%-58s %10s %12s %10s\n", "row (median of " runs " runs)", "seconds", "peak MB", "peak/input"
    printf "%-58s %10.2f %12.0f %10.2f\n", "validate " count " agreements --catalogue " preset, time, peak / 1e6, peak / inputs
    printf "%-58s %10.2f\n", "render " render " agreements to HTML --catalogue " preset, rtime
    printf "%-58s %10.2f\n", "  of which reading the catalogue (inspect " preset ")", readtime
    printf "\ninputs: the catalogue %.1f MB, the agreements %.1f MB; goals: validate <= 10 s and <= 2.5x the inputs, render <= 5 s\n", cat / 1e6, las / 1e6
}'

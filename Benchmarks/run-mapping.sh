#!/usr/bin/env bash
# Benchmarks reading through mapping files:
#
# 1. the same generated catalogue read through a mapping (foreign.py writes it in an
#    ePerusteet-like shape, foreign.mapping.yaml reads it) and read as canonical JSON (the
#    mapped catalogue written back with `ecvet convert --to json`): the ratio of the times;
# 2. a batch of ePerusteet files (eperusteet_batch.py: copies of the real export in
#    ../shared/real/fi-eperusteet with distinct ids) converted to Europass XML by
#    `ecvet convert --mapping Mappings/fi-eperusteet.mapping.yaml --to europass-xml -o DIR/`
#    (the europass checks on, both cores) and by python_eperusteet_loq.py (json + lxml).
#
#   Benchmarks/run-mapping.sh                 the `national` preset and 160 files, 3 runs per row
#   PRESET=medium BATCH=40 RUNS=5 Benchmarks/run-mapping.sh
#
# Timings are the median of RUNS runs; peak memory is the median "Maximum resident set size" of
# /usr/bin/time -v. MB are 10^6 bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
preset="${PRESET:-national}"
batch="${BATCH:-160}"
runs="${RUNS:-3}"
python="${PYTHON:-python3}"
data="$here/data"
real="$root/../shared/real/fi-eperusteet/amosaayhteinenPeruste.json"

command -v /usr/bin/time > /dev/null || { echo "run-mapping.sh needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$data"

echo "== building ecvet-bench and ecvet (release)"
if ! log="$(nice -n 10 swift build -c release --package-path "$root" 2>&1)"; then
    printf '%s\n' "$log" | tail -n 20 >&2
    exit 1
fi
bench="$(swift build -c release --package-path "$root" --show-bin-path)/ecvet-bench"
ecvet="$(swift build -c release --package-path "$root" --show-bin-path)/ecvet"

if [[ ! -s "$data/$preset.json" ]]; then
    echo "== generating the $preset preset"
    "$python" "$here/generate.py" --preset "$preset" --out "$data/$preset.json.partial"
    mv "$data/$preset.json.partial" "$data/$preset.json"
fi
foreign="$data/$preset-foreign.json"
canonical="$data/$preset-foreign-canonical.json"
if [[ ! -s "$foreign" || "$foreign" -ot "$data/$preset.json" ]]; then
    echo "== writing $preset in the foreign shape"
    "$python" "$here/foreign.py" "$data/$preset.json" "$foreign.partial"
    mv "$foreign.partial" "$foreign"
fi
if [[ ! -s "$canonical" || "$canonical" -ot "$foreign" ]]; then
    echo "== writing the mapped catalogue as canonical JSON"
    "$ecvet" convert --mapping "$here/foreign.mapping.yaml" "$foreign" --to json -o "$canonical"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# median VALUES...: the median of numbers.
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# timed NAME COMMAND...: runs COMMAND `runs` times; sets SECONDS_MEDIAN and PEAK_MEDIAN (kB).
timed() {
    local name="$1" run seconds=() peaks=()
    shift
    echo "== $name"
    for ((run = 1; run <= runs; run++)); do
        rm -rf "$work/out"
        local started="$EPOCHREALTIME"
        /usr/bin/time -v -o "$work/time" "$@" > "$work/stdout" 2> "$work/stderr" || {
            echo "   failed:"; tail -n 5 "$work/stderr"; exit 1; }
        local ended="$EPOCHREALTIME"
        seconds+=("$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.3f", b - a }')")
        peaks+=("$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")")
        echo "   run $run: ${seconds[-1]} s, peak ${peaks[-1]} kB"
    done
    SECONDS_MEDIAN="$(median "${seconds[@]}")"
    PEAK_MEDIAN="$(median "${peaks[@]}")"
}

timed "read through the mapping" "$bench" read-mapping "$here/foreign.mapping.yaml" "$foreign"
mapped_seconds="$SECONDS_MEDIAN" mapped_peak="$PEAK_MEDIAN"
timed "read the same catalogue as canonical JSON" "$bench" read "$canonical"
canonical_seconds="$SECONDS_MEDIAN" canonical_peak="$PEAK_MEDIAN"

rows=()
rows+=("$(printf '| %s, %.1f MB, through foreign.mapping.yaml | %.2f s | %.0f MB | %.2f× the canonical read |' \
    "$preset" "$(awk -v b="$(stat -c %s "$foreign")" 'BEGIN { print b / 1e6 }')" "$mapped_seconds" \
    "$(awk -v k="$mapped_peak" 'BEGIN { print k / 1000 }')" \
    "$(awk -v a="$mapped_seconds" -v b="$canonical_seconds" 'BEGIN { print a / b }')")")
rows+=("$(printf '| the same catalogue as canonical JSON, %.1f MB | %.2f s | %.0f MB | |' \
    "$(awk -v b="$(stat -c %s "$canonical")" 'BEGIN { print b / 1e6 }')" "$canonical_seconds" \
    "$(awk -v k="$canonical_peak" 'BEGIN { print k / 1000 }')")")

if [[ -s "$real" ]]; then
    folder="$data/eperusteet-batch-$batch"
    if [[ ! -d "$folder" ]]; then
        echo "== writing $batch ePerusteet files into $folder"
        "$python" "$here/eperusteet_batch.py" "$real" "$folder.partial" "$batch"
        mv "$folder.partial" "$folder"
    fi
    bytes="$(find "$folder" -name '*.json' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
    timed "ecvet convert --mapping, $batch files to Europass XML" \
        "$ecvet" convert --mapping "$root/Mappings/fi-eperusteet.mapping.yaml" "$folder"/*.json --to europass-xml -o "$work/out/"
    ecvet_seconds="$SECONDS_MEDIAN" ecvet_peak="$PEAK_MEDIAN"
    rows+=("$(printf '| %s ePerusteet files, %.1f MB, to Europass XML with the europass checks | %.2f s = %.1f MB/s | %.0f MB | |' \
        "$batch" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$ecvet_seconds" \
        "$(awk -v b="$bytes" -v s="$ecvet_seconds" 'BEGIN { print b / 1e6 / s }')" \
        "$(awk -v k="$ecvet_peak" 'BEGIN { print k / 1000 }')")")
    if "$python" -c 'import lxml' 2> /dev/null; then
        timed "python json + lxml, the same files" "$python" "$here/python_eperusteet_loq.py" "$work/out" "$folder"/*.json
        rows+=("$(printf '| the same with Python json + lxml | %.2f s = %.1f MB/s | %.0f MB | ECVETKit %.2f× faster |' \
            "$SECONDS_MEDIAN" "$(awk -v b="$bytes" -v s="$SECONDS_MEDIAN" 'BEGIN { print b / 1e6 / s }')" \
            "$(awk -v k="$PEAK_MEDIAN" 'BEGIN { print k / 1000 }')" \
            "$(awk -v a="$SECONDS_MEDIAN" -v b="$ecvet_seconds" 'BEGIN { print a / b }')")")
    else
        rows+=("| Python json + lxml | skipped: lxml is not installed (pip install lxml) | | |")
    fi
else
    rows+=("| the ePerusteet batch | skipped: $real is missing | | |")
fi

echo
echo "| what | time | peak memory | |"
echo "| --- | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"

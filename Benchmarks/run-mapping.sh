#!/usr/bin/env bash
# Benchmarks reading through mapping files:
#
# 1. the same generated catalogue read through a mapping (foreign.py writes it in an
#    ePerusteet-like shape, foreign.mapping.yaml reads it) and read as canonical JSON (the
#    mapped catalogue written back with `ecvet convert --to json`): the ratio of the times;
# 2. a batch of ePerusteet files (eperusteet_batch.py: copies of the real export in
#    Fixtures/real/fi-eperusteet with distinct ids and codes) converted to Europass XML by
#    `ecvet convert --mapping Mappings/fi-eperusteet.mapping.yaml --to europass-xml -o DIR/`
#    (the europass checks on, both cores) and by python_eperusteet_loq.py (json + lxml, the same
#    elements and values: compare_loq.py checks it); then both again with the official LOQ XSD
#    checked on every document before it is written (`ecvet convert … --xsd europass`,
#    `python_eperusteet_loq.py --xsd`).
#
#   Benchmarks/run-mapping.sh                 the `national` preset and 160 files, 3 runs per row
#   PRESET=medium BATCH=40 RUNS=5 Benchmarks/run-mapping.sh
#   BASELINE=REV …  (or BASELINE_ROOT=DIR …)  also measure an earlier commit (see baseline.sh)
#
# Timings are the median of RUNS runs; peak memory is the median "Maximum resident set size" of
# /usr/bin/time -v. MB are 10^6 bytes.
#
# With a baseline, the rows that run ecvet-bench or ecvet run it for both builds on the same files
# (the mappings of this tree included), alternating within each run number (the baseline's run 1,
# this tree's run 1, run 2 …) so that a change in the machine's load weighs on both alike; a
# second table sets the medians side by side and flags time more than 10 % worse or peak memory
# more than 10 % higher. The Python row runs once, as without.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
preset="${PRESET:-national}"
batch="${BATCH:-160}"
runs="${RUNS:-3}"
python="${PYTHON:-python3}"
data="$here/data"
real="$root/Fixtures/real/fi-eperusteet/amosaayhteinenPeruste.json"
# shellcheck source=baseline.sh
source "$here/baseline.sh"

command -v /usr/bin/time > /dev/null || { echo "run-mapping.sh needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$data"

echo "== building ecvet-bench and ecvet (release)"
if ! log="$(nice -n 10 swift build -c release --package-path "$root" 2>&1)"; then
    printf '%s\n' "$log" | tail -n 20 >&2
    exit 1
fi
bench="$(swift build -c release --package-path "$root" --show-bin-path)/ecvet-bench"
ecvet="$(swift build -c release --package-path "$root" --show-bin-path)/ecvet"

# BASELINE or BASELINE_ROOT: the earlier build's binaries (baseline_label stays empty without).
baseline_prepare "$root"

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

# sample LABEL COMMAND...: one run of COMMAND (its output folder emptied first); sets
# SAMPLE_SECONDS and SAMPLE_PEAK (kB) and shows them after LABEL. Returns 1 when COMMAND fails.
sample() {
    local label="$1"
    shift
    rm -rf "$work/out"
    local started="$EPOCHREALTIME"
    /usr/bin/time -v -o "$work/time" "$@" > "$work/stdout" 2> "$work/stderr" || return 1
    local ended="$EPOCHREALTIME"
    SAMPLE_SECONDS="$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.3f", b - a }')"
    SAMPLE_PEAK="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
    echo "   $label: $SAMPLE_SECONDS s, peak $SAMPLE_PEAK kB"
}

# timed NAME BYTES COMMAND...: runs COMMAND `runs` times; sets SECONDS_MEDIAN and PEAK_MEDIAN
# (kB). With a baseline and a COMMAND that runs ecvet-bench or ecvet, each run follows the same
# run of the baseline's binary, BASELINE_SECONDS_MEDIAN is set (empty otherwise) and the row is
# added to `compared` (NAME, BYTES, the medians of both); a baseline that fails leaves the row
# uncompared rather than stopping the run.
timed() {
    local name="$1" bytes="$2" run seconds=() peaks=() base_seconds=() base_peaks=()
    shift 2
    echo "== $name"
    baseline_command "$@"
    local against=("${BASELINE_COMMAND[@]}")
    for ((run = 1; run <= runs; run++)); do
        if (( ${#against[@]} > 0 )); then
            if sample "run $run, $baseline_label" "${against[@]}"; then
                base_seconds+=("$SAMPLE_SECONDS")
                base_peaks+=("$SAMPLE_PEAK")
            else
                echo "   failed at $baseline_label, so not compared:"; tail -n 5 "$work/stderr"
                uncompared+=("$name")
                against=() base_seconds=()
            fi
        fi
        sample "run $run" "$@" || { echo "   failed:"; tail -n 5 "$work/stderr"; exit 1; }
        seconds+=("$SAMPLE_SECONDS")
        peaks+=("$SAMPLE_PEAK")
    done
    SECONDS_MEDIAN="$(median "${seconds[@]}")"
    PEAK_MEDIAN="$(median "${peaks[@]}")"
    BASELINE_SECONDS_MEDIAN=""
    if (( ${#base_seconds[@]} > 0 )); then
        BASELINE_SECONDS_MEDIAN="$(median "${base_seconds[@]}")"
        compared+=("$(printf '%s\t%s\t%s\t%s\t%s\t%s' "$name" "$bytes" "$SECONDS_MEDIAN" \
            "$BASELINE_SECONDS_MEDIAN" "$PEAK_MEDIAN" "$(median "${base_peaks[@]}")")")
    fi
}
compared=() uncompared=()

timed "read through the mapping" "$(stat -c %s "$foreign")" "$bench" read-mapping "$here/foreign.mapping.yaml" "$foreign"
mapped_seconds="$SECONDS_MEDIAN" mapped_peak="$PEAK_MEDIAN" mapped_baseline="$BASELINE_SECONDS_MEDIAN"
timed "read the same catalogue as canonical JSON" "$(stat -c %s "$canonical")" "$bench" read "$canonical"
canonical_seconds="$SECONDS_MEDIAN" canonical_peak="$PEAK_MEDIAN" canonical_baseline="$BASELINE_SECONDS_MEDIAN"

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
    # Written again when the export or eperusteet_batch.py changed since.
    if [[ ! -d "$folder" || "$folder" -ot "$real" || "$folder" -ot "$here/eperusteet_batch.py" ]]; then
        echo "== writing $batch ePerusteet files into $folder"
        rm -rf "$folder" "$folder.partial"
        "$python" "$here/eperusteet_batch.py" "$real" "$folder.partial" "$batch"
        mv "$folder.partial" "$folder"
    fi
    bytes="$(find "$folder" -name '*.json' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
    timed "ecvet convert --mapping, $batch files to Europass XML" "$bytes" \
        "$ecvet" convert --mapping "$root/Mappings/fi-eperusteet.mapping.yaml" "$folder"/*.json --to europass-xml -o "$work/out/"
    ecvet_seconds="$SECONDS_MEDIAN" ecvet_peak="$PEAK_MEDIAN"
    rows+=("$(printf '| %s ePerusteet files, %.1f MB, to Europass XML with the europass checks | %.2f s = %.1f MB/s | %.0f MB | |' \
        "$batch" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$ecvet_seconds" \
        "$(awk -v b="$bytes" -v s="$ecvet_seconds" 'BEGIN { print b / 1e6 / s }')" \
        "$(awk -v k="$ecvet_peak" 'BEGIN { print k / 1000 }')")")
    # With the official XSD: every document is checked before it is written, by ECVETKit's built-in
    # copy of the schema and by lxml's XMLSchema (parsed once per run). A baseline whose `ecvet`
    # does not know `--xsd europass` fails this row, which is then not compared.
    timed "ecvet convert --mapping --xsd europass, $batch files to Europass XML" "$bytes" \
        "$ecvet" convert --mapping "$root/Mappings/fi-eperusteet.mapping.yaml" "$folder"/*.json --to europass-xml -o "$work/out/" --xsd europass
    ecvet_xsd_seconds="$SECONDS_MEDIAN" ecvet_xsd_peak="$PEAK_MEDIAN"
    ecvet_xsd_row="$(printf '| the same, each document checked against the official LOQ XSD (`--xsd europass`) | %.2f s = %.1f MB/s | %.0f MB | |' \
        "$ecvet_xsd_seconds" "$(awk -v b="$bytes" -v s="$ecvet_xsd_seconds" 'BEGIN { print b / 1e6 / s }')" \
        "$(awk -v k="$ecvet_xsd_peak" 'BEGIN { print k / 1000 }')")"
    if "$python" -c 'import lxml' 2> /dev/null; then
        timed "python json + lxml, the same files" "$bytes" "$python" "$here/python_eperusteet_loq.py" "$work/out" "$folder"/*.json
        rows+=("$(printf '| the same with Python json + lxml | %.2f s = %.1f MB/s | %.0f MB | ECVETKit %.2f× faster (goal ≥ 3×) |' \
            "$SECONDS_MEDIAN" "$(awk -v b="$bytes" -v s="$SECONDS_MEDIAN" 'BEGIN { print b / 1e6 / s }')" \
            "$(awk -v k="$PEAK_MEDIAN" 'BEGIN { print k / 1000 }')" \
            "$(awk -v a="$SECONDS_MEDIAN" -v b="$ecvet_seconds" 'BEGIN { print a / b }')")")
        rows+=("$ecvet_xsd_row")
        timed "python json + lxml --xsd, the same files" "$bytes" "$python" "$here/python_eperusteet_loq.py" --xsd "$work/out" "$folder"/*.json
        rows+=("$(printf '| the same with Python json + lxml, each document validated by lxml `XMLSchema` (`--xsd`) | %.2f s = %.1f MB/s | %.0f MB | ECVETKit %.2f× faster (goal ≥ 2×) |' \
            "$SECONDS_MEDIAN" "$(awk -v b="$bytes" -v s="$SECONDS_MEDIAN" 'BEGIN { print b / 1e6 / s }')" \
            "$(awk -v k="$PEAK_MEDIAN" 'BEGIN { print k / 1000 }')" \
            "$(awk -v a="$SECONDS_MEDIAN" -v b="$ecvet_xsd_seconds" 'BEGIN { print a / b }')")")
    else
        rows+=("| Python json + lxml | skipped: lxml is not installed (pip install lxml) | | |")
        rows+=("$ecvet_xsd_row")
    fi
else
    rows+=("| the ePerusteet batch | skipped: $real is missing | | |")
fi

echo
echo "| what | time | peak memory | |"
echo "| --- | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"

[[ -n "$baseline_label" ]] || exit 0

# The comparison: time and peak memory medians of both builds per row, their ratios (this tree /
# baseline), MB/s over the row's input, and a flag past 10 % worse; then the mapping read's ratio
# to the canonical read for both builds, since that ratio is what the first two rows are judged by.
echo
echo "$current_label against $baseline_label: each run of a row ran $baseline_label's binary, then this tree's, on the same files; median of $runs runs"
echo
echo "| what | time | $baseline_label time | time ratio | MB/s | $baseline_label MB/s | MB/s ratio | peak memory | $baseline_label peak memory | peak ratio | flag |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
flagged=0
for line in "${compared[@]}"; do
    IFS=$'\t' read -r name size mine theirs peak base_peak <<< "$line"
    row="$(awk -v n="$name" -v b="$size" -v m="$mine" -v t="$theirs" -v p="$peak" -v q="$base_peak" 'BEGIN {
        flag = ""
        if (m / t > 1.10) flag = sprintf("**time +%.1f %%**", (m / t - 1) * 100)
        if (p / q > 1.10) flag = flag (flag == "" ? "" : "; ") sprintf("**peak +%.1f %%**", (p / q - 1) * 100)
        printf "| %s | %.3f s | %.3f s | %.3f | %.1f | %.1f | %.3f | %.0f MB | %.0f MB | %.3f | %s |", \
            n, m, t, m / t, b / 1e6 / m, b / 1e6 / t, t / m, p / 1000, q / 1000, p / q, flag
    }')"
    [[ "$row" != *'**'* ]] || flagged=$((flagged + 1))
    echo "$row"
done
echo
echo "ratios: this tree / $baseline_label, so above 1 is slower (time), faster (MB/s) or more memory (peak);"
echo "flagged: time more than 10 % above the baseline's, or peak memory more than 10 % above it."
if [[ -n "$mapped_baseline" && -n "$canonical_baseline" ]]; then
    awk -v a="$mapped_seconds" -v b="$canonical_seconds" -v c="$mapped_baseline" -v d="$canonical_baseline" \
        -v l="$baseline_label" 'BEGIN {
        printf "through the mapping / the canonical read: %.2f× here, %.2f× at %s\n", a / b, c / d, l }'
fi
if (( ${#uncompared[@]} > 0 )); then
    echo "not compared (the baseline's binary failed; see its runs above): ${uncompared[*]}"
fi
echo "$flagged of ${#compared[@]} compared rows flagged."

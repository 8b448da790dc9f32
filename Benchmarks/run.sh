#!/usr/bin/env bash
# Benchmarks ECVETKit's JSON reader and writer against Python's json module on one synthetic
# catalogue, and the `ecvet` CLI end to end.
#
#   Benchmarks/run.sh                 the `national` preset (~317 MB), 3 runs per row
#   PRESET=small Benchmarks/run.sh    the ~5 MB preset, for a quick check
#   RUNS=5 Benchmarks/run.sh          the median of 5 runs per row
#
# The catalogue is generated into Benchmarks/data/ (git-ignored) when missing. Builds run under
# `nice`. Timings are the median of RUNS runs; peak memory is the median "Maximum resident set
# size" reported by /usr/bin/time -v for the whole process. MB are 10^6 bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
preset="${PRESET:-national}"
runs="${RUNS:-3}"
python="${PYTHON:-python3}"
data="$here/data"
file="$data/$preset.json"

if [[ ! -x /usr/bin/time ]]; then
    echo "run.sh needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 2
fi

mkdir -p "$data"
if [[ ! -s "$file" ]]; then
    echo "== generating the $preset preset into $file"
    "$python" "$here/generate.py" --preset "$preset" --out "$file.partial"
    mv "$file.partial" "$file"
fi

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

echo "== building ecvet-bench (release)"
build --package-path "$here"
bench="$(swift build -c release --package-path "$here" --show-bin-path)/ecvet-bench"

echo "== building ecvet (release)"
build --package-path "$root"
ecvet="$(swift build -c release --package-path "$root" --show-bin-path)/ecvet"

bytes="$(stat -c %s "$file")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# measure NAME COMMAND...: runs COMMAND `runs` times under /usr/bin/time -v and records, per run,
# the MB/s the command printed (or, when it prints none, file size / wall-clock time) and the
# peak RSS in kB.
measure() {
    local name="$1"
    shift
    echo "== $name: $*"
    local run
    for ((run = 1; run <= runs; run++)); do
        local started ended
        started="$EPOCHREALTIME"
        /usr/bin/time -v -o "$work/time" "$@" > "$work/out" 2> "$work/err" || {
            echo "   failed:" >&2
            cat "$work/err" >&2
            exit 1
        }
        ended="$EPOCHREALTIME"
        local line rate rss
        line="$(grep -m1 'MB/s' "$work/out" || true)"
        if [[ -n "$line" ]]; then
            rate="$(sed -E 's/.*= ([0-9.]+) MB\/s.*/\1/' <<< "$line")"
        else
            rate="$(awk -v b="$bytes" -v s="$started" -v e="$ended" 'BEGIN { printf "%.1f", b / 1e6 / (e - s) }')"
            line="$(head -n1 "$work/out") [$(awk -v s="$started" -v e="$ended" 'BEGIN { printf "%.2f", e - s }') s wall]"
        fi
        rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
        echo "   run $run: $line; peak RSS $((rss / 1024)) MiB"
        echo "$name $rate $rss" >> "$work/results"
    done
}

measure ecvetkit-read "$bench" read "$file"
measure python-load "$python" "$here/python_json_load.py" "$file"
measure ecvetkit-write "$bench" write "$file"
measure python-dump "$python" "$here/python_json_load.py" --dump "$file"
measure ecvet-inspect "$ecvet" inspect "$file"

echo
"$python" - "$work/results" "$bytes" "$preset" "$runs" <<'EOF'
import statistics
import sys

results, size, preset, runs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rows = {}
for line in open(results):
    name, rate, rss = line.split()
    rows.setdefault(name, []).append((float(rate), int(rss) * 1024))

def figures(name):
    values = rows[name]
    rate = statistics.median(v[0] for v in values)
    rss = statistics.median(v[1] for v in values)
    return rate, rss

print("%s preset: %.1f MB (%d bytes); median of %s runs; MB = 10^6 bytes" % (preset, size / 1e6, size, runs))
print()
print("| what | ECVETKit MB/s | ECVETKit peak RSS | RSS / file | Python MB/s | Python peak RSS | RSS / file | MB/s ECVETKit / Python | RSS ECVETKit / Python |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for title, mine, theirs in (("read (json.load)", "ecvetkit-read", "python-load"),
                            ("write (json.dump indent=2)", "ecvetkit-write", "python-dump")):
    rate, rss = figures(mine)
    prate, prss = figures(theirs)
    print("| %s | %.1f | %.0f MB | %.2f× | %.1f | %.0f MB | %.2f× | %.2f | %.2f |"
          % (title, rate, rss / 1e6, rss / size, prate, prss / 1e6, prss / size, rate / prate, rss / prss))
rate, rss = figures("ecvet-inspect")
prate, prss = figures("python-load")
print("| `ecvet inspect` end to end (vs json.load) | %.1f | %.0f MB | %.2f× | %.1f | %.0f MB | %.2f× | %.2f | %.2f |"
      % (rate, rss / 1e6, rss / size, prate, prss / 1e6, prss / size, rate / prate, rss / prss))
print()
print("write rows: MB/s of the bytes written; peak RSS includes the untimed read of the model.")
print("ecvet inspect: file size / wall-clock time of the whole process (start, read, summary).")
EOF

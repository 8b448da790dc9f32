#!/usr/bin/env bash
# Fuzz/run.sh SECONDS [TARGET...]: builds the fuzz targets with libFuzzer and AddressSanitizer,
# seeds each target's corpus from Fixtures/, Mappings/ and Seeds/ (and its regressions), runs
# each target for SECONDS and prints, per target, the inputs run and what was found. Exits 1 when
# a target found a crash, a timeout (an input that ran over 10 s) or ran out of memory.
#
#   Fuzz/run.sh 30                       # every target, 30 s each
#   Fuzz/run.sh 300 FuzzCanonicalYAML    # one target, five minutes
#
# The corpora (Fuzz/.corpus/TARGET) grow from run to run; findings are written to
# Fuzz/.artifacts/TARGET, logs to Fuzz/.logs/TARGET.log. None of them is kept in git.
set -euo pipefail
cd "$(dirname "$0")"

all_targets=(FuzzCanonicalJSON FuzzCanonicalYAML FuzzCanonicalXML FuzzCSVFolder FuzzFlatCSV FuzzEuropassLOQ
             FuzzMappedExport FuzzConfiguration FuzzMobilityDocument)
seconds="${1:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: Fuzz/run.sh SECONDS [TARGET...]; targets: ${all_targets[*]}" >&2
  exit 2
fi
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $target "* ]] || { echo "no fuzz target $target" >&2; exit 2; }
done

# Inputs grow up to this size; seeds above it are left out, since libFuzzer would cut them short.
max_len=65536
fixtures=../Fixtures

mkdir -p .logs
build=(swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
echo "building ${targets[*]} (log: Fuzz/.logs/build.log)"
# The linker warns of every sanitizer symbol it cannot export: the log is shown only on failure.
# Each target is built by name: a build of everything may take in the main package's `ecvet`,
# which has a `main` of its own and cannot link with libFuzzer.
: > .logs/build.log
for target in "${targets[@]}"; do
  "${build[@]}" --product "$target" >> .logs/build.log 2>&1 || { cat .logs/build.log; exit 2; }
done
bin="$("${build[@]}" --show-bin-path)"

# seed_files TARGET FILE...: copies each file of at most max_len bytes into the corpus.
seed_files() {
  local corpus=".corpus/$1"
  shift
  local file
  for file in "$@"; do
    [ -f "$file" ] || continue
    [ "$(stat -c %s "$file")" -le "$max_len" ] || continue
    cp "$file" "$corpus/seed-$(basename "$file")"
  done
}

# seed_tables NAME FOLDER: one input holding a folder's tables, each opened by `### FILE`.
seed_tables() {
  local file
  for file in "$2"/*.csv; do
    printf '### %s\n' "$(basename "$file")"
    cat "$file"
  done > ".corpus/FuzzCSVFolder/seed-$1"
}

# seed_mapping NAME MAPPING EXPORT: the mapping, a NUL, then the export it reads.
seed_mapping() {
  { cat "$2"; printf '\0'; cat "$3"; } > ".corpus/FuzzMappedExport/seed-$1"
}

seed() {
  mkdir -p ".corpus/$1"
  case "$1" in
    FuzzCanonicalJSON)
      seed_files "$1" "$fixtures"/valid/*.json "$fixtures"/invalid/*.json "$fixtures"/invalid/rules/*.json \
        "$fixtures"/hostile/*.json ;;
    FuzzCanonicalYAML)
      seed_files "$1" "$fixtures"/valid/*.yaml ;;
    FuzzCanonicalXML)
      seed_files "$1" "$fixtures"/valid/*.xml "$fixtures"/invalid/*.xml "$fixtures"/hostile/*.xml ;;
    FuzzCSVFolder)
      local folder
      for folder in "$fixtures"/valid/*-tables "$fixtures"/invalid/csv-* Seeds/europass-csv/*; do
        seed_tables "$(basename "$folder")" "$folder"
      done ;;
    FuzzFlatCSV)
      seed_files "$1" "$fixtures"/valid/*.csv "$fixtures"/foreign/*.csv "$fixtures"/valid/fi-sv-restaurang-tables/*.csv ;;
    FuzzEuropassLOQ)
      seed_files "$1" "$fixtures"/europass/*.xml Seeds/europass-loq/*.xml ;;
    FuzzMappedExport)
      seed_mapping fi-eperusteet ../Mappings/fi-eperusteet.mapping.yaml "$fixtures"/real/fi-eperusteet/amosaaPeruste.json
      seed_mapping fr-rncp-blocs ../Mappings/fr-rncp-blocs.mapping.yaml "$fixtures"/foreign/fr-rncp-blocs.csv
      local name
      for name in nl-dossier-profielen nl-kwalificatiedossier; do
        seed_mapping "$name" "$fixtures/foreign/$name.mapping.yaml" "$fixtures/foreign/$name.xml"
      done ;;
    FuzzConfiguration)
      seed_files "$1" Seeds/configuration/*.yaml ;;
    FuzzMobilityDocument)
      seed_files "$1" "$fixtures"/mobility/* "$fixtures"/invalid/mobility/* ;;
  esac
  # What was once found is tried again from the start.
  if [ -d "Regressions/$1" ]; then
    seed_files "$1" "Regressions/$1"/*
  fi
}

found_any=0
rows=()
for target in "${targets[@]}"; do
  echo "fuzzing $target for $seconds s"
  seed "$target"
  mkdir -p ".artifacts/$target"
  before="$(ls ".artifacts/$target" | wc -l)"
  status=0
  # The Swift runtime's backtracer would take over libFuzzer's crash handling and stall it.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
    "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
      -print_final_stats=1 -artifact_prefix=".artifacts/$target/" ".corpus/$target" \
      > ".logs/$target.log" 2>&1 || status=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' ".logs/$target.log" | tail -1)"
  after="$(ls ".artifacts/$target" | wc -l)"
  findings=$((after - before))
  if [ "$status" -ne 0 ] || [ "$findings" -gt 0 ]; then
    found_any=1
    echo "$target: exit status $status; see Fuzz/.logs/$target.log and Fuzz/.artifacts/$target/" >&2
    grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer)|Fatal error|deadly signal' ".logs/$target.log" >&2 || true
  fi
  rows+=("$(printf '%-20s %12s %8s %18s' "$target" "${execs:-?}" "$seconds" "$findings")")
done

printf '%-20s %12s %8s %18s\n' target execs seconds crashes/timeouts
printf '%s\n' "${rows[@]}"
exit "$found_any"

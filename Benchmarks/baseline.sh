# The comparison mode of run.sh and run-mapping.sh, sourced by both (not run on its own):
#
#   BASELINE=REV Benchmarks/run.sh                  REV: any git revision of this repository
#   BASELINE_ROOT=/path/to/checkout Benchmarks/run.sh   an existing checkout, as it is
#
# With BASELINE, REV is checked out into a git worktree under Benchmarks/.build/baseline-SHORT
# (git-ignored, kept for the next run) and built there in release. With BASELINE_ROOT the checkout
# is used as it is: its binaries are taken when they are newer than its Package.swift, and built
# only otherwise (edits to its sources after its last build are not noticed).
#
# The binaries are found whatever the layout of that commit: `ecvet` is always at the root
# (.build/release/ecvet). `ecvet-bench` is a target of the root package since it moved there
# (.build/release/ecvet-bench); before that it was a package of its own in Benchmarks/
# (Benchmarks/Package.swift, built at Benchmarks/.build/release/ecvet-bench).

# describe_tree DIR: the short commit of a checkout, "+changes" when tracked files differ from it;
# the folder's name when it is not a git checkout.
describe_tree() {
    local commit
    if commit="$(git -C "$1" rev-parse --short HEAD 2> /dev/null)"; then
        if [[ -n "$(git -C "$1" status --porcelain --untracked-files=no 2> /dev/null)" ]]; then
            commit="$commit+changes"
        fi
        echo "$commit"
    else
        basename "$1"
    fi
}

# baseline_build PACKAGE: a release build under nice, its log shown only when it fails. The
# baseline's sources do not change while it builds (a worktree of a commit, or a checkout kept
# for this), so unlike run.sh's build there is nothing to retry.
baseline_build() {
    local log
    echo "== building the baseline in $1 (release)"
    if ! log="$(nice -n 10 swift build -c release --package-path "$1" 2>&1)"; then
        printf '%s\n' "$log" | tail -n 20 >&2
        exit 1
    fi
    printf '%s\n' "$log" | tail -n 1
}

# fresh BINARY MANIFEST: BINARY exists and was built after MANIFEST last changed.
fresh() { [[ -x "$1" && "$1" -nt "$2" ]]; }

# baseline_prepare ROOT: when BASELINE or BASELINE_ROOT is set, finds or makes the baseline's
# release `ecvet` and `ecvet-bench`, and sets baseline_ecvet, baseline_bench, baseline_label (the
# baseline's commit, for the output) and current_label (this tree's). Without either, leaves
# baseline_label empty: the scripts then measure this tree alone, as they always did.
baseline_prepare() {
    local root="$1" tree sha short
    baseline_ecvet="" baseline_bench="" baseline_label="" current_label=""
    if [[ -n "${BASELINE:-}" && -n "${BASELINE_ROOT:-}" ]]; then
        echo "set BASELINE (a git revision) or BASELINE_ROOT (a built checkout), not both" >&2
        exit 2
    fi
    if [[ -n "${BASELINE_ROOT:-}" ]]; then
        tree="$(cd "$BASELINE_ROOT" 2> /dev/null && pwd)" || {
            echo "BASELINE_ROOT=$BASELINE_ROOT is not a folder" >&2; exit 2; }
    elif [[ -n "${BASELINE:-}" ]]; then
        sha="$(git -C "$root" rev-parse --verify --quiet "$BASELINE^{commit}")" || {
            echo "BASELINE=$BASELINE is not a commit of $root" >&2; exit 2; }
        short="$(git -C "$root" rev-parse --short "$sha")"
        tree="$root/Benchmarks/.build/baseline-$short"
        if [[ -e "$tree/.git" ]]; then
            # Reused: the folder is named after the commit, but make sure nobody moved it.
            if [[ "$(git -C "$tree" rev-parse HEAD)" != "$sha" ]]; then
                echo "$tree is not at $short; remove it with: git worktree remove --force $tree" >&2
                exit 2
            fi
            echo "== reusing the worktree of $short in $tree"
        else
            echo "== checking out $short into $tree"
            mkdir -p "$root/Benchmarks/.build"
            # A worktree whose folder was deleted by hand stays registered, and `worktree add`
            # refuses its path without --force (prune would clear it, and everyone else's too).
            git -C "$root" worktree add --force --detach --quiet "$tree" "$sha"
        fi
        # Package.resolved is git-ignored, so the worktree has none: pin the dependencies to the
        # versions this tree uses, so that only ECVETKit's own code differs between the builds
        # (and SwiftPM resolves from its cache). The old Benchmarks package gets the same pins.
        local package
        for package in "$tree" "$tree/Benchmarks"; do
            if [[ -f "$package/Package.swift" && ! -e "$package/Package.resolved" && -e "$root/Package.resolved" ]]; then
                cp "$root/Package.resolved" "$package/Package.resolved"
            fi
        done
    else
        return 0
    fi
    [[ -f "$tree/Package.swift" ]] || { echo "$tree has no Package.swift" >&2; exit 2; }

    baseline_ecvet="$tree/.build/release/ecvet"
    fresh "$baseline_ecvet" "$tree/Package.swift" || baseline_build "$tree"
    if [[ -f "$tree/Benchmarks/Package.swift" ]]; then
        baseline_bench="$tree/Benchmarks/.build/release/ecvet-bench"
        fresh "$baseline_bench" "$tree/Benchmarks/Package.swift" || baseline_build "$tree/Benchmarks"
    else
        baseline_bench="$tree/.build/release/ecvet-bench"
        fresh "$baseline_bench" "$tree/Package.swift" || baseline_build "$tree"
    fi
    local binary
    for binary in "$baseline_ecvet" "$baseline_bench"; do
        [[ -x "$binary" ]] || { echo "the baseline build gave no $binary" >&2; exit 1; }
    done
    baseline_label="$(describe_tree "$tree")"
    current_label="$(describe_tree "$root")"
    echo "== baseline $baseline_label: $baseline_ecvet, $baseline_bench"
}

# baseline_command COMMAND...: sets BASELINE_COMMAND to COMMAND with this tree's `ecvet` and
# `ecvet-bench` (the words equal to $ecvet and $bench, wherever they stand: the two-file rows run
# `ecvet` through bash -c) replaced by the baseline's; empty when COMMAND runs neither, or when
# there is no baseline. External baselines (python, xmllint, the C loop) are thus measured once.
baseline_command() {
    local word replaced=0
    BASELINE_COMMAND=()
    [[ -n "$baseline_label" ]] || return 0
    for word in "$@"; do
        if [[ "$word" == "$bench" ]]; then
            BASELINE_COMMAND+=("$baseline_bench")
            replaced=1
        elif [[ "$word" == "$ecvet" ]]; then
            BASELINE_COMMAND+=("$baseline_ecvet")
            replaced=1
        else
            BASELINE_COMMAND+=("$word")
        fi
    done
    (( replaced )) || BASELINE_COMMAND=()
}

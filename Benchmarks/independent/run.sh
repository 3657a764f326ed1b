#!/usr/bin/env bash
# Generates the independent populations of docs/performance.md — four from gen.py (ninth session),
# three from second/gen.py (tenth session) and three from third/gen.py (eleventh session) — scans each
# with redflag and prints recall, honest accounts at `high` and the AUC. Usage: Benchmarks/independent/run.sh
# Set REDFLAG=path/to/redflag to skip the release build. Needs python3 and Debian's `location`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${TMPDIR:-/tmp}/redflag-independent"
mkdir -p "$work"
redflag="$("$root/Benchmarks/redflag-binary.sh")"
populations=(
    "seed1 --accounts 2000 --days 45 --seed 1"
    "seed2-no-hr --accounts 2000 --days 45 --seed 2 --no-hr"
    "seed3-network-only --accounts 2000 --days 45 --seed 3 --marketplace-only-network"
    "seed4-3pct --accounts 3000 --days 60 --seed 4 --dprk-share 0.03"
)
second=(
    "second-seed7 --accounts 2000 --days 45 --seed 7"
    "second-seed8 --accounts 3000 --days 60 --seed 8"
    "second-seed9-no-hr --accounts 2000 --days 45 --seed 9 --no-hr"
)
third=(
    "third-seed11 --accounts 2000 --days 45 --seed 11"
    "third-seed12 --accounts 3000 --days 60 --seed 12"
    "third-seed13-no-hr --accounts 2000 --days 45 --seed 13 --no-hr"
)
for population in "${populations[@]}" "${second[@]}" "${third[@]}"; do
    read -r name arguments <<<"$population"
    out="$work/$name"
    generator="$here/gen.py"
    [[ "$name" == second-* ]] && generator="$here/second/gen.py"
    [[ "$name" == third-* ]] && generator="$here/third/gen.py"
    # shellcheck disable=SC2086
    [ -s "$out/events.ndjson" ] || python3 "$generator" $arguments "$out" >&2
    "$redflag" scan "$out/events.ndjson" --format ndjson --output "$out/report.ndjson" 2>/dev/null
    printf '%-20s ' "$name"
    python3 "$here/evaluate.py" "$out/labels.csv" "$out/report.ndjson" | grep -E "recall|honest at high|ROC AUC" | tr -s ' ' | paste -sd ' '
done

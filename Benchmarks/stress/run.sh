#!/usr/bin/env bash
# Scans stress variants of a simulated population (Benchmarks/stress/variants.py) and prints, for the
# population itself and each variant, the DPRK and honest accounts at `high` or above.
# Usage: Benchmarks/stress/run.sh [SRC_DIR] — default: a fresh 2,000-account, 45-day population, seed
# 2026 (the acceptance test's). Set REDFLAG=path/to/redflag to skip the release build. Needs python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${TMPDIR:-/tmp}/redflag-stress"
mkdir -p "$work"
redflag="$("$root/Benchmarks/redflag-binary.sh")"
src="${1:-$work/population}"
if [ ! -s "$src/events.ndjson" ]; then
    "$redflag" simulate --accounts 2000 --days 45 --seed 2026 "$src" >&2
fi
"$redflag" scan "$src/events.ndjson" --format json --output "$work/population.json" 2>/dev/null
printf '%-24s ' population; python3 "$here/variants.py" score "$src" "$work/population.json"
for variant in $(python3 "$here/variants.py" list | cut -d: -f1); do
    python3 "$here/variants.py" make "$variant" "$src" "$work/$variant"
    "$redflag" scan "$work/$variant/events.ndjson" --format json --output "$work/$variant/report.json" 2>/dev/null
    printf '%-24s ' "$variant"; python3 "$here/variants.py" score "$work/$variant" "$work/$variant/report.json"
done

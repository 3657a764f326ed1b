#!/usr/bin/env bash
# `redflag bench scan` on a simulated 2,000-account marketplace (about 400k events), release
# build, one process: prints events/s and peak memory. Usage: Benchmarks/bench-scan.sh [ACCOUNTS DAYS]
set -euo pipefail
cd "$(dirname "$0")/.."
accounts=${1:-2000}; days=${2:-60}
work="${TMPDIR:-/tmp}/redflag-bench-scan-$accounts-$days"
swift build -c release --product redflag >/dev/null
[ -s "$work/events.ndjson" ] || .build/release/redflag simulate --accounts "$accounts" --days "$days" --seed 5 "$work" >/dev/null
echo "input: $(wc -l < "$work/events.ndjson") lines, $accounts accounts"
# Taskset pins the scan to one core when available.
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
for run in 1 2 3; do $pin .build/release/redflag bench scan "$work/events.ndjson" --data-dir "$work/no-lists"; done

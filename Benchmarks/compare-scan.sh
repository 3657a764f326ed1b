#!/usr/bin/env bash
# Compares two `redflag` builds on one scan file, alternating them run by run on one core, and prints
# each build's median and best CPU-second rate and the ratio of the medians. On shared machines the
# same binary moves by a quarter between runs, so only builds measured in one alternating run compare.
# Usage: Benchmarks/compare-scan.sh OLD_BINARY NEW_BINARY [RUNS] [EVENTS.ndjson]
# Default file: the simulated 2,000-account, 60-day population of bench-scan.sh (made if missing).
set -euo pipefail
old="$1"; new="$2"; runs="${3:-6}"
file="${4:-${TMPDIR:-/tmp}/redflag-bench-scan-2000-60/events.ndjson}"
[ -s "$file" ] || "$new" simulate --accounts 2000 --days 60 --seed 5 "$(dirname "$file")" >/dev/null
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
rate() { $pin "$1" bench scan "$file" --data-dir "$(dirname "$file")/no-lists" | sed -n 's/.*(\([0-9.]*\) s of CPU: \([0-9]*\) events per CPU second).*/\2/p'; }
old_rates=(); new_rates=()
for _ in $(seq "$runs"); do
    old_rates+=("$(rate "$old")")
    new_rates+=("$(rate "$new")")
done
summary() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "median %d, best %d", v[int((NR + 1) / 2)], v[NR] }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "old: $(summary "${old_rates[@]}") events per CPU second"
echo "new: $(summary "${new_rates[@]}") events per CPU second"
python3 -c "print(f'ratio of medians: {$(median "${new_rates[@]}") / $(median "${old_rates[@]}"):.2f}x')"
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg)"

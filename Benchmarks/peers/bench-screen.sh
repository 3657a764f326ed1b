#!/usr/bin/env bash
# Compares `redflag bench screen` with rapidfuzz process.cdist + Jaro-Winkler (screen_rapidfuzz.py) on the
# same SDN list and names, one core each; Redflag runs twice: as a batch (similar tokens remembered across
# names) and --cold (nothing remembered). Usage: Benchmarks/peers/bench-screen.sh [SDN_DIR] [NAMES.txt]
# Defaults: the shared 2021 SDN copy ($REDFLAG_SHARED_DATA/sanctions/ofac-2021) and 2,000 generated names
# (seeded). Needs: pip install rapidfuzz. Set REDFLAG=path/to/redflag to skip the release build.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${REDFLAG_SHARED_DATA:-$root/../shared/data}"
sdn="${1:-$shared/sanctions/ofac-2021}"
names="${2:-}"
work="${TMPDIR:-/tmp}/redflag-bench-screen"
mkdir -p "$work"

if [ -z "$names" ]; then
    names="$work/names-2000.txt"
    [ -s "$names" ] || python3 "$here/screen_rapidfuzz.py" generate "$sdn" "$names"
fi

redflag="$("$root/Benchmarks/redflag-binary.sh")"

peer_rate=$(taskset -c 0 python3 "$here/screen_rapidfuzz.py" bench "$sdn" "$names" | awk '{print $1}')
swift_rate=$(taskset -c 0 "$redflag" bench screen --list "$sdn" --names "$names" --verify 200 | awk '/names\/s/ {print $1}')
cold_rate=$(taskset -c 0 "$redflag" bench screen --list "$sdn" --names "$names" --cold | awk '/names\/s/ {print $1}')
echo "rapidfuzz cdist JaroWinkler: $peer_rate names/s"
echo "redflag: $swift_rate names/s"
echo "redflag, nothing remembered between names (--cold): $cold_rate names/s"
python3 -c "print(f'ratio: {$swift_rate / $peer_rate:.1f}x (cold: {$cold_rate / $peer_rate:.1f}x)')"

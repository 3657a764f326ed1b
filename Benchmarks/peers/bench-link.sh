#!/usr/bin/env bash
# redflag bench link against SciPy's connected_components on the same seeded graph.
# Usage: Benchmarks/peers/bench-link.sh [ACCOUNTS IDENTIFIERS EDGES SEED]
set -euo pipefail
cd "$(dirname "$0")/../.."
accounts=${1:-1000000}; identifiers=${2:-1000000}; edges=${3:-10000000}; seed=${4:-42}
swift build -c release --product redflag >/dev/null
ours=$(.build/release/redflag bench link --accounts "$accounts" --identifiers "$identifiers" --edges "$edges" --seed "$seed")
peer=$(python3 Benchmarks/peers/link_scipy.py "$accounts" "$identifiers" "$edges" "$seed")
echo "redflag: $(echo "$ours" | tr '\n' ' ')"
echo "scipy:   $(echo "$peer" | tr '\n' ' ')"
ours_clusters=$(echo "$ours" | sed -n 2p | cut -d' ' -f1); peer_clusters=$(echo "$peer" | sed -n 2p | cut -d' ' -f1)
[ "$ours_clusters" = "$peer_clusters" ] || { echo "cluster counts differ: $ours_clusters vs $peer_clusters"; exit 1; }
python3 -c "import sys; o=float(sys.argv[1]); p=float(sys.argv[2]); print(f'ratio: scipy/redflag = {p/o:.2f}x (same graph, {sys.argv[3]} clusters)')" \
  "$(echo "$ours" | head -1 | cut -d' ' -f1)" "$(echo "$peer" | head -1 | cut -d' ' -f1)" "$ours_clusters"

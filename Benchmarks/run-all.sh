#!/usr/bin/env bash
# Every benchmark with its peer, in one run (`make bench`). Needs the release build, the bundled
# IP database, libmaxminddb-dev, and PyPI rapidfuzz, scipy and numpy (the Makefile installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== scan (target ≥ 500,000 events/s on one core, peak memory < 500 MB)"
bash Benchmarks/bench-scan.sh
echo "== ip lookups vs libmaxminddb"
bash Benchmarks/peers/bench-ip.sh data/generated/redflag-ip.mmdb
echo "== linking vs SciPy connected_components"
bash Benchmarks/peers/bench-link.sh
echo "== screening vs rapidfuzz"
if [ -d ../shared/data/sanctions/ofac-2021 ]; then
    bash Benchmarks/peers/bench-screen.sh
else
    echo "skipped: ../shared/data/sanctions/ofac-2021 is not here"
fi

#!/usr/bin/env bash
# Prints the path of the redflag binary the benchmark scripts run: $REDFLAG when set, else a release
# build of this checkout (built first, its output on standard error).
set -euo pipefail
if [ -n "${REDFLAG:-}" ]; then
    echo "$REDFLAG"
    exit 0
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && swift build -c release --product redflag >&2)
echo "$root/.build/release/redflag"

#!/usr/bin/env bash
# Checks every row of the simulator's network table (Sources/RedflagSimulation/NetworkTable.swift)
# against Redflag's bundled IP database: samples addresses spread over each prefix (the range the
# simulator draws from), looks them up with `redflag ip`, and prints every sample whose country or
# ASN differs from the row. Exits 1 on any mismatch, 2 on a usage or lookup error.
#
#   scripts/check-sim-networks.sh [--samples N]      (default 16 per prefix)
#
# Environment: REDFLAG (the binary, default .build/debug/redflag), REDFLAG_IPDB (the database the
# binary reads; default: whatever `redflag ip` uses, i.e. data/generated/redflag-ip.mmdb).
set -euo pipefail
cd "$(dirname "$0")/.."
samples=16
if [[ "${1:-}" == "--samples" ]]; then samples="${2:?--samples needs a number}"; fi
redflag="${REDFLAG:-.build/debug/redflag}"
[[ -x "$redflag" ]] || { echo "missing $redflag: run swift build first (or set REDFLAG)" >&2; exit 2; }
table=Sources/RedflagSimulation/NetworkTable.swift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$table" "$samples" > "$work/samples.tsv" <<'PY'
import ipaddress, re, sys
table, count = sys.argv[1], int(sys.argv[2])
row = re.compile(r'\.init\("([^"]+)", asn: (\d+), name: "([^"]*)", country: "([A-Z]{2})"')
rows = [m.groups() for m in map(row.search, open(table)) if m]
if not rows:
    sys.exit("no rows found in " + table)
for prefix, asn, name, country in rows:
    net = ipaddress.ip_network(prefix)
    start = int(net.network_address)
    if net.version == 4:
        # KnownNetwork.address keeps 256 addresses off each end of blocks larger than 1024.
        margin = 256 if net.num_addresses > 1024 else 1
        lo, hi = start + margin, start + net.num_addresses - 1 - margin
    else:
        # The simulator varies the bits between the prefix and /64, then the interface id.
        lo, hi = start + 1, start + net.num_addresses - 1
    n = max(1, min(count, hi - lo + 1))
    for i in range(n):
        value = lo + (hi - lo) * i // max(1, n - 1)
        addr = ipaddress.ip_address(value)
        print(f"{addr}\t{prefix}\t{asn}\t{country}\t{name}")
PY

if ! cut -f1 "$work/samples.tsv" | xargs "$redflag" ip > "$work/lookups.jsonl"; then
    echo "redflag ip failed (is there an IP database? set REDFLAG_IPDB or run make)" >&2
    exit 2
fi

python3 - "$work/samples.tsv" "$work/lookups.jsonl" <<'PY'
import json, sys
samples = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
lookups = [json.loads(line) for line in open(sys.argv[2])]
if len(samples) != len(lookups):
    print(f"lookup count {len(lookups)} != sample count {len(samples)}", file=sys.stderr)
    sys.exit(2)
bad_prefixes = {}
for (addr, prefix, asn, country, name), found in zip(samples, lookups):
    got_country, got_asn = found.get("country"), found.get("asn")
    if found.get("address") != addr and found.get("address") is not None:
        print(f"lookup order mismatch at {addr}", file=sys.stderr)
        sys.exit(2)
    if got_country != country or str(got_asn) != asn:
        bad_prefixes.setdefault(prefix, []).append(f"{addr} {got_country}/AS{got_asn}")
        print(f"MISMATCH {prefix} ({name}, table {country}/AS{asn}): {addr} -> {got_country}/AS{got_asn}")
prefixes = len({s[1] for s in samples})
print(f"{prefixes} prefixes, {len(samples)} addresses checked, {len(bad_prefixes)} prefixes with mismatches")
sys.exit(1 if bad_prefixes else 0)
PY

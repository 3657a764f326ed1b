#!/usr/bin/env bash
# Compares `redflag bench ip` with libmaxminddb (Benchmarks/peers/mmdb_lookup.c) on the same database
# and addresses. Usage: Benchmarks/peers/bench-ip.sh DB.mmdb [ADDRESSES.txt]
# Needs: cc, libmaxminddb-dev (apt-get install -y libmaxminddb-dev). Without an address file, 1 M random
# addresses (80 % IPv4, 20 % IPv6, seeded) are generated. Set REDFLAG=path/to/redflag to skip the build.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
db="${1:?usage: bench-ip.sh DB.mmdb [ADDRESSES.txt]}"
ips="${2:-}"
work="${TMPDIR:-/tmp}/redflag-bench-ip"
mkdir -p "$work"

cc -O2 -o "$work/mmdb_lookup" "$here/mmdb_lookup.c" -lmaxminddb

if [ -z "$ips" ]; then
    ips="$work/addresses-1m.txt"
    if [ ! -s "$ips" ]; then
        python3 - "$ips" <<'PY'
import random, sys, ipaddress
random.seed(20261123)
with open(sys.argv[1], "w") as out:
    for _ in range(1_000_000):
        if random.random() < 0.8:
            out.write(str(ipaddress.IPv4Address(random.getrandbits(32))) + "\n")
        else:
            out.write(str(ipaddress.IPv6Address((0x2000 + random.getrandbits(12)) << 112 | random.getrandbits(112))) + "\n")
PY
    fi
fi

redflag="$("$root/Benchmarks/redflag-binary.sh")"

c_rate=$("$work/mmdb_lookup" "$db" "$ips" | awk '{print $1}')
swift_rate=$("$redflag" bench ip --db "$db" --ips "$ips" | awk '{print $1}')
echo "libmaxminddb: $c_rate lookups/s"
echo "redflag:      $swift_rate lookups/s"
python3 -c "import sys; print(f'ratio redflag/libmaxminddb: {int(sys.argv[1]) / int(sys.argv[2]):.2f}')" "$swift_rate" "$c_rate"

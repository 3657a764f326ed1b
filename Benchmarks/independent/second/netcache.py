"""Real IP ranges for the generator, taken from libloc (/usr/bin/location)
and the shared VPN/Tor lists, cached as JSON so later runs are fast and do
not depend on the tool. The cache is deterministic: networks are sorted and
sampled by a fixed stride."""
import json
import os
import subprocess

import data

SHARED = os.environ.get("REDFLAG_SHARED_DATA", "/work/shared/data")
LOC = "/usr/bin/location"
MAX_V4 = 400
MAX_V6 = 40


def _run(args):
    out = subprocess.run([LOC] + args, capture_output=True, text=True)
    return out.stdout


def _country_names():
    m = {}
    for line in _run(["list-countries", "--show-name"]).splitlines():
        if len(line) > 3:
            m[line[3:].strip()] = line[:2]
    return m


def _lookup(ips, names):
    """ip -> (cc, asn, asname)"""
    res = {}
    for i in range(0, len(ips), 1500):
        cur = None
        for line in _run(["lookup"] + ips[i:i + 1500]).splitlines():
            if not line.startswith(" ") and line.endswith(":"):
                cur = line[:-1]
                res[cur] = ["", 0, ""]
            elif cur and ":" in line:
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k == "Country":
                    res[cur][0] = names.get(v, "")
                elif k == "Autonomous System" and v.startswith("AS"):
                    a, _, n = v.partition(" - ")
                    res[cur][1] = int(a[2:])
                    res[cur][2] = n
    return res


def _stride(lst, n):
    if len(lst) <= n:
        return lst
    step = len(lst) / n
    return [lst[int(i * step)] for i in range(n)]


def _nets_of_as(asn, fam):
    return sorted(set(x.strip() for x in _run(["list-networks-by-as", "--family", fam, str(asn)]).splitlines() if x.strip()))


def build(path):
    names = _country_names()
    asns = set()
    for c in data.COUNTRIES.values():
        for a, _ in c["isp"] + c["mobile"]:
            asns.add(a)
        for a, _ in c["uni"]:
            asns.add(a)
    asns.update(data.DC_ASNS)
    asns.update(data.ASTRILL_ASNS)
    asns.update(a for a, _ in data.CORPVPN_ASNS)
    asns.update(a for a, _ in data.RELAY_ASNS)
    asn_nets = {}
    for a in sorted(asns):
        entry = {}
        for fam, cap in (("ipv4", MAX_V4), ("ipv6", MAX_V6)):
            nets = _stride(_nets_of_as(a, fam), cap)
            firsts = [n.split("/")[0] for n in nets]
            lk = _lookup(firsts, names)
            entry[fam] = [[n, lk.get(f, [""])[0]] for n, f in zip(nets, firsts)]
        asn_nets[str(a)] = entry
    # generic fallback per country
    generic = {}
    for cc in sorted(set(list(data.COUNTRIES) + [m[1] for m in data.MOVES] + data.NOMAD_SPOTS)):
        nets = [x.strip() for x in _run(["list-networks-by-cc", "--family", "ipv4", cc]).splitlines() if x.strip()]
        nets = [n for n in nets if int(n.split("/")[1]) <= 24]
        generic[cc] = _stride(sorted(nets), 200)
    # commercial VPN ranges
    vpn = []
    cidrs = [l.strip() for l in open(os.path.join(SHARED, "lists/x4bnet-vpn-ipv4.txt")) if l.strip() and not l.startswith("#")]
    lk = _lookup([c.split("/")[0] for c in cidrs], names)
    for c in cidrs:
        r = lk.get(c.split("/")[0])
        if r and r[0]:
            vpn.append([c, r[0], r[1], r[2]])
    tor = []
    ips = [l.strip() for l in open(os.path.join(SHARED, "lists/tor-exit-nodes-2024.lst")) if l.strip() and ":" not in l]
    lk = _lookup(ips, names)
    for ip in ips:
        r = lk.get(ip)
        tor.append([ip, r[0] if r else ""])
    dc_names = {}
    for l in open(os.path.join(SHARED, "lists/x4bnet-datacenter-asn.txt")):
        if l.startswith("AS"):
            a, _, n = l.partition("#")
            dc_names[a.strip()[2:]] = n.strip()
    cache = dict(version=2, asn_nets=asn_nets, generic=generic, vpn=vpn, tor=tor,
                 kp=_nets_of_as(131279, "ipv4"))
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(cache, f, sort_keys=True, separators=(",", ":"))
    os.replace(tmp, path)
    return cache


def load(path=None):
    path = path or os.environ.get("INDEP2_CACHE") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "netcache.json")
    if os.path.isdir(path):
        path = os.path.join(path, "netcache.json")
    if os.path.exists(path):
        with open(path) as f:
            c = json.load(f)
        if c.get("version") == 2:
            return c
    if not os.path.exists(LOC):
        raise SystemExit("netcache missing and %s not available" % LOC)
    return build(path)


if __name__ == "__main__":
    import sys, time
    t = time.time()
    c = build(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "netcache.json"))
    print("built in %.1fs: %d ASNs, %d vpn, %d tor" % (time.time() - t, len(c["asn_nets"]), len(c["vpn"]), len(c["tor"])))
    empty = []
    for cc, cinfo in data.COUNTRIES.items():
        for a, _ in cinfo["isp"] + cinfo["mobile"]:
            n = sum(1 for x in c["asn_nets"][str(a)]["ipv4"] if x[1] == cc)
            if n == 0:
                empty.append((cc, a))
    print("ISP ASNs with no networks in their country:", empty)

"""Build (once) a cache of real, libloc-verified address blocks for the generator.

Uses only the Debian `location` CLI (libloc) and the shared VPN/datacenter
lists.  Output: JSON with, per country, /24 (IPv4) and /64 (IPv6) blocks of
named access ISPs (fixed, mobile, education, satellite), plus hosting and VPN
exit blocks, each verified with `location lookup` to sit in the expected
country and AS.  The cache does not depend on the generator seed.
"""
import ipaddress
import json
import os
import random
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

SHARED = os.environ.get("REDFLAG_SHARED_DATA", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))

# (country, asn, kind, want_ipv6, label)
# kind: fixed | mobile | edu | sat | biz
ISPS = [
    ("US", 7922, "fixed", True, "Comcast"), ("US", 20115, "fixed", True, "Charter"),
    ("US", 7018, "fixed", True, "AT&T"), ("US", 701, "fixed", False, "Verizon Fios"),
    ("US", 22773, "fixed", True, "Cox"), ("US", 11427, "fixed", False, "Spectrum TX"),
    ("US", 209, "fixed", False, "CenturyLink"), ("US", 5650, "fixed", False, "Frontier"),
    ("US", 21928, "mobile", True, "T-Mobile US"), ("US", 22394, "mobile", True, "Verizon Wireless"),
    ("US", 174, "biz", False, "Cogent"),
    ("GB", 2856, "fixed", True, "BT"), ("GB", 5089, "fixed", False, "Virgin Media"),
    ("GB", 5607, "fixed", True, "Sky"), ("GB", 13285, "fixed", False, "TalkTalk"),
    ("GB", 12576, "mobile", False, "EE"),
    ("CA", 812, "fixed", False, "Rogers"), ("CA", 577, "fixed", True, "Bell"),
    ("CA", 6327, "fixed", False, "Shaw"), ("CA", 852, "fixed", True, "Telus"),
    ("CA", 5769, "fixed", False, "Videotron"),
    ("DE", 3320, "fixed", True, "Deutsche Telekom"), ("DE", 3209, "fixed", True, "Vodafone DE"),
    ("DE", 6805, "mobile", False, "Telefonica DE"), ("DE", 8881, "fixed", False, "1&1 Versatel"),
    ("PL", 5617, "fixed", True, "Orange PL"), ("PL", 12741, "fixed", False, "Netia"),
    ("PL", 12912, "mobile", False, "T-Mobile PL"), ("PL", 21021, "fixed", False, "Multimedia PL"),
    ("IN", 24560, "fixed", True, "Airtel"), ("IN", 9829, "fixed", False, "BSNL"),
    ("IN", 55836, "mobile", True, "Jio"), ("IN", 55410, "mobile", False, "Vodafone Idea"),
    ("IN", 24309, "fixed", False, "ACT Fibernet"), ("IN", 17488, "fixed", False, "Hathway"),
    ("IN", 45609, "mobile", True, "Airtel Mobile"), ("IN", 2697, "edu", False, "ERNET"),
    ("PK", 17557, "fixed", False, "PTCL"), ("PK", 45669, "mobile", False, "Jazz"),
    ("PK", 59257, "mobile", False, "Zong"), ("PK", 23674, "fixed", False, "Nayatel"),
    ("PK", 24499, "mobile", False, "Telenor PK"), ("PK", 9541, "fixed", False, "Cybernet/StormFiber"),
    ("PK", 45773, "edu", False, "HEC/PERN"),
    ("BD", 24389, "mobile", False, "Grameenphone"), ("BD", 24432, "mobile", False, "Robi"),
    ("BD", 45245, "mobile", False, "Banglalink"), ("BD", 17494, "fixed", False, "BTCL"),
    ("BD", 23688, "fixed", False, "Link3"),
    ("PH", 9299, "fixed", False, "PLDT"), ("PH", 4775, "mobile", False, "Globe"),
    ("PH", 17639, "fixed", False, "Converge"), ("PH", 10139, "mobile", False, "Smart"),
    ("PH", 9821, "edu", False, "ASTI/PREGINET"),
    ("UA", 15895, "mobile", False, "Kyivstar"), ("UA", 6849, "fixed", False, "Ukrtelecom"),
    ("UA", 25229, "fixed", False, "Volia"), ("UA", 34058, "mobile", False, "lifecell"),
    ("UA", 21497, "mobile", False, "Vodafone UA"), ("UA", 13188, "fixed", False, "Triolan"),
    ("UA", 12687, "edu", False, "URAN"),
    ("NG", 29465, "mobile", False, "MTN NG"), ("NG", 36873, "mobile", False, "Airtel NG"),
    ("NG", 37148, "mobile", False, "Glo"), ("NG", 37340, "fixed", False, "Spectranet"),
    ("KE", 33771, "mobile", False, "Safaricom"), ("KE", 36926, "mobile", False, "Airtel KE"),
    ("KE", 15808, "fixed", False, "Zuku"), ("KE", 36866, "fixed", False, "JTL Faiba"),
    ("KE", 36914, "edu", False, "KENET"),
    ("EG", 8452, "fixed", False, "TE Data"), ("EG", 36935, "mobile", False, "Vodafone EG"),
    ("EG", 24863, "fixed", False, "Link.net"), ("EG", 36992, "mobile", False, "Etisalat Misr"),
    ("BR", 28573, "fixed", True, "Claro NET"), ("BR", 18881, "fixed", True, "Vivo"),
    ("BR", 26615, "mobile", False, "TIM"), ("BR", 7738, "fixed", False, "Oi"),
    ("AR", 7303, "fixed", False, "Telecom Argentina"), ("AR", 22927, "fixed", False, "Movistar AR"),
    ("AR", 27747, "fixed", False, "Telecentro"),
    ("VE", 8048, "fixed", False, "CANTV"), ("VE", 21826, "fixed", False, "Inter"),
    ("VE", 27889, "mobile", False, "Movilnet"), ("VE", 11562, "fixed", False, "NetUno"),
    ("CO", 10620, "fixed", False, "Claro CO"), ("CO", 13489, "fixed", False, "UNE/Tigo"),
    ("CO", 19429, "fixed", False, "ETB"), ("CO", 27831, "mobile", False, "Tigo mobile"),
    ("VN", 7552, "fixed", True, "Viettel"), ("VN", 45899, "fixed", False, "VNPT"),
    ("VN", 18403, "fixed", False, "FPT"),
    ("ID", 7713, "fixed", False, "Telkom ID"), ("ID", 23693, "mobile", False, "Telkomsel"),
    ("ID", 4761, "mobile", False, "Indosat"), ("ID", 24203, "mobile", False, "XL"),
    ("ID", 17451, "fixed", False, "Biznet"),
    ("CN", 4134, "fixed", False, "China Telecom"), ("CN", 4837, "fixed", False, "China Unicom"),
    ("CN", 9808, "mobile", False, "China Mobile"),
    ("RU", 12389, "fixed", False, "Rostelecom"), ("RU", 8359, "fixed", False, "MTS"),
    ("RU", 3216, "fixed", False, "Beeline"), ("RU", 31133, "mobile", False, "MegaFon"),
    ("RU", 9049, "fixed", False, "ER-Telecom"),
    ("BY", 6697, "fixed", False, "Beltelecom"), ("BY", 25106, "mobile", False, "MTS BY"),
    ("BY", 42772, "mobile", False, "A1 BY"),
    ("RS", 8400, "fixed", False, "Telekom Srbija"), ("RS", 31042, "fixed", False, "SBB"),
    ("GE", 16010, "fixed", False, "Magti"), ("GE", 35805, "fixed", False, "Silknet"),
    ("AM", 44395, "fixed", False, "Ucom"), ("AM", 12297, "fixed", False, "Telecom Armenia"),
    ("KZ", 9198, "fixed", False, "Kazakhtelecom"), ("KZ", 21299, "mobile", False, "Beeline KZ"),
    ("TR", 9121, "fixed", False, "Turk Telekom"), ("TR", 34984, "fixed", False, "Superonline"),
    ("TR", 15897, "mobile", False, "Vodafone TR"),
    ("CZ", 5610, "fixed", False, "O2 CZ"), ("CZ", 13036, "mobile", False, "T-Mobile CZ"),
    ("ZA", 37457, "fixed", False, "Telkom SA"), ("ZA", 29975, "mobile", False, "Vodacom"),
    ("ZA", 16637, "mobile", False, "MTN SA"), ("ZA", 37611, "fixed", False, "Afrihost"),
    ("IL", 8551, "fixed", False, "Bezeq Intl"), ("IL", 12849, "fixed", False, "HOT"),
    ("IL", 12400, "mobile", False, "Partner"), ("IL", 1680, "fixed", False, "Cellcom"),
    ("AU", 1221, "fixed", True, "Telstra"), ("AU", 4804, "fixed", False, "Optus"),
    ("AU", 7545, "fixed", False, "TPG"), ("AU", 4764, "fixed", False, "Aussie BB"),
    ("JP", 4713, "fixed", True, "OCN"), ("JP", 2516, "fixed", True, "KDDI"),
    ("JP", 17676, "fixed", False, "SoftBank"),
    ("SG", 3758, "fixed", False, "SingNet"), ("SG", 4657, "fixed", False, "StarHub"),
    ("SG", 4773, "mobile", False, "M1"),
    ("AE", 5384, "fixed", False, "Etisalat"), ("AE", 15802, "fixed", False, "du"),
    ("HK", 9269, "fixed", False, "HKBN"), ("HK", 4760, "fixed", False, "Netvigator"),
    ("HK", 9304, "fixed", False, "HGC"),
    ("LA", 9873, "fixed", False, "Lao Telecom"), ("LA", 131267, "fixed", False, "Star Telecom"),
    ("MX", 8151, "fixed", False, "Telmex"),
    ("FR", 3215, "fixed", True, "Orange FR"), ("FR", 12322, "fixed", True, "Free"),
    ("FR", 15557, "fixed", False, "SFR"),
    ("NL", 1136, "fixed", False, "KPN"), ("NL", 33915, "fixed", False, "Ziggo"),
    ("ES", 3352, "fixed", False, "Movistar ES"),
    ("IT", 3269, "fixed", False, "TIM IT"), ("IT", 30722, "mobile", False, "Vodafone IT"),
    ("PT", 3243, "fixed", False, "MEO"),
    ("RO", 8708, "fixed", False, "RCS&RDS"),
    ("TH", 45758, "fixed", False, "3BB"), ("TH", 7470, "fixed", False, "True"),
    ("MY", 4788, "fixed", False, "TM"),
    ("LK", 18001, "mobile", False, "Dialog"), ("LK", 9329, "fixed", False, "SLT"),
    ("NP", 17501, "fixed", False, "WorldLink"),
    ("MA", 6713, "fixed", False, "Maroc Telecom"),
    ("GH", 30986, "mobile", False, "MTN GH"),
    ("KP", 131279, "fixed", False, "Star JV"),
]
# Starlink: satellite; verified per country it appears in.
SAT_COUNTRIES = ["UA", "US", "PL", "DE", "GB", "CA", "AU", "PH", "NG", "KE", "BR", "CO", "MX", "CZ", "PT", "ES", "FR", "IT", "NL", "CL"]

HOSTING_ASNS = [14061, 16276, 24940, 16509, 63949, 20473, 9009, 60068, 60781, 51167,
                45102, 132203, 8100, 40676, 62240, 212238, 136787, 209854, 207137, 50525]

VPN_BLOCKS_PER_COUNTRY = 40


def run(args):
    out = subprocess.run(["location"] + args, capture_output=True, text=True)
    return out.stdout


def country_names():
    m = {}
    for line in run(["list-countries", "--show-name"]).splitlines():
        p = line.split(None, 1)
        if len(p) == 2:
            m[p[1].strip()] = p[0]
    return m


def lookup_many(ips, names):
    """Return {ip: (cc, asn, asname, flags)} using the location CLI in batches."""
    res = {}
    for i in range(0, len(ips), 400):
        chunk = ips[i:i + 400]
        txt = run(["lookup"] + chunk)
        cur = None
        for line in txt.splitlines():
            if line and not line.startswith(" ") and line.endswith(":"):
                cur = line[:-1]
                res[cur] = [None, None, "", []]
            elif cur and ":" in line:
                k, v = [x.strip() for x in line.split(":", 1)]
                if k == "Country":
                    res[cur][0] = names.get(v)
                elif k == "Autonomous System":
                    mm = re.match(r"AS(\d+)(?: - (.*))?", v)
                    if mm:
                        res[cur][1] = int(mm.group(1))
                        res[cur][2] = (mm.group(2) or "").strip()
                elif k in ("Anonymous Proxy", "Satellite Provider", "Anycast") and v == "yes":
                    res[cur][3].append(k)
    return res


def sample_blocks(networks, rng, n, v6):
    """Pick n candidate /24 (or /64) blocks inside the listed networks, weighted by log size."""
    nets = []
    for s in networks:
        try:
            net = ipaddress.ip_network(s.strip(), strict=False)
        except ValueError:
            continue
        if v6 and net.prefixlen > 64:
            continue
        if not v6 and net.prefixlen > 24:
            continue
        nets.append(net)
    if not nets:
        return []
    weights = [max(1.0, (64 if v6 else 24) - n_.prefixlen + 1.0) for n_ in nets]
    out = []
    for _ in range(n):
        net = rng.choices(nets, weights)[0]
        sub = 64 if v6 else 24
        span = sub - net.prefixlen
        k = rng.randrange(1 << span) if span > 0 else 0
        base = int(net.network_address) + (k << ((128 if v6 else 32) - sub))
        blk = ipaddress.ip_network((base, sub))
        out.append(str(blk))
    return out


def probe_ip(block, rng):
    net = ipaddress.ip_network(block)
    if net.version == 4:
        return str(net.network_address + rng.randrange(2, 250))
    return str(net.network_address + rng.randrange(1, 1 << 32))


def asn_networks(asn, fam):
    return run(["list-networks-by-as", "--family", fam, str(asn)]).splitlines()


def build(path, verbose=True):
    t0 = time.time()
    rng = random.Random(20250901)
    names = country_names()
    jobs = []
    for cc, asn, kind, v6, label in ISPS:
        jobs.append((asn, "ipv4"))
        if v6:
            jobs.append((asn, "ipv6"))
    jobs.append((14593, "ipv4"))
    jobs.append((14593, "ipv6"))
    for asn in HOSTING_ASNS:
        jobs.append((asn, "ipv4"))
    jobs = sorted(set(jobs))
    with ThreadPoolExecutor(max_workers=4) as ex:
        nets = dict(zip(jobs, ex.map(lambda j: asn_networks(*j), jobs)))
    if verbose:
        print(f"netcache: listed networks of {len(jobs)} AS/families in {time.time()-t0:.0f}s", file=sys.stderr)

    cands = []  # (bucket, cc, asn, kind, label, block, probe)
    for cc, asn, kind, v6, label in ISPS:
        for fam in (["ipv4", "ipv6"] if v6 else ["ipv4"]):
            n = 70 if cc not in ("KP", "LA") else 40
            for b in sample_blocks(nets.get((asn, fam), []), rng, n, fam == "ipv6"):
                cands.append(("isp", cc, asn, kind, label, b, probe_ip(b, rng)))
    for fam in ("ipv4", "ipv6"):
        for b in sample_blocks(nets.get((14593, fam), []), rng, 1500 if fam == "ipv4" else 300, fam == "ipv6"):
            cands.append(("isp", None, 14593, "sat", "Starlink", b, probe_ip(b, rng)))
    for asn in HOSTING_ASNS:
        for b in sample_blocks(nets.get((asn, "ipv4"), []), rng, 250, False):
            cands.append(("hosting", None, asn, "hosting", "", b, probe_ip(b, rng)))
    # VPN exits: CIDRs from the shared VPN list
    vpnfile = os.path.join(SHARED, "lists", "x4bnet-vpn-ipv4.txt")
    dc = set()
    for fn in ("x4bnet-datacenter-asn.txt", "x4bnet-vpn-asn.txt"):
        try:
            for line in open(os.path.join(SHARED, "lists", fn)):
                m = re.match(r"AS(\d+)", line)
                if m:
                    dc.add(int(m.group(1)))
        except OSError:
            pass
    try:
        for line in open(os.path.join(SHARED, "lists", "bad-asn-list.csv")):
            m = re.match(r"(\d+),", line)
            if m:
                dc.add(int(m.group(1)))
    except OSError:
        pass
    vpn_cidrs = []
    try:
        vpn_cidrs = [l.strip() for l in open(vpnfile) if l.strip()]
    except OSError:
        pass
    for c in vpn_cidrs:
        try:
            net = ipaddress.ip_network(c, strict=False)
        except ValueError:
            continue
        if net.prefixlen > 24:
            blk = str(ipaddress.ip_network((int(net.network_address) & ~0xFF, 24)))
        else:
            blk = sample_blocks([c], rng, 1, False)[0]
        cands.append(("vpn", None, None, "vpn", "", blk, probe_ip(blk, rng) if net.prefixlen <= 24 else str(net.network_address + min(1, net.num_addresses - 1))))
    tor = []
    try:
        tor = [l.strip() for l in open(os.path.join(SHARED, "lists", "tor-exit-nodes-2024.lst")) if l.strip()]
    except OSError:
        pass

    probes = sorted(set(c[6] for c in cands) | set(tor))
    info = lookup_many(probes, names)
    if verbose:
        print(f"netcache: looked up {len(probes)} addresses in {time.time()-t0:.0f}s", file=sys.stderr)

    cache = {"version": 3, "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
             "libloc": run(["version"]).strip(), "isp": {}, "hosting": {}, "vpn": {}, "tor": []}
    seen = set()
    for bucket, cc, asn, kind, label, blk, probe in cands:
        got = info.get(probe)
        if not got or not got[0] or (bucket, blk) in seen:
            continue
        gcc, gasn, gname, flags = got
        if gcc == "A1" or gcc == "A2" or gcc == "A3" or len(gcc) != 2:
            continue
        if "Anycast" in flags:
            continue
        if bucket == "isp":
            if gasn != asn:
                continue
            if kind == "sat":
                if gcc not in SAT_COUNTRIES:
                    continue
                cc = gcc
            elif gcc != cc:
                continue
            d = cache["isp"].setdefault(cc, {})
            e = d.setdefault(str(asn), {"asn": asn, "name": label, "kind": kind, "v4": [], "v6": []})
            lst = e["v6" if ":" in blk else "v4"]
            if len(lst) < 40:
                lst.append(blk)
                seen.add((bucket, blk))
        elif bucket == "hosting":
            if gasn != asn:
                continue
            d = cache["hosting"].setdefault(gcc, [])
            if len(d) < 60:
                d.append([blk, gasn, gname])
                seen.add((bucket, blk))
        else:
            if gasn is None:
                continue
            d = cache["vpn"].setdefault(gcc, [])
            if len(d) < VPN_BLOCKS_PER_COUNTRY:
                d.append([blk, gasn, gname, 1 if gasn in dc else 0])
                seen.add((bucket, blk))
    for ip in tor:
        got = info.get(ip)
        if got and got[0] and len(got[0]) == 2:
            cache["tor"].append([ip, got[0], got[1] or 0])
    # drop ISP entries that ended up empty
    for cc in list(cache["isp"]):
        for k in list(cache["isp"][cc]):
            e = cache["isp"][cc][k]
            if not e["v4"] and not e["v6"]:
                del cache["isp"][cc][k]
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(cache, f, sort_keys=True)
    os.replace(tmp, path)
    if verbose:
        n_isp = sum(len(v) for v in cache["isp"].values())
        print(f"netcache: wrote {path}: {len(cache['isp'])} countries, {n_isp} ISPs, "
              f"{sum(len(v) for v in cache['hosting'].values())} hosting blocks, "
              f"{sum(len(v) for v in cache['vpn'].values())} VPN blocks in {time.time()-t0:.0f}s", file=sys.stderr)
    return cache


def load(path=None):
    path = path or os.environ.get("INDEP3_CACHE") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "netcache3.json")
    if os.path.exists(path):
        with open(path) as f:
            c = json.load(f)
        if c.get("version") == 3:
            return c
    return build(path)


if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else None
    path = p or os.environ.get("INDEP3_CACHE") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "netcache3.json")
    build(path)

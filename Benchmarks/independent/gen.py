#!/usr/bin/env python3
"""Independent test-population generator for a DPRK-IT-worker detector.

python3 gen.py --accounts N --days D --seed S --dprk-share F [--no-hr]
               [--marketplace-only-network] OUTDIR

Writes OUTDIR/events.ndjson (Redflag event format v1) and OUTDIR/labels.csv
(account,label,persona,team).  Python 3.11 standard library only; real IP
ranges come from libloc's `location` CLI (cached in ipcache.json beside this script, or $INDEP_CACHE).
"""
import argparse
import bisect
import calendar
import csv
import datetime as dt
import hashlib
import ipaddress
import json
import math
import os
import random
import re
import subprocess
import sys
import time
import zlib
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import indep_data as D  # noqa: E402

SHARED = os.environ.get("REDFLAG_SHARED_DATA", os.path.join(HERE, "..", "..", "..", "shared", "data"))
CACHE_PATH = os.environ.get("INDEP_CACHE", os.path.join(HERE, "ipcache.json"))
CACHE_FORMAT = 3
W0_DATE = dt.date(2025, 3, 3)            # a Monday
T0 = calendar.timegm(W0_DATE.timetuple())
DAY = 86400.0

ALL_TYPES = ["account", "login", "work", "bid", "contract", "review", "payout", "shipment", "endpoint",
             "message", "interview", "document", "reference"]
HR_TYPES = {"interview", "document", "reference", "shipment", "endpoint"}


# ==========================================================================
# small helpers
# ==========================================================================
def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for item, w in pairs:
        r -= w
        if r <= 0:
            return item
    return pairs[-1][0]


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def sample_days(rng, lo, hi, k):
    pop = list(range(lo, max(lo, hi)))
    return sorted(rng.sample(pop, min(k, len(pop))))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def tron_addr(rng):
    return "T" + "".join(rng.choice(B58) for _ in range(33))


def eth_addr(rng):
    return "0x" + "".join(rng.choice("0123456789abcdefABCDEF" if rng.random() < .4 else "0123456789abcdef")
                          for _ in range(40))


def btc_addr(rng):
    return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))


def iso_z(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(t)))


def iso_ms(t):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(int(t))) + ".%03dZ" % int((t % 1) * 1000)


_ZI = {}


def zi(name):
    z = _ZI.get(name)
    if z is None:
        z = _ZI[name] = ZoneInfo(name)
    return z


def iso_tz(t, tzname):
    return dt.datetime.fromtimestamp(int(t), zi(tzname)).isoformat()


_MID = {}


def local_midnight(tzname, d):
    k = (tzname, d)
    v = _MID.get(k)
    if v is None:
        day = W0_DATE + dt.timedelta(days=d)
        v = _MID[k] = dt.datetime(day.year, day.month, day.day, tzinfo=zi(tzname)).timestamp()
    return v


def weekday(d):
    return (W0_DATE + dt.timedelta(days=d)).weekday()


# ==========================================================================
# IP data from libloc (`location`), cached
# ==========================================================================
def _run(args):
    return subprocess.run(args, capture_output=True, text=True, check=False).stdout


def _lookup_many(ips):
    """location lookup in batches -> {ip: (cc_name, asn, anon)}"""
    out = {}
    batches = [ips[i:i + 1500] for i in range(0, len(ips), 1500)]
    with ThreadPoolExecutor(4) as ex:
        texts = list(ex.map(lambda b: _run(["location", "lookup"] + b), batches))
    for txt in texts:
        cur = None
        for line in txt.splitlines():
            if not line:
                continue
            if not line.startswith(" "):
                cur = line.rstrip(":").strip()
                out[cur] = [None, None, False]
                continue
            if cur is None or ":" not in line:
                continue
            key, val = line.split(":", 1)
            key, val = key.strip(), val.strip()
            if key == "Country":
                out[cur][0] = val
            elif key == "Autonomous System":
                m = re.match(r"AS(\d+)", val)
                if m:
                    out[cur][1] = int(m.group(1))
            elif key == "Anonymous Proxy":
                out[cur][2] = True
    return out


def _sample_net(rng, nets, k):
    """k random host addresses from networks weighted by size"""
    if not nets:
        return []
    sizes = [min(n.num_addresses, 2 ** 24) if n.version == 4 else 2 ** 16 for n in nets]
    cum, s = [], 0
    for z in sizes:
        s += z
        cum.append(s)
    res = []
    for _ in range(k):
        n = nets[bisect.bisect_left(cum, rng.random() * s)]
        if n.version == 4:
            if n.num_addresses <= 4:
                continue
            a = n.network_address + rng.randrange(1, n.num_addresses - 1)
            if str(a).endswith((".0", ".255")):
                continue
        else:
            host_bits = 128 - n.prefixlen
            off = rng.getrandbits(min(host_bits, 64)) << max(0, host_bits - 64) if host_bits > 64 else rng.getrandbits(host_bits)
            a = n.network_address + (off | 1)
        res.append(str(a))
    return res


def build_ip_cache(path):
    t = time.time()
    ver = _run(["location", "version"]).strip()
    names = {}
    for line in _run(["location", "list-countries", "--show-name"]).splitlines():
        if len(line) > 3:
            names[line[3:].strip()] = line[:2]
    groups = {}
    for cc, lst in D.RES_ASNS.items():
        for a, _ in lst:
            groups[a] = max(groups.get(a, 0), 160)
    for cc, lst in D.MOB_ASNS.items():
        for a, _ in lst:
            groups[a] = max(groups.get(a, 0), 160)
    for a in D.HOSTING_ASNS:
        groups[a] = max(groups.get(a, 0), 140)
    for a in D.VPN_ASNS:
        groups[a] = max(groups.get(a, 0), 80)
    for a in D.RELAY_ASNS:
        groups[a] = max(groups.get(a, 0), 300)
    for lst in D.UNI_ASNS.values():
        for a in lst:
            groups[a] = max(groups.get(a, 0), 40)
    for lst in D.BIZ_ASNS.values():
        for a in lst:
            groups[a] = max(groups.get(a, 0), 80)
    asns = sorted(groups)
    with ThreadPoolExecutor(6) as ex:
        listing = dict(zip(asns, ex.map(lambda a: _run(["location", "list-networks-by-as", str(a)]), asns)))
    rng = random.Random(20250303)
    cand = []
    for a in asns:
        nets4, nets6 = [], []
        for s in listing[a].split():
            try:
                n = ipaddress.ip_network(s)
            except ValueError:
                continue
            (nets4 if n.version == 4 else nets6).append(n)
        cand += [(ip, a) for ip in _sample_net(rng, nets4, groups[a])]
        if a in D.V6_ASNS and nets6:
            big6 = [n for n in nets6 if n.prefixlen <= 40] or nets6
            cand += [(ip, a) for ip in _sample_net(rng, big6, 50)]
    vpn_cidrs = [l.strip() for l in open(os.path.join(SHARED, "lists/x4bnet-vpn-ipv4.txt")) if l.strip()]
    vpn_pick = []
    for c in rng.sample(vpn_cidrs, min(3000, len(vpn_cidrs))):
        try:
            n = ipaddress.ip_network(c, strict=False)
        except ValueError:
            continue
        if n.num_addresses >= 4:
            vpn_pick.append(str(n.network_address + rng.randrange(1, n.num_addresses - 1)))
        else:
            vpn_pick.append(str(n.network_address))
    tor = [l.strip() for l in open(os.path.join(SHARED, "lists/tor-exit-nodes-2024.lst")) if l.strip()]
    tor = [x for x in tor if re.match(r"^\d+\.\d+\.\d+\.\d+$", x)]
    kp_net = ipaddress.ip_network(D.KP_NET)
    kp = sorted({str(kp_net.network_address + rng.randrange(1, 1023)) for _ in range(60)})
    kp = [x for x in kp if not x.endswith((".0", ".255"))]
    allips = sorted({ip for ip, _ in cand} | set(vpn_pick) | set(tor) | set(kp))
    info = _lookup_many(allips)

    def cc_of(ip):
        r = info.get(ip)
        return (names.get(r[0]) if r and r[0] else None), (r[1] if r else None), (r[2] if r else False)

    cache = {"format": CACHE_FORMAT, "libloc": ver, "asn": {}, "vpnlist": [], "tor": [], "kp": [], "anon": []}
    for ip, a in cand:
        cc, asn, anon = cc_of(ip)
        if cc and asn == a:
            cache["asn"].setdefault(str(a), []).append([ip, cc])
            if anon:
                cache["anon"].append(ip)
    for ip in vpn_pick:
        cc, asn, _ = cc_of(ip)
        if cc:
            cache["vpnlist"].append([ip, cc, asn or 0])
    for ip in tor:
        cc, asn, _ = cc_of(ip)
        cache["tor"].append([ip, cc or ""])
    for ip in kp:
        cc, asn, _ = cc_of(ip)
        if cc == "KP":
            cache["kp"].append([ip, cc])
    for k in cache["asn"]:
        cache["asn"][k].sort()
    with open(path + ".tmp", "w") as f:
        json.dump(cache, f)
    os.replace(path + ".tmp", path)
    print(f"[gen] built IP cache from libloc ({len(allips)} lookups, {time.time() - t:.1f}s) -> {path}",
          file=sys.stderr)
    return cache


def load_ip_cache():
    if os.path.exists(CACHE_PATH):
        try:
            with open(CACHE_PATH) as f:
                c = json.load(f)
            if c.get("format") == CACHE_FORMAT:
                return c
        except (OSError, ValueError):
            pass
    return build_ip_cache(CACHE_PATH)


class Pools:
    VPN_PROVIDERS = ["nord", "express", "surfshark", "proton", "mullvad", "pia", "cyberghost", "ipvanish"]

    def __init__(self, cache):
        self.by = defaultdict(list)      # (asn, cc) -> [ip]  (v4 and v6 separately)
        self.by6 = defaultdict(list)
        for a, lst in cache["asn"].items():
            a = int(a)
            for ip, cc in lst:
                (self.by6 if ":" in ip else self.by)[(a, cc)].append(ip)
        self.host = defaultdict(list)
        for a in D.HOSTING_ASNS:
            for ip, cc in cache["asn"].get(str(a), []):
                if ":" not in ip:
                    self.host[cc].append(ip)
        self.vpn = defaultdict(list)
        for ip, cc, a in cache["vpnlist"]:
            self.vpn[cc].append(ip)
        for a in D.VPN_ASNS:
            for ip, cc in cache["asn"].get(str(a), []):
                if ":" not in ip:
                    self.vpn[cc].append(ip)
        for cc in self.vpn:
            self.vpn[cc] = sorted(set(self.vpn[cc]))
        self.relay = defaultdict(list)
        for a in D.RELAY_ASNS:
            for ip, cc in cache["asn"].get(str(a), []):
                if ":" not in ip:
                    self.relay[cc].append(ip)
        self.tor = [ip for ip, _ in cache["tor"]]
        self.kp = [ip for ip, _ in cache["kp"]] or ["175.45.176.%d" % i for i in range(2, 60)]
        self._prov = {}

    def asn_ips(self, asn, cc, v6=False):
        return (self.by6 if v6 else self.by).get((asn, cc), [])

    def res(self, rng, cc, v6=False, table=None):
        table = table or D.RES_ASNS
        opts = [(a, w) for a, w in table.get(cc, []) if self.asn_ips(a, cc, v6)]
        if not opts and table is not D.RES_ASNS:
            return self.res(rng, cc, v6)
        if not opts:
            if v6:
                return self.res(rng, cc, False)
            # unknown country: fall back to any hosting in cc, else US residential
            if self.host.get(cc):
                return rng.choice(self.host[cc]), 0
            return self.res(rng, "US")
        a = wchoice(rng, opts)
        # a random host in the /24 (or /64) of a verified address: unique per subscriber
        return neighbour(rng, rng.choice(self.asn_ips(a, cc, v6))), a

    def mob(self, rng, cc, v6=False):
        return self.res(rng, cc, v6, table=D.MOB_ASNS)

    def vpn_pool(self, provider, cc):
        k = (provider, cc)
        if k not in self._prov:
            ips = self.vpn.get(cc) or []
            if not ips:
                self._prov[k] = []
            else:
                pi = self.VPN_PROVIDERS.index(provider) if provider in self.VPN_PROVIDERS else 0
                sub = [ip for ip in ips if zlib.crc32(ip.encode()) % len(self.VPN_PROVIDERS) == pi]
                if len(sub) < 3:
                    sub = ips
                self._prov[k] = sub[:14]
        return self._prov[k]

    def vpn_exit(self, rng, provider, cc):
        pool = self.vpn_pool(provider, cc)
        if not pool:
            for alt in ("US", "NL", "DE", "GB"):
                pool = self.vpn_pool(provider, alt)
                if pool:
                    break
        return rng.choice(pool)

    def hosting(self, rng, cc):
        lst = self.host.get(cc) or self.host.get("US") or self.host.get("DE")
        return neighbour(rng, rng.choice(lst))


def neighbour(rng, ip):
    """another address in the same /24 (v4) or the same /64 (v6)"""
    if ":" in ip:
        a = int(ipaddress.IPv6Address(ip))
        a = (a >> 64 << 64) | rng.getrandbits(64) | 1
        return str(ipaddress.IPv6Address(a))
    p = ip.split(".")
    return "%s.%s.%s.%d" % (p[0], p[1], p[2], rng.randrange(2, 254))


# ==========================================================================
# identity material: names, phones, e-mails, addresses
# ==========================================================================
def pick_city(rng, cc, prefer=None):
    lst = D.CITIES[cc]
    if prefer:
        m = [c for c in lst if c[0] == prefer]
        if m:
            return m[0]
    return rng.choice(lst)


def make_name(rng, cc, culture=None, gender=None):
    culture = culture or wchoice(rng, D.NAME_CULTURE.get(cc, [("us", 1)]))
    males, females, surnames = D.NAMES[culture]
    gender = gender or ("f" if rng.random() < 0.38 else "m")
    first = rng.choice(females if gender == "f" else males)
    last = rng.choice(surnames)
    if gender == "f" and culture in D.FEMALE_SURNAME:
        last = D.FEMALE_SURNAME[culture](last)
    return {"first": first, "last": last, "gender": gender, "culture": culture}


def full_name(n, order=None):
    if n["culture"] in ("vn",) and order == "native":
        return f"{n['last']} {n['first']}"
    return f"{n['first']} {n['last']}"


def ascii_fold(s):
    tbl = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýÿłśźżćńąęőűışğÁÉÍÓÚÖÜÇŞĞİŁŚŹŻĆŃđĐ", "aaaaaaceeeeiiiinoooooouuuuyylszzcnaeouisgAEIOUOUCSGILSZZCNdD")
    s = s.translate(tbl).replace("ß", "ss").replace("ă", "a").replace("ș", "s").replace("ț", "t").replace("ț", "t")
    return re.sub(r"[^A-Za-z0-9]", "", s)


def make_email(rng, n, cc, style=None, domain=None):
    f, l = ascii_fold(n["first"]).lower(), ascii_fold(n["last"]).lower()
    style = style or rng.choice(["f.l", "fl", "fl##", "f_l", "fl.dev", "f.l##", "fl####", "lf", "f##", "fdl"])
    nn = str(rng.randrange(1, 99))
    yy = str(rng.randrange(1975, 2004))
    local = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "fl##": f"{f}{l}{nn}", "f_l": f"{f}_{l}",
             "fl.dev": f"{f}{l}.dev", "f.l##": f"{f}.{l}{nn}", "fl####": f"{f}{l}{yy}", "lf": f"{l}{f}",
             "f##": f"{f}{nn}{rng.randrange(100, 999)}", "fdl": f"{f[0]}{l}{nn}"}[style]
    domain = domain or wchoice(rng, D.EMAIL_DOMAINS.get(cc, D.EMAIL_DOMAINS["_"]))
    return f"{local}@{domain}"


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone_nsn(rng, cc, area=None):
    """(country calling code, national significant number) of a plausible mobile number"""
    c = rng.choice
    if cc in ("US", "CA"):
        if area is None:
            lst = [a for city in D.CITIES[cc] for a in (city[3] or [])]
            area = c(lst)
        while True:
            ex = rng.randrange(201, 999)
            if ex % 100 != 11 and ex != 555 and ex != 950 and ex != 958 and ex != 959:
                break
        return "1", f"{area}{ex:03d}{rng.randrange(0, 10000):04d}"
    T = {
        "GB": ("44", lambda: "7" + c(["4", "5", "8", "9", "7"]) + c("2345689") + _d(rng, 7)),
        "DE": ("49", lambda: c(["151", "152", "157", "159"]) + _d(rng, 8) if rng.random() < .5 else c(["160", "162", "170", "171", "175"]) + _d(rng, 7) if rng.random() < .4 else c(["176", "177", "178", "179"]) + _d(rng, 8)),
        "FR": ("33", lambda: "6" + c("01245678") + _d(rng, 7) if rng.random() < .7 else "7" + c("5678") + _d(rng, 7)),
        "NL": ("31", lambda: "6" + c("1234") + _d(rng, 7)),
        "PL": ("48", lambda: c(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + _d(rng, 7)),
        "UA": ("380", lambda: c(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]) + _d(rng, 7)),
        "RU": ("7", lambda: "9" + c(["01", "03", "05", "10", "15", "16", "25", "26", "77", "85", "99", "20", "21", "31"]) + _d(rng, 7)),
        "KZ": ("7", lambda: "7" + c(["01", "02", "05", "07", "47", "71", "75", "77", "78"]) + _d(rng, 7)),
        "CN": ("86", lambda: "1" + c(["30", "31", "32", "35", "36", "37", "38", "39", "50", "51", "52", "58", "59", "86", "87", "88", "89"]) + _d(rng, 8)),
        "JP": ("81", lambda: c(["70", "80", "90"]) + c("123456789") + _d(rng, 7)),
        "KR": ("82", lambda: "10" + c("234678") + _d(rng, 7)),
        "IN": ("91", lambda: c(["70", "72", "74", "84", "85", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99", "60", "69"]) + _d(rng, 8)),
        "PK": ("92", lambda: "3" + c(["00", "01", "03", "06", "07", "08", "09", "11", "12", "13", "14", "15", "21", "22", "23", "33", "34", "45", "46", "47"]) + _d(rng, 7)),
        "BD": ("880", lambda: "1" + c("3456789") + _d(rng, 8)),
        "PH": ("63", lambda: "9" + c(["05", "06", "15", "16", "17", "26", "27", "35", "36", "45", "53", "55", "56", "65", "66", "75", "77", "78", "94", "95", "96", "97", "98", "18", "19", "20", "21", "28", "29", "39", "47", "49", "89", "99", "61", "08", "09", "10", "12", "30"]) + _d(rng, 7)),
        "VN": ("84", lambda: c(["32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "90", "91", "93", "94", "96", "97", "98"]) + _d(rng, 7)),
        "ID": ("62", lambda: "8" + c(["11", "12", "13", "21", "22", "23", "51", "52", "53", "14", "15", "16", "55", "56", "57", "58", "77", "78", "17", "18", "19", "59", "95", "96", "97", "98", "99", "81", "82", "83", "87", "88", "89"]) + _d(rng, 8)),
        "TH": ("66", lambda: c(["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + _d(rng, 7)),
        "MY": ("60", lambda: "1" + c("269") + _d(rng, 7)),
        "BR": ("55", None), "AR": ("54", None), "MX": ("52", None),
        "CO": ("57", lambda: "3" + c(["00", "01", "02", "04", "05", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "50", "51"]) + _d(rng, 7)),
        "NG": ("234", lambda: c(["803", "806", "703", "706", "813", "816", "810", "814", "903", "906", "802", "808", "708", "812", "701", "902", "805", "807", "705", "815", "905"]) + _d(rng, 7)),
        "KE": ("254", lambda: "7" + c(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "40", "41", "42", "43", "45", "46", "48", "57", "58", "59", "68", "69", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + _d(rng, 6)),
        "EG": ("20", lambda: "1" + c("0125") + _d(rng, 8)),
        "TR": ("90", lambda: "5" + c(["01", "05", "06", "07", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "41", "42", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "59"]) + _d(rng, 7)),
        "IT": ("39", lambda: "3" + c(["20", "24", "27", "28", "29", "30", "31", "33", "34", "35", "36", "37", "38", "39", "40", "42", "43", "45", "46", "47", "48", "49", "51", "66", "77", "80", "88", "89", "91", "92", "93"]) + _d(rng, 7)),
        "ES": ("34", lambda: "6" + _d(rng, 8)),
        "PT": ("351", lambda: "9" + c("1236") + _d(rng, 7)),
        "RO": ("40", lambda: "7" + c("234567") + _d(rng, 7)),
        "RS": ("381", lambda: "6" + c("0123456") + _d(rng, 7)),
        "GE": ("995", lambda: "5" + c(["55", "57", "58", "59", "91", "93", "95", "98", "99", "68", "71", "74", "77", "79", "92", "97", "51", "14", "44"]) + _d(rng, 6)),
        "AM": ("374", lambda: c(["91", "93", "94", "95", "96", "98", "99", "77", "55", "41", "43", "44", "49"]) + _d(rng, 6)),
        "AU": ("61", lambda: "4" + c("01236") + _d(rng, 7)),
        "SG": ("65", lambda: c(["81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98"]) + _d(rng, 6)),
        "HK": ("852", lambda: c(["61", "63", "64", "65", "69", "94", "96", "97"]) + _d(rng, 6)),
        "SE": ("46", lambda: "7" + c("02369") + _d(rng, 7)),
        "AE": ("971", lambda: "5" + c("024568") + _d(rng, 7)),
        "LA": ("856", lambda: "20" + c("2579") + _d(rng, 7)),
        "KP": ("850", lambda: "191" + _d(rng, 7)),
    }
    code, f = T.get(cc, T["GB"] if cc not in T else None)
    if cc == "BR":
        ar = area or c([11, 21, 31, 41, 51, 48, 81])
        return code, f"{ar}9{rng.choice('6789')}{_d(rng, 7)}"
    if cc == "AR":
        ar = str(area or c([11, 351, 341, 261]))
        return code, "9" + ar + c("3456") + _d(rng, 9 - len(ar))
    if cc == "MX":
        ar = str(area or c([55, 33, 81, 664, 999]))
        return code, ar + _d(rng, 10 - len(ar))
    return code, f()


def fmt_phone(rng, code, nsn, style=None):
    style = style or ("e164" if rng.random() < 0.85 else rng.choice(["spaced", "dashed", "national"]))
    if style == "e164":
        return f"+{code}{nsn}"
    if code == "1":
        if style == "national":
            return f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
        return f"+1 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}" if style == "dashed" else f"+1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if style == "national" and code not in ("7",):
        return "0" + nsn[:3] + " " + nsn[3:6] + " " + nsn[6:]
    return f"+{code} {nsn[:3]} {nsn[3:6]} {nsn[6:]}".strip()


STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset", "Main",
           "Highland", "Willow", "Meadow", "Ridge", "River", "Lincoln", "Jefferson", "Forest", "Spring", "Chestnut"]
ST_SFX = ["St", "Ave", "Dr", "Ln", "Rd", "Ct", "Blvd", "Way", "Pl", "Cir"]
GB_ST = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road",
         "Green Lane", "Manor Road", "Kings Road"]
DE_ST = ["Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Lindenstraße", "Bergstraße", "Birkenweg",
         "Am Markt", "Ringstraße", "Mozartstraße"]


def make_address(rng, cc, city):
    name, region, tz, areas, post = city
    if cc == "US":
        a = {"line1": f"{rng.randrange(100, 9899)} {rng.choice(STREETS)} {rng.choice(ST_SFX)}",
             "city": name, "region": region, "postal": post + "%02d" % rng.randrange(1, 99), "country": cc}
        if rng.random() < .35:
            a["line2"] = rng.choice(["Apt", "Unit", "Apt", "#"]) + " " + str(rng.randrange(1, 40)) + rng.choice(["", "", "B", "C"])
        return a
    if cc == "CA":
        L = "ABCEGHJKLMNPRSTVXY"
        pc = f"{post}{rng.randrange(1, 9)}{rng.choice(L)} {rng.randrange(1, 9)}{rng.choice(L)}{rng.randrange(1, 9)}"
        return {"line1": f"{rng.randrange(10, 3999)} {rng.choice(STREETS)} {rng.choice(['St', 'Ave', 'Rd', 'Cres'])}",
                "city": name, "region": region, "postal": pc, "country": cc}
    if cc == "GB":
        L = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"{post}{rng.randrange(1, 20)} {rng.randrange(1, 9)}{rng.choice(L)}{rng.choice(L)}"
        return {"line1": f"{rng.randrange(1, 240)} {rng.choice(GB_ST)}", "city": name, "postal": pc, "country": cc}
    if cc == "DE":
        return {"line1": f"{rng.choice(DE_ST)} {rng.randrange(1, 120)}", "city": name, "region": region,
                "postal": (post + _d(rng, 5))[:5], "country": cc}
    a = {"line1": f"{rng.randrange(1, 300)} {rng.choice(STREETS)} {rng.choice(['Street', 'Road', 'Avenue'])}",
         "city": name, "country": cc}
    if region and region != name:
        a["region"] = region
    if post:
        a["postal"] = (post + _d(rng, 6))[:5 if cc not in ("NL", "PT", "SG", "IN", "RU", "CN", "KZ", "RO") else 6]
    return a


FORWARDERS = [
    {"line1": "8350 NW 66th St", "city": "Miami", "region": "FL", "postal": "33166", "country": "US"},
    {"line1": "2020 NW 84th Ave", "city": "Doral", "region": "FL", "postal": "33122", "country": "US"},
    {"line1": "1001 Industrial Way", "city": "Wilmington", "region": "DE", "postal": "19801", "country": "US"},
    {"line1": "12700 NE Airport Way", "city": "Portland", "region": "OR", "postal": "97230", "country": "US"},
    {"line1": "9615 Mines Rd", "city": "Laredo", "region": "TX", "postal": "78045", "country": "US"},
]


def make_photo(rng):
    return "p:" + hexs(rng, 16)


def near_photo(rng, base):
    h = int(base[2:], 16)
    for _ in range(rng.randrange(1, 4)):
        h ^= 1 << rng.randrange(64)
    return "p:%016x" % h


def ua_desktop(rng, old=False):
    tpl = D.UA_DESKTOP[D.UA_DESKTOP.index(wchoice(rng, list(zip(D.UA_DESKTOP, D.UA_DESKTOP_W))))]
    cv = rng.choice([112, 114, 116]) if old else rng.choice([131, 132, 133, 133, 134, 134])
    return tpl.format(cv=cv, fv=rng.choice([133, 134, 135, 136]), sv=rng.choice(["17.6", "18.2", "18.3"]))


def ua_mobile(rng):
    tpl = wchoice(rng, list(zip(D.UA_MOBILE, D.UA_MOBILE_W)))
    iv = rng.choice(["17_6_1", "18_2", "18_3", "18_3_1"])
    return tpl.format(iv=iv, ivd=iv.replace("_", "."), sv=rng.choice(["17.6", "18.2", "18.3"]),
                      cv=rng.choice([132, 133, 134]), n=rng.randrange(60, 90), m=rng.randrange(0, 9),
                      av=rng.choice([12, 13, 14, 15]))


def ua_app(rng, osname=None):
    return D.UA_APP.format(n=rng.choice([8, 9]), m=rng.randrange(0, 5),
                           os=osname or rng.choice(["Windows 10.0.19045", "Windows 10.0.22631", "macOS 14.6", "macOS 15.3"]))


def dev_id(rng):
    return "dev-" + hexs(rng, 10)


def fake_company(rng):
    n = f"{rng.choice(D.CO_PREFIX)}{rng.choice(['', ' '])}{rng.choice(D.CO_SUFFIX)}"
    dom = ascii_fold(n).lower() + "." + rng.choice(D.CO_TLD)
    return n, dom


# ==========================================================================
# network components
# ==========================================================================
class Comp:
    kind = "x"

    def ip(self, rng, day):
        raise NotImplementedError


class Static(Comp):
    def __init__(self, ip, kind="static"):
        self.addr, self.kind = ip, kind

    def ip(self, rng, day):
        return self.addr


class Home(Comp):
    kind = "home"

    def __init__(self, pools, rng, cc, p_change=0.015, v6=0.0, ip=None):
        self.pools, self.cc, self.p_change = pools, cc, p_change
        if ip:
            self.cur, self.asn = ip, None
        else:
            self.cur, self.asn = pools.res(rng, cc)
        self.v6 = None
        if v6 > 0 and self.asn in D.V6_ASNS and pools.asn_ips(self.asn, cc, True):
            self.v6 = neighbour(rng, rng.choice(pools.asn_ips(self.asn, cc, True)))
        self.p6 = v6
        self.day = -99

    def ip(self, rng, day):
        if day != self.day:
            if self.day >= -1 and rng.random() < self.p_change * max(1, day - self.day):
                if self.asn and rng.random() < .7:
                    self.cur = neighbour(rng, rng.choice(self.pools.asn_ips(self.asn, self.cc)))
                else:
                    self.cur = neighbour(rng, self.cur)
            self.day = day
        if self.v6 and rng.random() < self.p6:
            return self.v6
        return self.cur


class Pool(Comp):
    def __init__(self, ips, kind="pool"):
        self.ips, self.kind = list(ips), kind

    def ip(self, rng, day):
        return rng.choice(self.ips)


class Mobile(Comp):
    """carrier-grade NAT: draws from a shared per-carrier pool; some carriers hand out IPv6"""
    kind = "mobile"

    def __init__(self, world, rng, cc, v6=0.0, local=0.0, city=""):
        self.pool = world.cgnat(cc, rng)
        self.pools, self.cc = world.pools, cc
        # the carrier gateway serving the user's area: a contiguous slice of the pool
        k = zlib.crc32(f"{cc}:{city}".encode()) % max(1, len(self.pool) - 24)
        self.local_pool = self.pool[k:k + 24]
        self.local = local
        self.v6pool = world.cgnat6(cc) if v6 else []
        self.p6 = v6

    def ip(self, rng, day):
        if self.v6pool and rng.random() < self.p6:
            return neighbour(rng, rng.choice(self.v6pool))
        if self.local and rng.random() < self.local:
            return rng.choice(self.local_pool)
        return self.pools.mob(rng, self.cc)[0]


class Vpn(Comp):
    kind = "vpn"

    def __init__(self, pools, provider, ccs):
        self.pools, self.provider, self.ccs = pools, provider, ccs  # ccs: [(cc, w)]

    def ip(self, rng, day):
        return self.pools.vpn_exit(rng, self.provider, wchoice(rng, self.ccs))


class ResProxy(Comp):
    kind = "resproxy"

    def __init__(self, pools, cc, sticky=0.0):
        self.pools, self.cc, self.sticky, self.last = pools, cc, sticky, None

    def ip(self, rng, day):
        if self.last and rng.random() < self.sticky:
            return self.last
        ip, _ = self.pools.res(rng, self.cc)
        self.last = neighbour(rng, ip)
        return self.last


class TorC(Comp):
    kind = "tor"

    def __init__(self, pools):
        self.pools = pools

    def ip(self, rng, day):
        return rng.choice(self.pools.tor)


class Seg:
    """where the person physically is on days [d0, d1) and how they reach the internet"""

    def __init__(self, d0, d1, cc, tz, comps, sched_tz=None):
        self.d0, self.d1, self.cc, self.tz, self.comps, self.sched_tz = d0, d1, cc, tz, comps, sched_tz

    def pick(self, rng, quick=False):
        if quick:
            mob = [(c, w) for c, w in self.comps if c.kind == "mobile"]
            if mob and rng.random() < .8:
                return wchoice(rng, mob)
        return wchoice(rng, self.comps)


# ==========================================================================
# world
# ==========================================================================
CLIENT_CC = [("US", 46), ("GB", 8), ("CA", 6), ("AU", 6), ("DE", 5), ("NL", 3), ("FR", 2), ("IL", 3), ("AE", 3),
             ("SG", 2), ("CH", 2), ("SE", 2), ("IN", 3), ("IE", 2), ("DK", 1), ("NO", 1), ("ES", 1), ("JP", 1),
             ("NZ", 1), ("HK", 1), ("SA", 1)]


class World:
    def __init__(self, args, pools):
        self.args = args
        self.pools = pools
        self.D = args.days
        self.T1 = T0 + args.days * DAY
        self.rng = random.Random(f"{args.seed}:world")
        self.hr = not args.no_hr and not args.marketplace_only_network
        self.allowed = set(ALL_TYPES)
        if not self.hr:
            self.allowed -= HR_TYPES
        if args.marketplace_only_network:
            self.allowed = {"account", "login", "work", "bid"}
        r = self.rng
        nclients = max(400, int(args.accounts * 0.9))
        self.clients = []
        for i in range(nclients):
            self.clients.append(("cl-%06d" % r.randrange(10 ** 6), wchoice(r, CLIENT_CC)))
        self.clients = sorted(set(self.clients))
        r.shuffle(self.clients)
        cw, s = [], 0.0
        for i in range(len(self.clients)):
            s += 1.0 / (i + 3) ** 0.85
            cw.append(s)
        self.client_cum = cw
        self.jobs = defaultdict(list)   # (cat, day) -> [(job, client, cc, budget)]
        self.used_ids = set()
        self.seq = 0
        self._cgnat = {}
        self._cgnat6 = {}
        self.coworks = {}
        self.unis = {}

    def uid(self, prefix, rng, n=6):
        while True:
            x = f"{prefix}{rng.randrange(10 ** (n - 1), 10 ** n)}"
            if x not in self.used_ids:
                self.used_ids.add(x)
                return x

    def eid(self, prefix):
        self.seq += 1
        return f"{prefix}{self.seq:07d}"

    def client(self, rng):
        i = bisect.bisect_left(self.client_cum, rng.random() * self.client_cum[-1])
        return self.clients[min(i, len(self.clients) - 1)]

    def job(self, rng, cat, day, budget):
        k = (cat, day)
        lst = self.jobs[k]
        recent = lst + self.jobs.get((cat, day - 1), []) + self.jobs.get((cat, day - 2), [])
        if recent and rng.random() < 0.55:
            return rng.choice(recent)
        cid, cc = self.client(rng)
        j = (self.uid("job-", rng, 7), cid, cc, round(budget * rng.uniform(0.6, 1.5)))
        lst.append(j)
        return j

    def cgnat(self, cc, rng):
        if cc not in self._cgnat:
            r = random.Random(f"{self.args.seed}:cgnat:{cc}")
            base = []
            for _ in range(40):
                ip, _a = self.pools.mob(r, cc)
                base.append(ip)
            pool = sorted(set(base + [neighbour(r, b) for b in base for _ in range(4)]),
                          key=lambda x: ipaddress.ip_address(x))
            self._cgnat[cc] = pool
        return self._cgnat[cc]

    def cgnat6(self, cc):
        if cc not in self._cgnat6:
            r = random.Random(f"{self.args.seed}:cgnat6:{cc}")
            lst = []
            for a, _ in D.MOB_ASNS.get(cc, []):
                lst += self.pools.asn_ips(a, cc, True)
            self._cgnat6[cc] = sorted(r.sample(lst, min(8, len(lst)))) if lst else []
        return self._cgnat6[cc]

    def cowork(self, cc, city, rng):
        k = (cc, city)
        spaces = self.coworks.setdefault(k, [])
        if len(spaces) < 2 or rng.random() < 0.25:
            r = random.Random(f"{self.args.seed}:cw:{cc}:{city}:{len(spaces)}")
            biz = D.BIZ_ASNS.get(cc)
            if biz and r.random() < .6:
                a = r.choice([x for x in biz if self.pools.asn_ips(x, cc)] or [None])
                ip = r.choice(self.pools.asn_ips(a, cc)) if a else self.pools.res(r, cc)[0]
            else:
                ip = self.pools.res(r, cc)[0]
            spaces.append([ip, neighbour(r, ip)])
        return rng.choice(spaces)

    def uni(self, cc, rng):
        asns = [a for a in D.UNI_ASNS.get(cc, []) if self.pools.asn_ips(a, cc)]
        if not asns:
            return None
        a = rng.choice(asns)
        if a not in self.unis:
            r = random.Random(f"{self.args.seed}:uni:{a}")
            ips = self.pools.asn_ips(a, cc)
            base = r.sample(ips, min(4, len(ips)))
            self.unis[a] = sorted(set(base + [neighbour(r, b) for b in base]))
        return self.unis[a]


# ==========================================================================
# the account
# ==========================================================================
class Acct:
    def __init__(self, world, idx, label, persona, team=""):
        self.W = world
        self.idx = idx
        self.rng = random.Random(f"{world.args.seed}:acct:{idx}")
        self.label, self.persona, self.team = label, persona, team
        self.kind = "freelancer"
        self.events = []
        self.sigs = set()
        self.care = None
        self.mo = None
        self.tm = None           # DPRK team object
        self.grp = None          # honest group object
        self.contracts = []
        self.earn = []           # (t, usd)
        self.flags = {}
        self.dormant_until = -1  # day index before which there is no activity
        self.profile_updates = []  # (t, dict)
        self.payout_changes = []   # (t, method dict)
        self.hire = None
        self.leaks = []            # (n, comp)
        self.overlap = False
        self.quick_p = 0.0
        self.hr_tz = "UTC"
        self.hire = None

    # ---------------- emission ----------------
    def emit(self, t, typ, fields, style="z", eid=None):
        if typ not in self.W.allowed:
            return
        ev = {"type": typ, "time": None, "account": self.id}
        if eid:
            ev["id"] = eid
        for k, v in fields.items():
            if v is not None and v != "" and v != []:
                ev[k] = v
        self.events.append((t, style, ev))


# ==========================================================================
# schedules
# ==========================================================================
def make_sched(rng, mode, tz, **kw):
    s = {"mode": mode, "tz": tz, "p_wd": 0.9, "p_we": 0.3, "start": 9.0, "start_sd": 1.0, "hours": 6.5,
         "hours_sd": 1.5, "nsess": [(1, 2), (2, 5), (3, 3)], "quick": 0.3}
    if mode == "night":
        s.update(start=rng.uniform(20.5, 23.5), hours=rng.uniform(4.5, 7.5))
    elif mode == "evening":
        s.update(start=rng.uniform(17, 19.5), hours=rng.uniform(3, 5), p_we=.5)
    elif mode == "long":
        s.update(start=rng.uniform(7, 9.5), hours=rng.uniform(9.5, 12.5), hours_sd=1.2, p_we=.6, p_wd=.95)
    elif mode == "clock":
        s.update(shifts=[0, 8, 16] if rng.random() < .5 else [1, 13], shift_len=rng.uniform(7, 10), p_shift=.85,
                 p_we=.9, p_wd=1.0)
    elif mode == "sparse":
        s.update(p_wd=.25, p_we=.15, hours=1.2, hours_sd=.6, nsess=[(1, 1)], quick=0.1)
    elif mode == "split":
        s.update(start=rng.uniform(7, 9), hours=rng.uniform(5, 8), split=True)
    else:
        s.update(start=rng.uniform(7.5, 10.5), hours=rng.uniform(4.5, 8))
    s.update(kw)
    return s


def _split_day(rng, start_h, total_min, n, gap=(20, 120)):
    out = []
    t = start_h * 60
    parts = [rng.uniform(.5, 1.5) for _ in range(n)]
    ps = sum(parts)
    for p in parts:
        dur = max(8, total_min * p / ps)
        out.append((t / 60.0, dur))
        t += dur + rng.uniform(*gap)
    return out


def day_plan(rng, s, wd):
    weekend = wd >= 5
    if rng.random() > (s["p_we"] if weekend else s["p_wd"]):
        return []
    if s["mode"] == "clock":
        res = []
        for st in s["shifts"]:
            if rng.random() < s["p_shift"]:
                ln = max(2.0, rng.gauss(s["shift_len"], 1.0)) * 60
                res += _split_day(rng, st + rng.gauss(0, .6), ln, rng.choice([1, 1, 2]), gap=(5, 40))
        return res
    start = rng.gauss(s["start"], s["start_sd"])
    total = max(20, rng.gauss(s["hours"], s["hours_sd"]) * 60)
    n = wchoice(rng, s["nsess"])
    if s.get("split") and rng.random() < .6:
        a = _split_day(rng, start, total * .65, max(1, n - 1))
        b = _split_day(rng, rng.uniform(20, 22.5), total * .35, 1)
        return a + b
    return _split_day(rng, start, total, n)


def gen_sessions(a):
    W, rng = a.W, a.rng
    out = []
    for d in range(-1, W.D + 1):
        seg = a.seg_for(d)
        tzname = seg.sched_tz or a.sched["tz"]
        mid = local_midnight(tzname, d)
        wd = weekday(d)
        for (h, dur) in day_plan(rng, a.sched, wd):
            out.append([mid + h * 3600 + rng.uniform(-300, 300), dur, False])
        if rng.random() < a.sched["quick"]:
            for _ in range(rng.choice([1, 1, 2])):
                h = rng.uniform(a.sched.get("start", 9) - 1.5, a.sched.get("start", 9) + 13)
                out.append([mid + h * 3600, rng.uniform(3, 18), True])
    lo = max(T0, T0 + a.dormant_until * DAY, a.created + 600)
    out = [s for s in out if lo <= s[0] < W.T1]
    out.sort()
    # no overlapping sessions for one operator (clock mode may overlap operators: allowed)
    res, last_end = [], -1
    for s in out:
        if s[0] < last_end and a.sched["mode"] != "clock":
            if s[2]:
                continue
            s[0] = last_end + rng.uniform(60, 900)
        res.append(s)
        last_end = max(last_end, s[0] + s[1] * 60)
    return [tuple(s) for s in res if s[0] < W.T1]


# ==========================================================================
# texts
# ==========================================================================
def compose_template(rng, fragments):
    return " ".join(x for x in (rng.choice(alts) for alts in fragments) if x)


class SafeDict(dict):
    def __missing__(self, k):
        return ""


def bid_text(a, job):
    rng = a.rng
    st = a.flags.get("bidstyle")
    skill = rng.choice(a.skills)
    skill2 = rng.choice(a.skills)
    yrs = a.flags.get("yrs", 5)
    if st == "team" and a.tm is not None:
        tpl = a.tm.template
        t = tpl.format_map(SafeDict(yrs=yrs, skill=skill, skill2=skill2, first=a.name["first"],
                                    title=a.flags.get("title", "senior developer"),
                                    employer=a.flags.get("employer", "a startup"), thing=rng.choice(D.THINGS),
                                    agency=getattr(a.tm, "agency_name", ""), teamsize=a.tm.size * 5 + 10,
                                    nproj=150 + a.tm.size * 20))
        if a.tm.care in ("careful", "very_careful") and rng.random() < .5:
            t = t.replace("Hello", rng.choice(["Hi", "Hello", "Good day"])).replace("quickly", rng.choice(["quickly", "fast", "on schedule"]))
        return t
    if st == "agency" and a.grp is not None:
        return a.grp["template"].format_map(SafeDict(first=a.name["first"], agency=a.grp["name"], teamsize=a.grp["size_claim"],
                                                     nproj=a.grp["nproj"], skill=skill, skill2=skill2, yrs=yrs))
    if st == "newcomer":
        return D.NEWCOMER_TEMPLATE.format(yrs=yrs, skill=skill)
    # personal style: fixed greeting/closer, varying body
    g = a.flags["greet"].format(client_first=rng.choice(["there", "team", "Mike", "Sarah", "John"]))
    body = rng.choice(D.OPENERS).format(skill=skill, skill2=skill2, yrs=yrs)
    mids = rng.sample(D.MIDDLES, rng.choice([1, 2]))
    mid = " ".join(m.format(thing=rng.choice(D.THINGS), place=rng.choice(D.PLACES), skill2=skill2,
                            since=a.flags.get("since", 2019), hours=a.flags.get("hours_txt", "European hours"),
                            employer=a.flags.get("employer", "a local agency")) for m in mids)
    return f"{g}, {body} {mid} {a.flags['closer']} {a.name['first']}"


# ==========================================================================
# population assembly
# ==========================================================================
HONEST_PERSONAS = [
    ("regular", 29), ("agency_staff", 9), ("household", 4.5), ("mobile_cgnat", 6), ("night_owl", 4),
    ("client_timezone", 5), ("privacy_vpn", 4), ("digital_nomad", 2.5), ("frequent_traveller", 3),
    ("top_rated", 4), ("payout_changer", 2.5), ("gmail_voip", 3), ("video_decliner", 1.5),
    ("support_engineer", 2), ("student", 3), ("coworking", 3), ("relocated", 2), ("sparse_profile", 4),
    ("newcomer", 4), ("dormant_returner", 1.5), ("cloud_dev", 2), ("china_resident", 2.5),
    ("russia_resident", 2), ("crypto_payee", 1.5),
]
GEN_CC = [("US", 18), ("IN", 12), ("PK", 6), ("PH", 6), ("UA", 5), ("BD", 3), ("NG", 3), ("KE", 2), ("EG", 2),
          ("GB", 5), ("CA", 3), ("AU", 1.5), ("DE", 2), ("FR", 1.5), ("NL", 1), ("PL", 2.5), ("RO", 1),
          ("RS", 1), ("RU", 2), ("CN", 1.5), ("VN", 2), ("ID", 2), ("TH", .5), ("MY", .5), ("BR", 3),
          ("AR", 2), ("MX", 1.5), ("CO", 1), ("JP", 1), ("KR", 1), ("TR", 1), ("IT", 1), ("ES", 1.5),
          ("PT", .7), ("GE", .5), ("AM", .5), ("KZ", .5), ("SE", .5), ("SG", .5), ("HK", .3), ("AE", .5)]
PERSONA_CC = {
    "china_resident": [("CN", 1)], "russia_resident": [("RU", 1)],
    "client_timezone": [("IN", 25), ("PK", 15), ("PH", 20), ("BD", 6), ("UA", 8), ("EG", 6), ("NG", 6), ("KE", 4),
                        ("VN", 4), ("ID", 3), ("AR", 2), ("RS", 2)],
    "digital_nomad": [("US", 35), ("DE", 12), ("GB", 12), ("CA", 8), ("NL", 6), ("AU", 6), ("FR", 5), ("SE", 4),
                      ("PL", 4), ("UA", 4), ("RU", 4)],
    "frequent_traveller": [("US", 35), ("GB", 12), ("DE", 12), ("CA", 8), ("NL", 6), ("FR", 6), ("IN", 8),
                           ("SG", 4), ("AU", 5), ("JP", 2), ("KR", 2)],
    "agency_staff": [("IN", 22), ("PK", 14), ("UA", 12), ("BD", 8), ("PH", 8), ("EG", 5), ("NG", 4), ("VN", 6),
                     ("PL", 5), ("RO", 3), ("AR", 4), ("BR", 4), ("US", 3), ("GB", 2), ("RS", 2)],
    "mobile_cgnat": [("US", 22), ("IN", 20), ("PK", 8), ("PH", 10), ("NG", 10), ("KE", 7), ("ID", 6), ("BD", 5),
                     ("EG", 4), ("TR", 3), ("BR", 3), ("MX", 2)],
    "privacy_vpn": [("US", 30), ("DE", 12), ("GB", 10), ("CA", 8), ("NL", 6), ("FR", 5), ("SE", 4), ("UA", 8),
                    ("TR", 5), ("PL", 4), ("JP", 3), ("KR", 3), ("AU", 2)],
    "top_rated": [("US", 25), ("GB", 8), ("CA", 6), ("DE", 6), ("UA", 12), ("PL", 6), ("IN", 10), ("AR", 5),
                  ("RU", 4), ("RS", 4), ("RO", 3), ("BR", 4), ("AU", 3), ("PK", 4)],
    "student": [("US", 40), ("GB", 15), ("DE", 10), ("CA", 10), ("NL", 5), ("JP", 5), ("KR", 5), ("CN", 10)],
    "coworking": [("US", 15), ("GB", 8), ("DE", 8), ("ES", 6), ("PT", 6), ("PL", 6), ("UA", 8), ("IN", 12),
                  ("PH", 6), ("AR", 5), ("CO", 5), ("MX", 5), ("NG", 5), ("KE", 5)],
    "cloud_dev": [("US", 30), ("DE", 12), ("GB", 10), ("NL", 6), ("PL", 8), ("UA", 8), ("IN", 12), ("CA", 8), ("SG", 6)],
    "support_engineer": [("US", 35), ("CA", 10), ("GB", 12), ("DE", 8), ("PL", 8), ("IN", 15), ("PH", 12)],
    "gmail_voip": [("US", 85), ("CA", 15)],
    "crypto_payee": [("AR", 20), ("NG", 20), ("TR", 15), ("RU", 10), ("UA", 10), ("VN", 10), ("KE", 8), ("EG", 7)],
    "newcomer": [("PK", 15), ("IN", 20), ("NG", 12), ("KE", 8), ("PH", 12), ("BD", 10), ("EG", 6), ("US", 8),
                 ("VN", 5), ("ID", 4)],
}
RELOCATIONS = [("UA", "PL"), ("UA", "DE"), ("RU", "GE"), ("RU", "AM"), ("RU", "RS"), ("RU", "KZ"), ("IN", "CA"),
               ("BR", "PT"), ("US", "PT"), ("US", "MX"), ("GB", "ES"), ("NG", "GB"), ("PK", "AE"), ("CN", "SG"),
               ("IN", "AE"), ("UA", "ES"), ("US", "CA"), ("DE", "NL")]
NOMAD_SPOTS = ["PT", "ES", "TH", "ID", "MX", "CO", "GE", "VN", "MY", "AE", "TR", "AR"]
EMPLOYEE_P = {"regular": .25, "night_owl": .10, "frequent_traveller": .20, "privacy_vpn": .15,
              "support_engineer": .70, "video_decliner": .5, "top_rated": .05, "gmail_voip": .2, "cloud_dev": .3,
              "household": .12, "relocated": .1, "digital_nomad": .1}


def cat_for(rng, cc, persona):
    if persona in ("support_engineer", "cloud_dev"):
        return rng.choice(["devops", "backend"])
    w = [(k, v[2]) for k, v in D.CATEGORIES.items()]
    if persona in ("newcomer", "sparse_profile", "student"):
        w = [(k, x * (3 if k in ("va_admin", "writing", "design", "php_cms") else 1)) for k, x in w]
    return wchoice(rng, w)


def base_rate(rng, cat, cc, senior=1.0):
    base = D.CATEGORIES[cat][1]
    mult = {"US": 1.5, "CA": 1.3, "GB": 1.4, "AU": 1.35, "DE": 1.4, "NL": 1.4, "SE": 1.35, "FR": 1.2, "JP": 1.3,
            "KR": 1.1, "SG": 1.3, "CH": 1.6, "IT": 1.0, "ES": .95, "PT": .9, "PL": .9, "UA": .85, "RO": .8,
            "RS": .8, "RU": .8, "CN": .7, "IN": .55, "PK": .5, "BD": .45, "PH": .5, "VN": .55, "ID": .5,
            "NG": .55, "KE": .55, "EG": .55, "BR": .7, "AR": .75, "MX": .7, "CO": .65, "TR": .7}.get(cc, .8)
    return max(5, round(base * mult * senior * rng.lognormvariate(0, .3)))


def set_identity(a, cc, city=None, culture=None, name=None):
    rng = a.rng
    a.cc = cc
    c = city or pick_city(rng, cc)
    a.city = c
    a.name = name or make_name(rng, cc, culture)
    a.fullname = full_name(a.name)
    a.claim_tz = c[2]


def std_devices(a, n_desktop=1, mobile=True, app=0.5):
    rng = a.rng
    devs = []
    for _ in range(n_desktop):
        devs.append([dev_id(rng), ua_desktop(rng), "desktop", 1.0])
    if rng.random() < app:
        devs.append([dev_id(rng), ua_app(rng), "desktop", 0.6])
    if mobile:
        devs.append([dev_id(rng), ua_mobile(rng), "mobile", 0.3])
    a.devices = devs


def honest_payout(a, cc=None, holder=None):
    rng = a.rng
    cc = cc or a.cc
    opts = {"US": [("bank", 58), ("paypal", 22), ("wise", 5), ("payoneer", 5), ("check", 2)],
            "IN": [("bank", 50), ("payoneer", 35), ("paypal", 10), ("wise", 5)],
            "PK": [("payoneer", 55), ("bank", 30), ("wise", 10), ("other", 5)],
            "BD": [("payoneer", 60), ("bank", 35), ("other", 5)],
            "PH": [("paypal", 25), ("payoneer", 25), ("bank", 35), ("other", 15)],
            "NG": [("payoneer", 45), ("bank", 30), ("wise", 12), ("crypto", 8), ("other", 5)],
            "KE": [("payoneer", 30), ("bank", 25), ("other", 35), ("paypal", 10)],
            "UA": [("payoneer", 35), ("wise", 25), ("bank", 30), ("paypal", 10)],
            "RU": [("crypto", 35), ("bank", 50), ("other", 15)],
            "CN": [("payoneer", 40), ("bank", 35), ("other", 15), ("paypal", 10)],
            "EG": [("payoneer", 50), ("bank", 40), ("other", 10)],
            "VN": [("payoneer", 40), ("bank", 45), ("paypal", 15)],
            "AR": [("payoneer", 40), ("crypto", 20), ("wise", 20), ("bank", 20)],
            "BR": [("bank", 45), ("payoneer", 30), ("wise", 15), ("paypal", 10)],
            "TR": [("bank", 40), ("payoneer", 35), ("wise", 15), ("crypto", 10)],
            }.get(cc, [("bank", 60), ("paypal", 18), ("wise", 15), ("payoneer", 7)])
    mth = wchoice(rng, opts)
    if cc == "RU" and mth == "bank" and rng.random() < .6:
        return make_method(a, mth, rng.choice(["KZ", "AM", "GE", "KG", "RS", "AE"]), holder)
    return make_method(a, mth, cc, holder)


def holder_variant(rng, n, style=None):
    f, l = n["first"], n["last"]
    style = style if style is not None else rng.random()
    if isinstance(style, str):
        return style
    if style < .55:
        return f"{f} {l}"
    if style < .75:
        return f"{f} {l}".upper()
    if style < .85:
        return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {l}"
    if style < .93:
        return f"{l} {f}".upper() if n["culture"] in ("cn", "kr", "jp", "vn", "hk") else f"{l.upper()}, {f}"
    return f"{f[0]}. {l}"


def make_method(a, method, cc, holder=None, wallet=None, dest=None):
    rng = a.rng
    holder = holder or holder_variant(rng, a.name)
    m = {"method": method, "holder": holder, "country": cc, "currency": "USD"}
    if method == "bank":
        m["destination"] = dest or ("acct" if cc in ("US", "CA") else "iban") + ":sha256:" + hexs(rng, 16)
        if cc not in ("US",) and rng.random() < .35:
            m["currency"] = D.CURRENCY.get(cc, "USD")
    elif method == "paypal":
        m["destination"] = dest or "paypal:sha256:" + hexs(rng, 16)
    elif method == "payoneer":
        m["destination"] = dest or "payoneer:" + str(rng.randrange(10 ** 7, 10 ** 8))
    elif method == "wise":
        m["destination"] = dest or "wise:sha256:" + hexs(rng, 16)
        r = rng.random()
        m["country"] = cc if cc in ("US", "GB") else ("US" if r < .45 else "GB" if r < .6 else "BE" if r < .8 else cc)
        if m["country"] == "GB":
            m["currency"] = "GBP"
        elif m["country"] == "BE":
            m["currency"] = "EUR"
    elif method == "crypto":
        wallet = wallet or (tron_addr(rng) if rng.random() < .7 else eth_addr(rng))
        m["wallet"] = wallet
        m["destination"] = dest or "wallet:sha256:" + hashlib.sha256(wallet.encode()).hexdigest()[:16]
        m["currency"] = "USDT" if wallet.startswith("T") or rng.random() < .6 else "USDC"
        m.pop("country")
    elif method == "check":
        m["destination"] = dest or "check:sha256:" + hexs(rng, 16)
    else:
        local = {"KE": "mpesa", "PH": "gcash", "PK": "easypaisa", "BD": "bkash", "CN": "alipay", "RU": "qiwi",
                 "EG": "instapay"}.get(cc, "local")
        m["destination"] = dest or f"{local}:sha256:" + hexs(rng, 16)
        m["currency"] = D.CURRENCY.get(cc, "USD")
    return m


def edu_emp(a, cc, n_emp=None, big_p=.35, school_cc=None):
    rng = a.rng
    a.flags["small_cos"] = []
    edu = []
    sc = school_cc or cc
    if sc in D.SCHOOLS and rng.random() < .85:
        y = rng.randrange(2005, 2020)
        edu.append({"institution": rng.choice(D.SCHOOLS[sc]), "country": sc,
                    "degree": rng.choice(["BSc Computer Science", "BS Computer Science", "BEng Software Engineering",
                                          "BSc Information Technology", "MSc Computer Science", "BA Economics",
                                          "BS Electrical Engineering", "Bachelor of Computer Applications"]),
                    "from": str(y), "to": str(y + rng.choice([3, 4, 4, 5]))})
    emp = []
    n_emp = rng.choice([0, 1, 1, 2, 2, 3]) if n_emp is None else n_emp
    y = rng.randrange(2012, 2020)
    for i in range(n_emp):
        if rng.random() < big_p:
            co, dom, ccc = rng.choice(D.BIG_EMPLOYERS)
            small = False
        else:
            co, dom = fake_company(rng)
            ccc, small = cc, True
        y2 = y + rng.randrange(1, 4)
        emp.append({"company": co, "domain": dom, "country": ccc,
                    "title": rng.choice(["Software Engineer", "Senior Software Engineer", "Frontend Developer",
                                         "Backend Developer", "Full Stack Developer", "Mobile Developer",
                                         "DevOps Engineer", "Data Analyst", "QA Engineer", "Tech Lead"]),
                    "from": f"{y}-{rng.randrange(1, 13):02d}", "to": f"{y2}-{rng.randrange(1, 13):02d}"})
        a.flags.setdefault("small_cos", []).append(small)
        y = y2
    return edu, emp


def base_profile(a, created_days_ago, senior=1.0, sparse=False):
    rng = a.rng
    cc = a.cc
    a.cat = a.flags.get("cat") or cat_for(rng, cc, a.persona)
    a.skills = rng.sample(D.CATEGORIES[a.cat][0], min(4, len(D.CATEGORIES[a.cat][0])))
    a.rate = a.flags.get("rate") or base_rate(rng, a.cat, cc, senior)
    a.created = T0 - created_days_ago * DAY + rng.uniform(0, DAY)
    years = max(0.0, created_days_ago / 365.0)
    act = rng.uniform(200, 1400) * senior
    a.hours_worked = round(years * act * rng.uniform(.3, 1.0)) if created_days_ago > 0 else 0
    a.earnings = round(a.hours_worked * a.rate * rng.uniform(.7, 1.0))
    a.jss = round(clamp(rng.gauss(.93, .06), .55, 1.0), 2) if a.hours_worked > 40 else None
    a.email = make_email(rng, a.name, cc)
    a.phone_code, a.phone_nsn = phone_nsn(rng, cc, rng.choice(a.city[3]) if a.city[3] else None)
    a.phone = fmt_phone(rng, a.phone_code, a.phone_nsn)
    a.edu, a.emp = edu_emp(a, cc)
    a.website = None
    a.github = None
    if rng.random() < .3:
        a.website = "https://" + ascii_fold(a.name["first"] + a.name["last"]).lower() + rng.choice([".dev", ".com", ".io", ".me"])
    if a.cat in ("web_fullstack", "web3", "mobile", "backend", "devops", "data", "game") and rng.random() < .45:
        a.github = ascii_fold(a.name["first"]).lower() + rng.choice(["", "-", "_"]) + ascii_fold(a.name["last"]).lower() + rng.choice(["", "", str(rng.randrange(1, 99))])
    a.photo = make_photo(rng) if rng.random() < .9 else None
    a.agency_id = None
    a.sparse = sparse
    a.flags["greet"] = rng.choice(D.GREET)
    a.flags["closer"] = rng.choice(D.CLOSERS)
    a.flags["yrs"] = rng.randrange(2, 12)
    a.flags["since"] = rng.randrange(2014, 2024)
    if a.emp:
        a.flags["employer"] = a.emp[-1]["company"]
    # bidding behaviour
    a.bid_rate = rng.uniform(.15, 1.2)   # per active day
    a.win_p = clamp(rng.gauss(.09, .04), .01, .3)
    a.max_c = rng.choice([1, 2, 2, 3])
    a.msg_rate = rng.uniform(.15, .55)
    a.payout_every = rng.choice([7, 7, 14, 14, 30, 0])
    a.method = None


def std_net(a, home_w=0.85, mob_w=0.12, extra=None, cc=None, v6=0.25, p_change=0.015):
    rng, W = a.rng, a.W
    cc = cc or a.cc
    comps = [(Home(W.pools, rng, cc, p_change=p_change, v6=v6 if rng.random() < .5 else 0), home_w)]
    if mob_w > 0 and (cc in D.MOB_ASNS or cc in D.RES_ASNS):
        comps.append((Mobile(W, rng, cc, v6=.4 if cc == "US" else 0), mob_w))
    for c, w in (extra or []):
        comps.append((c, w))
    return comps


def honest_noise(a):
    """independent low-rate traits that any honest person may have"""
    rng, W = a.rng, a.W
    seg = a.segs[0]
    if rng.random() < .08 and a.persona not in ("privacy_vpn",):
        prov = rng.choice(Pools.VPN_PROVIDERS)
        seg.comps.append((Vpn(W.pools, prov, [(a.cc, 3), (rng.choice(["US", "NL", "DE", "GB", "SE", "CH"]), 1)]),
                          rng.uniform(.05, .25)))
    if rng.random() < .06 and a.persona not in ("digital_nomad", "frequent_traveller", "relocated"):
        trip_cc = rng.choice([c for c in ("US", "GB", "DE", "TH", "ES", "IT", "FR", "TR", "AE", "JP", "MX", "PT")
                              if c != a.cc])
        d0 = rng.randrange(0, max(1, W.D - 6))
        add_trip(a, d0, d0 + rng.randrange(3, 9), trip_cc)
    a.flags["failed_login_p"] = .02 if rng.random() < .5 else .005
    a.flags["new_device_day"] = rng.randrange(0, W.D) if rng.random() < .15 else None
    a.flags["offplat_benign"] = rng.random() < .06
    a.flags["scam_recv"] = rng.random() < .12
    a.flags["email_change_day"] = rng.randrange(0, W.D) if rng.random() < .02 else None


def add_trip(a, d0, d1, trip_cc, roaming=True, hotel=True):
    rng, W = a.rng, a.W
    base = a.segs[-1]
    comps = []
    if hotel:
        comps.append((Static(W.pools.res(rng, trip_cc)[0], "hotel"), .6))
    if roaming:
        comps.append((Mobile(W, rng, a.cc), .3))   # home-routed roaming
    comps.append((Mobile(W, rng, trip_cc), .1))
    tz = pick_city(rng, trip_cc)[2] if trip_cc in D.CITIES else base.tz
    newsegs = []
    for s in a.segs:
        if s.d1 <= d0 or s.d0 >= d1:
            newsegs.append(s)
            continue
        if s.d0 < d0:
            newsegs.append(Seg(s.d0, d0, s.cc, s.tz, s.comps, s.sched_tz))
        newsegs.append(Seg(max(d0, s.d0), min(d1, s.d1), trip_cc, tz, comps, s.sched_tz or a.sched["tz"]))
        if s.d1 > d1:
            newsegs.append(Seg(d1, s.d1, s.cc, s.tz, s.comps, s.sched_tz))
    a.segs = newsegs


def seg_for(self, d):
    for s in self.segs:
        if s.d0 <= d < s.d1:
            return s
    return self.segs[0] if d < self.segs[0].d0 else self.segs[-1]


Acct.seg_for = seg_for


# -------------------------------------------------------------------------
# honest personas
# -------------------------------------------------------------------------
def build_honest(a, persona, grp=None):
    W = a.W
    rng = a.rng
    p = persona
    cc = grp["cc"] if grp else wchoice(rng, PERSONA_CC.get(p, GEN_CC))
    if p == "relocated":
        src, dst = rng.choice(RELOCATIONS)
        cc = src
    if p == "household" and grp:
        nm = make_name(rng, cc, culture=grp["culture"])
        if grp.get("surname") and rng.random() < .75:
            nm["last"] = grp["surname"]
            if nm["gender"] == "f" and nm["culture"] in D.FEMALE_SURNAME:
                nm["last"] = D.FEMALE_SURNAME[nm["culture"]](nm["last"])
        set_identity(a, cc, city=grp["city"], name=nm)
    elif grp:
        set_identity(a, cc, city=grp["city"] if rng.random() < .85 else None)
    else:
        set_identity(a, cc)
    senior = 1.0
    created_ago = int(rng.lognormvariate(math.log(900), .8))
    sparse = False
    if p == "top_rated":
        senior = rng.uniform(1.8, 3.5)
        created_ago = rng.randrange(1800, 4500)
    elif p == "newcomer":
        created_ago = -rng.randrange(0, 25) if rng.random() < .6 else rng.randrange(1, 40)
    elif p == "student":
        senior = .6
        created_ago = rng.randrange(30, 700)
    elif p == "sparse_profile":
        sparse = True
        created_ago = rng.randrange(20, 1500)
    elif p == "dormant_returner":
        created_ago = rng.randrange(1200, 3600)
    base_profile(a, created_ago, senior, sparse)
    if p == "top_rated":
        a.hours_worked = rng.randrange(3000, 16000)
        a.rate = rng.randrange(85, 240)
        a.earnings = round(a.hours_worked * a.rate * rng.uniform(.55, .85))
        a.jss = round(rng.uniform(.95, 1.0), 2)
        a.max_c = rng.choice([3, 4, 5])
        a.bid_rate = rng.uniform(.05, .4)
        a.win_p = rng.uniform(.2, .4)
        a.website = a.website or "https://" + ascii_fold(a.name["last"]).lower() + rng.choice(["labs.com", "software.io", ".consulting"])
        if rng.random() < .4:   # paid to own company, holder differs from person name
            a.flags["company_holder"] = a.name["last"] + rng.choice([" Software LLC", " Consulting Ltd", " Digital GmbH" if a.cc == "DE" else " Tech LLC", " Solutions"])
    a.sched = make_sched(rng, "day", a.claim_tz)
    a.segs = [Seg(-5, W.D + 5, a.cc, a.claim_tz, std_net(a))]
    std_devices(a, n_desktop=1 if rng.random() < .75 else 2, mobile=rng.random() < .8)

    # ---- persona specifics ----
    if p == "regular" or p == "video_decliner":
        a.sched = make_sched(rng, wchoice(rng, [("day", 70), ("split", 15), ("evening", 10), ("long", 5)]), a.claim_tz)
    elif p == "china_resident":
        prov = rng.choice(["express", "nord", "surfshark"])
        vps = Static(W.pools.hosting(rng, rng.choice(["HK", "JP", "SG", "US"])), "host")
        vp = rng.uniform(.35, .9)
        a.segs[0].comps = [(Home(W.pools, rng, "CN"), 1 - vp), (vps, vp * .5),
                           (Vpn(W.pools, prov, [("HK", 2), ("JP", 2), ("SG", 1), ("US", 2)]), vp * .5)]
        if rng.random() < .5:
            a.segs[0].comps.append((Mobile(W, rng, "CN"), .1))
        a.sched = make_sched(rng, rng.choice(["day", "day", "night", "split"]), a.claim_tz)
    elif p == "russia_resident":
        vp = rng.uniform(.25, .75)
        a.segs[0].comps = [(Home(W.pools, rng, "RU"), 1 - vp),
                           (Vpn(W.pools, rng.choice(["proton", "surfshark", "mullvad"]), [("NL", 2), ("DE", 2), ("FI", 1), ("US", 1), ("LV", 1)]), vp * .7),
                           (Static(W.pools.hosting(rng, rng.choice(["DE", "NL", "FI"])), "host"), vp * .3),
                           (Mobile(W, rng, "RU"), .1)]
        a.sched = make_sched(rng, rng.choice(["day", "split", "night"]), a.claim_tz)
    elif p == "digital_nomad":
        home_cc = a.cc
        d = 0
        segs = []
        spots = rng.sample(NOMAD_SPOTS, 3)
        i = 0
        client_tz = a.claim_tz
        while d < W.D + 5:
            ln = rng.randrange(8, 30)
            spot = spots[i % len(spots)]
            i += 1
            city = pick_city(rng, spot)
            comps = [(Static(W.pools.res(rng, spot)[0], "airbnb"), .45), (Mobile(W, rng, spot), .2),
                     (Pool(W.cowork(spot, city[0], rng), "cowork"), .2),
                     (Vpn(W.pools, rng.choice(Pools.VPN_PROVIDERS), [(home_cc, 1)]), rng.uniform(.05, .35))]
            segs.append(Seg(d - (5 if d == 0 else 0), d + ln, spot, city[2], comps, sched_tz=client_tz))
            d += ln
        a.segs = segs
        a.sched = make_sched(rng, "day", client_tz)
        if rng.random() < .3:   # profile shows where they are right now
            pc = pick_city(rng, spots[1])
            a.profile_updates.append((T0 + segs[1].d0 * DAY + rng.uniform(0, 3 * DAY),
                                      {"city": pc[0], "country": spots[1], "timezone": pc[2]}))
    elif p == "frequent_traveller":
        for _ in range(rng.choice([2, 3, 4])):
            d0 = rng.randrange(0, max(1, W.D - 5))
            tc = rng.choice([c for c in ("US", "GB", "DE", "FR", "NL", "SG", "JP", "AE", "ES", "IT", "IN", "CA", "CN",
                                         "HK", "VN", "KR") if c != a.cc])
            add_trip(a, d0, d0 + rng.randrange(2, 7), tc)
        a.sched = make_sched(rng, "long", a.claim_tz, p_we=.3)
    elif p == "privacy_vpn":
        kind = wchoice(rng, [("vpn", 65), ("relay", 20), ("tor", 5), ("warp", 10)])
        vp = rng.uniform(.55, .95)
        if kind == "vpn":
            ccs = [(a.cc, 3)] if rng.random() < .5 else [(c, 1) for c in rng.sample(["US", "NL", "CH", "SE", "DE", "GB", "CA", "JP", "SG"], 3)]
            extra = Vpn(W.pools, rng.choice(Pools.VPN_PROVIDERS), ccs)
        elif kind in ("relay", "warp"):
            lst = W.pools.relay.get(a.cc) or W.pools.relay.get("US")
            extra = Pool(rng.sample(lst, min(12, len(lst))), "relay")
        else:
            extra = TorC(W.pools)
            vp = rng.uniform(.1, .3)
        a.segs[0].comps = [(a.segs[0].comps[0][0], 1 - vp), (extra, vp)]
    elif p == "night_owl":
        a.sched = make_sched(rng, "night", a.claim_tz)
    elif p == "client_timezone":
        ctz = rng.choice(["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Australia/Sydney"])
        a.sched = make_sched(rng, rng.choice(["day", "long"]), ctz)
        a.flags["hours_txt"] = "US hours" if ctz.startswith("America") else "your business hours"
    elif p == "agency_staff":
        a.agency_id = grp["agency"]
        office = Pool(grp["office"], "office")
        a.segs[0].comps = [(office, .7 if rng.random() < .85 else .2)] + std_net(a, .25, .05)
        if grp.get("shared_device") and rng.random() < .4:
            a.devices.append([grp["shared_device"], grp["shared_ua"], "desktop", .5])
        a.flags["bidstyle"] = "agency" if rng.random() < .75 else None
        a.sched = make_sched(rng, "day", grp["tz"], p_we=.15)
        a.flags["cat"] = grp["cat"]
        a.cat = grp["cat"]
        if rng.random() < .5:
            a.email = make_email(rng, a.name, a.cc, style=rng.choice(["f.l", "fl", "f_l"]), domain=grp["domain"])
        if rng.random() < .3:
            a.phone = grp["phone"]
        a.skills = rng.sample(D.CATEGORIES[a.cat][0], 4)
        a.rate = grp["rate"] + rng.choice([-5, 0, 0, 5, 10])
    elif p == "household":
        a.segs[0].comps = [(Static(grp["home"], "home"), .85)] + [(c, w) for c, w in std_net(a, 0, .15)[1:]]
        if grp.get("home6"):
            a.segs[0].comps.append((Static(grp["home6"], "home"), .2))
        if grp.get("shared_device") and rng.random() < .7:
            a.devices.append([grp["shared_device"], grp["shared_ua"], "desktop", .6])
    elif p == "mobile_cgnat":
        a.segs[0].comps = [(Mobile(W, rng, a.cc, v6=.5 if a.cc == "US" else 0, local=.75, city=a.city[0]), .9),
                           (a.segs[0].comps[0][0], .1)]
        a.devices = [[dev_id(rng), ua_mobile(rng), "mobile", 1.0]] + ([[dev_id(rng), ua_desktop(rng), "desktop", .3]] if rng.random() < .5 else [])
        a.sched["quick"] = .8
    elif p == "top_rated":
        a.sched = make_sched(rng, "long", a.claim_tz)
    elif p == "student":
        uni = W.uni(a.cc, rng)
        if uni:
            a.segs[0].comps = [(Pool(uni, "uni"), .6)] + std_net(a, .25, .15)
        a.sched = make_sched(rng, rng.choice(["evening", "night", "split"]), a.claim_tz)
        a.rate = max(8, a.rate // 2)
    elif p == "coworking":
        cw = W.cowork(a.cc, a.city[0], rng)
        a.segs[0].comps = [(Pool(cw, "cowork"), .6)] + std_net(a, .3, .1)
    elif p == "relocated":
        move_day = rng.randrange(5, max(6, W.D - 8))
        ncity = pick_city(rng, dst)
        newcomps = std_net(a, cc=dst)
        a.segs = [Seg(-5, move_day, a.cc, a.claim_tz, a.segs[0].comps),
                  Seg(move_day, W.D + 5, dst, ncity[2], newcomps, sched_tz=ncity[2])]
        lag = rng.choice([0, 1, 3, 7, 14, 60])
        if move_day + lag < W.D:
            upd = {"country": dst, "city": ncity[0], "region": ncity[1], "timezone": ncity[2]}
            a.profile_updates.append((T0 + (move_day + lag) * DAY + rng.uniform(0, DAY), upd))
        if rng.random() < .6 and move_day + lag + 3 < W.D:
            a.flags["payout_move"] = (move_day + lag + rng.randrange(1, 10), dst)
        if rng.random() < .4 and move_day + lag + 2 < W.D:
            code, nsn = phone_nsn(rng, dst)
            a.profile_updates.append((T0 + (move_day + lag + 2) * DAY, {"phone": fmt_phone(rng, code, nsn)}))
    elif p == "sparse_profile":
        a.sched = make_sched(rng, "sparse", a.claim_tz)
        a.edu, a.emp, a.website, a.github = [], [], None, None
        a.photo = a.photo if rng.random() < .4 else None
        a.bid_rate = rng.uniform(.5, 2)
    elif p == "newcomer":
        a.flags["bidstyle"] = "newcomer" if rng.random() < .45 else None
        a.bid_rate = rng.uniform(1.5, 5)
        a.flags["burst"] = rng.random() < .5
        a.win_p = rng.uniform(.01, .05)
        a.rate = max(5, int(a.rate * .6))
        a.sched = make_sched(rng, rng.choice(["day", "evening", "split", "long"]), a.claim_tz)
        a.jss = None
        a.hours_worked = 0
        a.earnings = 0
        a.edu = a.edu if rng.random() < .5 else []
    elif p == "dormant_returner":
        a.dormant_until = rng.randrange(3, max(4, W.D // 2))
        wake = a.dormant_until
        a.flags["new_device_day"] = wake
        if rng.random() < .5:
            a.flags["payout_change_days"] = [wake + rng.randrange(0, 6)]
        a.profile_updates.append((T0 + (wake + rng.uniform(0, 3)) * DAY, {"hourly_rate": a.rate + rng.choice([5, 10, 15])}))
        a.flags["bid_burst_after_wake"] = True
    elif p == "cloud_dev":
        boxes = [Static(W.pools.hosting(rng, a.cc if W.pools.host.get(a.cc) else rng.choice(["US", "DE", "NL"])), "host")
                 for _ in range(rng.choice([1, 1, 2]))]
        w = rng.uniform(.15, .5)
        a.segs[0].comps += [(b, w / len(boxes)) for b in boxes]
        std_devices(a, 2)
    elif p == "support_engineer":
        a.flags["support_tools"] = rng.sample(D.SW_REMOTE_SUPPORT, rng.choice([1, 2]))
        if rng.random() < .5:   # on site at customers
            a.segs[0].comps.append((Pool([W.pools.res(rng, a.cc)[0] for _ in range(4)], "client_site"), .15))
        a.sched = make_sched(rng, rng.choice(["day", "long"]), a.claim_tz)
    elif p == "gmail_voip":
        a.email = make_email(rng, a.name, a.cc, domain="gmail.com")
        other = rng.choice([x for x in D.CITIES[a.cc] if x[3]])
        a.phone_code, a.phone_nsn = phone_nsn(rng, a.cc, rng.choice(other[3]))
        a.phone = fmt_phone(rng, a.phone_code, a.phone_nsn)
        a.flags["voip"] = True
    elif p == "payout_changer":
        a.flags["payout_change_days"] = sample_days(rng, 2, W.D - 1, rng.choice([2, 3, 3, 4]))
    elif p == "crypto_payee":
        a.method = make_method(a, "crypto", a.cc)
    elif p == "coworking":
        pass
    if p == "video_decliner":
        a.flags["decline_video_once"] = True
    honest_noise(a)
    if p in ("household",) and grp and grp.get("joint") is not None:
        a.flags["joint"] = grp["joint"]


def make_honest_group(W, rng, kind, size, tid):
    if kind == "agency":
        cc = wchoice(rng, PERSONA_CC["agency_staff"])
        city = pick_city(rng, cc)
        name = f"{rng.choice(D.CO_PREFIX)}{rng.choice(['', ' '])}{rng.choice(D.CO_SUFFIX)} {rng.choice(['Pvt Ltd', 'LLC', 'Ltd', 'Sp. z o.o.', 'Solutions', 'Agency', 'Technologies'])}".strip()
        r = random.Random(f"{W.args.seed}:grp:{tid}")
        home_ip = W.pools.res(r, cc)[0]
        office = [home_ip] + ([neighbour(r, home_ip)] if r.random() < .5 else [])
        g = {"kind": "agency", "cc": cc, "city": city, "tz": city[2], "name": name, "agency": "ag-" + hexs(r, 8),
             "office": office, "template": compose_template(r, D.AGENCY_FRAGMENTS), "size_claim": r.choice([12, 15, 20, 25, 40, 60]),
             "nproj": r.choice([120, 200, 350, 500]), "cat": cat_for(r, cc, "agency_staff"), "tid": tid}
        g["rate"] = base_rate(r, g["cat"], cc)
        g["domain"] = ascii_fold(name.split()[0]).lower() + r.choice(["soft", "tech", "labs", "dev", ""]) + r.choice([".com", ".io", ".co"])
        code, nsn = phone_nsn(r, cc)
        g["phone"] = fmt_phone(r, code, nsn, "e164")
        g["payout"] = None
        if r.random() < .4:
            g["shared_device"] = dev_id(r)
            g["shared_ua"] = ua_desktop(r)
        return g
    # household
    cc = wchoice(rng, GEN_CC)
    city = pick_city(rng, cc)
    r = random.Random(f"{W.args.seed}:grp:{tid}")
    home, asn = W.pools.res(r, cc)
    culture = wchoice(r, D.NAME_CULTURE.get(cc, [("us", 1)]))
    g = {"kind": "household", "cc": cc, "city": city, "tz": city[2], "home": home, "culture": culture,
         "surname": D.NAMES[culture][2][r.randrange(len(D.NAMES[culture][2]))], "tid": tid}
    if asn in D.V6_ASNS and W.pools.asn_ips(asn, cc, True) and r.random() < .5:
        g["home6"] = neighbour(r, r.choice(W.pools.asn_ips(asn, cc, True)))
    if r.random() < .45:
        g["shared_device"] = dev_id(r)
        g["shared_ua"] = ua_desktop(r)
    g["joint"] = r.random() < .35
    return g


# -------------------------------------------------------------------------
# DPRK
# -------------------------------------------------------------------------
CARES = ["sloppy", "moderate", "careful", "very_careful"]
SIG_BUDGET = {"sloppy": (9, 14), "moderate": (5, 8), "careful": (3, 5), "very_careful": (2, 3)}
TEAM_SHARED = ["SHARED_DEVICE", "SHARED_IP", "PAY_SHARED", "TEMPLATE", "DOC_REUSE", "CONTACT_SHARED",
               "REVIEW_FARM", "PHOTO_REUSE", "FAKE_EMPLOYER_SHARED", "SHIP_SHARED"]
SIG_W = {  # base selection weights
    "NET_VPN": 8, "NET_RESPROXY": 4, "NET_LEAK_REAL": 6, "NET_LEAK_KP": 2, "NET_WRONG_VPN_CC": 3,
    "HOURS_OFF": 7, "LONG_HOURS": 4, "CLOCK": 3, "SHARED_DEVICE": 4, "SHARED_IP": 5, "PAY_HOLDER": 5,
    "PAY_FOREIGN": 4, "PAY_CRYPTO": 3, "PAY_SHARED": 4, "PAY_CHURN": 3, "TEMPLATE": 5, "BURST": 3,
    "OFFPLATFORM": 4, "DOC_BAD": 4, "DOC_REUSE": 2, "REF_BAD": 4, "INTERVIEW_BAD": 5, "REVIEW_FARM": 3,
    "CONTACT_SHARED": 3, "REMOTE_TOOLS": 6, "KVM": 4, "SHIP_SHARED": 5, "OVERLAP": 2, "PHOTO_REUSE": 2,
    "FAKE_EMPLOYER_SHARED": 2,
}
HR_SIGS = {"DOC_BAD", "DOC_REUSE", "REF_BAD", "INTERVIEW_BAD", "REMOTE_TOOLS", "KVM", "SHIP_SHARED"}
EMP_ONLY = {"REMOTE_TOOLS", "KVM", "SHIP_SHARED"}
NONNET_MKT = {"PAY_HOLDER", "PAY_FOREIGN", "PAY_CRYPTO", "PAY_SHARED", "PAY_CHURN", "OFFPLATFORM", "REVIEW_FARM",
              "CONTACT_SHARED", "PHOTO_REUSE", "FAKE_EMPLOYER_SHARED", "OVERLAP"}
DPRK_BASES = [(("CN", "Shenyang"), 22), (("CN", "Dandong"), 14), (("CN", "Dalian"), 8), (("CN", "Beijing"), 6),
              (("CN", "Shenzhen"), 4), (("CN", "Guangzhou"), 4), (("CN", "Shanghai"), 3), (("RU", "Vladivostok"), 9),
              (("RU", "Moscow"), 5), (("LA", "Vientiane"), 8), (("KP", "Pyongyang"), 8), (("AE", "Dubai"), 4),
              (("VN", "Hanoi"), 3)]
DPRK_CLAIM_CC = [("US", 58), ("CA", 8), ("GB", 5), ("JP", 7), ("KR", 4), ("AU", 3), ("DE", 3), ("IT", 3),
                 ("PL", 2), ("SG", 2), ("NL", 2), ("SE", 1), ("ES", 1)]
OWNER_CC = [("US", 35), ("UA", 15), ("KE", 10), ("PH", 10), ("PK", 8), ("NG", 7), ("PL", 5), ("IN", 5), ("GB", 5)]
FARM_CITIES = ["Scottsdale", "Phoenix", "Nashville", "Baltimore", "Charlotte", "Dallas", "Houston", "Atlanta",
               "Minneapolis", "Richmond", "Columbus", "Las Vegas", "Tampa", "Raleigh", "Arlington"]


class Team:
    pass


def make_team(W, tid, ttype, size, care):
    r = random.Random(f"{W.args.seed}:team:{tid}")
    t = Team()
    t.tid, t.type, t.size, t.care = tid, ttype, size, care
    t.base_cc, t.base_city = wchoice(r, DPRK_BASES)
    city = pick_city(r, t.base_cc, t.base_city)
    t.base_tz = city[2]
    if t.base_cc == "KP":
        t.real_ips = r.sample(W.pools.kp, min(4, len(W.pools.kp)))
    else:
        t.real_ips = [W.pools.res(r, t.base_cc)[0] for _ in range(r.choice([2, 3, 4]))]
    t.vpn_provider = r.choice(Pools.VPN_PROVIDERS)
    t.vps = {}
    t.rng = r
    on_p = {"sloppy": .85, "moderate": .6, "careful": .35, "very_careful": .2}[care]
    t.shared_on = {s for s in TEAM_SHARED if r.random() < on_p} if size > 1 else set()
    t.devices = [[dev_id(r), ua_desktop(r, old=r.random() < .4), "desktop", 1.0] for _ in range(r.choice([1, 2, 3]))]
    t.template = compose_template(r, D.DPRK_FRAGMENTS)
    # facilitator (US) and mules
    fc = pick_city(r, "US", r.choice(FARM_CITIES))
    t.fac_city = fc
    fn = make_name(r, "US", culture=r.choice(["us", "us", "us_afam", "us_hisp"]))
    t.fac_name = full_name(fn)
    t.fac_addr = make_address(r, "US", fc)
    t.farm_ips = [W.pools.res(r, "US")[0]] + ([] if r.random() < .6 else [W.pools.res(r, "US")[0]])
    mule_co = r.choice(["Hong Kong", "Shenzhen", "Dalian", "Shenyang", "Dandong"])
    t.mule_names = [f"{r.choice(['Golden', 'Sunrise', 'Great Wall', 'Oriental', 'Silver', 'Pacific', 'Jinhui', 'Hengtai'])} "
                    f"{r.choice(['Trading', 'Technology', 'Network', 'Commerce', 'Software'])} {'Limited' if mule_co == 'Hong Kong' else 'Co., Ltd.'}",
                    full_name(make_name(r, "CN"))]
    t.pay_pool = []
    t.pay_pool.append({"method": "bank", "holder": t.fac_name, "country": "US", "currency": "USD",
                       "destination": "acct:sha256:" + hexs(r, 16)})
    t.pay_pool.append({"method": "payoneer", "holder": r.choice(t.mule_names), "country": r.choice(["HK", "CN"]),
                       "currency": "USD", "destination": "payoneer:" + str(r.randrange(10 ** 7, 10 ** 8))})
    w = tron_addr(r)
    if care == "sloppy" and r.random() < .12:
        try:
            lst = [l.strip() for l in open(os.path.join(SHARED, "sanctions/ofac-digital-currency-ETH.txt")) if l.strip()]
            w = r.choice(lst)
        except OSError:
            pass
    t.pay_pool.append({"method": "crypto", "holder": r.choice(t.mule_names), "wallet": w, "currency": "USDT",
                       "destination": "wallet:sha256:" + hashlib.sha256(w.encode()).hexdigest()[:16]})
    if ttype == "agency" and care == "sloppy" and r.random() < .25:
        t.mule_names[0] = r.choice(["Yanbian Silverstar Network Technology Co., Ltd.", "Volasys Silver Star",
                                    "Chinyong Information Technology Cooperation Company"])
        t.pay_pool[1]["holder"] = t.mule_names[0]
    t.phones_by_cc = {}
    t.email_suffix = r.choice(["dev", "work", "pro", "tech", ""]) + str(r.randrange(10, 99))
    t.email_domain = r.choice(["gmail.com", "outlook.com", "proton.me", "gmail.com"])
    t.photo_base = make_photo(r)
    t.doc_numbers = ["sha256:" + hexs(r, 16) for _ in range(2)]
    t.doc_photo = make_photo(r)
    t.fake_cos = [fake_company(r) for _ in range(2)]
    t.shills = [("cl-%06d" % r.randrange(10 ** 6), r.choice(["US", "US", "GB", "CA"])) for _ in range(r.choice([2, 3, 4]))]
    t.jobs = []
    t.forwarder = r.choice(FORWARDERS)
    t.cat = wchoice(r, D.DPRK_CATS)
    if ttype == "agency":
        t.agency_cc = r.choice(["US", "US", "MY", "SG", "AE", "PL", "GB", "HK"])
        t.agency_id = "ag-" + hexs(r, 8)
        t.agency_name = f"{r.choice(D.CO_PREFIX)} {r.choice(D.CO_SUFFIX)} {r.choice(['LLC', 'Ltd', 'Sdn Bhd', 'Pte Ltd', 'Inc'])}"
        t.template = compose_template(r, D.AGENCY_FRAGMENTS)
    return t


def team_vps(t, W, cc):
    if cc not in t.vps:
        t.vps[cc] = [W.pools.hosting(t.rng, cc) for _ in range(t.rng.choice([1, 2, 3]))]
    return t.vps[cc]


def pick_signals(a, t, care, mo, kind):
    rng = a.rng
    W = a.W
    lo, hi = SIG_BUDGET[care]
    k = rng.randint(lo, hi)
    mandatory = []
    if mo == "laptop_farm" and t.size > 1:
        mandatory.append("SHARED_IP")
    if mo == "resproxy":
        mandatory.append("NET_RESPROXY")
    if mo == "front_agency":
        mandatory.append("SHARED_IP" if rng.random() < .6 else "NET_VPN")
    if mo == "bought_dormant":
        mandatory.append("TAKEOVER")
    if mo == "vpn_remote" and (care in ("sloppy", "moderate") or (care == "careful" and rng.random() < .6)):
        mandatory.append("NET_VPN")
    sig = set(mandatory)
    cand = dict(SIG_W)
    if not W.hr:
        for s in HR_SIGS:
            cand.pop(s, None)
    if kind != "employee":
        for s in EMP_ONLY:
            cand.pop(s, None)
    else:
        cand.pop("SHARED_DEVICE", None)
    if W.args.marketplace_only_network:
        for s in NONNET_MKT:
            cand.pop(s, None)
    for s in TEAM_SHARED:
        if s in cand and s not in t.shared_on:
            cand.pop(s)
        elif s in cand:
            cand[s] *= 2.5
    if mo == "laptop_farm":
        cand.pop("NET_RESPROXY", None)
        cand.pop("NET_WRONG_VPN_CC", None)
        for s in ("REMOTE_TOOLS", "KVM", "SHIP_SHARED", "HOURS_OFF"):
            if s in cand:
                cand[s] *= 2
    if mo in ("vpn_remote", "front_agency"):
        cand.pop("NET_RESPROXY", None)
    if mo == "resproxy":
        cand.pop("NET_VPN", None)
    if care in ("careful", "very_careful"):
        for s in ("NET_LEAK_KP", "CLOCK", "OFFPLATFORM", "DOC_BAD", "NET_WRONG_VPN_CC", "PAY_CRYPTO", "KVM"):
            if s in cand:
                cand[s] *= .3
    if care == "sloppy":
        for s in ("NET_LEAK_REAL", "NET_LEAK_KP", "OFFPLATFORM", "CLOCK", "DOC_BAD", "INTERVIEW_BAD"):
            if s in cand:
                cand[s] *= 1.8
    for s in list(sig):
        cand.pop(s, None)
    while len(sig) < k and cand:
        s = wchoice(rng, list(cand.items()))
        sig.add(s)
        cand.pop(s)
        if s == "CLOCK":
            cand.pop("LONG_HOURS", None)
        if s == "NET_VPN":
            cand.pop("NET_RESPROXY", None)
    return sig


def build_dprk(a, t, mo, care):
    W = a.W
    rng = a.rng
    a.tm, a.mo, a.care = t, mo, care
    kind = a.kind
    # ---- claimed identity ----
    if mo in ("rented_account", "bought_dormant"):
        cc = wchoice(rng, OWNER_CC)
    elif mo == "laptop_farm":
        cc = "US"
    elif mo == "front_agency":
        cc = t.agency_cc if rng.random() < .4 else wchoice(rng, DPRK_CLAIM_CC)
        cc = cc if cc in D.CITIES else "US"
    else:
        cc = wchoice(rng, DPRK_CLAIM_CC)
    culture = None
    if cc == "US":
        culture = wchoice(rng, [("us", 70), ("us_asian", 18), ("us_hisp", 7), ("us_afam", 5)])
    elif cc in ("CA", "AU", "GB"):
        culture = wchoice(rng, [("us", 40), ("gb", 45), ("us_asian", 15)])
    set_identity(a, cc, culture=culture)
    a.flags["cat"] = t.cat if rng.random() < .7 else wchoice(rng, D.DPRK_CATS)
    if mo in ("rented_account", "bought_dormant"):
        created_ago = rng.randrange(700, 3000)
        senior = 1.0
    else:
        created_ago = rng.randrange(10, 330) if rng.random() < .75 else -rng.randrange(0, 20)
        senior = 1.2
    base_profile(a, created_ago, senior)
    if mo not in ("rented_account", "bought_dormant"):
        a.rate = max(25, int(a.rate * rng.uniform(.6, .95)))
        a.edu, a.emp = edu_emp(a, cc, n_emp=rng.choice([2, 2, 3]), big_p=.45, school_cc=cc if cc in D.SCHOOLS else "US")
        a.flags["yrs"] = rng.randrange(6, 12)
        a.hours_worked = min(a.hours_worked, rng.randrange(0, 900))
        a.earnings = round(a.hours_worked * a.rate * rng.uniform(.8, 1))
        a.github = a.github or ascii_fold(a.name["first"] + a.name["last"]).lower() + rng.choice(["", "-dev", "0x", str(rng.randrange(10, 99))])
        if rng.random() < .4:
            a.website = "https://" + ascii_fold(a.name["first"] + a.name["last"]).lower() + rng.choice([".vercel.app", ".netlify.app", ".dev", "-portfolio.web.app"])
    a.flags["title"] = rng.choice(["senior full-stack developer", "blockchain engineer", "senior software engineer",
                                   "mobile app developer", "full stack engineer"])
    sig = pick_signals(a, t, care, mo, kind)
    a.sigs = sig
    # ---- physical location & network ----
    real = Pool(t.real_ips, "real")
    comps = []
    ccs_vpn = [(cc, 10)]
    if "NET_WRONG_VPN_CC" in sig:
        ccs_vpn.append((rng.choice(["JP", "SG", "HK", "NL", "DE", "GB", "US"] if cc != "US" else ["JP", "SG", "HK", "NL", "CA"]), rng.uniform(2, 5)))
    if mo == "bought_dormant" and cc != "US" and care in ("sloppy", "moderate"):
        ccs_vpn.append(("US", rng.uniform(3, 12)))   # the buyer's VPN defaults to a US exit
    farm = Pool(t.farm_ips, "farm")
    static_claim = Static(W.pools.res(rng, cc)[0], "isp_proxy")   # clean-looking stable residential exit
    if mo == "laptop_farm":
        comps.append((farm, 1.0))
        if "NET_VPN" in sig:
            comps.append((Vpn(W.pools, t.vpn_provider, ccs_vpn), .15))
    elif mo == "rented_account":
        owner_home = Home(W.pools, rng, cc)
        a.flags["owner_home"] = owner_home
        if "NET_VPN" in sig:
            comps += [(Vpn(W.pools, t.vpn_provider, ccs_vpn), .5), (Pool(team_vps(t, W, cc), "vps"), .3), (owner_home, .2)]
        elif "NET_RESPROXY" in sig:
            comps += [(ResProxy(W.pools, cc, sticky=.3), .7), (owner_home, .3)]
        else:
            comps.append((owner_home, 1.0))   # remote desktop into the owner's own machine
    elif mo == "front_agency":
        shared = Pool(team_vps(t, W, t.agency_cc if t.agency_cc in W.pools.host else "US"), "vps")
        if "SHARED_IP" in sig:
            comps.append((shared, .7))
        if "NET_VPN" in sig or not comps:
            comps.append((Vpn(W.pools, t.vpn_provider, ccs_vpn), .5))
    else:   # vpn_remote, resproxy, bought_dormant
        if "NET_VPN" in sig:
            own_vps = Pool([W.pools.hosting(rng, cc) for _ in range(rng.choice([1, 2]))], "vps")
            comps += [(Vpn(W.pools, t.vpn_provider, ccs_vpn), .55), (own_vps, .45)]
        if "NET_RESPROXY" in sig:
            comps.append((ResProxy(W.pools, cc, sticky=rng.choice([0, .2, .5])), 1.0))
        if "SHARED_IP" in sig:
            comps.append((Pool(team_vps(t, W, cc), "vps"), .6))
        if not comps:
            comps.append((static_claim, 1.0))
    if "NET_LEAK_REAL" in sig:
        n = {"sloppy": rng.randrange(4, 16), "moderate": rng.randrange(1, 4)}.get(care, 1)
        a.leaks.append((n, real))
        if care == "sloppy" and rng.random() < .4:
            comps.append((real, .05))
    if "NET_LEAK_KP" in sig:
        a.leaks.append((rng.randrange(1, 5) if care == "sloppy" else 1, Pool(W.pools.kp, "kp")))
    a.segs = [Seg(-5, W.D + 5, t.base_cc, t.base_tz, comps)]
    # ---- schedule ----
    if "CLOCK" in sig:
        a.sched = make_sched(rng, "clock", t.base_tz)
    elif "HOURS_OFF" in sig:
        a.sched = make_sched(rng, "long" if "LONG_HOURS" in sig else "day", t.base_tz, p_we=.7 if "LONG_HOURS" in sig else .45)
    else:
        a.sched = make_sched(rng, "long" if "LONG_HOURS" in sig else "day", a.claim_tz,
                             p_we=.75 if "LONG_HOURS" in sig else .3)
    if mo == "laptop_farm" and "HOURS_OFF" not in sig and "CLOCK" not in sig and care != "very_careful":
        # US working day seen from Asia is a night shift; careful teams stick to it
        a.sched["start_sd"] = 1.6
    a.sched["quick"] = .05
    # ---- devices ----
    if "SHARED_DEVICE" in sig:
        a.devices = [list(rng.choice(t.devices))] + [[dev_id(rng), ua_desktop(rng, old=True), "desktop", .4]]
    else:
        a.devices = [[dev_id(rng), ua_desktop(rng, old=care in ("sloppy", "moderate") and rng.random() < .4), "desktop", 1.0]]
        if rng.random() < (.5 if care in ("careful", "very_careful") else .15):
            a.devices.append([dev_id(rng), ua_mobile(rng), "mobile", .15])
    if mo == "rented_account" and "NET_VPN" not in sig and "NET_RESPROXY" not in sig:
        a.devices = [[dev_id(rng), ua_desktop(rng), "desktop", 1.0]]
    # ---- contacts ----
    if "CONTACT_SHARED" in sig:
        lst = t.phones_by_cc.setdefault(cc, [])
        if not lst or (len(lst) < 2 and rng.random() < .3):
            lst.append(phone_nsn(rng, cc))
        code, nsn = rng.choice(lst)
        a.phone = fmt_phone(rng, code, nsn, "e164")
        f, l = ascii_fold(a.name["first"]).lower(), ascii_fold(a.name["last"]).lower()
        a.email = f"{f}{l}.{t.email_suffix}@{t.email_domain}"
    elif care in ("sloppy", "moderate"):
        a.email = make_email(rng, a.name, cc, style=rng.choice(["fl.dev", "fl##", "f.l##", "fl####"]),
                             domain=rng.choice(["gmail.com", "outlook.com", "proton.me", "gmail.com", "yahoo.com"]))
    if cc in ("US", "CA") and mo not in ("rented_account", "bought_dormant"):
        a.flags["voip"] = True
        if rng.random() < .6:   # number from a random area code, not the claimed city's
            code, nsn = phone_nsn(rng, cc)
            if "CONTACT_SHARED" not in sig:
                a.phone = fmt_phone(rng, code, nsn)
    if "PHOTO_REUSE" in sig:
        a.photo = near_photo(rng, t.photo_base)
    if "FAKE_EMPLOYER_SHARED" in sig:
        co, dom = rng.choice(t.fake_cos)
        y = rng.randrange(2016, 2021)
        a.emp = [e for e in a.emp][:1] + [{"company": co, "domain": dom, "country": "US", "title": "Senior Software Engineer",
                                            "from": f"{y}-0{rng.randrange(1, 9)}", "to": f"{y + 3}-1{rng.randrange(0, 2)}"}]
        a.flags["small_cos"] = [False] * (len(a.emp) - 1) + [True]
        a.flags["fake_team_co"] = co
    # ---- marketplace behaviour ----
    a.bid_rate = {"sloppy": rng.uniform(2, 6), "moderate": rng.uniform(1.5, 4), "careful": rng.uniform(.8, 2.5),
                  "very_careful": rng.uniform(.3, 1.2)}[care]
    a.win_p = rng.uniform(.06, .16)
    a.max_c = rng.choice([2, 3, 3, 4, 5]) if care in ("sloppy", "moderate") else rng.choice([1, 2, 2, 3])
    a.flags["bidstyle"] = "team" if "TEMPLATE" in sig else None
    if mo == "front_agency":
        a.agency_id = t.agency_id
        a.flags["bidstyle"] = "team"
    a.flags["burst"] = "BURST" in sig
    a.flags["trickle"] = "CLOCK" in sig and rng.random() < .6
    a.overlap = "OVERLAP" in sig
    a.flags["offplat_p"] = {"sloppy": .18, "moderate": .08, "careful": .03, "very_careful": .02}[care] if "OFFPLATFORM" in sig else 0
    a.payout_every = rng.choice([7, 7, 14])
    # ---- payouts ----
    pay = None
    if "PAY_SHARED" in sig:
        cands = [m for m in t.pay_pool if (m["method"] != "crypto" or "PAY_CRYPTO" in sig)]
        pay = dict(rng.choice(cands))
    elif "PAY_CRYPTO" in sig:
        pay = make_method(a, "crypto", cc, holder=a.fullname)
    elif "PAY_FOREIGN" in sig:
        fc = rng.choice(["HK", "CN", "SG", "AE", "MY"] if t.base_cc != "RU" else ["KZ", "AE", "HK", "AM"])
        pay = make_method(a, rng.choice(["payoneer", "bank", "wise"]), fc,
                          holder=rng.choice(t.mule_names) if "PAY_HOLDER" in sig else a.fullname)
        pay["country"] = fc
    elif "PAY_HOLDER" in sig:
        pay = make_method(a, rng.choice(["bank", "bank", "payoneer", "paypal"]), cc if cc == "US" else cc,
                          holder=t.fac_name if cc == "US" else full_name(make_name(rng, cc)))
    else:
        pay = make_method(a, "bank" if cc in ("US", "CA", "GB", "DE", "JP", "KR") else wchoice(rng, [("bank", 50), ("payoneer", 50)]),
                          cc, holder=holder_variant(rng, a.name, .1))
    a.method = pay
    if mo == "bought_dormant":
        a.method = honest_payout(a, holder=holder_variant(rng, a.name))   # the original owner's account
    if "PAY_CHURN" in sig:
        a.flags["payout_change_days"] = sample_days(rng, 1, W.D - 1, rng.randrange(3, 7))
    # ---- takeover / dormancy ----
    if mo == "bought_dormant":
        wake = rng.randrange(3, max(4, int(W.D * .6)))
        a.dormant_until = wake
        a.flags["takeover_day"] = wake
        a.flags["old_dev"] = [dev_id(rng), ua_desktop(rng, old=True), "desktop", 1.0]
        a.devices = [[dev_id(rng), ua_desktop(rng, old=care != "careful"), "desktop", 1.0]]
        a.flags["payout_change_days"] = sorted(set(a.flags.get("payout_change_days", [])) | {wake + rng.randrange(0, 5)})
        a.flags["bid_burst_after_wake"] = True
        code, nsn = phone_nsn(rng, cc)
        upd = {"email": make_email(rng, a.name, cc, style="fl##", domain=rng.choice(["gmail.com", "outlook.com", "proton.me"]))}
        if rng.random() < .7:
            upd["phone"] = fmt_phone(rng, code, nsn, "e164")
        if rng.random() < .6:
            upd["hourly_rate"] = max(25, a.rate - rng.randrange(5, 20))
            upd["employment"] = a.emp + [{"company": rng.choice(t.fake_cos)[0], "title": "Senior Blockchain Developer",
                                          "from": "2021-02", "to": "2024-11"}]
        if rng.random() < .5:
            upd["photo_hash"] = near_photo(rng, t.photo_base) if "PHOTO_REUSE" in sig else make_photo(rng)
        a.profile_updates.append((T0 + (wake + rng.uniform(0, 4)) * DAY, upd))
        if rng.random() < .5:
            a.flags["cat"] = "web3"
    if mo == "rented_account":
        # owner still logs in now and then from home to move money
        a.flags["owner_sessions"] = rng.randrange(2, 8)
        switch = rng.randrange(0, max(1, W.D // 3))
        a.flags["rent_start"] = switch
    if "REVIEW_FARM" in sig:
        a.flags["shill"] = rng.sample(t.shills, min(len(t.shills), rng.choice([1, 2, 2, 3])))
    a.persona = f"dprk_{mo}_{care}"


# ==========================================================================
# simulation
# ==========================================================================
def pick_device(a, comp, quick, day):
    rng = a.rng
    devs = a.devices
    nd = a.flags.get("new_device_day")
    if nd is not None:
        if day < nd:
            devs = devs[:1] + devs[2:] if len(devs) > 1 else devs
        else:
            if "new_dev" not in a.flags:
                a.flags["new_dev"] = [dev_id(rng), ua_desktop(rng), "desktop", 1.2]
            devs = [a.flags["new_dev"]] + devs[1:]
    if (quick or (comp is not None and comp.kind == "mobile")):
        mob = [d for d in devs if d[2] == "mobile"]
        if mob and rng.random() < .85:
            return rng.choice(mob)
    desk = [d for d in devs if d[2] != "mobile"] or devs
    return wchoice(rng, [(d, d[3]) for d in desk])


def contract_start(a, t_bid, client, ccc, rate, short=False, hours_week=None):
    rng, W = a.rng, a.W
    offer = t_bid + rng.uniform(.2, 3) * DAY
    start = offer + rng.uniform(.02, 1.2) * DAY
    if short:
        end = start + rng.uniform(1, 4) * DAY
    else:
        end = start + rng.choice([rng.uniform(3, 14), rng.uniform(10, 45), rng.uniform(30, 120)]) * DAY
    active_at_start = sum(1 for c in a.contracts if c["start"] <= start < c["end"])
    if active_at_start >= a.max_c and not short:
        return None
    c = {"id": W.uid("ct-", rng, 7), "client": client, "cc": ccc, "rate": rate, "offer": offer, "start": start,
         "end": end, "hw": hours_week or rng.uniform(5, 35), "accepted": rng.random() < .9 or short, "short": short}
    a.contracts.append(c)
    return c


def emit_contract_events(a):
    rng, W = a.rng, a.W
    for c in a.contracts:
        pre = c.get("pre", False)
        if not pre:
            a.emit(c["offer"], "contract", {"contract": c["id"], "client": c["client"], "client_country": c["cc"],
                                            "status": "offered", "rate": c["rate"]}, eid=W.eid("ce-"))
        if c["accepted"]:
            a.emit(c["start"], "contract", {"contract": c["id"], "client": c["client"], "client_country": c["cc"],
                                            "status": "active", "rate": c["rate"]}, eid=W.eid("ce-"))
            if c["end"] < W.T1:
                a.emit(c["end"], "contract", {"contract": c["id"], "client": c["client"], "client_country": c["cc"],
                                              "status": "ended", "rate": c["rate"]}, eid=W.eid("ce-"))
                rp = .95 if c.get("shill") else .6
                if rng.random() < rp:
                    tr = c["end"] + rng.uniform(0, 2 if c.get("shill") else 6) * DAY
                    if tr < W.T1:
                        if c.get("shill"):
                            rating = 5
                        elif a.label == "dprk":
                            rating = wchoice(rng, [(5, 60), (4, 22), (3, 8), (2, 4), (1, 6)])
                        else:
                            rating = wchoice(rng, [(5, 72), (4, 18), (3, 5), (2, 2), (1, 3)])
                        a.emit(tr, "review", {"from": c["client"], "rating": rating, "contract": c["id"]},
                               eid=W.eid("rv-"))
        else:
            c["end"] = c["start"]


def simulate(a):
    W, rng = a.W, a.rng
    sessions = gen_sessions(a)
    full = [s for s in sessions if not s[2]]
    a.flags["first_session"] = sessions[0][0] if sessions else W.T1
    a.flags["sess_per_day"] = max(1.0, len(full) / max(1, len({int((s[0] - T0) // DAY) for s in full})))
    # pre-existing contracts
    if a.hours_worked > 50 and a.persona not in ("newcomer",) and a.dormant_until <= 0 and a.kind == "freelancer":
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3][:a.max_c + 3])):
            cid, ccc = W.client(rng)
            st = T0 - rng.uniform(1, 120) * DAY
            c = {"id": W.uid("ct-", rng, 7), "client": cid, "cc": ccc, "rate": a.rate + rng.choice([-5, 0, 0, 5]),
                 "offer": st - DAY, "start": st, "end": st + rng.uniform(20, 200) * DAY, "hw": rng.uniform(8, 35),
                 "accepted": True, "pre": True}
            if c["end"] > T0 + DAY:
                a.contracts.append(c)
    # shill (review-farm) contracts
    for (cid, ccc) in a.flags.get("shill", []):
        lo = max(0, a.dormant_until, (a.created - T0) / DAY)
        tb = T0 + rng.uniform(lo, lo + (W.D - lo) * .6) * DAY
        c = contract_start(a, tb, cid, ccc, a.rate, short=True, hours_week=rng.uniform(2, 6))
        if c:
            c["shill"] = True
    # leaks: pick sessions
    leak_at = {}
    normal = [i for i, s in enumerate(sessions) if not s[2]]
    for n, comp in a.leaks:
        for i in rng.sample(normal, min(n, len(normal))):
            leak_at[i] = comp
    # owner sessions for rented accounts
    owner_at = set()
    if a.flags.get("owner_sessions"):
        owner_at = set(rng.sample(range(len(sessions)), min(a.flags["owner_sessions"], len(sessions))))
        a.flags["owner_dev"] = [dev_id(rng), ua_desktop(rng), "desktop", 1.0]
    if a.dormant_until > 0 and a.kind == "freelancer":
        old_dev = a.flags.get("old_dev") or a.devices[0]
        home = a.flags.get("owner_home") or Home(W.pools, rng, a.cc)
        tl = T0 - rng.uniform(150, 700) * DAY
        for k in range(rng.choice([1, 2, 3])):
            a.emit(tl - k * rng.uniform(1, 20) * DAY, "login", {"ip": home.ip(rng, -999 - k), "device": old_dev[0],
                                                               "user_agent": old_dev[1]})
    bursts = set()
    if a.flags.get("burst"):
        days = list(range(W.D))
        bursts = set(rng.sample(days, max(1, W.D // rng.choice([5, 7, 10]))))
    wake = a.flags.get("takeover_day", a.dormant_until if a.flags.get("bid_burst_after_wake") else None)
    emp = a.kind == "employee"
    emp_start = a.hire["work_from"] if (emp and a.hire) else None
    if a.kind == "applicant":
        sessions = [s for s in sessions if s[2]][:6]
    busy_until = 0
    for i, (t0, dur, quick) in enumerate(sessions):
        if emp_start is not None and t0 < emp_start:
            continue
        day = int((t0 - T0) // DAY)
        seg = a.seg_for(day)
        comp = seg.pick(rng, quick)
        dev = pick_device(a, comp, quick, day)
        ip = comp.ip(rng, day)
        leak = leak_at.get(i)
        if leak is not None:
            ip = leak.ip(rng, day)
        if i in owner_at:
            ip = a.flags["owner_home"].ip(rng, day)
            dev = a.flags["owner_dev"]
        work_ip = ip if (leak is None or rng.random() < .5) else comp.ip(rng, day)
        if emp:
            dev = a.corp_dev if not quick else (a.devices[-1] if a.devices[-1][2] == "mobile" else a.corp_dev)
        # failed login(s)
        if rng.random() < a.flags.get("failed_login_p", .01):
            a.emit(t0 - rng.uniform(20, 180), "login", {"ip": ip, "device": dev[0], "user_agent": dev[1], "success": False})
        lf = {"ip": ip, "device": dev[0], "user_agent": dev[1]}
        if rng.random() < .3:
            lf["success"] = True
        a.emit(t0, "login", lf)
        end = t0 + dur * 60
        # endpoint telemetry for company devices
        if emp and not quick and a.hire and t0 >= a.hire["device_from"]:
            if rng.random() < .75:
                endpoint_event(a, t0 + rng.uniform(60, 900), ip)
        # work
        active = [c for c in a.contracts if c["accepted"] and c["start"] <= t0 < c["end"]]
        if emp and not quick:
            work_employee(a, t0, dur, work_ip)
        elif active and not quick:
            t = t0 + rng.uniform(60, 300)
            frac = rng.uniform(.65, .95)
            left = dur * frac
            while left > 10 and t < end:
                c = wchoice(rng, [(c, c["hw"]) for c in active])
                m = min(left, max(10, rng.gauss(140, 50)), (end - t) / 60)
                if m < 5:
                    break
                m = round(m)
                a.emit(t, "work", {"minutes": m, "contract": c["id"], "ip": work_ip, "source": "timetracker"})
                a.earn.append((t + m * 60, m / 60.0 * c["rate"]))
                if a.overlap and len(active) > 1 and rng.random() < .35:
                    c2 = rng.choice([x for x in active if x is not c])
                    m2 = round(m * rng.uniform(.5, 1.0))
                    ip2 = a.segs[0].pick(rng).ip(rng, day)
                    a.emit(t + rng.uniform(0, 600), "work", {"minutes": m2, "contract": c2["id"], "ip": ip2, "source": "timetracker"})
                    a.earn.append((t + m2 * 60, m2 / 60.0 * c2["rate"]))
                t += m * 60 + rng.uniform(0, 600)
                left -= m
        # bids
        if not emp and a.kind != "applicant":
            lam = a.bid_rate / max(1.0, a.flags.get("sess_per_day", 2.0))
            if len(active) >= a.max_c:
                lam *= .25
            if wake is not None and 0 <= day - wake < 4:
                lam *= 4
            if a.flags.get("trickle"):
                lam = a.bid_rate / max(1.0, a.flags["sess_per_day"]) * 1.3
            nb = poisson(rng, lam * (0.4 if quick else 1.0))
            burst_n = 0
            if day in bursts and day not in a.flags.setdefault("burst_done", set()) and not quick:
                a.flags["burst_done"].add(day)
                burst_n = rng.randrange(6, 18)
            times = [t0 + rng.uniform(0, dur * 60) for _ in range(nb)]
            if burst_n:
                bs = t0 + rng.uniform(0, max(1, dur * 60 - 3600))
                times += [bs + rng.uniform(0, rng.uniform(1200, 5400)) for _ in range(burst_n)]
            for tb in sorted(times):
                make_bid(a, tb, day)
        # messages
        if a.kind in ("freelancer", "employee"):
            nmsg = poisson(rng, a.msg_rate * (1.0 if active or emp else .25) * (0.5 if quick else 1.0))
            for _ in range(nmsg):
                tm = t0 + rng.uniform(0, dur * 60)
                make_message(a, tm, active)
    # contracts and reviews
    emit_contract_events(a)


def make_bid(a, tb, day):
    rng, W = a.rng, a.W
    if tb >= W.T1:
        return
    budget = D.CATEGORIES[a.cat][1] * 1.2
    if a.tm is not None and "TEMPLATE" in a.sigs and a.tm.jobs and rng.random() < .35:
        job = rng.choice(a.tm.jobs[-30:])
    else:
        job = W.job(rng, a.cat, day, budget)
        if a.tm is not None:
            a.tm.jobs.append(job)
    jid, cid, ccc, jb = job
    rate = max(5, round(a.rate * rng.uniform(.85, 1.1)))
    a.emit(tb, "bid", {"job": jid, "client": cid, "client_country": ccc, "rate": rate, "text": bid_text(a, job)},
           eid=W.eid("bid-"))
    if rng.random() < a.win_p:
        contract_start(a, tb, cid, ccc, rate)
    if rng.random() < .12:
        t = tb + rng.uniform(.1, 2) * DAY
        if t < W.T1:
            a.emit(t, "message", {"counterparty": cid, "direction": "received", "text": rng.choice(D.CLIENT_MSG_RECEIVED[:2])})


EMP_MSG = ["PR is up for review.", "I'll be a few minutes late to standup.", "Deployed to staging, please verify.",
           "Can we sync on the ticket after lunch?", "Thanks, looks good to me.", "I'm picking up the on-call handover today.",
           "Updated the runbook with the new steps.", "Heads up: I'm off on Friday.", "Pairing session at 3?"]


def make_message(a, tm, active):
    rng, W = a.rng, a.W
    if tm >= W.T1:
        return
    if a.kind == "employee" and a.hire:
        cp = a.hire["manager"] if rng.random() < .7 else "usr-" + str(rng.randrange(100, 999))
    elif active:
        c = rng.choice(active)
        cp = c["client"]
    else:
        cp = W.client(rng)[0]
    if rng.random() < .5:
        if a.label == "dprk":
            if rng.random() < a.flags.get("offplat_p", 0) * 2.5:
                txt = rng.choice(D.DPRK_MSG_OFFPLATFORM).format(handle=ascii_fold(a.name["first"]).lower() + "_" + hexs(rng, 3),
                                                                 phone=a.phone, hex=hexs(rng, 16))
            else:
                txt = rng.choice(D.DPRK_MSG_NORMAL if rng.random() < .5 else D.HONEST_MSG_SENT)
        elif a.flags.get("offplat_benign") and rng.random() < .15:
            txt = rng.choice(D.HONEST_MSG_OFFPLATFORM_BENIGN)
        else:
            txt = rng.choice(D.HONEST_MSG_SENT)
        if a.kind == "employee":
            txt = rng.choice(EMP_MSG) if a.label == "honest" or rng.random() < .7 else rng.choice(D.DPRK_MSG_NORMAL[:4])
        if a.flags.get("support_tools") and rng.random() < .1:
            txt = f"I can connect via {a.flags['support_tools'][0]} to look at the server config if you approve the session."
        a.emit(tm, "message", {"counterparty": cp, "direction": "sent", "text": txt})
    else:
        if a.flags.get("scam_recv") and rng.random() < .1:
            txt = rng.choice(D.CLIENT_MSG_SCAMMY).format(handle="hr_" + hexs(rng, 5), num="1" + _d(rng, 10))
        else:
            txt = rng.choice(D.CLIENT_MSG_RECEIVED)
        a.emit(tm, "message", {"counterparty": cp, "direction": "received", "text": txt})


def work_employee(a, t0, dur, ip):
    rng = a.rng
    a.emit(t0 + rng.uniform(0, 120), "work", {"minutes": round(dur), "ip": ip, "source": "sso"})
    if rng.random() < .3:
        a.emit(t0 + rng.uniform(60, 600), "work", {"minutes": round(dur * rng.uniform(.5, 1.0)), "ip": ip, "source": "vpn"})
    for _ in range(poisson(rng, dur / 400.0)):
        a.emit(t0 + rng.uniform(0, dur * 60), "work", {"minutes": rng.randrange(5, 40), "source": "commit",
                                                        "contract": a.hire["contract"]})
    a.earn.append((t0 + dur * 60, dur / 60.0 * a.rate))


def endpoint_event(a, t, ip):
    rng = a.rng
    h = a.hire
    ev = {"device": a.corp_dev[0], "serial": h["serial"], "ip": ip, "software": list(h["software"]),
          "usb": [dict(u) for u in h["usb"]], "displays": list(h["displays"])}
    if rng.random() < .15 and h.get("usb_extra"):
        ev["usb"].append(dict(rng.choice(h["usb_extra"])))
    a.emit(t, "endpoint", ev, style="ms")


# ---------------------------------------------------------------------------
# payouts, profile, HR
# ---------------------------------------------------------------------------
def emit_method(a, t, m):
    f = {k: m.get(k) for k in ("method", "destination", "holder", "country", "wallet")}
    a.emit(t, "payout", f, eid=a.W.eid("po-"))


def payouts(a):
    rng, W = a.rng, a.W
    if a.method is None:
        h = a.flags.get("company_holder")
        if a.kind == "employee" and rng.random() < .75:
            a.method = make_method(a, "bank", a.cc, holder=holder_variant(rng, a.name))
        else:
            a.method = honest_payout(a, holder=h)
        if a.flags.get("joint"):
            g = a.grp
            if g.get("joint_method") is None:
                jm = dict(a.method)
                jm["holder"] = f"{a.name['first']} & {rng.choice(D.NAMES[g['culture']][0] + D.NAMES[g['culture']][1])} {g['surname']}" if rng.random() < .6 else a.method["holder"]
                g["joint_method"] = jm
            a.method = dict(g["joint_method"])
    if a.grp is not None and a.grp.get("kind") == "agency":
        g = a.grp
        if g["payout"] is None:
            g["payout"] = make_method(a, rng.choice(["bank", "payoneer", "payoneer"]), g["cc"], holder=g["name"])
        if rng.random() < .85:
            a.method = dict(g["payout"])
    cur = a.method
    changes = []
    wake_t = a.flags.get("first_session", T0) + 3600 if a.dormant_until > 0 else -1e18
    for d in a.flags.get("payout_change_days", []):
        t = max(T0 + (d + rng.uniform(0, 1)) * DAY, wake_t + rng.uniform(0, 2) * DAY)
        if t < W.T1:
            changes.append((t, None))
    if a.flags.get("payout_move"):
        d, dst = a.flags["payout_move"]
        if d < W.D:
            changes.append((T0 + (d + rng.random()) * DAY, dst))
    changes.sort(key=lambda x: x[0])
    # initial method set for new accounts
    if a.created >= T0:
        emit_method(a, a.created + rng.uniform(.1, 3) * DAY, cur)
    timeline = [(-1e18, cur)]
    for t, dst in changes:
        if a.label == "dprk":
            sig = a.sigs
            t_ = a.tm
            opts = []
            if "PAY_SHARED" in sig:
                opts += [dict(m) for m in t_.pay_pool if m["destination"] != cur.get("destination")]
            if "PAY_CRYPTO" in sig:
                opts.append(make_method(a, "crypto", a.cc, holder=a.fullname))
            if "PAY_FOREIGN" in sig:
                fc = rng.choice(["HK", "CN", "SG", "AE"])
                m = make_method(a, rng.choice(["payoneer", "bank"]), fc, holder=rng.choice(t_.mule_names + [a.fullname]))
                m["country"] = fc
                opts.append(m)
            if "PAY_HOLDER" in sig:
                opts.append(make_method(a, rng.choice(["bank", "paypal"]), "US" if a.cc == "US" else a.cc,
                                        holder=rng.choice([t_.fac_name, full_name(make_name(rng, a.cc))])))
            if not opts:
                opts.append(make_method(a, rng.choice(["bank", "payoneer", "wise"]), a.cc, holder=a.fullname))
            new = rng.choice(opts)
        else:
            if dst:
                new = honest_payout(a, dst, holder=cur.get("holder"))
            else:
                mth = rng.choice([m for m in ("bank", "payoneer", "wise", "paypal") if m != cur["method"]])
                new = make_method(a, mth, a.cc, holder=holder_variant(rng, a.name))
        emit_method(a, t, new)
        if W.hr and rng.random() < .4:
            doc_check(a, t + rng.uniform(.01, 1) * DAY)
        timeline.append((t, new))
        cur = new
    # withdrawals
    if not a.earn and a.persona != "top_rated":
        return
    a.earn.sort()
    bal = rng.uniform(0, 400) if (a.created < T0 and a.kind == "freelancer" and a.dormant_until <= 0) else 0.0
    ei = 0
    if a.kind == "employee":
        pay_days = [d for d in range(W.D) if (W0_DATE + dt.timedelta(days=d)).day in (15, 28)
                    and T0 + d * DAY > a.hire["work_from"] + 5 * DAY]
    else:
        every = a.payout_every or rng.choice([5, 10, 20])
        first = rng.randrange(0, max(1, every)) + max(0, a.dormant_until)
        pay_days = list(range(first, W.D, every))
    for d in pay_days:
        t = T0 + (d + rng.uniform(.3, .9)) * DAY
        while ei < len(a.earn) and a.earn[ei][0] <= t:
            bal += a.earn[ei][1] * .9   # platform fee
            ei += 1
        if bal < 25:
            continue
        m = cur
        for tt, mm in timeline:
            if tt <= t:
                m = mm
        amt = bal if a.kind != "employee" else bal
        f = {k: m.get(k) for k in ("method", "destination", "holder", "country", "wallet")}
        ccy = m.get("currency", "USD")
        if ccy not in ("USD", "USDT", "USDC") and ccy in D.FX:
            f["amount"] = round(amt / D.FX[ccy], 2)
        else:
            f["amount"] = round(amt, 2)
        f["currency"] = ccy
        a.emit(t, "payout", f, eid=W.eid("po-"))
        bal = 0.0


def profile_events(a):
    rng, W = a.rng, a.W
    f = {"kind": "applicant" if a.kind in ("employee", "applicant") and a.hire and a.hire["mode"] == "new" else a.kind,
         "name": a.fullname, "country": a.cc, "city": a.city[0], "region": a.city[1] if a.city[1] != a.city[0] else None,
         "timezone": a.claim_tz if rng.random() < .85 else None, "email": a.email, "phone": a.phone,
         "created": iso_z(a.created), "hourly_rate": a.rate if a.kind == "freelancer" else None,
         "hours_worked": a.hours_worked if a.kind == "freelancer" else None,
         "job_success": a.jss if a.kind == "freelancer" else None,
         "earnings": a.earnings if a.kind == "freelancer" else None,
         "education": a.edu, "employment": a.emp, "website": a.website, "github": a.github,
         "photo_hash": a.photo, "agency": a.agency_id, "status": "active"}
    if a.sparse:
        for k in ("region", "timezone", "website", "github", "education", "employment"):
            f[k] = None
        if rng.random() < .5:
            f["phone"] = None
        if rng.random() < .3:
            f["city"] = None
    if a.kind in ("employee", "applicant"):
        f["hourly_rate"] = None
    t = max(a.created, T0 - rng.uniform(0, 3600)) if a.created >= T0 else T0 - rng.uniform(0, 3600)
    if a.hire and a.hire["mode"] == "new":
        t = a.hire["apply"]
    elif a.hire and a.hire["mode"] == "existing":
        t = T0 - rng.uniform(0, 3600)
    a.emit(t, "account", f)
    for (tu, upd) in a.profile_updates:
        if a.dormant_until > 0:
            tu = max(tu, a.flags.get("first_session", tu) + rng.uniform(600, 2 * DAY))
        if tu < W.T1:
            a.emit(tu, "account", upd)
    if a.flags.get("email_change_day") is not None:
        a.emit(T0 + a.flags["email_change_day"] * DAY + rng.uniform(0, DAY), "account",
               {"email": make_email(rng, a.name, a.cc)})
    if a.kind == "freelancer" and rng.random() < .25 and a.earn:
        hrs = sum(x for _, x in a.earn) / max(1, a.rate)
        a.emit(W.T1 - rng.uniform(0, DAY), "account", {"hours_worked": round(a.hours_worked + hrs),
                                                      "earnings": round(a.earnings + sum(x for _, x in a.earn))})


DOC_FAIL_REASONS = ["image too blurry", "glare on document", "document edge not visible", "document expired"]
DOC_BAD_REASONS = ["face does not match selfie", "photo tampering score 0.%d" % 87, "MRZ checksum mismatch",
                   "template mismatch for issuing state", "document number reported lost or stolen",
                   "liveness check failed", "font inconsistency in name field", "screen capture detected"]


def doc_kind(rng, cc):
    if cc == "US":
        return "driver_license" if rng.random() < .6 else "passport"
    if cc in ("GB", "CA", "AU"):
        return rng.choice(["driver_license", "passport"])
    return rng.choice(["national_id", "passport", "national_id"])


def doc_name(rng, a):
    n = a.name
    r = rng.random()
    if r < .5:
        return a.fullname
    if r < .8:
        return f"{n['last']}, {n['first']}".upper()
    return f"{n['first']} {rng.choice('ABCDEFGHJKLMNPRSTW')} {n['last']}".upper()


def doc_check(a, t, force_bad=None):
    rng = a.rng
    if a.flags.get("doc"):
        kind, num, dphoto, dcc = a.flags["doc"]
    else:
        dcc = a.cc
        if a.persona in ("relocated", "digital_nomad") and rng.random() < .3:
            kind = "residence_permit"
        else:
            kind = doc_kind(rng, a.cc)
        num = "sha256:" + hexs(rng, 16)
        dphoto = make_photo(rng)
        if a.label == "dprk" and "DOC_REUSE" in a.sigs:
            num = rng.choice(a.tm.doc_numbers)
            if rng.random() < .4:
                dphoto = near_photo(rng, a.tm.doc_photo)
        a.flags["doc"] = (kind, num, dphoto, dcc)
    prefix = {"driver_license": "dl", "passport": "pp", "national_id": "id", "residence_permit": "rp"}[kind]
    f = {"kind": kind, "country": dcc, "name": doc_name(rng, a), "number_hash": f"{prefix}:{num}", "photo_hash": dphoto}
    bad = force_bad if force_bad is not None else (a.label == "dprk" and "DOC_BAD" in a.sigs)
    if bad:
        f["result"] = "failed" if rng.random() < .55 else "suspicious"
        f["reason"] = rng.choice(DOC_BAD_REASONS)
        a.emit(t, "document", f, style=("tz", a.hr_tz))
        if rng.random() < .5:   # a second try with another document
            f2 = dict(f)
            f2["kind"] = "passport" if kind != "passport" else "driver_license" if dcc == "US" else "national_id"
            f2["number_hash"] = f"{'pp' if f2['kind'] == 'passport' else 'dl' if f2['kind'] == 'driver_license' else 'id'}:sha256:{hexs(rng, 16)}"
            f2["result"] = rng.choice(["verified", "suspicious"])
            f2["reason"] = None if f2["result"] == "verified" else rng.choice(DOC_BAD_REASONS)
            a.emit(t + rng.uniform(.1, 3) * DAY, "document", f2, style=("tz", a.hr_tz))
        return
    r = rng.random()
    if a.label == "honest" and r < .05:
        f1 = dict(f, result="failed", reason=rng.choice(DOC_FAIL_REASONS))
        a.emit(t, "document", f1, style=("tz", a.hr_tz))
        t += rng.uniform(.01, 1.5) * DAY
    elif a.label == "honest" and r < .06:
        a.emit(t, "document", dict(f, result="suspicious", reason="low liveness score 0.41"), style=("tz", a.hr_tz))
        t += rng.uniform(.5, 3) * DAY
    a.emit(t, "document", dict(f, result="verified", reason=None), style=("tz", a.hr_tz))


INT_FLAGS_BAD = ["scripted_answers", "face_mismatch", "lagging_video", "multiple_voices", "off_camera_prompting",
                 "refused_to_show_id", "virtual_background", "audio_video_desync", "background_call_center_noise",
                 "inconsistent_location_story", "could_not_describe_hometown", "typing_during_answers"]
INT_FLAGS_HONEST = ["poor_connection", "late_join", "background_noise", "nervous"]


def interview(a, t, declined=False):
    rng = a.rng
    if a.label == "dprk" and "INTERVIEW_BAD" in a.sigs:
        if a.care in ("sloppy", "moderate"):
            r = rng.random()
            video = r > .35
            camera = video and r > .7
            flags = rng.sample(INT_FLAGS_BAD, rng.randrange(1, 4))
        else:
            video, camera = True, rng.random() < .75
            flags = [rng.choice(["lagging_video", "scripted_answers", "virtual_background", "audio_video_desync"])]
        if not camera and video:
            flags.append("camera_off")
        elif not video:
            flags.append("audio_only")
    else:
        video, camera, flags = True, True, []
        if declined:
            video, camera = False, False
            flags = [rng.choice(["audio_only", "candidate_declined_video"])]
        elif rng.random() < .1:
            flags = [rng.choice(INT_FLAGS_HONEST)]
            if flags[0] == "poor_connection" and rng.random() < .4:
                camera = False
    a.emit(t, "interview", {"video": video, "camera": camera, "flags": flags}, style=("tz", a.hr_tz))


def reference_checks(a, t, n=None):
    rng = a.rng
    items = [("employment", e) for e in a.emp] + [("education", e) for e in a.edu]
    if not items:
        return
    n = n or rng.randrange(1, min(3, len(items)) + 1)
    smalls = a.flags.get("small_cos", [])
    for k, (kind, e) in enumerate(rng.sample(items, min(n, len(items)))):
        inst = e.get("company") or e.get("institution")
        dom = e.get("domain")
        small = kind == "employment" and (a.emp.index(e) < len(smalls) and smalls[a.emp.index(e)])
        if a.label == "dprk" and "REF_BAD" in a.sigs and (small or kind == "education" or rng.random() < .3):
            res = wchoice(rng, [("not_found", 45), ("unconfirmed", 30), ("no_response", 25)])
        elif kind == "education":
            res = wchoice(rng, [("confirmed", 80), ("no_response", 15), ("not_found", 3), ("unconfirmed", 2)])
        elif small:
            res = wchoice(rng, [("confirmed", 50), ("no_response", 35), ("not_found", 10), ("unconfirmed", 5)])
        else:
            res = wchoice(rng, [("confirmed", 72), ("no_response", 24), ("unconfirmed", 3), ("not_found", 1)])
        a.emit(t + k * rng.uniform(.2, 2) * DAY, "reference",
               {"kind": kind, "institution": inst, "domain": dom, "result": res}, style=("tz", a.hr_tz))


def setup_employee(a):
    """enterprise hire: HR pipeline, shipment, company laptop"""
    rng, W = a.rng, a.W
    mode = "new" if rng.random() < .45 else "existing"
    h = {"mode": mode, "contract": W.uid("ct-", rng, 7), "manager": "usr-" + str(rng.randrange(100, 999))}
    if mode == "new":
        apply = T0 + rng.uniform(-3, W.D * .35) * DAY
        hire_t = apply + rng.uniform(7, 16) * DAY
    else:
        hire_t = T0 - rng.uniform(20, 300) * DAY
        apply = hire_t - rng.uniform(10, 30) * DAY
    h["apply"], h["hire"] = apply, hire_t
    h["ship"] = hire_t + rng.uniform(1, 4) * DAY
    h["device_from"] = h["ship"] + rng.uniform(2, 5) * DAY
    h["work_from"] = h["device_from"] - 3600
    h["serial"] = rng.choice([lambda: "C02" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
                              lambda: "PF" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
                              lambda: "5CG" + _d(rng, 4) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))])()
    sw = rng.sample(D.SW_BASE, rng.randrange(6, 12))
    usb = rng.sample(D.USB_NORMAL[:10], rng.choice([0, 1, 1, 2, 3]))
    disp = ["Built-in Retina Display" if h["serial"].startswith("C02") else "Color LCD"]
    if rng.random() < .7:
        disp += rng.sample([x for x in D.DISPLAYS_NORMAL if x not in disp], rng.choice([1, 1, 2]))
    if a.flags.get("support_tools"):
        sw += a.flags["support_tools"]
    if a.label == "honest" and rng.random() < .03:
        sw.append("Chrome Remote Desktop Host")
    if a.label == "honest" and rng.random() < .02:
        usb.append(dict(D.USB_NORMAL[10]))   # a plain KVM switch on the desk
    if a.label == "dprk":
        if "REMOTE_TOOLS" in a.sigs:
            k = 1 if a.care in ("careful", "very_careful") else rng.randrange(1, 4)
            pool = ["Chrome Remote Desktop Host", "RustDesk"] if a.care in ("careful", "very_careful") else D.SW_REMOTE_DPRK
            sw += rng.sample(pool, min(k, len(pool)))
        if "KVM" in a.sigs:
            kv = rng.choice(D.USB_KVM)
            usb.append(dict(kv))
            if rng.random() < .7:
                disp = [rng.choice(D.DISPLAYS_KVM)] + (disp[:1] if rng.random() < .3 else [])
    h["software"], h["usb"], h["displays"] = sw, usb, disp
    h["usb_extra"] = [u for u in D.USB_NORMAL[:9] if u not in usb]
    a.hire = h
    a.corp_dev = ["corp-" + str(rng.randrange(1000, 99999)), ua_desktop(rng), "desktop", 1.0]
    a.devices = [a.corp_dev] + [d for d in a.devices if d[2] == "mobile"][:1]
    a.rate = a.rate if a.rate else 50
    a.msg_rate = rng.uniform(.2, .6)


def hr_events(a):
    """interviews, documents, references, shipments (HR mode only)"""
    rng, W = a.rng, a.W
    a.hr_tz = rng.choice(["America/New_York", "America/Los_Angeles", "Europe/London", "UTC", "America/Chicago"])
    if a.kind in ("employee", "applicant") and a.hire:
        h = a.hire
        t = h["apply"] + rng.uniform(1, 4) * DAY
        nint = rng.choice([1, 2, 2, 3])
        decline_at = rng.randrange(nint) if a.flags.get("decline_video_once") else -1
        for k in range(nint):
            interview(a, t, declined=(k == decline_at))
            t += rng.uniform(1, 4) * DAY
        doc_check(a, h["apply"] + rng.uniform(3, 8) * DAY)
        reference_checks(a, h["apply"] + rng.uniform(4, 10) * DAY, n=rng.choice([1, 2, 2, 3]))
        if a.kind == "employee":
            a.emit(h["hire"], "account", {"kind": "employee"}, style=("tz", a.hr_tz))
            ship_to = make_address(rng, a.cc, a.city)
            if a.grp is not None and a.grp.get("kind") == "household":
                ship_to = a.grp.setdefault("addr", ship_to)
            recipient = a.fullname
            if a.label == "dprk":
                t_ = a.tm
                if a.mo == "laptop_farm" and ("SHIP_SHARED" in a.sigs or a.care in ("sloppy", "moderate")):
                    ship_to = dict(t_.fac_addr)
                    if rng.random() < .3:
                        recipient = t_.fac_name
                elif "SHIP_SHARED" in a.sigs:
                    ship_to = dict(t_.forwarder)
                    ship_to["line2"] = f"Suite {rng.choice(['A', 'B', 'C'])}-{rng.randrange(1000, 99999)}"
                    recipient = rng.choice([a.fullname, f"{a.fullname} c/o {t_.fac_name}"])
            else:
                r = rng.random()
                if r < .03:
                    ship_to["line1"] = f"{rng.randrange(100, 9899)} {rng.choice(STREETS)} {rng.choice(ST_SFX)}"
                    ship_to["line2"] = f"Ste {rng.randrange(100, 300)} PMB {rng.randrange(100, 999)}"
                elif r < .06:
                    ship_to = make_address(rng, a.cc, pick_city(rng, a.cc))   # parents' / partner's place
                if a.persona == "digital_nomad" and rng.random() < .35:   # a mail-forwarding service
                    ship_to = dict(rng.choice(FORWARDERS))
                    ship_to["line2"] = f"PMB {rng.randrange(1000, 99999)}"
            a.emit(h["ship"], "shipment", {"address": ship_to, "recipient": recipient, "item": "laptop",
                                           "serial": h["serial"]}, style=("tz", a.hr_tz))
            if rng.random() < .3:
                a.emit(h["ship"] + rng.uniform(0, 1) * DAY, "shipment",
                       {"address": ship_to, "recipient": recipient, "item": rng.choice(["YubiKey", "monitor", "headset"]),
                        "serial": "".join(rng.choice("0123456789ABCDEF") for _ in range(10))}, style=("tz", a.hr_tz))
        return
    # freelancers (nothing happens while a dormant account sleeps)
    lo = T0 + max(0, a.dormant_until) * DAY
    if a.dormant_until > 0:
        lo = max(lo, a.flags.get("first_session", lo) + 1800)
    span = max(1.0, (W.T1 - lo) / DAY - 1)
    recent = a.created > T0 - 180 * DAY
    if recent and rng.random() < .85:
        doc_check(a, a.created + rng.uniform(.1, 6) * DAY)
    elif rng.random() < .2 or (a.label == "dprk" and ({"DOC_BAD", "DOC_REUSE"} & a.sigs)):
        doc_check(a, lo + rng.uniform(0, span) * DAY)
    declined_done = False
    for c in a.contracts:
        if c.get("pre") or c["offer"] < T0:
            continue
        p = .35 if not c.get("shill") else .05
        if a.label == "dprk" and "INTERVIEW_BAD" in a.sigs:
            p = .6
        if rng.random() < p:
            dec = a.flags.get("decline_video_once") and not declined_done
            interview(a, c["offer"] - rng.uniform(.1, 2) * DAY, declined=dec)
            declined_done = declined_done or dec
    if a.label == "dprk" and "INTERVIEW_BAD" in a.sigs and not any(e[2]["type"] == "interview" for e in a.events):
        interview(a, lo + rng.uniform(.5, span) * DAY)
    if rng.random() < .08 or (a.label == "dprk" and "REF_BAD" in a.sigs):
        reference_checks(a, lo + rng.uniform(0, span) * DAY, n=rng.choice([1, 2]))


# ==========================================================================
# main
# ==========================================================================
def team_size(rng, ttype):
    if ttype == "remote":
        return wchoice(rng, [(1, 20), (2, 20), (3, 18), (4, 15), (5, 10), (6, 7), (8, 5), (10, 5)])
    if ttype == "farm":
        return wchoice(rng, [(2, 15), (3, 20), (4, 20), (5, 15), (6, 12), (8, 10), (10, 8)])
    return wchoice(rng, [(3, 30), (4, 25), (5, 20), (6, 15), (8, 10)])


TYPE_TARGET = {"remote": .56, "farm": .28, "agency": .16}
CARE_TARGET = {"sloppy": .22, "moderate": .35, "careful": .28, "very_careful": .15}
TEAM_CARE = {"remote": [("sloppy", 30), ("moderate", 35), ("careful", 25), ("very_careful", 10)],
             "farm": [("sloppy", 10), ("moderate", 30), ("careful", 35), ("very_careful", 25)],
             "agency": [("sloppy", 35), ("moderate", 45), ("careful", 20)]}


def build_population(W):
    args = W.args
    rng = W.rng
    N = args.accounts
    n_dprk = int(round(N * args.dprk_share))
    accts = []
    tcount = [0]

    def new_tid():
        tcount[0] += 1
        return "t%04d" % tcount[0]

    idx = 0
    # ---- DPRK teams ----
    left = n_dprk
    have_t = defaultdict(int)
    have_c = defaultdict(int)
    while left > 0:
        # deficit-driven choice keeps the mix close to target for any seed
        ttype = wchoice(rng, [(k, max(.3, TYPE_TARGET[k] * n_dprk - have_t[k]) * TYPE_TARGET[k]) for k in TYPE_TARGET])
        size = min(left, team_size(rng, ttype))
        if ttype == "agency" and size < 2:
            ttype = "remote"
        care = wchoice(rng, [(c, w * max(.2, CARE_TARGET[c] * n_dprk - have_c[c])) for c, w in TEAM_CARE[ttype]])
        have_t[ttype] += size
        have_c[care] += size
        tid = new_tid()
        t = make_team(W, tid, ttype, size, care)
        for _ in range(size):
            a = Acct(W, idx, "dprk", "", tid if size > 1 else "")
            idx += 1
            c = care
            if a.rng.random() < .25:
                c = CARES[clamp(CARES.index(care) + a.rng.choice([-1, 1]), 0, 3)]
            if ttype == "remote":
                mo = wchoice(a.rng, [("vpn_remote", 55), ("resproxy", 20), ("bought_dormant", 13), ("rented_account", 12)])
                if mo == "resproxy" and c == "sloppy":
                    mo = "vpn_remote"
            elif ttype == "farm":
                mo = "laptop_farm" if a.rng.random() < .9 else "vpn_remote"
            else:
                mo = "front_agency"
            if W.hr:
                p_emp = {"laptop_farm": .75, "vpn_remote": .2, "resproxy": .2}.get(mo, 0)
                if a.rng.random() < p_emp:
                    a.kind = "employee"
            a.team_obj = t
            accts.append((a, ("dprk", t, mo, c)))
        left -= size
    # ---- honest ----
    n_h = N - n_dprk
    weights = [(p, w) for p, w in HONEST_PERSONAS]
    quota = defaultdict(int)
    for _ in range(n_h):
        quota[wchoice(rng, weights)] += 1
    made = 0
    order = [p for p, _ in HONEST_PERSONAS]
    for p in order:
        q = quota[p]
        while q > 0:
            if p in ("agency_staff", "household"):
                size = min(q, wchoice(rng, [(3, 20), (4, 20), (5, 18), (6, 14), (8, 12), (10, 8), (14, 5), (20, 3)])
                           if p == "agency_staff" else wchoice(rng, [(2, 75), (3, 20), (4, 5)]))
                tid = new_tid()
                g = make_honest_group(W, rng, "agency" if p == "agency_staff" else "household", size, tid)
                for _ in range(size):
                    a = Acct(W, idx, "honest", p, tid if size > 1 else "")
                    idx += 1
                    a.grp = g
                    accts.append((a, ("honest", p, g)))
                q -= size
            else:
                a = Acct(W, idx, "honest", p, "")
                idx += 1
                accts.append((a, ("honest", p, None)))
                q -= 1
    # ids
    for a, spec in accts:
        a.id = W.uid("fl-", a.rng, 7)
    # build
    for a, spec in accts:
        if spec[0] == "dprk":
            _, t, mo, c = spec
            build_dprk(a, t, mo, c)
        else:
            _, p, g = spec
            build_honest(a, p, g)
            if W.hr and a.rng.random() < EMPLOYEE_P.get(p, 0):
                a.kind = "employee"
            if a.kind == "employee" and p == "regular":
                a.persona = "remote_employee"
        if a.kind == "employee":
            if a.rng.random() < .1 and W.hr:
                a.flags["rejected"] = True
            setup_employee(a)
            if a.flags.get("rejected") and a.hire["mode"] == "new":
                a.kind = "applicant"
            a.id = "emp-" + a.id[3:]
    return [a for a, _ in accts]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accounts", type=int, default=2000)
    ap.add_argument("--days", type=int, default=45)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dprk-share", type=float, default=0.06)
    ap.add_argument("--no-hr", action="store_true", help="pure marketplace: no interview/document/reference/shipment/endpoint")
    ap.add_argument("--marketplace-only-network", action="store_true", help="only account/login/work/bid events")
    ap.add_argument("outdir")
    args = ap.parse_args(argv)
    t_start = time.time()
    cache = load_ip_cache()
    pools = Pools(cache)
    W = World(args, pools)
    accts = build_population(W)
    for a in accts:
        if W.hr:
            a.hr_tz = "UTC"
        simulate(a)
        if W.hr:
            hr_events(a)
        payouts(a)
        profile_events(a)
    # ---- write ----
    os.makedirs(args.outdir, exist_ok=True)
    rows = []
    for a in accts:
        for (t, style, ev) in a.events:
            if style == "z":
                ev["time"] = iso_z(t)
            elif style == "ms":
                ev["time"] = iso_ms(t)
            else:
                ev["time"] = iso_tz(t, style[1])
            jitter = 0.0
            if ev["type"] in HR_TYPES:
                jitter = (zlib.crc32(ev["account"].encode() + ev["time"].encode()) % 10800)
            rows.append((t + jitter, ev))
    rows.sort(key=lambda r: r[0])
    counts = defaultdict(int)
    with open(os.path.join(args.outdir, "events.ndjson"), "w", encoding="utf-8") as f:
        for _, ev in rows:
            counts[ev["type"]] += 1
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(args.outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["account", "label", "persona", "team"])
        for a in sorted(accts, key=lambda x: x.id):
            w.writerow([a.id, a.label, a.persona, a.team])
    with open(os.path.join(args.outdir, "dprk_signals.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["account", "persona", "team", "kind", "care", "mo", "base", "n_signals", "signals"])
        for a in sorted(accts, key=lambda x: x.id):
            if a.label == "dprk":
                w.writerow([a.id, a.persona, a.team, a.kind, a.care, a.mo, a.tm.base_cc, len(a.sigs),
                            " ".join(sorted(a.sigs))])
    meta = {"accounts": len(accts), "dprk": sum(1 for a in accts if a.label == "dprk"), "events": len(rows),
            "counts": dict(sorted(counts.items())), "seed": args.seed, "days": args.days,
            "window_start": iso_z(T0), "hr": W.hr, "marketplace_only_network": args.marketplace_only_network,
            "libloc": cache.get("libloc"), "seconds": round(time.time() - t_start, 1)}
    with open(os.path.join(args.outdir, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
    print(json.dumps(meta), file=sys.stderr)


if __name__ == "__main__":
    main()

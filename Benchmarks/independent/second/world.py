# -*- coding: utf-8 -*-
"""World helpers: time, IP sources, phones, names, emails, addresses."""
import bisect
import hashlib
import ipaddress
import math
import os
import random
import re
import time
import unicodedata
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import data as D

UTC = timezone.utc
START = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday
S0 = START.timestamp()
DAY = 86400
_TZ = {}


def tz(name):
    z = _TZ.get(name)
    if z is None:
        z = _TZ[name] = ZoneInfo(name)
    return z


def local_ts(day, hour, tzname):
    """UTC epoch of local wall-clock `hour` (float, may exceed 24) on window day `day`."""
    d = START.date() + timedelta(days=day)
    base = datetime(d.year, d.month, d.day, tzinfo=tz(tzname))
    return (base + timedelta(hours=hour)).timestamp()


def local_hour(ts, tzname):
    dt = datetime.fromtimestamp(ts, tz(tzname))
    return dt.hour + dt.minute / 60.0


def iso(ts, tzname=None):
    if tzname is None:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(ts)))
    return datetime.fromtimestamp(int(ts), tz(tzname)).isoformat()


def iso_date(ts):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(ts)))


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def hexid(rng, n=12):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


# ----------------------------------------------------------------------------
# IP networks
# ----------------------------------------------------------------------------
CDN_RELAY_ASNS = {13335, 36183, 54113, 16625, 20940, 12222, 16702, 18680}


class Nets:
    def __init__(self, cache, seed):
        self.c = cache
        self.seed = seed
        self._parsed = {}
        self._sel = {}
        self.pools = {}
        isp_asns = set()
        for c in D.COUNTRIES.values():
            for a, _ in c["isp"] + c["mobile"]:
                isp_asns.add(a)
        # consumer VPN exits: the shared VPN list minus CDN relays and eyeball ISPs
        self.vpn_by_cc = {}
        self.relay_vpnlisted = []
        for cidr, cc, asn, name in cache["vpn"]:
            if asn in CDN_RELAY_ASNS:
                self.relay_vpnlisted.append(cidr)
                continue
            if asn in isp_asns:
                continue
            self.vpn_by_cc.setdefault(cc, []).append(cidr)
        self.tor = [ip for ip, cc in cache["tor"]]

    # --- parsing -----------------------------------------------------------
    @staticmethod
    def _parse(cidr):
        n = ipaddress.ip_network(cidr, strict=False)
        return (int(n.network_address), n.num_addresses, n.version, n.prefixlen)

    def nets(self, asn, fam="ipv4", cc=None):
        key = (asn, fam, cc)
        s = self._sel.get(key)
        if s is None:
            raw = self.c["asn_nets"].get(str(asn), {}).get(fam, [])
            lst = [self._parse(c) for c, ncc in raw if cc is None or ncc == cc]
            s = self._sel[key] = self._cum(lst)
        return s

    def generic(self, cc):
        key = ("generic", cc)
        s = self._sel.get(key)
        if s is None:
            s = self._sel[key] = self._cum([self._parse(c) for c in self.c["generic"].get(cc, [])])
        return s

    def cidrs(self, key, cidrs):
        s = self._sel.get(key)
        if s is None:
            s = self._sel[key] = self._cum([self._parse(c) for c in cidrs])
        return s

    @staticmethod
    def _cum(lst):
        cum, t = [], 0.0
        for base, size, ver, pl in lst:
            t += math.sqrt(min(size, 1 << 20)) if ver == 4 else 8.0
            cum.append(t)
        return (lst, cum)

    @staticmethod
    def pick(sel, rng):
        lst, cum = sel
        if not lst:
            return None
        i = bisect.bisect_left(cum, rng.random() * cum[-1])
        base, size, ver, pl = lst[min(i, len(lst) - 1)]
        if ver == 4:
            off = rng.randrange(1, size - 1) if size > 2 else 0
            if size > 256 and (base + off) & 0xFF in (0, 255):
                off ^= 1
            return str(ipaddress.IPv4Address(base + off))
        bits = 128 - pl
        if bits >= 64:
            sub = rng.getrandbits(bits - 64) if bits > 64 else 0
            addr = base + (sub << 64) + rng.getrandbits(64)
        else:
            addr = base + rng.getrandbits(bits)
        return str(ipaddress.IPv6Address(addr))

    # --- typed draws -----------------------------------------------------
    def isp(self, cc, rng, mobile=False, asn=None, v6=False):
        c = D.COUNTRIES.get(cc)
        fam = "ipv6" if v6 else "ipv4"
        if c is not None:
            for _ in range(4):
                a = asn or wchoice(rng, c["mobile"] if mobile else c["isp"])
                sel = self.nets(a, fam, cc)
                if sel[0]:
                    return self.pick(sel, rng), a
                asn = None
        if v6:
            return None, None
        return self.pick(self.generic(cc), rng), 0

    def isp_ip(self, cc, rng, mobile=False, asn=None):
        return self.isp(cc, rng, mobile, asn)[0]

    def dc_ip(self, cc, rng, asns=None):
        asns = asns or D.DC_ASNS
        for _ in range(6):
            a = rng.choice(asns)
            sel = self.nets(a, "ipv4", cc)
            if sel[0]:
                return self.pick(sel, rng)
        # any hosting network anywhere in that country, else US
        for a in asns:
            sel = self.nets(a, "ipv4", cc)
            if sel[0]:
                return self.pick(sel, rng)
        return self.dc_ip("US", rng, asns) if cc != "US" else self.pick(self.generic("US"), rng)

    def vpn_ip(self, cc, rng):
        lst = self.vpn_by_cc.get(cc)
        if not lst:
            return self.dc_ip(cc, rng)
        return self.pick(self.cidrs(("vpn", cc), lst), rng)

    def relay_ip(self, kind, rng):
        if kind == "warp":
            return self.pick(self.nets(13335, "ipv4", "US"), rng)
        if rng.random() < 0.35 and self.relay_vpnlisted:
            return self.pick(self.cidrs(("relayvpn",), self.relay_vpnlisted), rng)
        return self.pick(self.nets(rng.choice([36183, 36183, 54113, 13335]), "ipv4"), rng)

    def pool(self, key, size, maker):
        p = self.pools.get(key)
        if p is None:
            r = random.Random("%s|pool|%s" % (self.seed, key))
            seen, p = set(), []
            for _ in range(size * 3):
                ip = maker(r)
                if ip and ip not in seen:
                    seen.add(ip)
                    p.append(ip)
                if len(p) >= size:
                    break
            self.pools[key] = p
        return p

    def cgnat_pool(self, cc, asn):
        return self.pool(("cgnat", cc, asn), 1500, lambda r: self.isp_ip(cc, r, mobile=True, asn=asn))

    def astrill_pool(self, cc):
        def mk(r):
            if r.random() < 0.3:
                return self.vpn_ip(cc, r)
            return self.dc_ip(cc, r, D.ASTRILL_ASNS)
        return self.pool(("astrill", cc), 36, mk)

    def consumer_vpn_pool(self, provider, cc):
        return self.pool(("cvpn", provider, cc), 24, lambda r: self.vpn_ip(cc, r))

    def relay_pool(self, kind):
        return self.pool(("relay", kind), 300, lambda r: self.relay_ip(kind, r))

    def corpvpn_pool(self, asn):
        return self.pool(("corp", asn), 40, lambda r: self.pick(self.nets(asn, "ipv4"), r))

    def tor_pool(self):
        return self.tor


# ----------------------------------------------------------------------------
# Network sources: where a session comes from
# ----------------------------------------------------------------------------
class Src:
    kind = "?"
    mobile = False

    def ip(self, rng, day):
        raise NotImplementedError


class Line(Src):
    """A fixed broadband line (home, office, farm, hotel). The IPv4 address
    changes every `period` days; with dual stack some sessions use IPv6."""
    kind = "line"

    def __init__(self, nets, cc, rng, asn=None, period=None, v6=None, kind="line", ip=None, business=False):
        self.nets, self.cc, self.kind = nets, cc, kind
        self.uid = hexid(rng, 10)
        self.seed = nets.seed
        ip0, self.asn = nets.isp(cc, rng, asn=asn)
        if ip is not None:
            ip0 = ip
        self.period = period if period is not None else rng.choice([7, 14, 21, 30, 45, 90, 365, 365])
        if business:
            self.period = 10000
        self.phase = rng.randrange(0, 400)
        self._ips = {}
        self._first = ip0
        self.v6p = None
        if v6 is None:
            v6 = rng.random() < (0.45 if cc in ("US", "IN", "DE", "FR", "JP", "BR", "GB", "BE", "MY") else 0.15)
        if v6 and self.asn:
            sel = nets.nets(self.asn, "ipv6", cc)
            if sel[0]:
                a = ipaddress.IPv6Address(nets.pick(sel, rng))
                self.v6p = int(a) >> 64 << 64

    def ip4(self, day):
        k = (day + self.phase) // self.period
        ip = self._ips.get(k)
        if ip is None:
            if not self._ips:
                ip = self._first
            else:
                r = random.Random("%s|line|%s|%d" % (self.seed, self.uid, k))
                ip = self.nets.isp_ip(self.cc, r, asn=self.asn) if self.asn else self._first
            self._ips[k] = ip
        return ip

    def ip(self, rng, day):
        if self.v6p is not None and rng.random() < 0.4:
            return str(ipaddress.IPv6Address(self.v6p + rng.getrandbits(64)))
        return self.ip4(day)


class Pool(Src):
    """Pick from a list of addresses; sticky=True keeps one per day."""

    def __init__(self, ips, kind, sticky=False, mobile=False):
        self.ips, self.kind, self.sticky, self.mobile = list(ips), kind, sticky, mobile
        self._day = {}

    def ip(self, rng, day):
        if not self.ips:
            return None
        if self.sticky:
            v = self._day.get(day)
            if v is None or rng.random() < 0.15:
                v = self._day[day] = rng.choice(self.ips)
            return v
        return rng.choice(self.ips)


class Cgnat(Src):
    kind = "mobile"
    mobile = True

    def __init__(self, nets, cc, rng, asn=None):
        c = D.COUNTRIES.get(cc)
        self.asn = asn or (wchoice(rng, c["mobile"]) if c else 0)
        self.ips = nets.cgnat_pool(cc, self.asn)
        self.v6 = None
        sel = nets.nets(self.asn, "ipv6", cc) if self.asn else ([], [])
        if sel[0] and rng.random() < 0.5:
            self.v6 = (nets, sel)

    def ip(self, rng, day):
        if self.v6 and rng.random() < 0.5:
            return Nets.pick(self.v6[1], rng)
        return rng.choice(self.ips)


# ----------------------------------------------------------------------------
# Phones from libphonenumber metadata
# ----------------------------------------------------------------------------
class Phones:
    def __init__(self, path):
        self.t = {}
        if not os.path.exists(path):
            return
        txt = open(path, encoding="utf-8").read()
        txt = re.sub(r"<!DOCTYPE.*?\]>", "", txt, flags=re.S)
        root = ET.fromstring(txt)
        for ter in root.iter("territory"):
            cid = ter.get("id")
            if cid in self.t:
                continue
            ent = {"cc": ter.get("countryCode")}
            for typ in ("fixedLine", "mobile", "voip"):
                el = ter.find(typ)
                if el is None:
                    continue
                pat = el.find("nationalNumberPattern")
                ex = el.find("exampleNumber")
                if pat is None or ex is None:
                    continue
                ent[typ] = (re.compile("".join(pat.text.split())), ex.text.strip())
            self.t[cid] = ent

    def valid(self, cc, nsn, typ=None):
        e = self.t.get(cc)
        if not e:
            return True
        for t in ([typ] if typ else ("fixedLine", "mobile", "voip")):
            if t in e and e[t][0].fullmatch(nsn):
                return True
        return False

    def gen(self, cc, rng, typ="mobile", area=None, fmt=None):
        e = self.t.get(cc)
        if e is None:
            return None
        code = e["cc"]
        nsn = None
        if code == "1":
            areas = [area] if area else [201, 202, 206, 212, 213, 214, 305, 312, 404, 415, 512, 602, 617, 646, 702, 713, 718, 720, 773, 818, 917]
            for _ in range(200):
                a = rng.choice(areas)
                exch = rng.randint(200, 999)
                if exch % 100 == 11 or exch == 555:
                    continue
                cand = "%d%d%04d" % (a, exch, rng.randint(0, 9999))
                if self.valid(cc, cand, "fixedLine") or self.valid(cc, cand, "mobile"):
                    nsn = cand
                    break
        else:
            if typ not in e:
                typ = "mobile" if "mobile" in e else "fixedLine"
            pat, ex = e[typ]
            for _ in range(400):
                k = rng.choice([1, 2, 2, 3, 3, 4])
                k = min(k, max(1, len(ex) - 4))
                cand = ex[:k] + "".join(str(rng.randint(0, 9)) for _ in range(len(ex) - k))
                if pat.fullmatch(cand):
                    nsn = cand
                    break
            if nsn is None:
                nsn = ex[:-3] + "%03d" % rng.randint(0, 999)
                if not pat.fullmatch(nsn):
                    nsn = ex
        fmt = fmt or wchoice(rng, [("e164", 70), ("spaced", 22), ("dashed", 8)])
        if fmt == "e164":
            return "+%s%s" % (code, nsn)
        if code == "1":
            if fmt == "dashed":
                return "+1 %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])
            return "+1 (%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:])
        if fmt == "dashed":
            return "+%s-%s-%s" % (code, nsn[:len(nsn) // 2], nsn[len(nsn) // 2:])
        parts, i = [], 0
        for n in (3, 3, 4, 4):
            if i >= len(nsn):
                break
            parts.append(nsn[i:i + n])
            i += n
        if i < len(nsn):
            parts[-1] += nsn[i:]
        return "+%s %s" % (code, " ".join(parts))


# ----------------------------------------------------------------------------
# Names and transliteration
# ----------------------------------------------------------------------------
RU_POP = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
RU_ICAO = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"]))
UA_OFF = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
                  ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", ""]))
UA_OFF_INIT = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
UA_POP = dict(UA_OFF, **{"г": "g", "и": "i", "є": "ye", "ї": "yi", "ю": "yu", "я": "ya", "й": "y"})
ANGLICIZE = {"Александр": "Alexander", "Алексей": "Alex", "Дмитрий": "Dmitry", "Евгений": "Eugene", "Михаил": "Michael",
             "Юлия": "Julia", "Екатерина": "Katerina", "Олександр": "Alex", "Юрій": "Yuri", "Андрій": "Andrew", "Сергей": "Sergei",
             "Сергій": "Serhii", "Мария": "Maria", "Наталья": "Natalia", "Ксения": "Kseniya", "Артём": "Artem", "Олена": "Elena"}


def translit(s, table, init=None):
    out = []
    for i, ch in enumerate(s):
        lo = ch.lower()
        if init and (i == 0) and lo in init:
            t = init[lo]
        elif lo in table:
            t = table[lo]
        else:
            t = ch
        if ch != lo and t:
            t = t[0].upper() + t[1:]
        out.append(t)
    r = "".join(out)
    r = re.sub(r"iy$", "iy", r)
    return r


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


MOHAMMED = ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohd", "Muhammed"]


class Person:
    __slots__ = ("culture", "gender", "first", "last", "middle", "display", "native", "holders", "cc")


def make_person(cc, rng, culture=None, gender=None, last=None):
    c = D.COUNTRIES[cc]
    culture = culture or wchoice(rng, D.NAME_MIX[c["names"]])
    N = D.NAMES[culture]
    gender = gender or rng.choice("mf")
    p = Person()
    p.culture, p.gender, p.cc, p.middle, p.native = culture, gender, cc, "", None
    fn = rng.choice(N[gender])
    ln = last if last is not None else rng.choice(N["l"])
    holders = []
    if culture in ("ru", "ua"):
        table = RU_POP if culture == "ru" else UA_POP
        off = (lambda s: translit(s, RU_ICAO)) if culture == "ru" else (lambda s: translit(s, UA_OFF, UA_OFF_INIT))
        lname = ln if isinstance(ln, str) and not re.search("[a-zA-Z]", ln) else ln
        first = ANGLICIZE.get(fn) if (fn in ANGLICIZE and rng.random() < 0.35) else translit(fn, table)
        lastl = translit(lname, table) if not re.search("[a-zA-Z]", lname) else lname
        if gender == "f" and culture == "ru" and lname.endswith(("ов", "ев", "ёв", "ин")):
            lname = lname + "а"
            lastl = translit(lname, table)
        p.first, p.last = first, lastl
        p.native = "%s %s" % (fn, lname)
        holders = ["%s %s" % (off(lname).upper(), off(fn).upper()), "%s %s" % (off(fn).upper(), off(lname).upper()),
                   "%s %s" % (lname, fn), "%s %s" % (translit(fn, table), lastl)]
        p.display = "%s %s" % (first, lastl)
    elif culture in ("cn", "kr"):
        f, fnat = fn
        l, lnat = ln if isinstance(ln, tuple) else (ln, ln)
        fl = f.replace("-", "") if (culture == "kr" and rng.random() < 0.5) else f
        p.first, p.last = fl, l
        p.native = lnat + fnat
        if rng.random() < 0.6:
            p.display = "%s %s" % (fl, l)
        else:
            p.display = "%s %s" % (l, fl)
        f_up = f.replace("-", " ").upper() if culture == "kr" else f.upper()
        holders = ["%s %s" % (l.upper(), f_up), p.native, "%s %s" % (l, f.replace("-", "")), "%s %s" % (f.replace("-", ""), l)]
        if culture == "cn" and rng.random() < 0.3:
            eng = rng.choice(["Kevin", "Jason", "Leo", "Eric", "Tony", "Jack", "Vivian", "Cindy", "Grace", "Lily", "Andy", "Steven"])
            p.display = "%s %s" % (eng, l)
            holders.append("%s %s" % (l.upper(), f.upper()))
    elif culture == "vn":
        mid = rng.choice(N["mid_m"] if gender == "m" else N["mid_f"])
        full = "%s %s %s" % (ln, mid, fn)
        p.native = full
        p.first, p.last, p.middle = fold(fn), fold(ln), fold(mid)
        p.display = fold(full) if rng.random() < 0.55 else "%s %s" % (fold(fn), fold(ln))
        holders = [fold(full).upper(), full, "%s %s" % (fold(fn), fold(ln))]
    elif culture in ("hisp", "es", "br", "pt"):
        ln2 = rng.choice(N["l"])
        p.first, p.last = fn, ln
        p.display = "%s %s" % (fn, ln)
        if rng.random() < 0.3:
            p.middle = rng.choice(N[gender])
        full = " ".join(x for x in (fn, p.middle, ln, ln2) if x)
        holders = [fold(full).upper(), full, "%s %s %s" % (fn, ln, ln2), "%s %s" % (fn, ln)]
    elif culture in ("in",):
        p.first, p.last = fn, ln
        p.display = "%s %s" % (fn, ln)
        holders = ["%s %s" % (fn.upper(), ln.upper()), "%s %s" % (ln[0], fn), "%s %s" % (fn, ln[0]), "%s %s %s" % (fn, rng.choice(N["m"]), ln)]
    elif culture in ("ar", "ar_eg", "ar_ma", "pk", "bd"):
        p.first, p.last = fn, ln
        p.display = "%s %s" % (fn, ln)
        alt = rng.choice(MOHAMMED) + " " + fn if fn not in MOHAMMED and rng.random() < 0.4 else (rng.choice(MOHAMMED) if fn in MOHAMMED else fn)
        holders = ["%s %s" % (alt.upper(), ln.upper()), "%s %s" % (alt, ln), "%s %s" % (ln, fn)]
    elif culture == "th":
        p.first, p.last = fn, ln
        p.display = "%s %s" % (fn, ln)
        holders = ["%s %s" % (fn.upper(), ln.upper()), "MR. " + fn.upper() + " " + ln.upper() if gender == "m" else "MS. " + fn.upper() + " " + ln.upper()]
    elif culture == "jp":
        p.first, p.last = fn, ln
        p.display = "%s %s" % (fn, ln) if rng.random() < 0.7 else "%s %s" % (ln, fn)
        holders = ["%s %s" % (ln.upper(), fn.upper()), "%s %s" % (fn, ln)]
    else:
        p.first, p.last = fn, ln
        p.display = "%s %s" % (fn, ln)
        if rng.random() < 0.25 and culture in ("anglo", "aa", "au", "gb"):
            p.middle = rng.choice(N[gender])
        holders = ["%s %s" % (fn.upper(), ln.upper()), "%s %s %s" % (fn, p.middle, ln) if p.middle else "%s %s" % (fn, ln),
                   "%s. %s" % (fn[0], ln)]
    p.holders = holders
    return p


def email_for(p, cc, rng, used, domain=None, style=None):
    f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "user"
    l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "mail"
    dom = domain or wchoice(rng, D.COUNTRIES[cc]["email"])
    y = rng.choice([rng.randint(70, 99), rng.randint(1975, 2004), rng.randint(1, 999)])
    style = style if style is not None else rng.randrange(9)
    local = [f + "." + l, f + l, f[0] + l, f + "." + l + str(y), f + "_" + l, l + "." + f, f + str(y), f + l[0] + str(rng.randint(1, 99)),
             f + "." + l + ".dev"][style % 9]
    e = "%s@%s" % (local, dom)
    while e in used:
        e = "%s%d@%s" % (local, rng.randint(1, 9999), dom)
    used.add(e)
    return e


STREETS = ["Oak", "Maple", "Pine", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Main", "Sunset", "Highland", "Jefferson",
           "Lincoln", "Madison", "Willow", "Meadow", "Ridge", "Forest", "River", "Spring", "Church", "Franklin", "Cherry", "Walnut"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl"]
ZIP3 = {"NY": (100, 149), "TX": (750, 799), "CA": (900, 961), "IL": (600, 629), "WA": (980, 994), "CO": (800, 816), "AZ": (850, 865),
        "GA": (300, 319), "FL": (320, 349), "MA": (10, 27), "PA": (150, 196), "DC": (200, 205), "VA": (220, 246), "NC": (270, 289),
        "TN": (370, 385), "MN": (550, 567), "MI": (480, 499), "OH": (430, 458), "OR": (970, 979), "UT": (840, 847), "NV": (889, 898),
        "MO": (630, 658), "IN": (460, 479), "WI": (530, 549), "MD": (206, 219), "NM": (870, 884), "ID": (832, 838), "HI": (967, 968),
        "NE": (680, 693), "KY": (400, 427), "LA": (700, 714), "NJ": (70, 89), "OK": (730, 749)}


def address(cc, city, region, rng, mailbox=False):
    num = rng.randint(10, 9899)
    line1 = "%d %s %s" % (num, rng.choice(STREETS), rng.choice(SUFFIX))
    line2 = None
    if mailbox:
        line2 = rng.choice(["PMB %d" % rng.randint(100, 9999), "Ste %d #%d" % (rng.randint(100, 400), rng.randint(1000, 9999)), "Unit %d" % rng.randint(100, 2000)])
    elif rng.random() < 0.35:
        line2 = rng.choice(["Apt %d" % rng.randint(1, 40), "Apt %d%s" % (rng.randint(1, 12), rng.choice("ABCD")), "Unit %d" % rng.randint(1, 300)])
    if cc == "US":
        lo, hi = ZIP3.get(region, (100, 999))
        postal = "%03d%02d" % (rng.randint(lo, hi), rng.randint(0, 99))
    elif cc == "CA":
        postal = "%s%d%s %d%s%d" % (rng.choice("KLMNPTVH"), rng.randint(0, 9), rng.choice("ABCEGHJKLMNPRSTVXY"), rng.randint(0, 9), rng.choice("ABCEGHJKLMNPRSTV"), rng.randint(0, 9))
    elif cc == "GB":
        postal = "%s%d %d%s" % (rng.choice(["M", "B", "LS", "BS", "EH", "G", "CF", "N", "E", "SW", "NW", "SE"]), rng.randint(1, 20), rng.randint(1, 9), "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    else:
        postal = "%05d" % rng.randint(1000, 99999)
    a = {"line1": line1, "city": city, "region": region, "postal": postal, "country": cc}
    if line2:
        a["line2"] = line2
    return a


# ----------------------------------------------------------------------------
# User agents
# ----------------------------------------------------------------------------
def ua_for(kind, day, base):
    v = base + day // 28
    sv = "26.%d" % (2 + day // 40)
    fv = base + 3 + day // 28
    if kind == "win_chrome":
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % v
    if kind == "win_edge":
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0" % (v, v)
    if kind == "win_firefox":
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (fv, fv)
    if kind == "mac_chrome":
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % v
    if kind == "mac_safari":
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15" % sv
    if kind == "mac_firefox":
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (fv, fv)
    if kind == "linux_firefox":
        return "Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (fv, fv)
    if kind == "linux_chrome":
        return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % v
    if kind == "iphone":
        return "Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1" % (sv.replace(".", "_"), sv)
    if kind == "android":
        return "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36" % v
    if kind == "app_win":
        return "UpworkDesktopApp/6.%d.0 (Windows NT 10.0; Win64; x64) Electron/%d.0.0" % (day // 20, 38)
    return "Mozilla/5.0"


DESKTOP_UA = [("win_chrome", 40), ("mac_chrome", 18), ("mac_safari", 10), ("win_edge", 9), ("win_firefox", 6), ("linux_firefox", 5),
              ("linux_chrome", 5), ("mac_firefox", 3), ("app_win", 4)]
PHONE_UA = [("android", 60), ("iphone", 40)]


class Device:
    __slots__ = ("id", "ua", "base", "phone")

    def __init__(self, rng, phone=False, ua=None, base=None):
        self.id = "dev-" + hexid(rng, 10)
        self.phone = phone
        self.ua = ua or wchoice(rng, PHONE_UA if phone else DESKTOP_UA)
        self.base = base if base is not None else rng.choice([143, 144, 145, 145, 146, 146, 146])

    def agent(self, day):
        return ua_for(self.ua, day, self.base)


def h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]

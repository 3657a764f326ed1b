#!/usr/bin/env python3
"""Third independent held-out population generator for Redflag (stdlib only).

    python3 gen.py --accounts N --days D --seed S [--start 2025-09-01] [--no-hr]
                   [--dprk-share 0.05] OUTDIR

Writes OUTDIR/events.ndjson, labels.csv, signals.csv (and traits.csv, personas.csv
as extras).  Deterministic for a given seed (all randomness comes from
random.Random seeded with strings, which is independent of PYTHONHASHSEED).
See README.md for the model.
"""
import argparse
import csv
import datetime as dt
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import time
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # keep the script folder clean
import data3 as D  # noqa: E402
import netbuild  # noqa: E402

SHARED = os.environ.get("REDFLAG_SHARED_DATA", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
DAY = 86400
HOUR = 3600

# ============================================================ small helpers

def wchoice(rng, pairs):
    """pairs: list of (item, weight)"""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x <= 0:
            return it
    return pairs[-1][0]


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

_zcache = {}


def zone(tz):
    z = _zcache.get(tz)
    if z is None:
        z = _zcache[tz] = ZoneInfo(tz)
    return z


_midnight = {}


def local_midnight(tz, t0, d):
    """UTC epoch of local midnight of day d (counted from the start date) in tz."""
    k = (tz, d)
    v = _midnight.get(k)
    if v is None:
        day = dt.datetime.fromtimestamp(t0 + d * DAY, dt.timezone.utc).date()
        v = dt.datetime(day.year, day.month, day.day, tzinfo=zone(tz)).timestamp()
        _midnight[k] = v
    return v


def local_hour(ts, tz):
    t = dt.datetime.fromtimestamp(ts, zone(tz))
    return t.hour + t.minute / 60.0


def fmt_time(ts, style):
    ts = int(ts) if style != "ms" else ts
    if style == "Z":
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))
    if style == "ms":
        ms = int((ts - int(ts)) * 1000)
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(int(ts))) + ".%03dZ" % ms
    if style == "utc0":
        return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(ts))
    # a zone name: local time with numeric offset
    return dt.datetime.fromtimestamp(ts, zone(style)).isoformat(timespec="seconds")


# ============================================================ network
class Net:
    def __init__(self, cache, seed):
        self.c = cache
        self.seed = seed
        self._pools = {}
        iso = set()
        for line in open("/usr/share/zoneinfo/iso3166.tab", encoding="utf-8"):
            if line and not line.startswith("#"):
                iso.add(line.split("\t")[0])
        self.iso = iso

    def R(self, *key):
        return random.Random("|".join(str(k) for k in (self.seed,) + key))

    @staticmethod
    def ip_in(block, rng):
        if ":" in block:
            net = ipaddress.ip_network(block)
            return str(net.network_address + rng.randrange(1, 1 << 63) * 2 + 1)
        base = block.split("/")[0].rsplit(".", 1)[0]
        return "%s.%d" % (base, rng.randrange(2, 254))

    def isps(self, cc, kinds=("fixed",)):
        out = []
        for e in self.c["isp"].get(cc, {}).values():
            if e["kind"] in kinds and (e["v4"] or e["v6"]):
                out.append(e)
        out.sort(key=lambda e: e["asn"])
        return out

    def pick_isp(self, rng, cc, kinds=("fixed",)):
        lst = self.isps(cc, kinds)
        if not lst:
            lst = self.isps(cc, ("fixed", "mobile", "biz", "edu"))
        if not lst:
            return None
        return lst[rng.randrange(len(lst))]

    def residential_ip(self, rng, cc, kinds=("fixed",), v6=False):
        e = self.pick_isp(rng, cc, kinds)
        if e is None:
            return self.hosting_ip(rng, cc)
        if v6 and e["v6"]:
            return self.ip_in(rng.choice(e["v6"]), rng)
        if e["v4"]:
            return self.ip_in(rng.choice(e["v4"]), rng)
        return self.ip_in(rng.choice(e["v6"]), rng)

    def cgnat_pool(self, cc, asn, city=""):
        key = ("cgnat", cc, asn, city)
        p = self._pools.get(key)
        if p is None:
            r = self.R(*key)
            e = self.c["isp"][cc][str(asn)]
            v4 = [self.ip_in(r.choice(e["v4"]), r) for _ in range(48)] if e["v4"] else []
            v6 = [b for b in e["v6"]]
            p = self._pools[key] = (v4, v6)
        return p

    def hosting_ip(self, rng, cc):
        lst = self.c["hosting"].get(cc) or self.c["hosting"]["US"]
        return self.ip_in(rng.choice(lst)[0], rng)

    def vpn_pool(self, provider, cc):
        """A provider's exit IPs in a country: shared by everyone who uses it."""
        key = ("vpn", provider, cc)
        p = self._pools.get(key)
        if p is None:
            r = self.R(*key)
            if provider == "astrill":
                src = [b[0] for b in self.c["hosting"].get(cc, [])] or [b[0] for b in self.c["vpn"].get(cc, [])]
                n = 10
            else:
                src = [b[0] for b in self.c["vpn"].get(cc, []) if b[3]] or [b[0] for b in self.c["vpn"].get(cc, [])] \
                    or [b[0] for b in self.c["hosting"].get(cc, [])]
                n = 16
            if not src:
                src = [b[0] for b in self.c["hosting"]["US"]]
            p = self._pools[key] = [self.ip_in(r.choice(src), r) for _ in range(n)]
        return p

    def tor_ip(self, rng):
        return rng.choice(self.c["tor"])[0]

    def has(self, cc):
        return cc in self.c["isp"]


VPN_COUNTRIES = {
    "nord": [("US", 30), ("GB", 10), ("DE", 10), ("NL", 8), ("CA", 5), ("FR", 4), ("SE", 3), ("CH", 3), ("JP", 3), ("SG", 3), ("PL", 3), ("ES", 2), ("IT", 2), ("AU", 3)],
    "proton": [("CH", 20), ("NL", 15), ("SE", 10), ("US", 20), ("DE", 10), ("IS", 5), ("JP", 5)],
    "astrill": [("US", 40), ("JP", 12), ("HK", 10), ("SG", 10), ("GB", 8), ("DE", 5), ("CA", 5), ("NL", 5), ("KR", 3), ("FR", 2)],
}


class Conn:
    """A way an account reaches the internet.  kind: fixed, mobile, shared, vpn, tor, sat."""

    def __init__(self, net, kind, cc, rng, **kw):
        self.net, self.kind, self.cc = net, kind, cc
        self.kw = kw
        self.cur = None
        self.cur_day = -1
        self.v6 = False
        if kind in ("fixed", "sat", "biz"):
            kinds = ("sat",) if kind == "sat" else (("biz", "fixed") if kind == "biz" else ("fixed",))
            e = net.pick_isp(rng, cc, kinds) if kind != "sat" else (net.c["isp"].get(cc, {}).get("14593") or net.pick_isp(rng, cc))
            self.isp = e
            self.v6 = bool(e and e["v6"] and rng.random() < kw.get("p6", 0.55))
            self.block = rng.choice(e["v4"]) if e and e["v4"] else None
            self.churn = kw.get("churn", 0.08)
        elif kind == "mobile":
            e = net.pick_isp(rng, cc, ("mobile",))
            self.isp = e
            self.v6 = bool(e and e["v6"] and rng.random() < 0.6)
        self.shared_ip = kw.get("ip")

    def ip(self, rng, day):
        k = self.kind
        if k == "shared":
            if isinstance(self.shared_ip, list):
                return rng.choice(self.shared_ip)
            return self.shared_ip
        if k in ("fixed", "sat", "biz"):
            if self.isp is None:
                return self.net.hosting_ip(rng, self.cc)
            if self.v6 and rng.random() < 0.7:
                # stable /64 per connection, privacy address rotates daily
                if getattr(self, "cur6_day", -1) != day:
                    blk = self.kw.get("_v6blk") or rng.choice(self.isp["v6"])
                    self.kw["_v6blk"] = blk
                    self.cur6 = Net.ip_in(blk, rng)
                    self.cur6_day = day
                return self.cur6
            if self.block is None:
                self.block = rng.choice(self.isp["v4"] or self.isp["v6"])
            if self.cur is None or ":" in str(self.cur) or (day != self.cur_day and rng.random() < self.churn):
                if rng.random() < 0.3:
                    self.block = rng.choice(self.isp["v4"] or self.isp["v6"])
                self.cur = Net.ip_in(self.block, rng)
            self.cur_day = day
            return self.cur
        if k == "mobile":
            if self.isp is None:
                return self.net.residential_ip(rng, self.cc)
            v4, v6 = self.net.cgnat_pool(self.cc, self.isp["asn"], self.kw.get("city", ""))
            if self.v6 and v6 and rng.random() < 0.6:
                return Net.ip_in(rng.choice(v6), rng)
            return rng.choice(v4) if v4 else Net.ip_in(rng.choice(v6), rng)
        if k == "vpn":
            prov = self.kw.get("provider", "nord")
            ccs = self.kw.get("exits") or VPN_COUNTRIES[prov]
            if self.cur is None or rng.random() < self.kw.get("hop", 0.25):
                ecc = wchoice(rng, ccs) if isinstance(ccs[0], tuple) else rng.choice(ccs)
                self.cur = rng.choice(self.net.vpn_pool(prov, ecc))
            return self.cur
        if k == "tor":
            return self.net.tor_ip(rng)
        raise ValueError(k)


# ============================================================ identities

def pick_city(rng, cc):
    return wchoice(rng, [(c, c[3]) for c in D.CITIES[cc]])


def pick_name(rng, cc, pool=None):
    pool = pool or wchoice(rng, D.NAME_MIX.get(cc, [("anglo", 1)]))
    first, last = D.NAME_POOLS[pool]
    f = rng.choice(first.split())
    surn = last.split()
    # a few multi-word surnames are written with spaces in the pool strings; keep simple tokens
    l = rng.choice(surn)
    if pool == "dutch" and l in ("de", "van", "den"):
        l = "de Vries"
    if pool == "filipino" and l == "Dela":
        l = "Dela Cruz"
    if pool in ("chinese", "korean", "vietnamese") and cc in ("CN", "VN") and rng.random() < 0.15:
        return f"{l} {f}", pool, f, l
    return f"{f} {l}", pool, f, l


def phone_for(rng, cc, city=None, voip=False, style=None):
    if voip and cc in D.VOIP:
        code, pre, n = D.VOIP[cc]
        nat = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
    elif cc in ("US", "CA"):
        code = "1"
        ac = rng.choice(D.US_AREA.get(city or "", None) or ["212", "415", "312", "512", "404", "206", "305", "617", "713", "416", "604"])
        ex = str(rng.randrange(200, 999))
        if ex == "555":
            ex = "556"
        nat = ac + ex + "%04d" % rng.randrange(10000)
    else:
        code, pats = D.PHONES.get(cc, ("1", None))
        if pats is None:
            return phone_for(rng, "US", city, voip, style)
        pre, n = rng.choice(pats)
        nat = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
    style = style or rng.choice(["e164", "e164", "e164", "spaced", "spaced", "local"])
    if style == "e164":
        return f"+{code}{nat}"
    if style == "spaced":
        if code == "1":
            return f"+1 {nat[:3]} {nat[3:6]} {nat[6:]}"
        return f"+{code} " + " ".join([nat[:3], nat[3:6], nat[6:]]).strip()
    if code == "1":
        return f"({nat[:3]}) {nat[3:6]}-{nat[6:]}"
    return f"00{code}{nat}" if rng.random() < 0.3 else f"+{code}-{nat}"


def translit(s):
    repl = {"á": "a", "à": "a", "ã": "a", "â": "a", "ä": "a", "é": "e", "ê": "e", "ë": "e", "í": "i", "ó": "o", "ô": "o", "õ": "o", "ö": "o",
            "ú": "u", "ü": "u", "ç": "c", "ñ": "n", "ł": "l", "ą": "a", "ę": "e", "ś": "s", "ź": "z", "ż": "z", "ć": "c", "ń": "n", "ş": "s",
            "ğ": "g", "ı": "i", "đ": "d", "š": "s", "č": "c", "ć": "c", "ž": "z", "ř": "r", "ů": "u", "ý": "y", "ě": "e", "ț": "t", "ș": "s",
            "ă": "a", "î": "i", "'": "", " ": "", "-": ""}
    return "".join(repl.get(ch, ch) for ch in s.lower())


def email_for(rng, cc, first, last, year=None):
    dom = wchoice(rng, D.EMAIL_DOMAINS.get(cc, D.EMAIL_DOMAINS["default"]))
    f, l = translit(first), translit(last)
    year = year or rng.randrange(1978, 2004)
    pat = rng.randrange(8)
    if pat == 0:
        u = f"{f}.{l}"
    elif pat == 1:
        u = f"{f}{l}{year % 100:02d}"
    elif pat == 2:
        u = f"{f[0]}{l}"
    elif pat == 3:
        u = f"{f}.{l}{rng.randrange(1, 999)}"
    elif pat == 4:
        u = f"{l}.{f}"
    elif pat == 5:
        u = f"{f}{year}"
    elif pat == 6:
        u = f"{f}.{rng.choice(['dev', 'codes', 'design', 'tech', 'work', 'pro'])}"
    else:
        u = f"{f}_{l}{rng.randrange(10, 99)}"
    return f"{u}@{dom}"


UAS = [("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36", 40),
       ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36", 18),
       ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{m} Safari/605.1.15", 6),
       ("Mozilla/5.0 (X11; Linux x86_64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0", 6),
       ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0", 6),
       ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0", 6),
       ("Mozilla/5.0 (Linux; Android 14; SM-A{a}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36", 10),
       ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{m} Mobile/15E148 Safari/604.1", 6),
       ("UpworkDesktop/5.8.0.{b} (Windows NT 10.0; Win64)", 2)]
MOBILE_UAS = [u for u, _ in UAS if "Android" in u or "iPhone" in u]


def make_ua(rng, mobile=False):
    tpl = rng.choice(MOBILE_UAS) if mobile else wchoice(rng, UAS)
    return tpl.format(v=rng.randrange(128, 141), m=rng.randrange(0, 6), f=rng.randrange(128, 143), a=rng.choice(["155F", "256B", "346B", "145F"]), b=rng.randrange(10, 99))


class Device:
    def __init__(self, rng, mobile=False, did=None, ua=None):
        self.id = did or ("d-" + hexs(rng, 10))
        self.ua = ua or make_ua(rng, mobile)
        self.mobile = mobile


# ============================================================ text

BID_OPEN = ["Hi,", "Hello,", "Hi there,", "Dear hiring manager,", "Hello!", "Good day,", "Hey,", "Greetings,", "Dear client,", "Hi, hope you're well.",
            "Hello, thanks for posting this.", "Good morning,", "Hi team,", "Dear Sir/Madam,", "Howdy,", "Hello and good day!", "", "", ""]
BID_BODY = ["I have {y} years of experience with {s} and have delivered similar projects for clients in {c}.",
            "I read your post carefully and I can build this in {s} within {d} days.",
            "I'm a {s} developer and this is exactly the kind of work I enjoy.",
            "I recently finished a {s} project very close to what you describe.",
            "I can start immediately and keep you updated daily.",
            "My portfolio has several {s} apps; happy to share links in chat.",
            "I'd suggest we start with a short paid milestone so you can check my quality.",
            "I understand you need {s} help; I have done this many times.",
            "Could you share more about the current codebase and deadline?",
            "I work in your time zone hours, so communication will be easy.",
            "I have a 100% job success score on {s} tasks.",
            "I can fix this today, it looks like a configuration issue.",
            "Quick question before I quote: is the design already done in {s}?",
            "Your project caught my eye because I built almost the same thing last month.",
            "I'm available {d} hours a day and can overlap with your mornings.",
            "Last year I maintained a {s} codebase for a logistics startup.",
            "I would first audit what you have, then propose a plan with milestones.",
            "Fixed price or hourly both work for me.",
            "I have worked with clients from {c} for {y} years, mostly long-term.",
            "If you want, I can do a small test task first.",
            "What is the expected budget for the whole project?",
            "I noticed you need this urgently; I can deliver the first version in {d} days.",
            "My strongest skills are {s} and clear communication.",
            "I have read the attached brief and have a couple of ideas already.",
            "Previously I led a small team doing {s} work for an agency.",
            "I'm detail-oriented and test everything before delivery.",
            "Happy to sign an NDA if needed.",
            "I'm a certified {s} professional.",
            "I can also help with deployment and documentation.",
            "Let me know a good time for a short call."]
INTRO = ["My name is {n} and I'm a {s} specialist.", "I'm {n}, {s} developer from {home}.", "{n} here, {y} years in {s}.",
         "This is {n}.", "I am {n}, a freelancer based in {home}."]
BID_CLOSE = ["Thanks!", "Best regards.", "Looking forward to hearing from you.", "Cheers.", "Thank you for your time.", "Regards."]
# a template copied from "how to win on freelancing sites" videos: many unrelated honest people use it
POPULAR_TEMPLATE = ("Hello, I have gone through your job description carefully and I am confident I can complete this {s} task with high quality. "
                    "I have {y}+ years of experience. Please message me so we can discuss the details. Thank you.")

SYN = {"experienced": ["experienced", "seasoned", "skilled", "veteran"], "developer": ["developer", "engineer", "programmer", "dev"],
       "build": ["build", "develop", "create", "implement"], "fast": ["fast", "quickly", "rapidly", "promptly"],
       "quality": ["high quality", "top quality", "clean and scalable", "production-grade"],
       "start": ["start right away", "begin immediately", "start today", "kick off now"],
       "discuss": ["discuss", "talk about", "go over", "review"], "hi": ["Hi", "Hello", "Hey", "Greetings"]}
TEAM_TEMPLATES = [
    "{hi}, I am a {experienced} full-stack {developer} with {y} years of {s} work. I can {build} your project {fast} with {quality} code. I can {start}. Let's {discuss} the details.",
    "{hi}! As a {experienced} {s} {developer} I have shipped many similar products for US and EU startups. I will {build} it {fast} and deliver {quality} results. Ready to {start}.",
    "{hi}, I've read your requirements. I'm a {experienced} {developer} specialised in {s} and blockchain. I can {build} this {fast}; {quality} is my priority. Can we {discuss} it?",
]


AGENCY_TEMPLATES = [
    "Hello, this is {n} from {agency}. Our team has {y}+ years in {s} and has completed 200+ projects. We can {build} your project with {quality} and a dedicated project manager.",
    "{hi}! At {agency} we specialise in {s}. I'd be your point of contact; our {experienced} team can {start}. Please check our agency portfolio.",
    "Dear client, {agency} can help with {s}. We provide {quality} work, daily reports and free support for 30 days after delivery.",
]


def paraphrase(rng, tpl, s, y, n=None):
    out = tpl
    for k, opts in SYN.items():
        out = out.replace("{" + k + "}", rng.choice(opts))
    return out.format(s=s, y=y, n=n or "", agency="")


HONEST_MSGS = ["Thanks, I'll start on it now.", "I've pushed the changes, please review.", "Could we have a quick call tomorrow?",
               "The staging build is ready.", "I have a question about the API keys.", "Sent the invoice for this week.",
               "Sorry for the delay, I was sick yesterday.", "Please check the attached mockups.", "I will finish the remaining tasks by Friday.",
               "Happy to keep everything here on the platform.", "Can you give me access to the repository?", "Thanks for the feedback!"]
OUTAGE_MSGS = ["Power went out here, I'll be back online in about two hours.", "Load shedding again today, I'm working from my phone hotspot.",
               "Sorry, internet was down since morning. Back now.", "Electricity cut in our area, will deliver tonight when it's back."]
NIGHT_MSGS = ["I'll be online during your business hours as usual.", "I work US hours, so ping me any time after 9am EST."]
WHATSAPP_MSGS = ["If it's easier you can reach me on WhatsApp {p}.", "My WhatsApp is {p} in case the site is slow."]
TG_HONEST = ["If you prefer, my Telegram is @{h}.", "We can also chat in Telegram: @{h}"]
TG_DPRK = ["Please add me on Telegram @{h}, it's faster for daily updates.", "Let's continue on Telegram @{h}; I check it more often.",
           "My partner and I use Telegram @{h} for coordination, can we move there?"]
OFFPLAT_DPRK = ["Would it be possible to pay the next milestone in USDT? It's easier for me.",
                "Can we close the contract here and continue directly? I can give you a discount.",
                "My bank has issues, could you send the payment to my friend's Payoneer instead?"]


# ============================================================ sanctions data

def load_sanctions(rng):
    names, wallets = [], []
    try:
        for r in csv.reader(open(os.path.join(SHARED, "sanctions", "ofac-2024", "sdn.csv"), encoding="cp1252")):
            if len(r) > 11 and "DPRK" in r[3]:
                if r[2].strip() == "-0-":
                    names.append(r[1].strip())
                for m in re.finditer(r"Digital Currency Address - (\w+) ([0-9A-Za-z]+)", r[11]):
                    wallets.append(m.group(2))
    except OSError:
        pass
    if not wallets:
        for fn in ("ofac-digital-currency-ETH.txt", "ofac-digital-currency-XBT.txt"):
            try:
                wallets += [l.strip() for l in open(os.path.join(SHARED, "sanctions", fn)) if l.strip()]
            except OSError:
                pass
    if not names:
        names = ["KOREA COMPUTER CENTER", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY"]
    techy = [n for n in names if re.search(r"TECHNOLOG|INFORMATION|COMPUTER|SILVER|TRADING|SOFT", n)] or names
    return sorted(set(techy)), sorted(set(wallets))


# ============================================================ the generator

class Gen:
    def __init__(self, args):
        self.args = args
        self.seed = args.seed
        self.rng = random.Random(f"indep3|{args.seed}")
        self.t0 = int(dt.datetime.strptime(args.start, "%Y-%m-%d").replace(tzinfo=dt.timezone.utc).timestamp())
        self.days = args.days
        self.t_end = self.t0 + self.days * DAY
        self.net = Net(netbuild.load(os.environ.get("INDEP3_CACHE")), args.seed)
        self.events = []   # (ts, dict, style)
        self.ids = set()
        self.labels = []   # (account, label, persona, team)
        self.signals = {}
        self.traits = {}
        self.sdn_names, self.sdn_wallets = load_sanctions(self.rng)
        self.evn = 0
        self.acct_tz = {}
        self.emails = set()  # an e-mail address belongs to one person

    # ---------------------------------------------------------- ids
    def new_id(self, prefix, digits=6):
        while True:
            i = f"{prefix}{self.rng.randrange(10 ** (digits - 1), 10 ** digits)}"
            if i not in self.ids:
                self.ids.add(i)
                return i

    def emit(self, ts, typ, acct, style="Z", eid=None, **f):
        if ts < self.t0 - 30 * DAY:
            ts = self.t0 - 30 * DAY
        if ts >= self.t_end:
            return None
        e = {"type": typ, "account": acct}
        for k, v in f.items():
            if v is not None:
                e[k] = v
        if eid:
            e["id"] = eid
        self.events.append((ts, e, style))
        return e

    # ---------------------------------------------------------- clients
    CLIENT_CC = [("US", 52), ("GB", 10), ("AU", 7), ("CA", 7), ("DE", 6), ("IL", 4), ("NL", 3), ("FR", 2), ("SG", 2), ("AE", 2), ("IN", 2), ("PL", 1), ("JP", 1), ("BR", 1)]

    def make_clients(self, n):
        self.clients = []
        for i in range(n):
            r = random.Random(f"{self.seed}|client|{i}")
            cc = wchoice(r, self.CLIENT_CC)
            acct = self.new_id("cl-", 5)
            city = pick_city(r, cc)
            name, pool, f, l = pick_name(r, cc)
            company = r.random() < 0.55
            disp = f"{rng_company(r)}" if company else name
            self.clients.append({"id": acct, "cc": cc, "tz": city[2], "shell": False})
            created = self.t0 - r.randrange(30, 3000) * DAY
            self.emit(self.t0 + r.randrange(0, DAY), "account", acct, kind="client", name=disp, country=cc,
                      city=city[0] if r.random() < 0.6 else None, timezone=city[2] if r.random() < 0.5 else None,
                      created=fmt_time(created, "Z"), status="active")
            home = Conn(self.net, "fixed", cc, r) if self.net.has(cc) else Conn(self.net, "vpn", cc, r, provider="nord")
            dev = Device(r)
            for d in range(self.days):
                if r.random() < 0.35:
                    ts = local_midnight(city[2], self.t0, d) + r.uniform(8, 19) * HOUR
                    self.emit(ts, "login", acct, ip=home.ip(r, d), device=dev.id if r.random() < 0.8 else None,
                              user_agent=dev.ua if r.random() < 0.5 else None)
            self.labels.append((acct, "honest", "client", ""))

    def pick_client(self, r, shell_team=None):
        if shell_team:
            return r.choice(shell_team)
        return r.choice(self.clients)

    # ---------------------------------------------------------- run
    def run(self):
        a = self.args
        N = a.accounts
        hr_share = 0.0 if a.no_hr else a.hr_share
        n_dprk = max(1, round(N * a.dprk_share))
        n_clients = max(10, round(N * 0.07))
        n_hr_total = round(N * hr_share)
        plan = plan_dprk(self.rng, n_dprk, hr=not a.no_hr)
        n_dprk_shell = sum(t["shell_clients"] for t in plan)
        n_dprk_hr = sum(len([m for m in t["members"] if m["side"] == "hr"]) for t in plan)
        n_dprk_fl = n_dprk - n_dprk_shell - n_dprk_hr
        n_honest_clients = max(5, n_clients - n_dprk_shell)
        n_honest_hr = max(0, n_hr_total - n_dprk_hr)
        n_honest_fl = N - n_honest_clients - n_honest_hr - n_dprk
        self.make_clients(n_honest_clients)
        self.agencies = {}
        # honest freelancers
        fl_personas = assign_fl_personas(self.rng, n_honest_fl)
        for i, p in enumerate(fl_personas):
            r = random.Random(f"{self.seed}|fl|{i}")
            HonestFreelancer(self, r, p).run()
        for i, p in enumerate(assign_hr_personas(self.rng, n_honest_hr)):
            r = random.Random(f"{self.seed}|hr|{i}")
            HonestHR(self, r, p).run()
        for ti, team in enumerate(plan):
            r = random.Random(f"{self.seed}|team|{ti}")
            DprkTeam(self, r, team, ti).run()
        self.finish()

    # ---------------------------------------------------------- output
    def finish(self):
        a = self.args
        r = random.Random(f"{self.seed}|quirks")
        out = a.outdir
        os.makedirs(out, exist_ok=True)
        # feed quirks: ids on some sources, duplicates (re-delivery), order shuffled within windows
        evs = self.events
        evs.sort(key=lambda x: x[0])
        local = {a: tz for a, tz in self.acct_tz.items() if r.random() < 0.1}
        lines = []
        n = 0
        for ts, e, style in evs:
            n += 1
            t = e["type"]
            if "id" not in e:
                p_id = {"bid": 0.9, "payout": 0.8, "contract": 0.5, "endpoint": 0.6, "document": 0.7, "interview": 0.5,
                        "reference": 0.5, "shipment": 0.7, "review": 0.4}.get(t, 0.25)
                if r.random() < p_id:
                    e["id"] = "%s-%s" % ({"bid": "bid", "payout": "po", "endpoint": "ep"}.get(t, "ev"), hashlib.sha1(f"{self.seed}|{n}".encode()).hexdigest()[:16])
            if style == "Z" and e["account"] in local and t in ("login", "work", "message", "bid"):
                style = local[e["account"]]
            obj = {"type": t, "time": fmt_time(ts, style), "account": e["account"]}
            if "id" in e:
                obj["id"] = e["id"]
            for k, v in e.items():
                if k not in obj and k != "type":
                    obj[k] = v
            line = json.dumps(obj, ensure_ascii=False, separators=(",", ":") if r.random() < 0.8 else (", ", ": "))
            lines.append((ts, line))
            if r.random() < 0.006:   # re-delivery of an identical line, a little later in the feed
                lines.append((ts + r.uniform(60, 6 * HOUR), line))
        # shuffle: sort by a jittered key so events move within hours (most) or days (batch uploads)
        keyed = []
        for ts, line in lines:
            j = r.random()
            if j < 0.7:
                k = ts + r.uniform(-1, 1) * HOUR
            elif j < 0.95:
                k = ts + r.uniform(-6, 6) * HOUR
            else:
                k = ts + r.uniform(0, 3) * DAY   # late batch delivery
            keyed.append((k, line))
        keyed.sort(key=lambda x: x[0])
        with open(os.path.join(out, "events.ndjson"), "w", encoding="utf-8") as f:
            for i, (_, line) in enumerate(keyed):
                f.write(line + "\n")
                if r.random() < 0.0005:
                    f.write("\n")   # blank lines are allowed and skipped
        with open(os.path.join(out, "labels.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["account", "label", "persona", "team"])
            for row in sorted(self.labels):
                w.writerow(row)
        with open(os.path.join(out, "signals.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["account", "signals"])
            for acct in sorted(self.signals):
                w.writerow([acct, ";".join(self.signals[acct])])
        with open(os.path.join(out, "traits.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["account", "traits"])
            for acct in sorted(self.traits):
                if self.traits[acct]:
                    w.writerow([acct, ";".join(sorted(set(self.traits[acct])))])
        print(f"wrote {len(keyed)} lines for {len(self.labels)} accounts "
              f"({sum(1 for l in self.labels if l[1] == 'dprk')} dprk) to {out}", file=sys.stderr)


def rng_company(r):
    return r.choice(D.SMALL_EMPLOYER_WORDS) + r.choice(D.SMALL_EMPLOYER_TAILS) + r.choice(["", " Inc", " LLC", " Ltd", " GmbH", " Pty Ltd"])


# ============================================================ persona assignment

FL_PERSONAS = [
    ("fl_home", 26), ("fl_night_shift", 12), ("fl_loadshed", 7), ("fl_mobile_only", 8), ("fl_shared_computer", 4),
    ("fl_student", 4), ("fl_coworking", 3), ("fl_agency", 1.3), ("fl_ua_displaced", 3), ("fl_ru_relocated", 3),
    ("fl_cn_vpn", 3), ("fl_nomad", 3), ("fl_privacy_vpn", 4), ("fl_traveller", 3), ("fl_new", 4), ("fl_western", 6),
]
HR_PERSONAS = [
    ("hr_applicant", 30), ("hr_applicant_camera_shy", 8), ("hr_applicant_doc_fail", 5), ("hr_employee", 28),
    ("hr_employee_relocated", 6), ("hr_employee_itsupport", 5), ("hr_employee_homelab", 3), ("hr_employee_offshore", 9),
    ("hr_employee_traveller", 6),
]

FL_COUNTRY = [("IN", 16), ("PK", 10), ("BD", 6), ("PH", 8), ("UA", 6), ("NG", 5), ("KE", 4), ("EG", 4), ("BR", 4), ("AR", 3),
              ("VE", 3), ("CO", 2), ("VN", 3), ("ID", 3), ("CN", 2), ("RU", 3), ("BY", 1), ("RS", 2), ("US", 5), ("GB", 2),
              ("CA", 1), ("DE", 1), ("PL", 2), ("LK", 1), ("NP", 1), ("MA", 1), ("GH", 1), ("ZA", 1), ("TR", 1), ("MX", 1), ("RO", 1)]


def assign_fl_personas(rng, n):
    out = []
    while len(out) < n:
        p = wchoice(rng, FL_PERSONAS)
        if p == "fl_agency":
            k = rng.randrange(3, 16)
            out.extend([p] * k)
        else:
            out.append(p)
    out = out[:n]
    # agencies are contiguous blocks so that the runner can group them
    return out


def assign_hr_personas(rng, n):
    return [wchoice(rng, HR_PERSONAS) for _ in range(n)]


# ============================================================ generic actor

class Actor:
    kind = "freelancer"

    def __init__(self, g, r, persona):
        self.g, self.r, self.persona = g, r, persona
        self.net = g.net
        self.acct = None
        self.devices = []
        self.phases = []       # (d_from, d_to, dict(cc, tz, conns=[(Conn, w)], sched_tz))
        self.contracts = []    # dicts: id, client, cc, rate, start, end
        self.traits = []
        self.hours_by_day = {}
        self.outage = False
        self.bid_style = "own"
        self.template = None
        self.msg_extra = []
        self.p_login = 0.8
        self.sched = None
        self.work_source = "timetracker"
        self.concurrent = False
        self.p_intro = r.uniform(0, 0.8)
        self.worklog = []

    # identity ---------------------------------------------------------
    def make_identity(self, cc, pool=None, city=None):
        r = self.r
        self.cc = cc
        self.city = city or pick_city(r, cc)
        self.name, self.pool, self.first, self.last = pick_name(r, cc, pool)
        self.tz = self.city[2]
        self.g.acct_tz[self.acct] = self.tz
        self.email = email_for(r, cc, self.first, self.last)
        while self.email in self.g.emails:
            user, domain = self.email.split("@")
            self.email = f"{user}{r.randrange(2, 99)}@{domain}"
        self.g.emails.add(self.email)
        self.phone = phone_for(r, cc, self.city[0])
        self.photo = "p:" + hexs(r, 12)

    def profile_fields(self, kind=None, full=True):
        r = self.r
        f = {"kind": kind or self.kind, "name": self.name, "country": self.cc}
        if r.random() < 0.85:
            f["city"] = self.city[0]
        if r.random() < 0.55 and self.city[1]:
            f["region"] = self.city[1]
        if r.random() < 0.7:
            f["timezone"] = self.tz
        if r.random() < 0.8:
            f["email"] = self.email
        if r.random() < 0.6:
            f["phone"] = self.phone
        if r.random() < 0.75:
            f["photo_hash"] = self.photo
        return f

    # schedule ---------------------------------------------------------
    def day_sessions(self, d):
        """Yield (start_ts, minutes, phase_dict) sessions for day d following self.sched."""
        r = self.r
        ph = self.phase(d)
        s = self.sched
        tz = ph.get("sched_tz") or s["tz"]
        mid = local_midnight(tz, self.g.t0, d)
        wd = dt.datetime.fromtimestamp(mid + 12 * HOUR, zone(tz)).weekday()
        p = s["p_day"] * (s.get("weekend", 0.35) if wd >= 5 else 1.0)
        if r.random() > p:
            return []
        out = []
        for (h, sd, dur, pb) in s["blocks"]:
            if r.random() > pb:
                continue
            st = mid + (h + r.gauss(0, sd)) * HOUR
            m = max(10, r.gauss(dur, dur * 0.35))
            out.append([st, m, ph])
        # power cuts: remove or split sessions that fall into outage windows
        if self.outage and r.random() < self.outage:
            lmid = local_midnight(self.tz_actual(d), self.g.t0, d)
            cuts = []
            for _ in range(r.randrange(1, 4)):
                a = lmid + r.uniform(6, 23) * HOUR
                cuts.append((a, a + r.uniform(1.5, 5) * HOUR))
            new = []
            for st, m, ph_ in out:
                en = st + m * 60
                hit = [c for c in cuts if c[0] < en and c[1] > st]
                if not hit:
                    new.append([st, m, ph_])
                    continue
                c = hit[0]
                if c[0] - st > 900:
                    new.append([st, (c[0] - st) / 60, ph_])
                if r.random() < 0.5:     # continue on phone hotspot
                    new.append([max(st, c[0]) + 600, r.uniform(20, 90), dict(ph_, mobile_only=True)])
                if en - c[1] > 900:
                    new.append([c[1] + r.uniform(0, 1800), (en - c[1]) / 60, ph_])
                elif r.random() < 0.5:   # make up at night when power is back
                    new.append([c[1] + r.uniform(0.5, 3) * HOUR, r.uniform(60, 180), ph_])
            out = new
            self.traits.append("power_outage_gaps")
        return out

    def tz_actual(self, d):
        return self.phase(d)["tz"]

    def phase(self, d):
        for a, b, ph in self.phases:
            if a <= d < b:
                return ph
        return self.phases[-1][2]

    def pick_conn(self, ph):
        r = self.r
        if ph.get("mobile_only") and ph.get("mobile"):
            return ph["mobile"]
        return wchoice(r, ph["conns"])

    # marketplace activity ----------------------------------------------
    def simulate(self):
        g, r = self.g, self.r
        for d in range(g.days):
            sess = self.day_sessions(d)
            for st, m, ph in sess:
                self.session(d, st, m, ph)
            self.daily_extras(d)
        self.finish_contracts()

    def session(self, d, st, minutes, ph, conn=None, device=None):
        g, r = self.g, self.r
        conn = conn or self.pick_conn(ph)
        ip = conn.ip(r, d)
        dev = device or (self.devices[0] if len(self.devices) == 1 or r.random() < 0.7 else r.choice(self.devices))
        if conn.kind == "mobile" and any(x.mobile for x in self.devices) and r.random() < 0.6:
            dev = [x for x in self.devices if x.mobile][0]
        self.on_session(d, st, minutes, ip, conn, dev)
        if r.random() < self.p_login:
            fail = r.random() < 0.025
            if fail:
                g.emit(st - r.uniform(20, 120), "login", self.acct, ip=ip, device=dev.id, success=False,
                       user_agent=dev.ua if r.random() < 0.6 else None)
            g.emit(st, "login", self.acct, ip=ip, device=dev.id if r.random() < 0.85 else None,
                   user_agent=dev.ua if r.random() < 0.6 else None, success=True if r.random() < 0.3 else None)
        active = [c for c in self.contracts if c["start"] <= st < c["end"]]
        t = st + r.uniform(60, 400)
        remaining = minutes
        while remaining > 8 and active:
            seg = min(remaining, max(10, r.gauss(70, 35)))
            c = r.choice(active)
            wip = ip if r.random() < 0.93 else conn.ip(r, d)
            g.emit(t, "work", self.acct, minutes=round(seg), contract=c["id"], ip=wip if r.random() < 0.9 else None,
                   source=self.work_source if r.random() < 0.95 else None)
            c["minutes"] = c.get("minutes", 0) + seg
            self.worklog.append((t, seg / 60.0 * c["rate"]))
            t += seg * 60 + r.uniform(0, 900)
            remaining -= seg
        if self.kind == "freelancer":
            nb = 0
            p_bid = self.p_bid * (1.6 if not active else 0.7)
            while r.random() < p_bid and nb < 4:
                nb += 1
                self.bid(st + r.uniform(0, minutes * 60))
            if active and r.random() < self.p_msg:
                c = r.choice(active)
                self.message(st + r.uniform(0, minutes * 60), c)

    def on_session(self, d, st, minutes, ip, conn, dev):
        pass

    def daily_extras(self, d):
        pass

    def bid_text(self):
        r = self.r
        s = r.choice(self.skills)
        y = r.randrange(2, 12)
        if self.template:
            if not hasattr(self, "tpl_fixed"):
                # each persona paraphrases the shared template once and then reuses it
                self.tpl_fixed = paraphrase(r, self.template, "{s}", "{y}", self.first)
            return self.tpl_fixed.format(s=s, y=y)
        if self.bid_style == "popular":
            return POPULAR_TEMPLATE.format(s=s, y=y)
        if not hasattr(self, "personal"):
            # people reuse their own proposal skeleton: fixed opener/intro/first sentence, varying tail
            self.personal = [r.choice(BID_OPEN)] + ([r.choice(INTRO)] if r.random() < 0.55 else []) + r.sample(BID_BODY, 2)
            self.own_close = r.choice(BID_CLOSE)
        parts = list(self.personal) if r.random() < 0.85 else [r.choice(BID_OPEN)]
        parts += r.sample(BID_BODY, r.randrange(1, 4)) + [self.own_close if r.random() < 0.8 else r.choice(BID_CLOSE)]
        return " ".join(x for x in parts if x).format(s=s, y=y, c=r.choice(["the US", "Europe", "Australia", "Canada", "the UK"]), d=r.randrange(2, 15),
                                                     n=self.first, home=self.city[0])

    def bid(self, ts):
        g, r = self.g, self.r
        cl = self.pick_bid_client()
        rate = round(max(3, self.rate * r.uniform(0.85, 1.15)), 0)
        g.emit(ts, "bid", self.acct, job="job-%d" % r.randrange(100000, 999999), client=cl["id"] if r.random() < 0.9 else None,
               client_country=cl["cc"] if r.random() < 0.85 else None, rate=rate if r.random() < 0.95 else None,
               text=self.bid_text() if r.random() < 0.92 else None)
        if r.random() < self.p_hire:
            self.new_contract(ts + r.uniform(0.5, 4) * DAY, cl, rate)

    def pick_bid_client(self):
        return self.g.pick_client(self.r)

    def new_contract(self, ts, cl, rate, dur_days=None, start_active=False):
        g, r = self.g, self.r
        cid = "ct-%d" % r.randrange(10 ** 6, 10 ** 7)
        dur_days = dur_days or r.choice([3, 7, 14, 30, 60, 120, 365])
        c = {"id": cid, "client": cl, "cc": cl["cc"], "rate": rate, "start": ts, "end": ts + dur_days * DAY, "minutes": 0}
        self.contracts.append(c)
        if not start_active:
            g.emit(ts - r.uniform(2, 30) * HOUR, "contract", self.acct, contract=cid, client=cl["id"], client_country=cl["cc"] if r.random() < 0.8 else None,
                   status="offered", rate=rate)
        g.emit(ts, "contract", self.acct, contract=cid, client=cl["id"], client_country=cl["cc"] if r.random() < 0.8 else None,
               status="active", rate=rate if r.random() < 0.8 else None)
        return c

    def finish_contracts(self):
        g, r = self.g, self.r
        for c in self.contracts:
            if c["end"] < g.t_end:
                g.emit(c["end"], "contract", self.acct, contract=c["id"], client=c["client"]["id"], status="ended")
                if r.random() < 0.7:
                    rating = self.review_rating(c)
                    g.emit(c["end"] + r.uniform(1, 72) * HOUR, "review", self.acct, **{"from": c["client"]["id"]}, rating=rating,
                           contract=c["id"] if r.random() < 0.9 else None)

    def review_rating(self, c):
        return wchoice(self.r, [(5, 70), (4, 18), (3, 6), (2, 3), (1, 3)])

    def message(self, ts, c, text=None, direction="sent"):
        r = self.r
        if text is None:
            pool = HONEST_MSGS + self.msg_extra
            text = r.choice(pool)
            if "{p}" in text:
                text = text.format(p=self.phone)
            if "{h}" in text:
                text = text.format(h=self.tg)
        self.g.emit(ts, "message", self.acct, counterparty=c["client"]["id"], direction=direction, text=text)
        if r.random() < 0.5:
            self.g.emit(ts + r.uniform(300, 6 * HOUR), "message", self.acct, counterparty=c["client"]["id"], direction="received",
                        text=r.choice(["Great, thanks!", "Looks good.", "Can you also fix the header?", "Any update on this?", "Approved.", "Let's talk tomorrow."]))

    # payouts ------------------------------------------------------------
    def payouts(self, methods, every_days=7, fee=0.1):
        """methods: list of (day_from, dict(method, destination, holder, country, wallet, currency))."""
        g, r = self.g, self.r
        d = r.randrange(0, every_days)
        last = g.t0
        declared = set()
        while d < g.days:
            ts = g.t0 + d * DAY + r.uniform(0, DAY)
            amt = sum(v for (t, v) in self.worklog if last < t <= ts)
            last = ts
            meth = [m for (df, m) in methods if df <= d][-1]
            if meth["destination"] not in declared:
                declared.add(meth["destination"])
                g.emit(ts - r.uniform(1, 48) * HOUR, "payout", self.acct, **{k: v for k, v in meth.items() if k != "currency"})
            if amt > 5:
                cur = meth.get("currency", "USD")
                f = {k: v for k, v in meth.items() if not (k in ("holder", "country") and r.random() < 0.3)}
                f["amount"] = round(amt * (1 - fee), 2)
                if cur == "USD" and r.random() < 0.5:
                    f.pop("currency", None)
                g.emit(ts, "payout", self.acct, **f)
            d += every_days + (r.randrange(-1, 2) if every_days > 3 else 0)


# ============================================================ payout helpers

PAYONEER_CC = [("US", 60), ("GB", 15), ("DE", 10), ("JP", 3), ("AU", 3), ("CA", 4), ("SG", 5)]
WISE_CC = [("BE", 30), ("GB", 30), ("US", 30), ("DE", 10)]
CRYPTO_CC = {"VE": 0.45, "AR": 0.35, "NG": 0.35, "UA": 0.2, "RU": 0.45, "BY": 0.35, "KE": 0.1, "PK": 0.08, "EG": 0.12, "VN": 0.15, "TR": 0.2, "GE": 0.3, "AM": 0.25, "KZ": 0.25, "RS": 0.15, "CN": 0.25}
PAYONEER_HOME = {"PK": 0.6, "BD": 0.65, "EG": 0.55, "NG": 0.5, "KE": 0.45, "PH": 0.35, "IN": 0.3, "UA": 0.45, "VE": 0.4, "AR": 0.4, "VN": 0.4,
                 "ID": 0.3, "LK": 0.5, "NP": 0.5, "MA": 0.5, "GH": 0.5, "CO": 0.3, "BR": 0.25, "RS": 0.4, "BY": 0.3, "RU": 0.2, "CN": 0.3, "TR": 0.35}


def wallet_addr(r, chain=None):
    chain = chain or r.choice(["trc20", "trc20", "trc20", "erc20", "btc"])
    if chain == "trc20":
        return "T" + "".join(r.choice(B58) for _ in range(33))
    if chain == "erc20":
        return "0x" + hexs(r, 40)
    return "bc1q" + "".join(r.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))


def honest_payout_method(r, cc, holder, traits):
    """Choose a realistic payout instrument for a freelancer living in cc."""
    x = r.random()
    pc = CRYPTO_CC.get(cc, 0.03)
    if x < pc:
        traits.append("payout_crypto")
        return {"method": "crypto", "destination": "wal:" + hexs(r, 12), "wallet": wallet_addr(r), "holder": holder if r.random() < 0.3 else None,
                "country": None, "currency": "USDT"}
    x = r.random()
    if cc in PAYONEER_HOME and x < PAYONEER_HOME[cc]:
        rc = wchoice(r, PAYONEER_CC) if r.random() < 0.8 else cc
        if rc != cc:
            traits.append("payout_country_mismatch")
        return {"method": "payoneer", "destination": "pyn:" + str(r.randrange(10 ** 9, 10 ** 10)), "holder": holder, "country": rc}
    if x < 0.75 and cc not in ("US",):
        if r.random() < 0.5:
            rc = wchoice(r, WISE_CC)
            if rc != cc:
                traits.append("payout_country_mismatch")
            return {"method": "wise", "destination": "wise:" + hexs(r, 10), "holder": holder, "country": rc}
    if r.random() < 0.25 and cc not in ("PK", "BD", "NG", "EG", "VE"):
        return {"method": "paypal", "destination": "pp:" + hexs(r, 10), "holder": holder, "country": cc}
    return {"method": "bank", "destination": "iban:sha256:" + hexs(r, 12), "holder": holder, "country": cc}


def relative_name(r, last, cc):
    first = D.NAME_POOLS[wchoice(r, D.NAME_MIX.get(cc, [("anglo", 1)]))][0].split()
    return f"{r.choice(first)} {last}"


# ============================================================ honest freelancers

HOME_COUNTRY_BY_PERSONA = {
    "fl_loadshed": [("PK", 40), ("NG", 30), ("BD", 20), ("ZA", 10)],
    "fl_night_shift": [("IN", 25), ("PH", 25), ("PK", 15), ("BD", 8), ("VN", 6), ("ID", 5), ("KE", 5), ("NG", 5), ("EG", 4), ("LK", 3), ("NP", 2)],
    "fl_mobile_only": [("NG", 15), ("KE", 15), ("PK", 12), ("BD", 10), ("PH", 12), ("IN", 12), ("ID", 8), ("EG", 6), ("VE", 5), ("GH", 5)],
    "fl_shared_computer": [("NG", 20), ("KE", 15), ("PK", 15), ("BD", 15), ("PH", 10), ("EG", 10), ("VE", 8), ("GH", 7)],
    "fl_student": [("IN", 30), ("PK", 25), ("KE", 20), ("PH", 15), ("UA", 10)],
    "fl_coworking": [("UA", 15), ("PH", 15), ("IN", 15), ("CO", 10), ("AR", 10), ("BR", 10), ("RS", 10), ("KE", 10), ("NG", 5)],
    "fl_agency": [("IN", 25), ("PK", 25), ("BD", 15), ("UA", 10), ("PH", 10), ("EG", 8), ("NG", 4), ("VN", 3)],
    "fl_western": [("US", 55), ("GB", 15), ("CA", 10), ("DE", 8), ("PL", 8), ("AU", 4)],
    "fl_nomad": [("US", 40), ("GB", 15), ("DE", 12), ("CA", 10), ("FR", 5), ("NL", 5), ("UA", 5), ("AU", 8)],
    "fl_cn_vpn": [("CN", 100)],
    "fl_ua_displaced": [("UA", 100)],
    "fl_ru_relocated": [("RU", 85), ("BY", 15)],
}
NIGHT_TARGET_TZ = [("America/New_York", 60), ("America/Chicago", 15), ("America/Los_Angeles", 15), ("Europe/London", 10)]


def base_rate(cc):
    return {"US": 55, "GB": 50, "CA": 50, "DE": 55, "AU": 55, "PL": 35, "UA": 28, "RS": 30, "RU": 30, "BY": 25, "CN": 25, "IN": 18, "PK": 15,
                "BD": 12, "PH": 10, "NG": 15, "KE": 12, "EG": 15, "BR": 25, "AR": 25, "VE": 15, "CO": 22, "VN": 18, "ID": 15,
            "JP": 45, "SG": 45, "IT": 40, "PT": 35, "MY": 25, "HK": 40, "ES": 40, "NL": 50, "FR": 45}.get(cc, 20)


class HonestFreelancer(Actor):
    def __init__(self, g, r, persona):
        super().__init__(g, r, persona)
        self.acct = g.new_id("fl-", 6)

    def home_cc(self):
        p = self.persona
        if p in HOME_COUNTRY_BY_PERSONA:
            return wchoice(self.r, HOME_COUNTRY_BY_PERSONA[p])
        return wchoice(self.r, FL_COUNTRY)

    def run(self):
        g, r, p = self.g, self.r, self.persona
        if p == "fl_agency":
            ag = g.agencies.get("cur")
            if not ag or ag["left"] <= 0:
                cc = self.home_cc()
                city = pick_city(r, cc)
                ag = {"id": "ag-%d" % r.randrange(1000, 99999), "cc": cc, "city": city, "left": r.randrange(3, 16), "members": [],
                      "office_ip": None, "phone": phone_for(r, cc, city[0], style="spaced"), "name": rng_company(r),
                      "template": None, "dest": None}
                g.agencies["cur"] = ag
            ag["left"] -= 1
            self.agency = ag
            cc = ag["cc"]
            self.make_identity(cc, city=ag["city"] if r.random() < 0.85 else None)
        else:
            self.agency = None
            cc = self.home_cc()
            self.make_identity(cc)
            if p == "fl_cn_vpn" and r.random() < 0.2:
                # registered with a Hong Kong / Singapore address for payments, lives on the mainland
                claim = r.choice(["HK", "HK", "SG"])
                self.real_city = self.city
                self.city = pick_city(r, claim)
                self.cc_real, self.cc = cc, claim
                self.tz = self.city[2]
                self.traits.append("claims_other_country")
        self.kind = "freelancer"
        self.skills = r.sample(D.SKILLS, 3)
        self.rate = self.pick_rate()
        self.p_bid = r.uniform(0.05, 0.35)
        self.p_msg = r.uniform(0.1, 0.4)
        self.p_hire = r.uniform(0.02, 0.08)
        self.tg = translit(self.first) + "_" + translit(self.last)[:5] + str(r.randrange(10, 99))
        if r.random() < 0.12:
            self.bid_style = "popular"
            self.traits.append("popular_template")
        if self.agency:
            if self.agency["template"] is None:
                self.agency["template"] = r.choice(AGENCY_TEMPLATES)
            if r.random() < 0.8:
                self.template = self.agency["template"].replace("{agency}", self.agency["name"])
                self.traits.append("agency_template")
        if self.cc in ("UA", "RU", "BY", "KZ", "GE", "AM", "RS", "UZ") and r.random() < 0.3 or r.random() < 0.03:
            self.msg_extra += TG_HONEST
            self.traits.append("telegram")
        elif r.random() < 0.12:
            self.msg_extra += WHATSAPP_MSGS
            self.traits.append("whatsapp")
        self.build_net()
        self.build_sched()
        self.devices = [Device(r, mobile=(p == "fl_mobile_only"))]
        if r.random() < 0.4 and p != "fl_mobile_only":
            self.devices.append(Device(r, mobile=True))
        if p == "fl_shared_computer":
            self.devices = [self.cafe["dev"]]
        for _ in range(getattr(self, "extra_devices", 0)):
            self.devices.append(Device(r))
        self.profile()
        self.existing_contracts()
        self.simulate()
        self.do_payouts()
        g.labels.append((self.acct, "honest", p, ""))
        g.traits[self.acct] = self.traits

    def pick_rate(self):
        return round(max(4, base_rate(self.cc) * self.r.lognormvariate(0, 0.45)))


    def g_shared_device(self):
        # internet cafe / family PC: a device and IP used by several accounts
        g, r = self.g, self.r
        key = ("cafe", self.cc, self.city[0])
        cafes = g.__dict__.setdefault("cafes", {})
        lst = cafes.setdefault(key, [])
        if not lst or (len(lst) < 6 and r.random() < 0.3):
            lst.append({"dev": Device(r, did="d-" + hexs(r, 10)), "ip": self.net.residential_ip(r, self.cc, ("fixed",)), "n": 0})
        c = r.choice(lst)
        c["n"] += 1
        self.cafe = c
        return c["dev"]

    def build_net(self):
        g, r, p, cc = self.g, self.r, self.persona, self.cc
        net = self.net
        if getattr(self, "cc_real", None):
            cc = self.cc_real
        fixed = Conn(net, "fixed", cc, r)
        mobile = Conn(net, "mobile", cc, r, city=(getattr(self, "real_city", None) or self.city)[0])
        conns = [(fixed, 85), (mobile, 15)]
        tz = self.tz
        phases = None
        if p == "fl_mobile_only":
            conns = [(mobile, 100)]
            self.traits.append("cgnat_shared_ip")
        elif p == "fl_shared_computer":
            cafe = self.cafe if hasattr(self, "cafe") else None
            if cafe is None:
                self.g_shared_device()
                cafe = self.cafe
            conns = [(Conn(net, "shared", cc, r, ip=cafe["ip"]), 85), (mobile, 15)]
            self.traits += ["shared_ip", "shared_device"]
        elif p == "fl_student":
            edu = net.isps(cc, ("edu",))
            if edu:
                e = edu[0]
                key = ("uni", cc)
                unis = g.__dict__.setdefault("unis", {})
                if key not in unis:
                    rr = net.R("uni", cc)
                    unis[key] = [Net.ip_in(rr.choice(e["v4"]), rr) for _ in range(4)]
                conns = [(Conn(net, "shared", cc, r, ip=unis[key]), 55), (fixed, 25), (mobile, 20)]
                self.traits.append("university_nat")
        elif p == "fl_coworking":
            cw = g.__dict__.setdefault("coworks", {})
            key = (cc, self.city[0])
            if key not in cw:
                cw[key] = net.residential_ip(net.R("cowork", cc, self.city[0]), cc, ("biz", "fixed"))
            conns = [(Conn(net, "shared", cc, r, ip=cw[key]), 60), (fixed, 30), (mobile, 10)]
            self.traits.append("coworking_shared_ip")
        elif p == "fl_agency":
            ag = self.agency
            if ag["office_ip"] is None:
                ag["office_ip"] = net.residential_ip(net.R("office", ag["id"]), cc, ("biz", "fixed"))
            conns = [(Conn(net, "shared", cc, r, ip=ag["office_ip"]), 70), (fixed, 20), (mobile, 10)]
            self.traits += ["agency_shared_ip"]
        elif p == "fl_privacy_vpn":
            conns = [(Conn(net, "vpn", cc, r, provider=r.choice(["nord", "proton"]), hop=0.15), r.randrange(40, 95)), (fixed, 30), (mobile, 5)]
            if r.random() < 0.08:
                conns.append((Conn(net, "tor", cc, r), 3))
                self.traits.append("tor")
            self.traits.append("vpn")
        elif p == "fl_cn_vpn":
            exits = [("HK", 30), ("JP", 25), ("SG", 20), ("US", 20), ("KR", 5)]
            conns = [(Conn(net, "vpn", cc, r, provider="astrill" if r.random() < 0.5 else "nord", exits=exits, hop=0.3), 80), (fixed, 20)]
            self.traits += ["vpn", "vpn_astrill_like"]
        elif p == "fl_ua_displaced":
            host = wchoice(r, [("PL", 50), ("DE", 25), ("CZ", 20), ("GB", 5)])
            hcity = pick_city(r, host)
            hfixed = Conn(net, "fixed", host, r)
            hmob = Conn(net, "mobile", host, r)
            sat = Conn(net, "sat", "UA", r)
            back = r.random() < 0.3
            # still a UA profile; sometimes works through a UA mobile roaming SIM or visits home
            conns_host = [(hfixed, 70), (hmob, 15), (mobile, 10)]
            phases = [(0, self.g.days, {"cc": host, "tz": hcity[2], "conns": conns_host, "mobile": hmob})]
            if back:
                k = r.randrange(5, max(6, self.g.days - 5))
                phases = [(0, k, phases[0][2]), (k, self.g.days, {"cc": "UA", "tz": self.tz, "conns": [(fixed, 50), (mobile, 30), (sat, 20)], "mobile": mobile})]
            self.traits += ["country_mismatch"]
        elif p == "fl_ru_relocated":
            host = wchoice(r, [("GE", 30), ("AM", 25), ("KZ", 15), ("RS", 15), ("TR", 15)])
            hcity = pick_city(r, host)
            hfixed = Conn(net, "fixed", host, r)
            vpn = Conn(net, "vpn", host, r, provider="nord", hop=0.2)
            phases = [(0, self.g.days, {"cc": host, "tz": hcity[2], "conns": [(hfixed, 45), (vpn, 45), (Conn(net, "mobile", host, r), 10)]})]
            self.traits += ["country_mismatch", "vpn"]
            if r.random() < 0.35:
                self.late_country = (host, hcity)   # profile updated mid-period
                if r.random() < 0.4:
                    # goes back to visit family for a few days
                    k = r.randrange(8, max(9, self.g.days - 4))
                    visit = {"cc": cc, "tz": self.tz, "conns": [(fixed, 60), (mobile, 40)]}
                    phases = [(0, k, phases[0][2]), (k, k + r.randrange(2, 6), visit), (k + 4, self.g.days, phases[0][2])]
                    self.traits.append("home_visit")
        elif p == "fl_nomad":
            seq = r.sample(["TH", "PT", "MX", "ID", "GE", "CO", "ES", "VN", "AE", "TR"], 2)
            k = r.randrange(10, max(11, self.g.days - 5))
            phases = []
            for i, c2 in enumerate(seq):
                c2city = pick_city(r, c2)
                if c2 == "ID":
                    c2city = [c for c in D.CITIES["ID"] if c[0] == "Denpasar"][0]
                wifi = Conn(net, "fixed", c2, r, churn=0.5)
                vpn = Conn(net, "vpn", self.cc, r, provider="nord", exits=[(self.cc, 1)])
                phases.append((0 if i == 0 else k, k if i == 0 else self.g.days,
                               {"cc": c2, "tz": c2city[2], "conns": [(wifi, 60), (vpn, 30), (Conn(net, "mobile", c2, r), 10)]}))
            self.traits += ["country_mismatch", "vpn", "travel"]
        elif p == "fl_traveller":
            c2 = r.choice(["AE", "TR", "TH", "GB", "DE", "US", "MY", "SG", "ES", "IT", "CN", "RU", "HK"])
            if c2 == "RU" and cc not in ("UA", "BY", "KZ", "GE", "AM", "RS", "TR", "AE", "IN"):
                c2 = "TR"
            if c2 == cc:
                c2 = "TR"
            a = r.randrange(0, max(1, self.g.days - 8))
            b = a + r.randrange(3, 12)
            c2city = pick_city(r, c2)
            trip = {"cc": c2, "tz": c2city[2], "conns": [(Conn(net, "fixed", c2, r, churn=0.6), 70), (Conn(net, "mobile", c2, r), 30)]}
            home = {"cc": cc, "tz": tz, "conns": conns, "mobile": mobile}
            phases = [(0, a, home), (a, b, trip), (b, self.g.days, home)]
            self.traits += ["travel"]
        elif p == "fl_loadshed":
            self.outage = 0.7
            conns = [(fixed, 75), (mobile, 25)]
        if p == "fl_night_shift":
            self.traits.append("night_worker")
        if phases is None:
            phases = [(0, self.g.days, {"cc": cc, "tz": tz, "conns": conns, "mobile": mobile})]
        # a minority of everyone else uses a VPN sometimes (work VPNs, streaming, habit)
        if p not in ("fl_privacy_vpn", "fl_cn_vpn", "fl_ru_relocated", "fl_nomad") and r.random() < 0.06:
            v = Conn(net, "vpn", cc, r, provider="nord")
            for _, _, ph in phases:
                ph["conns"] = ph["conns"] + [(v, 12)]
            self.traits.append("vpn")
        if p in ("fl_loadshed",) or (cc in ("PK", "NG", "BD", "ZA") and r.random() < 0.25):
            self.outage = self.outage or 0.4
            self.msg_extra += OUTAGE_MSGS
        self.phases = phases

    def build_sched(self):
        r, p = self.r, self.persona
        if p == "fl_night_shift" or (self.cc in ("IN", "PH", "PK", "BD", "VN", "ID", "KE", "NG", "EG", "LK", "NP", "UA") and r.random() < 0.18):
            ttz = wchoice(r, NIGHT_TARGET_TZ)
            self.sched = {"tz": ttz, "p_day": r.uniform(0.7, 0.95), "weekend": 0.2,
                          "blocks": [(9.5, 1.0, 200, 0.95), (14, 1.2, 180, 0.8)]}
            for _, _, ph in self.phases:
                ph["sched_tz"] = ttz
            self.msg_extra += NIGHT_MSGS
            if "night_worker" not in self.traits:
                self.traits.append("night_worker")
        elif p == "fl_student":
            self.sched = {"tz": self.tz, "p_day": 0.6, "weekend": 0.9, "blocks": [(16, 2, 120, 0.7), (21.5, 1.5, 150, 0.8)]}
        elif p == "fl_new":
            self.sched = {"tz": self.tz, "p_day": 0.4, "weekend": 0.6, "blocks": [(11, 3, 60, 0.7), (20, 2, 60, 0.5)]}
        else:
            st = r.gauss(9.5, 1.5)
            self.sched = {"tz": self.tz, "p_day": r.uniform(0.55, 0.92), "weekend": r.uniform(0.1, 0.5),
                          "blocks": [(st, 0.8, r.uniform(120, 240), 0.9), (st + 5, 1.0, r.uniform(90, 200), 0.75), (21, 1.5, 90, r.uniform(0.05, 0.45))]}
        if self.agency and r.random() < 0.2:
            # the agency runs this account in two shifts (local day + US hours at night), staff on different PCs
            us = local_midnight("America/New_York", self.g.t0, 0) - local_midnight(self.tz, self.g.t0, 0)
            self.sched["blocks"] = self.sched["blocks"] + [(10 + us / HOUR, 1.0, 240, 0.9), (15 + us / HOUR, 1.0, 200, 0.7)]
            self.sched["p_day"] = max(self.sched["p_day"], 0.85)
            self.traits += ["two_shifts", "night_worker"]
            self.extra_devices = 2
        if self.persona not in ("fl_night_shift",):
            for _, _, ph in self.phases:
                if ph["tz"] != self.tz and "sched_tz" not in ph:
                    ph["sched_tz"] = ph["tz"]

    def profile(self):
        g, r, p = self.g, self.r, self.persona
        new = p == "fl_new" or r.random() < 0.05
        created = g.t0 + r.uniform(0, g.days * 0.6) * DAY if new else g.t0 - r.uniform(60, 3500) * DAY
        self.created = created
        f = self.profile_fields("freelancer")
        f["created"] = fmt_time(created, "Z")
        f["hourly_rate"] = self.rate
        if not new:
            hw = round(r.lognormvariate(6, 1.2))
            f["hours_worked"] = hw
            f["earnings"] = round(hw * self.rate * r.uniform(0.6, 1.0), 0)
            f["job_success"] = round(min(1.0, r.betavariate(9, 1.2)), 2)
        if r.random() < 0.6:
            uc = self.cc if r.random() < 0.88 else r.choice(["US", "GB", "AU", "DE", "CN", "MY", "RU", "UA"])
            if uc != self.cc:
                self.traits.append("edu_abroad")
            f["education"] = [{"institution": r.choice(D.UNIVERSITIES.get(uc, D.UNIVERSITIES["US"])), "country": uc,
                               "degree": r.choice(D.DEGREES), "from": str(r.randrange(2005, 2018))}]
            f["education"][0]["to"] = str(int(f["education"][0]["from"]) + 4)
        if r.random() < 0.5:
            emp = r.choice(D.employers_for(self.cc))
            e = {"company": emp[0], "title": r.choice(["Software Engineer", "Web Developer", "Designer", "QA Engineer", "Support Specialist", "Developer"])}
            if emp[1]:
                e["domain"] = emp[1]
            if emp[2]:
                e["country"] = emp[2]
            e["from"] = "%d-%02d" % (r.randrange(2012, 2022), r.randrange(1, 13))
            f["employment"] = [e]
        if r.random() < 0.25:
            f["github"] = translit(self.first)[:1] + translit(self.last) + ("-dev" if r.random() < 0.3 else "")
        if r.random() < 0.15:
            f["website"] = f"https://{translit(self.first)}{translit(self.last)}.dev"
        if self.agency:
            f["agency"] = self.agency["id"]
            if r.random() < 0.5:
                f["phone"] = self.agency["phone"]
            self.traits.append("agency_member")
        f["status"] = "active"
        t = max(created, g.t0) + r.uniform(0, 2 * DAY)
        g.emit(t, "account", self.acct, **f)
        # later profile edits
        if r.random() < 0.15:
            g.emit(t + r.uniform(3, g.days - 1) * DAY, "account", self.acct, hourly_rate=round(self.rate * r.uniform(1.0, 1.3)))
        if getattr(self, "late_country", None):
            host, hcity = self.late_country
            g.emit(g.t0 + r.uniform(5, g.days - 1) * DAY, "account", self.acct, country=host, city=hcity[0], timezone=hcity[2])

    def existing_contracts(self):
        g, r = self.g, self.r
        if self.created > g.t0:
            return
        for _ in range(r.choice([0, 1, 1, 1, 2, 2, 3])):
            cl = g.pick_client(r)
            c = self.new_contract(g.t0 - r.uniform(5, 200) * DAY, cl, self.rate, dur_days=r.choice([30, 60, 120, 365, 400]), start_active=True)
            c["start"] = g.t0
            # emit a snapshot that the contract is active
            g.emit(g.t0 + r.uniform(0, 3) * DAY, "contract", self.acct, contract=c["id"], client=cl["id"], status="active", rate=self.rate)

    def do_payouts(self):
        r = self.r
        holder = self.name
        p = self.persona
        if self.agency:
            ag = self.agency
            if ag["dest"] is None or r.random() < 0.15:
                if ag["dest"] is None:
                    ag["dest"] = honest_payout_method(r, ag["cc"], self.name if not ag["members"] else ag["owner"], [])
                    ag["owner"] = self.name
                    meth = ag["dest"]
                else:
                    meth = honest_payout_method(r, self.cc, holder, self.traits)
            else:
                meth = dict(ag["dest"])
                self.traits += ["payout_shared", "payout_holder_mismatch"]
            ag["members"].append(self.acct)
        else:
            if r.random() < 0.08:
                holder = relative_name(r, self.last, self.cc)
                self.traits.append("payout_holder_mismatch")
            meth = honest_payout_method(r, self.cc, holder, self.traits)
        methods = [(0, meth)]
        if p == "fl_ua_displaced" and r.random() < 0.4:
            methods.append((r.randrange(5, self.g.days), {"method": "bank", "destination": "iban:sha256:" + hexs(r, 12), "holder": self.name, "country": self.phases[0][2]["cc"]}))
            self.traits.append("payout_country_mismatch")
        self.payouts(methods, every_days=r.choice([7, 7, 14, 30]))


# ============================================================ honest hiring side

HR_CC = [("US", 58), ("CA", 6), ("GB", 6), ("DE", 3), ("PL", 4), ("IN", 6), ("PH", 4), ("UA", 3), ("BR", 3), ("AR", 2), ("MX", 2), ("PT", 1), ("ES", 1), ("RO", 1)]
BASE_SOFTWARE = ["Slack", "Zoom", "Google Chrome", "Microsoft Teams", "Visual Studio Code", "1Password", "CrowdStrike Falcon", "Okta Verify",
                 "Docker Desktop", "JetBrains Toolbox", "Microsoft Outlook", "Git", "Postman", "Notion", "Spotify", "WhatsApp", "Firefox"]
NORMAL_USB = [{"vendor": "046d", "product": "c52b", "name": "Logitech USB Receiver", "class": "hid"},
              {"vendor": "1050", "product": "0407", "name": "YubiKey OTP+FIDO+CCID", "class": "hid"},
              {"vendor": "05ac", "product": "024f", "name": "Magic Keyboard", "class": "hid"},
              {"vendor": "046d", "product": "085e", "name": "Logitech BRIO", "class": "video"},
              {"vendor": "0b0e", "product": "24c9", "name": "Jabra Evolve2 65", "class": "audio"},
              {"vendor": "17e9", "product": "6006", "name": "DisplayLink Dock", "class": "display"},
              {"vendor": "0bda", "product": "8153", "name": "USB 10/100/1000 LAN", "class": "net"}]
DISPLAYS = ["DELL U2720Q", "LG HDR 4K", "DELL P2419H", "HP E24 G4", "Samsung C27F390", "BenQ GW2480", "LG ULTRAFINE", "ASUS VG249"]
HOMELAB_USB = [{"vendor": "0557", "product": "8021", "name": "ATEN CS1944DP KVM Switch", "class": "hub"},
               {"vendor": "1d6b", "product": "0104", "name": "PiKVM Composite Device", "class": "hid"},
               {"vendor": "2e8a", "product": "000a", "name": "TinyPilot", "class": "hid"}]
FARM_USB = [{"vendor": "1d6b", "product": "0104", "name": "PiKVM Composite Device", "class": "hid"},
            {"vendor": "2e8a", "product": "000a", "name": "TinyPilot", "class": "hid"},
            {"vendor": "0557", "product": "2419", "name": "ATEN IP KVM", "class": "hid"},
            {"vendor": "1d6b", "product": "0104", "name": "JetKVM", "class": "hid"},
            {"vendor": "1a86", "product": "7523", "name": "GL.iNet Comet KVM", "class": "hid"}]
FARM_DISPLAYS = ["PiKVM", "TinyPilot", "JetKVM", "HDMI Dummy", "FHD Dummy Plug", "GL.iNet KVM"]
REMOTE_TOOLS = ["AnyDesk", "TeamViewer", "RustDesk", "Chrome Remote Desktop", "Splashtop Streamer", "ConnectWise ScreenConnect"]
INTERVIEW_FLAGS_HONEST = ["lagging_video", "audio_only", "background_noise", "nervous", "camera_broken", "late"]
DOC_FAIL_REASONS = ["glare on document", "document expired", "image too blurry", "MRZ unreadable", "selfie did not match due to lighting", "document cropped"]


class HRActor(Actor):
    kind = "applicant"

    def __init__(self, g, r, persona):
        super().__init__(g, r, persona)
        self.acct = g.new_id("hr-", 6)
        self.work_source = "sso"
        self.p_login = 0.9
        self.laptop = None

    def setup_employment(self, existing):
        g, r = self.g, self.r
        self.skills = r.sample(D.SKILLS, 2)
        self.rate = r.choice([45, 55, 65, 75, 85, 95])
        self.p_bid = 0
        self.p_msg = 0
        self.p_hire = 0
        # an employment contract with the company (client side = the employer's HR account id space)
        self.employer = {"id": "co-" + str(r.randrange(100, 140)), "cc": "US"}

    def endpoint_day(self, d, ip, extra_sw=(), extra_usb=(), extra_disp=(), n=None, at=None):
        g, r = self.g, self.r
        if not self.laptop:
            return
        n = n if n is not None else r.choice([1, 1, 2, 3])
        for _ in range(n):
            ts = at + r.uniform(-300, 3600) if at else local_midnight(self.tz_actual(d), g.t0, d) + r.uniform(8, 20) * HOUR
            sw = r.sample(BASE_SOFTWARE, r.randrange(5, 10)) + list(extra_sw)
            usb = r.sample(NORMAL_USB, r.randrange(0, 3)) + list(extra_usb)
            disp = (["Built-in Retina Display"] if self.laptop["serial"].startswith("C02") else ["Built-in Display"]) if r.random() < 0.6 else []
            disp += r.sample(DISPLAYS, r.randrange(0, 2)) + list(extra_disp)
            f = {"device": self.laptop["device"], "serial": self.laptop["serial"] if r.random() < 0.9 else None, "ip": ip,
                 "software": sw if r.random() < 0.9 else None, "usb": usb if r.random() < 0.8 else None,
                 "displays": disp if r.random() < 0.8 else None}
            g.emit(ts, "endpoint", self.acct, style="ms", **f)

    def make_laptop(self):
        r = self.r
        kind = r.random()
        if kind < 0.55:
            serial = "C02" + alnum(r, 9)
        elif kind < 0.85:
            serial = alnum(r, 7)
        else:
            serial = "PF" + alnum(r, 6)
        self.laptop = {"device": "corp-%d" % r.randrange(1000, 99999), "serial": serial}
        return self.laptop

    def ship(self, ts, addr, recipient, item="laptop"):
        g, r = self.g, self.r
        if item == "laptop":
            self.make_laptop()
            serial = self.laptop["serial"]
        else:
            serial = "YK" + str(r.randrange(10 ** 7, 10 ** 8))
        g.emit(ts, "shipment", self.acct, style=r.choice(["Z", "America/New_York"]), address=addr, recipient=recipient,
               item=item if r.random() < 0.95 else None, serial=serial if r.random() < 0.85 else None)

    def address(self, cc, city, r=None):
        r = r or self.r
        streets = D.STREETS.get(cc, D.STREETS["default"])
        a = {"line1": f"{r.randrange(1, 9999)} {r.choice(streets)}", "city": city[0], "country": cc}
        if r.random() < 0.35:
            a["line2"] = r.choice(["Apt %d" % r.randrange(1, 40), "Unit %d" % r.randrange(1, 300), "Suite %d" % r.randrange(100, 900)])
        if city[1] and r.random() < 0.9:
            a["region"] = city[1]
        if city[4]:
            a["postal"] = city[4] + ("%02d" % r.randrange(0, 99) if city[4].isdigit() and len(city[4]) == 3 else "")
        return a

    def hiring_checks(self, t, doc=None, interview=None, refs=None):
        """Interview(s), document check, reference check(s) for an applicant starting at t."""
        g, r = self.g, self.r
        style = r.choice(["Z", "America/New_York", "utc0"])
        ni = r.choice([1, 2, 2, 3])
        for i in range(ni):
            ti = t + (i + 1) * r.uniform(1, 5) * DAY
            iv = interview(i) if interview else {"video": True, "camera": True, "flags": []}
            f = {"video": iv["video"], "camera": iv.get("camera") if iv["video"] else False}
            if iv.get("flags") or r.random() < 0.3:
                f["flags"] = iv.get("flags", [])
            g.emit(ti, "interview", self.acct, style=style, **f)
        td = t + r.uniform(3, 12) * DAY
        dv = doc() if doc else {"result": "verified"}
        f = {"kind": dv.get("kind", "driver_license" if self.cc in ("US", "CA") else r.choice(["passport", "national_id", "passport"])),
             "country": dv.get("country", self.cc), "name": dv.get("name", self.name),
             "number_hash": "dn:sha256:" + hexs(r, 12), "photo_hash": dv.get("photo", "p:" + hexs(r, 12)), "result": dv["result"]}
        if dv.get("reason"):
            f["reason"] = dv["reason"]
        g.emit(td, "document", self.acct, style=style, **f)
        if dv["result"] == "failed" and dv.get("retry", True):
            f2 = dict(f, result="verified", number_hash=f["number_hash"])
            f2.pop("reason", None)
            g.emit(td + r.uniform(0.2, 3) * DAY, "document", self.acct, style=style, **f2)
        for ref in (refs() if refs else self.default_refs()):
            g.emit(t + r.uniform(4, 15) * DAY, "reference", self.acct, style=style, **ref)

    def default_refs(self):
        r = self.r
        out = []
        for e in self.edu_emp:
            res = wchoice(r, [("confirmed", 70), ("no_response", 18), ("unconfirmed", 6), ("not_found", 6)])
            if res in ("no_response", "not_found", "unconfirmed"):
                self.traits.append("ref_" + res)
            x = {"kind": e["kind"], "institution": e["name"], "result": res}
            if e.get("domain"):
                x["domain"] = e["domain"]
            out.append(x)
        return out

    def make_background(self, edu_cc=None, fake=False, r=None):
        r = r or self.r
        self.edu_emp = []
        edu_cc = edu_cc or (self.cc if r.random() < 0.8 else r.choice(["IN", "CN", "GB", "PK", "NG", "UA", "BR", "PH"]))
        if edu_cc != self.cc:
            self.traits.append("edu_abroad")
        uni = r.choice(D.UNIVERSITIES.get(edu_cc, D.UNIVERSITIES["US"]))
        ed = {"institution": uni, "country": edu_cc, "degree": r.choice(D.DEGREES[:7]), "from": str(r.randrange(2006, 2018))}
        ed["to"] = str(int(ed["from"]) + 4)
        self.edu_emp.append({"kind": "education", "name": uni})
        emps = []
        for _ in range(r.randrange(1, 3)):
            if fake:
                nm = r.choice(D.SMALL_EMPLOYER_WORDS) + r.choice(D.SMALL_EMPLOYER_TAILS)
                dom = translit(nm) + r.choice([".io", ".com", ".tech", ".dev"])
                e = {"company": nm, "domain": dom, "country": self.cc, "title": "Senior Software Engineer", "from": "%d-%02d" % (r.randrange(2016, 2023), r.randrange(1, 13))}
            else:
                emp = r.choice([x for x in D.employers_for(self.cc) if x[1]])
                e = {"company": emp[0], "domain": emp[1], "country": emp[2] or self.cc, "title": r.choice(["Software Engineer", "Senior Developer", "DevOps Engineer", "Data Engineer"]),
                     "from": "%d-%02d" % (r.randrange(2012, 2022), r.randrange(1, 13))}
            emps.append(e)
            self.edu_emp.append({"kind": "employment", "name": e["company"], "domain": e.get("domain")})
        return [ed], emps


class HonestHR(HRActor):
    def run(self):
        g, r, p = self.g, self.r, self.persona
        if p == "hr_employee_offshore":
            cc = wchoice(r, [("IN", 25), ("PH", 20), ("PL", 15), ("UA", 10), ("BR", 10), ("AR", 8), ("MX", 7), ("CO", 5)])
        else:
            cc = wchoice(r, HR_CC)
        self.make_identity(cc)
        employee = p.startswith("hr_employee")
        existing = employee and r.random() < 0.6
        self.setup_employment(existing)
        edu, emps = self.make_background()
        fixed = Conn(self.net, "fixed", cc, r)
        mob = Conn(self.net, "mobile", cc, r, city=self.city[0])
        home = {"cc": cc, "tz": self.tz, "conns": [(fixed, 88), (mob, 12)], "mobile": mob}
        self.phases = [(0, g.days, home)]
        self.devices = [Device(r)]
        self.sched = {"tz": self.tz, "p_day": 0.93, "weekend": 0.08, "blocks": [(9, 0.7, 210, 0.97), (13.5, 0.7, 220, 0.95), (20.5, 1.2, 60, 0.15)]}
        if p == "hr_employee_offshore" and r.random() < 0.5:
            ttz = "America/New_York" if r.random() < 0.7 else "America/Chicago"
            self.sched["tz"] = ttz
            home["sched_tz"] = ttz
            self.traits.append("night_worker")
        t_apply = g.t0 - r.uniform(60, 900) * DAY if existing else g.t0 + r.uniform(0, max(1, g.days * 0.5)) * DAY
        f = self.profile_fields("applicant" if not existing else "employee")
        f["education"] = edu
        f["employment"] = emps
        if r.random() < 0.3:
            f["github"] = translit(self.first) + translit(self.last)[:3]
        if r.random() < 0.3:
            f["created"] = fmt_time(t_apply, "Z")
        g.emit(max(t_apply, g.t0) + (r.uniform(0, 2 * DAY) if existing else 0), "account", self.acct, style=r.choice(["Z", "utc0"]), **f)
        if not existing:
            def interview(i):
                if p == "hr_applicant_camera_shy":
                    self.traits.append("interview_no_camera")
                    if r.random() < 0.4:
                        return {"video": False, "flags": ["audio_only"] if r.random() < 0.5 else []}
                    return {"video": True, "camera": r.random() < 0.3, "flags": r.sample(["lagging_video", "camera_broken", "background_noise", "audio_only"], r.randrange(1, 3))}
                if r.random() < 0.1:
                    self.traits.append("interview_flags")
                    return {"video": True, "camera": True, "flags": [r.choice(INTERVIEW_FLAGS_HONEST)]}
                return {"video": True, "camera": r.random() < 0.96, "flags": []}

            def doc():
                if p == "hr_applicant_doc_fail" or r.random() < 0.03:
                    self.traits.append("doc_failed")
                    return {"result": r.choice(["failed", "failed", "suspicious"]), "reason": r.choice(DOC_FAIL_REASONS), "retry": r.random() < 0.6}
                return {"result": "verified"}
            self.hiring_checks(t_apply, doc=doc, interview=interview)
        hired = employee
        if hired:
            t_start = g.t0 - r.uniform(30, 700) * DAY if existing else t_apply + r.uniform(14, 25) * DAY
            if not existing:
                g.emit(t_start - r.uniform(1, 5) * DAY, "account", self.acct, kind="employee", status="active")
            # laptop shipment
            addr_cc, addr_city, recipient = cc, self.city, self.name
            if p == "hr_employee_relocated":
                if r.random() < 0.5:
                    addr_city = pick_city(r, cc)
                    recipient = relative_name(r, self.last, cc) if r.random() < 0.6 else self.name
                    self.traits.append("ship_to_relative")
                else:
                    addr_city = pick_city(r, cc)
                    self.traits.append("ship_new_address")
            ts_ship = t_start - r.uniform(3, 8) * DAY
            if existing:
                if r.random() < 0.12 or p == "hr_employee_relocated":
                    ts_ship = g.t0 + r.uniform(0, g.days - 3) * DAY
                    self.ship(ts_ship, self.address(addr_cc, addr_city), recipient, item=r.choice(["laptop", "laptop", "security key"]))
                else:
                    self.make_laptop()
            else:
                self.ship(ts_ship, self.address(addr_cc, addr_city), recipient)
            if not self.laptop:
                self.make_laptop()
            c = {"id": "emp-ct-%d" % r.randrange(10 ** 5, 10 ** 6), "client": self.employer, "cc": "US", "rate": self.rate, "start": t_start, "end": g.t_end + 400 * DAY}
            self.contracts.append(c)
            extra_sw, extra_usb, extra_disp = [], [], []
            if p == "hr_employee_itsupport":
                extra_sw = r.sample(REMOTE_TOOLS[:4], r.randrange(1, 3))
                self.traits.append("remote_tool")
            if p == "hr_employee_homelab":
                extra_usb = [r.choice(HOMELAB_USB)]
                if "KVM" in extra_usb[0]["name"] or "Pilot" in extra_usb[0]["name"]:
                    extra_disp = [r.choice(["PiKVM", "TinyPilot"])] if r.random() < 0.4 and extra_usb[0]["vendor"] != "0557" else []
                self.traits.append("kvm")
                if r.random() < 0.5:
                    extra_sw = ["RustDesk"]
            if p == "hr_employee_traveller":
                c2 = r.choice(["MX", "PT", "ES", "GB", "CA", "TH", "CO", "DE", "IT", "JP"])
                c2city = pick_city(r, c2)
                a = r.randrange(0, max(1, g.days - 10))
                b = a + r.randrange(4, 14)
                corpvpn = Conn(self.net, "vpn", "US", r, provider="nord", exits=[("US", 1)])
                trip = {"cc": c2, "tz": c2city[2], "conns": [(Conn(self.net, "fixed", c2, r, churn=0.6), 50), (corpvpn, 50)], "sched_tz": self.tz}
                self.phases = [(0, a, home), (a, b, trip), (b, g.days, home)]
                self.traits += ["travel", "vpn"]
            if r.random() < 0.05:
                extra_sw = extra_sw + ["AnyDesk"]
                self.traits.append("remote_tool")
            self.ext = (extra_sw, extra_usb, extra_disp)
            self.contract_start = t_start
            self.simulate()
            if self.net.has(cc):
                holder = self.name if r.random() < 0.95 else relative_name(r, self.last, cc)
                meth = {"method": "bank", "destination": "iban:sha256:" + hexs(r, 12), "holder": holder, "country": cc}
                if p == "hr_employee_offshore" and r.random() < 0.6:
                    meth = honest_payout_method(r, cc, self.name, self.traits)
                self.payouts([(0, meth)], every_days=14, fee=0.25)
        else:
            # applicant: a few logins to the candidate portal
            for k in range(r.randrange(1, 6)):
                ts = t_apply + r.uniform(0, 20) * DAY
                if ts < g.t_end:
                    d = int((ts - g.t0) // DAY)
                    g.emit(ts, "login", self.acct, ip=self.pick_conn(home).ip(r, d), device=self.devices[0].id, user_agent=self.devices[0].ua)
        g.labels.append((self.acct, "honest", p, ""))
        g.traits[self.acct] = self.traits

    def on_session(self, d, st, minutes, ip, conn, dev):
        if st < getattr(self, "contract_start", 0):
            return
        r = self.r
        if r.random() < 0.6:
            self.endpoint_day(d, ip if r.random() < 0.9 else conn.ip(r, d), *self.ext, n=1, at=st)
        if r.random() < 0.3:
            self.g.emit(st + r.uniform(600, minutes * 60), "work", self.acct, minutes=round(r.uniform(5, 40)), source="commit", ip=None)


# ============================================================ DPRK

CARE = [("sloppy", 15), ("normal", 30), ("careful", 35), ("very_careful", 20)]
BUDGET = {"sloppy": (6, 10), "normal": (4, 6), "careful": (2, 4), "very_careful": (1, 2)}

# scheme -> candidate signals (weight = how likely the signal shows when it is in budget)
SCHEME_SIGNALS = {
    "laptop_farm": [("farm_endpoint_ip", 10), ("remote_tool", 8), ("ip_kvm", 7), ("ship_redirect", 8), ("payout_shared", 5),
                    ("vpn_exit", 5), ("origin_leak", 3), ("interview_evasive", 6), ("doc_suspicious", 3), ("doc_photo_reuse", 3),
                    ("ref_fake_employer", 5), ("voip_phone", 4), ("shared_phone", 2), ("offhours", 4), ("photo_reuse", 2),
                    ("edu_abroad", 3), ("doc_name_mismatch", 2), ("payout_holder_mismatch", 3), ("concurrent_sessions", 2), ("kp_leak", 0.5),
                    ("sanctioned_name", 0.5)],
    "remote_team": [("vpn_exit", 10), ("origin_leak", 5), ("shared_ip_team", 6), ("shared_device_team", 3), ("offhours", 5),
                    ("payout_crypto", 5), ("payout_front_company", 4), ("payout_shared", 5), ("payout_country_mismatch", 3),
                    ("telegram_handle", 5), ("offplatform_request", 3), ("template_bid", 6), ("photo_reuse", 3), ("voip_phone", 3),
                    ("edu_abroad", 2), ("sanctioned_wallet", 0.6), ("kp_leak", 0.7), ("concurrent_sessions", 2), ("profile_country_change", 1)],
    "fake_agency": [("template_bid", 8), ("review_farm", 9), ("shared_ip_team", 6), ("vpn_exit", 6), ("payout_shared", 6),
                    ("payout_front_company", 4), ("telegram_handle", 4), ("photo_reuse", 3), ("origin_leak", 3), ("offhours", 3),
                    ("payout_crypto", 3), ("shared_device_team", 2), ("sanctioned_name", 0.5)],
    "rented": [("device_change", 8), ("offhours", 6), ("rate_jump", 5), ("vpn_exit", 5), ("payout_change", 6), ("telegram_handle", 3),
               ("origin_leak", 2), ("payout_crypto", 3), ("skill_shift", 4), ("concurrent_sessions", 2), ("template_bid", 2)],
    "shift": [("round_the_clock", 10), ("concurrent_sessions", 6), ("shared_device_team", 3), ("vpn_exit", 6), ("origin_leak", 3),
              ("many_devices", 5), ("payout_shared", 3), ("template_bid", 3), ("telegram_handle", 2), ("payout_crypto", 2)],
    "euro_front": [("vpn_exit", 6), ("ship_redirect", 7), ("doc_suspicious", 5), ("ref_fake_employer", 6), ("interview_evasive", 5),
                   ("payout_country_mismatch", 4), ("payout_holder_mismatch", 4), ("payout_shared", 4), ("voip_phone", 4), ("origin_leak", 3),
                   ("telegram_handle", 3), ("remote_tool", 4), ("farm_endpoint_ip", 3), ("photo_reuse", 2), ("offhours", 3), ("doc_photo_reuse", 2)],
}
SHELL_SIGNALS = [("shared_ip_team", 8), ("vpn_exit", 8), ("new_account", 6), ("origin_leak", 2), ("payout_shared", 0)]

ORIGINS = [("CN", 55), ("RU", 20), ("LA", 10), ("KP", 3), ("AE", 4), ("NG", 3), ("VN", 5)]
ORIGIN_CITY = {"CN": [("Shenyang", 5), ("Dandong", 4), ("Dalian", 2), ("Beijing", 1)], "RU": [("Vladivostok", 10)], "LA": [("Vientiane", 1)],
               "KP": [("Pyongyang", 1)], "AE": [("Dubai", 1)], "NG": [("Lagos", 1)], "VN": [("Hanoi", 1)]}
CLAIM_REMOTE = [("US", 25), ("JP", 10), ("UA", 8), ("PL", 8), ("CA", 7), ("SG", 5), ("VN", 5), ("IT", 5), ("MY", 4), ("GB", 5), ("DE", 4), ("PT", 3), ("RS", 2), ("HK", 2), ("PH", 2), ("KE", 1)]
CLAIM_EURO = [("GB", 25), ("DE", 15), ("PT", 15), ("IT", 12), ("UA", 10), ("PL", 10), ("RS", 5), ("ES", 4), ("NL", 4)]
RENT_CC = [("KE", 30), ("PH", 25), ("UA", 20), ("PK", 15), ("NG", 5), ("BD", 5)]
FRONT_CC = [("HK", 30), ("CN", 25), ("SG", 10), ("AE", 15), ("RU", 10), ("MY", 5), ("LA", 5)]


def plan_dprk(rng, n, hr=True):
    """Split n DPRK accounts into teams by scheme."""
    shares = [("laptop_farm", 26 if hr else 14), ("remote_team", 28), ("fake_agency", 16), ("rented", 12), ("shift", 8), ("euro_front", 10 if hr else 6)]
    teams = []
    left = n
    first = [s for s, _ in shares] if n >= 25 else []
    while left > 0:
        sch = first.pop(0) if first else wchoice(rng, shares)
        size = {"laptop_farm": rng.randrange(4, 11), "remote_team": rng.randrange(3, 9), "fake_agency": rng.randrange(4, 9),
                "rented": rng.randrange(2, 6), "shift": rng.randrange(1, 4), "euro_front": rng.randrange(3, 7)}[sch]
        size = min(size, left)
        shell = 0
        if sch == "fake_agency" and size >= 3:
            shell = min(size - 2, rng.randrange(1, 4))
        members = []
        for i in range(size - shell):
            side = "fl"
            if hr and sch == "laptop_farm":
                side = "hr" if rng.random() < 0.85 else "fl"
            elif hr and sch == "euro_front":
                side = "hr" if rng.random() < 0.6 else "fl"
            elif hr and sch in ("remote_team",):
                side = "hr" if rng.random() < 0.1 else "fl"
            members.append({"side": side, "care": wchoice(rng, CARE)})
        teams.append({"scheme": sch, "members": members, "shell_clients": shell})
        left -= size
    return teams


class DprkTeam:
    def __init__(self, g, r, team, ti):
        self.g, self.r, self.t = g, r, team
        self.scheme = team["scheme"]
        self.tid = "t%02d-%s" % (ti + 1, self.scheme)
        net = g.net
        self.origin = wchoice(r, ORIGINS) if self.scheme != "laptop_farm" else wchoice(r, [("CN", 70), ("RU", 20), ("KP", 5), ("LA", 5)])
        oc = wchoice(r, ORIGIN_CITY[self.origin])
        self.origin_city = [c for c in D.CITIES[self.origin] if c[0] == oc][0]
        # team infrastructure
        exit_ccs = [("US", 50), ("JP", 10), ("SG", 8), ("HK", 8), ("GB", 8), ("DE", 6), ("CA", 5), ("NL", 5)]
        self.vpn_exits = []
        for _ in range(r.randrange(4, 12)):
            cc = wchoice(r, exit_ccs)
            self.vpn_exits.append(r.choice(net.vpn_pool("astrill", cc)) if r.random() < 0.7 else net.hosting_ip(r, cc))
        self.shared_ips = r.sample(self.vpn_exits, min(2, len(self.vpn_exits)))
        self.leak_ips = [net.residential_ip(r, self.origin, ("fixed", "mobile")) for _ in range(3)]
        self.kp_ip = net.residential_ip(r, "KP") if net.has("KP") else None
        self.devices = [Device(r) for _ in range(3)]
        fcc = wchoice(r, [("US", 100)]) if self.scheme == "laptop_farm" else "GB"
        fcity = pick_city(r, fcc)
        fname = pick_name(r, fcc)
        self.facilitator = {"cc": fcc, "city": fcity, "name": fname[0], "ip": net.residential_ip(r, fcc, ("fixed",)),
                            "ip2": net.residential_ip(r, fcc, ("fixed",)),
                            "addr": HRActor.address(None, fcc, fcity, r)}
        self.front_cc = wchoice(r, FRONT_CC)
        fc = rng_company(r).split(" ")[0]
        self.front = {"name": fc + " " + {"HK": "Trading Limited", "CN": "Technology Co., Ltd.", "SG": "Pte. Ltd.", "AE": "FZE", "RU": "LLC", "MY": "Sdn. Bhd.", "LA": "Sole Co., Ltd."}[self.front_cc],
                      "cc": self.front_cc}
        self.team_dest = {"method": r.choice(["payoneer", "wise", "bank"]), "destination": "pyn:" + str(r.randrange(10 ** 9, 10 ** 10)),
                          "holder": self.facilitator["name"], "country": self.facilitator["cc"]}
        self.team_wallet = wallet_addr(r, "trc20")
        self.templates = r.sample(TEAM_TEMPLATES, 2)
        self.tg = [r.choice(["dev", "tech", "smart", "top", "pro", "star", "best"]) + r.choice(["_coder", "_dev", "master", "_eng", "guru"]) + str(r.randrange(1, 999)) for _ in range(3)]
        self.photos = ["p:" + hexs(r, 12) for _ in range(2)]
        self.doc_photos = ["p:" + hexs(r, 12) for _ in range(2)]
        self.phones = {}
        self.agency_id = "ag-%d" % r.randrange(1000, 99999)
        self.shell = []

    def run(self):
        g, r = self.g, self.r
        # shell clients first so members can contract with them
        for i in range(self.t["shell_clients"]):
            self.make_shell(i)
        for i, m in enumerate(self.t["members"]):
            rr = random.Random(f"{g.seed}|{self.tid}|{i}")
            DprkMember(g, rr, self, m).run()

    def make_shell(self, i):
        g = self.g
        r = random.Random(f"{g.seed}|{self.tid}|shell|{i}")
        acct = g.new_id("cl-", 5)
        cc = wchoice(r, [("US", 60), ("GB", 15), ("CA", 10), ("AU", 10), ("SG", 5)])
        city = pick_city(r, cc)
        care = wchoice(r, CARE)
        k = r.randint(*BUDGET[care])
        sigs = sample_signals(r, SHELL_SIGNALS, k)
        sigs = [s for s in sigs if s != "payout_shared"] or ["new_account"]
        created = g.t0 + r.uniform(-20, 5) * DAY if "new_account" in sigs else g.t0 - r.uniform(100, 900) * DAY
        name = rng_company(r) if r.random() < 0.7 else pick_name(r, cc)[0]
        g.emit(max(created, g.t0) + r.uniform(0, DAY), "account", acct, kind="client", name=name, country=cc, created=fmt_time(created, "Z"), status="active",
               timezone=city[2] if r.random() < 0.5 else None)
        home = self.g.net.residential_ip(r, cc)
        for d in range(g.days):
            if r.random() < 0.3:
                ts = local_midnight(city[2], g.t0, d) + r.uniform(9, 18) * HOUR
                if "shared_ip_team" in sigs and r.random() < 0.6:
                    ip = r.choice(self.shared_ips)
                elif "vpn_exit" in sigs and r.random() < 0.7:
                    ip = r.choice(self.vpn_exits)
                elif "origin_leak" in sigs and r.random() < 0.06:
                    ip = r.choice(self.leak_ips)
                else:
                    ip = home
                g.emit(ts, "login", acct, ip=ip, device=r.choice(self.devices).id if "shared_ip_team" in sigs and r.random() < 0.3 else None)
        self.shell.append({"id": acct, "cc": cc, "tz": city[2], "shell": True})
        g.labels.append((acct, "dprk", "dprk_shell_client", self.tid))
        g.signals[acct] = sigs


def sample_signals(r, cands, k):
    pool = [(s, w) for s, w in cands if w > 0]
    out = []
    while pool and len(out) < k:
        s = wchoice(r, pool)
        out.append(s)
        pool = [(a, w) for a, w in pool if a != s]
    return out


class DprkMember(HRActor):
    def __init__(self, g, r, team, m):
        Actor.__init__(self, g, r, "dprk_" + team.scheme)
        self.team = team
        self.side = m["side"]
        self.care = m["care"]
        self.acct = g.new_id("hr-" if self.side == "hr" else "fl-", 6)
        self.kind = "applicant" if self.side == "hr" else "freelancer"
        self.work_source = "sso" if self.side == "hr" else "timetracker"
        self.p_login = 0.85
        self.laptop = None

    def has(self, s):
        return s in self.sigs

    def run(self):
        g, r, T = self.g, self.r, self.team
        sch = T.scheme
        k = r.randint(*BUDGET[self.care])
        cands = list(SCHEME_SIGNALS[sch])
        if self.side == "fl":
            cands = [(s, w) for s, w in cands if s not in ("farm_endpoint_ip", "remote_tool", "ip_kvm", "ship_redirect", "interview_evasive",
                                                           "doc_suspicious", "doc_photo_reuse", "ref_fake_employer", "doc_name_mismatch")]
            if sch in ("laptop_farm", "euro_front"):
                cands += [("shared_ip_team", 5), ("payout_front_company", 2), ("telegram_handle", 2), ("template_bid", 3)]
        else:
            cands = [(s, w) for s, w in cands if s not in ("template_bid", "review_farm", "telegram_handle", "offplatform_request", "rate_jump", "skill_shift")]
        if self.side == "hr" and T.t.get("shell_clients"):
            pass
        if sch == "fake_agency" and not T.shell:
            cands = [(s, w) for s, w in cands if s != "review_farm"]
        self.sigs = sample_signals(r, cands, k)
        # claimed identity from the same name mixes honest people use
        if sch == "laptop_farm":
            cc = "US" if r.random() < 0.9 else "CA"
        elif sch == "euro_front":
            cc = wchoice(r, CLAIM_EURO)
        elif sch == "rented":
            cc = wchoice(r, RENT_CC)
        else:
            cc = wchoice(r, CLAIM_REMOTE)
        self.make_identity(cc)
        # a signal that cannot show for this identity (e.g. "off-hours" when the claimed zone is the
        # operators' own zone, a "leak" from the claimed country itself) is swapped for another candidate
        t0 = g.t0
        off_c = local_midnight(self.tz, t0, 0)
        off_o = local_midnight(T.origin_city[2], t0, 0)
        invisible = set()
        if abs(off_c - off_o) < 3 * HOUR:
            invisible.add("offhours")
        if T.origin == cc:
            invisible.add("origin_leak")
        if invisible & set(self.sigs):
            keep = [x for x in self.sigs if x not in invisible]
            rest = [(s_, w) for s_, w in cands if s_ not in invisible and s_ not in keep]
            self.sigs = keep + sample_signals(r, rest, len(self.sigs) - len(keep))
        if self.has("voip_phone"):
            self.phone = phone_for(r, cc, None if cc not in ("US", "CA") else r.choice(list(D.US_AREA)), voip=True)
        if self.has("shared_phone"):
            self.phone = T.phones.setdefault("p", phone_for(r, cc, self.city[0]))
        if self.has("photo_reuse"):
            self.photo = r.choice(T.photos)
        self.skills = r.sample(D.DPRK_SKILLS, 3)
        self.rate = round(max(8, base_rate(cc) * r.lognormvariate(0.1, 0.4)))
        self.p_bid = r.uniform(0.08, 0.38)
        self.p_msg = r.uniform(0.1, 0.4)
        self.p_hire = r.uniform(0.02, 0.09)
        self.tg = r.choice(T.tg)
        if self.has("template_bid"):
            self.template = r.choice(T.templates)
        if self.has("telegram_handle"):
            self.msg_extra += TG_DPRK * 2
        if self.has("offplatform_request"):
            self.msg_extra += OFFPLAT_DPRK * 2
        self.build_net()
        self.build_sched()
        g.labels.append((self.acct, "dprk", self.persona, T.tid))
        g.signals[self.acct] = list(self.sigs)
        g.traits[self.acct] = self.traits
        if self.side == "hr":
            self.run_hr()
        else:
            self.run_fl()

    # --- network & schedule ------------------------------------------------
    def build_net(self):
        g, r, T, net = self.g, self.r, self.team, self.net
        cc = self.cc
        # the "clean" path: a residential address in the claimed country (residential proxy, facilitator line, rented owner's line)
        if T.scheme == "laptop_farm":
            clean = Conn(net, "shared", cc, r, ip=[T.facilitator["ip"], T.facilitator["ip2"]] if self.has("farm_endpoint_ip") or self.has("shared_ip_team") else net.residential_ip(r, cc))
        else:
            clean = Conn(net, "fixed", cc, r, p6=0.2)
        conns = [(clean, 100)]
        if self.has("vpn_exit"):
            share = {"sloppy": 85, "normal": 60, "careful": 35, "very_careful": 20}[self.care]
            conns.append((Conn(net, "shared", cc, r, ip=T.vpn_exits), share))
            conns[0] = (clean, 100 - share)
        if self.has("shared_ip_team"):
            conns.append((Conn(net, "shared", cc, r, ip=T.shared_ips), 30))
        self.leak = None
        if self.has("origin_leak"):
            self.leak = Conn(net, "shared", T.origin, r, ip=T.leak_ips)
        self.kp = Conn(net, "shared", "KP", r, ip=T.kp_ip) if self.has("kp_leak") and T.kp_ip else None
        self.phases = [(0, g.days, {"cc": T.origin, "tz": T.origin_city[2], "conns": conns})]
        self.clean = clean
        if T.scheme == "rented":
            # the real owner's home line first; operators take over after a few days
            owner = Conn(net, "fixed", cc, r)
            self.takeover = r.randrange(3, max(4, g.days // 2))
            own_ph = {"cc": cc, "tz": self.tz, "conns": [(owner, 90), (Conn(net, "mobile", cc, r, city=self.city[0]), 10)]}
            op_conns = [(owner, 100)]   # remote desktop into the owner's PC: same IP
            if self.has("vpn_exit"):
                op_conns = [(owner, 40), (Conn(net, "shared", cc, r, ip=T.vpn_exits), 60)]
            self.phases = [(0, self.takeover, own_ph), (self.takeover, g.days, {"cc": T.origin, "tz": T.origin_city[2], "conns": op_conns})]
        self.devices = [Device(r)]
        if self.has("shared_device_team"):
            self.devices = [r.choice(T.devices)] + self.devices
        if self.has("many_devices"):
            self.devices += [Device(r) for _ in range(r.randrange(3, 6))]

    def build_sched(self):
        r, T = self.r, self.team
        if self.has("round_the_clock"):
            # shifts of several operators sharing the identity
            self.sched = {"tz": "Asia/Shanghai", "p_day": 0.97, "weekend": 0.85,
                          "blocks": [(1, 1, 300, 0.9), (7, 1, 300, 0.9), (13, 1, 300, 0.9), (19, 1, 280, 0.85)]}
        elif self.has("offhours"):
            # works the operators' own day: claimed-timezone night
            self.sched = {"tz": T.origin_city[2], "p_day": r.uniform(0.7, 0.92), "weekend": 0.5,
                          "blocks": [(9, 1, 220, 0.95), (14, 1, 230, 0.95), (20, 1.5, 120, 0.5)]}
        else:
            # disciplined: works the claimed time zone's business hours (at night in Asia)
            self.sched = {"tz": self.tz, "p_day": r.uniform(0.65, 0.92), "weekend": 0.25,
                          "blocks": [(9.2, 0.7, 200, 0.95), (13.8, 0.7, 200, 0.85)]}
        for _, _, ph in self.phases:
            ph["sched_tz"] = self.sched["tz"]
        if self.team.scheme == "rented":
            self.phases[0][2]["sched_tz"] = self.tz
            self.sched_owner = {"tz": self.tz, "p_day": 0.6, "weekend": 0.4, "blocks": [(10, 2, 120, 0.8), (19, 2, 90, 0.5)]}

    def day_sessions(self, d):
        if self.team.scheme == "rented" and d < self.takeover:
            s = self.sched
            self.sched = self.sched_owner
            out = Actor.day_sessions(self, d)
            self.sched = s
            return out
        return Actor.day_sessions(self, d)

    def session(self, d, st, minutes, ph, conn=None, device=None):
        r = self.r
        if self.team.scheme == "rented" and d >= self.takeover and self.has("device_change") and not getattr(self, "op_dev", None):
            self.op_dev = Device(r)
            self.devices = [self.op_dev]
        if self.leak and r.random() < {"sloppy": 0.08, "normal": 0.04, "careful": 0.025, "very_careful": 0.015}[self.care]:
            conn = self.leak
            self.leaked = True
        elif self.kp and r.random() < 0.03:
            conn = self.kp
        Actor.session(self, d, st, minutes, ph, conn=conn, device=device)
        if self.has("concurrent_sessions") and r.random() < 0.12:
            # a second operator logs in at the same moment from elsewhere
            other = Conn(self.net, "shared", "XX", r, ip=self.team.vpn_exits + ([self.clean.ip(r, d)] if self.clean else []))
            ip2 = other.ip(r, d)
            self.g.emit(st + r.uniform(-600, 1800), "login", self.acct, ip=ip2, device=r.choice(self.team.devices).id)

    def finish_leaks(self):
        """Make sure a budgeted leak actually shows at least once."""
        g, r = self.g, self.r
        if self.leak and not getattr(self, "leaked", False):
            d = r.randrange(g.days)
            ts = local_midnight(self.team.origin_city[2], g.t0, d) + r.uniform(9, 22) * HOUR
            g.emit(ts, "login", self.acct, ip=self.leak.ip(r, d), device=self.devices[0].id, success=r.random() < 0.6)
        if self.kp:
            d = r.randrange(g.days)
            g.emit(g.t0 + d * DAY + r.uniform(0, DAY), "login", self.acct, ip=self.kp.ip(r, d), device=self.devices[-1].id)

    # --- marketplace side ---------------------------------------------------
    def pick_bid_client(self):
        T = self.team
        if self.has("review_farm") and T.shell and self.r.random() < 0.3:
            return self.r.choice(T.shell)
        return self.g.pick_client(self.r)

    def review_rating(self, c):
        if c["client"].get("shell"):
            return 5
        return Actor.review_rating(self, c)

    def run_fl(self):
        g, r, T = self.g, self.r, self.team
        created = g.t0 - r.uniform(20, 700) * DAY
        if T.scheme == "rented":
            created = g.t0 - r.uniform(400, 2500) * DAY
        if self.has("new_account"):
            created = g.t0 + r.uniform(0, 10) * DAY
        f = self.profile_fields("freelancer")
        f["created"] = fmt_time(created, "Z")
        rate0 = self.rate
        if T.scheme == "rented":
            rate0 = round(max(5, self.rate * r.uniform(0.25, 0.5)))
            self.rate_owner = rate0
        f["hourly_rate"] = rate0
        hw = round(r.lognormvariate(5.5, 1.0))
        f["hours_worked"] = hw
        f["earnings"] = round(hw * rate0 * r.uniform(0.6, 1.0))
        f["job_success"] = round(min(1.0, r.betavariate(12, 1.2)), 2)
        edu_cc = self.cc
        if self.has("edu_abroad"):
            edu_cc = r.choice(["CN", "MY", "SG", "RU", "HK"])
        if r.random() < 0.75 or self.has("edu_abroad"):
            f["education"] = [{"institution": r.choice(D.UNIVERSITIES.get(edu_cc, D.UNIVERSITIES["US"])), "country": edu_cc, "degree": r.choice(D.DEGREES[:5])}]
        if r.random() < 0.4:
            f["github"] = translit(self.first) + r.choice(["-dev", "dev", "", "-eng"]) + str(r.randrange(1, 99))
        if r.random() < 0.22:
            f["website"] = f"https://{translit(self.first)}-{translit(self.last)}.netlify.app" if r.random() < 0.6 else f"https://{translit(self.first)}{translit(self.last)}.dev"
        if T.scheme == "fake_agency":
            f["agency"] = T.agency_id
        f["status"] = "active"
        g.emit(max(created, g.t0) + r.uniform(0, DAY), "account", self.acct, **f)
        if T.scheme == "rented":
            self.rate = rate0
        if self.has("rate_jump") or (T.scheme == "rented" and self.has("skill_shift")):
            tk = g.t0 + (getattr(self, "takeover", 3) + r.uniform(0, 3)) * DAY
            upd = {}
            if self.has("rate_jump"):
                upd["hourly_rate"] = round(rate0 * r.uniform(2.2, 4.0))
            if self.has("skill_shift"):
                upd["employment"] = [{"company": rng_company(r), "title": "Senior Blockchain Developer", "from": "2021-03"}]
                upd["github"] = translit(self.first) + "-web3"
            g.emit(tk, "account", self.acct, **upd)
        if self.has("profile_country_change"):
            c2 = wchoice(r, CLAIM_REMOTE)
            c2city = pick_city(r, c2)
            g.emit(g.t0 + r.uniform(5, g.days - 2) * DAY, "account", self.acct, country=c2, city=c2city[0], timezone=c2city[2])
        # existing contracts
        for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
            cl = self.pick_bid_client() if T.shell else g.pick_client(r)
            c = self.new_contract(g.t0 - r.uniform(5, 100) * DAY, cl, self.rate, dur_days=r.choice([30, 60, 120, 365]), start_active=True)
            c["start"] = g.t0
            g.emit(g.t0 + r.uniform(0, 3) * DAY, "contract", self.acct, contract=c["id"], client=cl["id"], status="active", rate=self.rate)
        if self.has("review_farm"):
            for _ in range(r.randrange(2, 6)):
                cl = r.choice(T.shell)
                t = g.t0 + r.uniform(0, g.days - 8) * DAY
                self.new_contract(t, cl, self.rate, dur_days=r.choice([2, 3, 5, 7]))
        self.simulate()
        self.finish_leaks()
        self.dprk_payouts()

    def dprk_payouts(self):
        g, r, T = self.g, self.r, self.team
        holder = self.name
        if self.has("payout_front_company"):
            meth = {"method": r.choice(["bank", "payoneer", "wise"]), "destination": "iban:sha256:" + hashlib.sha1(T.front["name"].encode()).hexdigest()[:12],
                    "holder": T.front["name"], "country": T.front["cc"]}
        elif self.has("payout_crypto") or self.has("sanctioned_wallet"):
            w = T.team_wallet
            if self.has("sanctioned_wallet") and g.sdn_wallets:
                w = r.choice(g.sdn_wallets)
            meth = {"method": "crypto", "destination": "wal:" + hashlib.sha1(w.encode()).hexdigest()[:12], "wallet": w, "currency": "USDT"}
        elif self.has("payout_shared"):
            meth = dict(T.team_dest)
        elif self.has("payout_holder_mismatch"):
            meth = {"method": "bank", "destination": "iban:sha256:" + hexs(r, 12), "holder": T.facilitator["name"], "country": T.facilitator["cc"]}
        elif self.has("payout_country_mismatch"):
            meth = {"method": r.choice(["payoneer", "wise"]), "destination": "pyn:" + str(r.randrange(10 ** 9, 10 ** 10)), "holder": holder,
                    "country": r.choice([c for c in ("US", "GB", "HK", "SG", "DE") if c != self.cc])}
        elif self.has("sanctioned_name") and g.sdn_names:
            meth = {"method": "bank", "destination": "iban:sha256:" + hexs(r, 12), "holder": r.choice(g.sdn_names).title(), "country": T.front["cc"]}
        else:
            # clean-looking: own name, claimed country (the owner's real account for rented ones)
            meth = honest_payout_method(r, self.cc, holder, [])
            if meth.get("country") and meth["country"] != self.cc:
                meth["country"] = self.cc
            if meth["method"] == "crypto" and self.cc not in CRYPTO_CC:
                meth = {"method": "bank", "destination": "iban:sha256:" + hexs(r, 12), "holder": holder, "country": self.cc}
        methods = [(0, meth)]
        if self.has("payout_change"):
            nd = {"method": r.choice(["crypto", "payoneer"]), "destination": "pyn:" + str(r.randrange(10 ** 9, 10 ** 10)), "holder": T.facilitator["name"] if r.random() < 0.5 else holder,
                  "country": r.choice(["US", "HK", "GB"])}
            if nd["method"] == "crypto":
                nd = {"method": "crypto", "destination": "wal:" + hexs(r, 12), "wallet": T.team_wallet, "currency": "USDT"}
            methods.append((getattr(self, "takeover", r.randrange(3, self.g.days - 3)) + r.randrange(1, 5), nd))
            if methods[0][1] is methods[-1][1]:
                pass
            if T.scheme == "rented":
                methods[0] = (0, {"method": "bank" if self.cc != "KE" else r.choice(["bank", "payoneer"]), "destination": "iban:sha256:" + hexs(r, 12), "holder": self.name, "country": self.cc})
        self.payouts(methods, every_days=r.choice([7, 14]) if self.side == "fl" else 14, fee=0.1 if self.side == "fl" else 0.25)

    # --- hiring side --------------------------------------------------------
    def run_hr(self):
        g, r, T = self.g, self.r, self.team
        self.setup_employment(True)
        existing = r.random() < 0.55
        edu, emps = self.make_background(edu_cc=r.choice(["CN", "MY", "SG", "HK"]) if self.has("edu_abroad") else self.cc, fake=self.has("ref_fake_employer"))
        t_apply = g.t0 - r.uniform(40, 500) * DAY if existing else g.t0 + r.uniform(0, max(1, g.days * 0.45)) * DAY
        f = self.profile_fields("employee" if existing else "applicant")
        f["education"] = edu
        f["employment"] = emps
        if r.random() < 0.4:
            f["github"] = translit(self.first) + translit(self.last)[:2] + str(r.randrange(1, 99))
        g.emit(max(t_apply, g.t0) + r.uniform(0, DAY), "account", self.acct, style=r.choice(["Z", "utc0"]), **f)
        if not existing:
            def interview(i):
                if self.has("interview_evasive"):
                    if r.random() < 0.4:
                        return {"video": False, "flags": ["audio_only"]}
                    fl = r.sample(["face_mismatch", "scripted_answers", "lagging_video", "background_voices", "refused_to_show_id", "voice_changer_suspected", "camera_off"], r.randrange(1, 3))
                    return {"video": True, "camera": "camera_off" not in fl and r.random() < 0.5, "flags": [x for x in fl if x != "camera_off"]}
                return {"video": True, "camera": r.random() < 0.9, "flags": []}

            def doc():
                d = {"result": "verified", "kind": "driver_license" if self.cc in ("US", "CA") else "passport", "country": self.cc}
                if self.has("doc_suspicious"):
                    d.update(result=r.choice(["suspicious", "suspicious", "failed"]), reason=r.choice(["photo tampering score 0.8%d" % r.randrange(10), "template mismatch", "font inconsistency in name field", "selfie liveness check failed"]), retry=False)
                if self.has("doc_photo_reuse"):
                    d["photo"] = r.choice(T.doc_photos)
                if self.has("doc_name_mismatch"):
                    d["name"] = pick_name(r, self.cc)[0] if r.random() < 0.5 else self.name.split()[0] + " " + self.name.split()[-1][:-1] + r.choice("aeiyn")
                return d

            def refs():
                out = []
                for e in self.edu_emp:
                    if e["kind"] == "employment" and self.has("ref_fake_employer"):
                        res = r.choice(["not_found", "no_response", "unconfirmed", "confirmed"])   # a confederate sometimes answers
                    else:
                        res = wchoice(r, [("confirmed", 75), ("no_response", 17), ("not_found", 4), ("unconfirmed", 4)])
                    x = {"kind": e["kind"], "institution": e["name"], "result": res}
                    if e.get("domain"):
                        x["domain"] = e["domain"]
                    out.append(x)
                return out
            self.hiring_checks(t_apply, doc=doc, interview=interview, refs=refs)
        hired = existing or r.random() < 0.75
        # network: laptop sits at the facilitator (farm) - all managed-device traffic from there
        F = T.facilitator
        if not hired:
            for k in range(r.randrange(1, 5)):
                ts = t_apply + r.uniform(0, 15) * DAY
                if ts < g.t_end:
                    d = int((ts - g.t0) // DAY)
                    g.emit(ts, "login", self.acct, ip=self.pick_conn(self.phases[0][2]).ip(r, d), device=self.devices[0].id)
            self.finish_leaks()
            return
        t_start = g.t0 - r.uniform(20, 400) * DAY if existing else t_apply + r.uniform(12, 22) * DAY
        if not existing:
            g.emit(t_start - r.uniform(1, 4) * DAY, "account", self.acct, kind="employee", status="active")
        if self.has("ship_redirect"):
            addr = dict(F["addr"])
            recipient = self.name if r.random() < 0.7 else F["name"]
        else:
            # ships to an address in the claimed city (a "clean" drop, e.g. a rented room or accomplice in town)
            addr = self.address(self.cc, self.city)
            recipient = self.name
        if existing:
            if self.has("ship_redirect"):
                self.ship(g.t0 + r.uniform(0, g.days - 2) * DAY, addr, recipient, item=r.choice(["laptop", "security key"]))
            if not self.laptop:
                self.make_laptop()
        else:
            self.ship(t_start - r.uniform(3, 8) * DAY, addr, recipient)
        c = {"id": "emp-ct-%d" % r.randrange(10 ** 5, 10 ** 6), "client": self.employer, "cc": "US", "rate": self.rate, "start": t_start, "end": g.t_end + 400 * DAY}
        self.contracts.append(c)
        self.contract_start = t_start
        ext_sw, ext_usb, ext_disp = [], [], []
        if self.has("remote_tool"):
            ext_sw = r.sample(REMOTE_TOOLS, r.randrange(1, 3))
        if self.has("ip_kvm"):
            ext_usb = [r.choice(FARM_USB)]
            if r.random() < 0.6:
                ext_disp = [r.choice(FARM_DISPLAYS)]
        self.ext = (ext_sw, ext_usb, ext_disp)
        # the managed laptop checks in from the farm's line when the signal is visible, else from a clean line
        if self.has("farm_endpoint_ip"):
            self.ep_ip = [F["ip"], F["ip2"]] if r.random() < 0.3 else [F["ip"]]
        else:
            self.ep_ip = [self.clean.ip(r, 0)] if T.scheme != "laptop_farm" else [self.net.residential_ip(r, self.cc)]
        self.simulate()
        self.finish_leaks()
        self.dprk_payouts()

    def on_session(self, d, st, minutes, ip, conn, dev):
        if self.side != "hr" or st < getattr(self, "contract_start", 1e18):
            return
        r = self.r
        if r.random() < 0.7:
            self.endpoint_day(d, r.choice(self.ep_ip), *self.ext, n=1, at=st)
        if r.random() < 0.2:
            self.g.emit(st + r.uniform(600, minutes * 60), "work", self.acct, minutes=round(r.uniform(5, 40)), source="commit")


# ============================================================ main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--accounts", type=int, default=2000)
    ap.add_argument("--days", type=int, default=45)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", default="2025-09-01")
    ap.add_argument("--no-hr", action="store_true", help="marketplace only: no applicants/employees")
    ap.add_argument("--dprk-share", type=float, default=0.05)
    ap.add_argument("--hr-share", type=float, default=0.30, help="share of accounts on the company hiring side")
    a = ap.parse_args(argv)
    t = time.time()
    Gen(a).run()
    print(f"done in {time.time() - t:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()

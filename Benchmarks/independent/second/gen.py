#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""indep2: synthetic population generator for evaluating a DPRK IT-worker
detector. Writes events.ndjson (Redflag event format v1), labels.csv and
signals.csv. Standard library only. See README.md for the model."""
import argparse
import csv
import hashlib
import json
import math
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data as D  # noqa: E402
import netcache  # noqa: E402
from world import (DAY, S0, Cgnat, Device, Line, Nets, Phones, Pool, address, email_for, fold, h, hexid, iso,  # noqa: E402
                   local_hour, local_ts, make_person, poisson, wchoice)

SHARED = os.environ.get("REDFLAG_SHARED_DATA", "/work/shared/data")
HR_TYPES = {"interview", "document", "reference", "shipment", "endpoint"}
CARES = ["sloppy", "moderate", "careful", "very_careful"]
INTENSITY = {"sloppy": 1.0, "moderate": 0.65, "careful": 0.4, "very_careful": 0.25}
NSIG = {"sloppy": (6, 9), "moderate": (4, 6), "careful": (2, 4), "very_careful": (1, 3)}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# ----------------------------------------------------------------------------
# DPRK signal budgets per scheme (weights); platform restrictions below
# ----------------------------------------------------------------------------
SIGW = {
 "vpn_remote": dict(vpn_exit=5, origin_leak=4, hosting_ip=1.5, asian_hours=4, shared_device=3, shared_ip=3, shared_payout=3,
                    payout_name_mismatch=2, payout_country_mismatch=2, crypto_payout=1, template_bids=3, bid_burst=2,
                    offplatform_request=2, voip_phone=2, reused_photo=2, new_account=2, rate_undercut=1, profile_slip=1,
                    sanctioned_link=0.4, doc_forged=2, doc_reuse=1.5, fake_reference=2, interview_flags=3, ship_mismatch=1),
 "laptop_farm": dict(farm_ip=6, remote_access=4, ip_kvm=2, ship_mismatch=4, asian_hours=3, shared_payout=2, payout_name_mismatch=1.5,
                     doc_forged=2, doc_reuse=1.5, fake_reference=2, interview_flags=3, voip_phone=2, reused_photo=1.5, origin_leak=1.5,
                     vpn_exit=1.5, offplatform_request=0.5, profile_slip=1),
 "rented_account": dict(takeover=0, vpn_exit=3, origin_leak=2.5, asian_hours=3, payout_name_mismatch=2.5, payout_country_mismatch=2,
                        shared_device=2, shared_payout=2, template_bids=2, offplatform_request=2, bid_burst=1.5, hosting_ip=1),
 "front_agency": dict(shared_payout=5, payout_name_mismatch=3, payout_country_mismatch=3, template_bids=4, bid_burst=2, vpn_exit=3,
                      shared_ip=3, asian_hours=3, review_farm=3, origin_leak=2, sanctioned_link=0.8, offplatform_request=2,
                      new_account=2, reused_photo=1),
 "shift_share": dict(round_the_clock=0, vpn_exit=3, shared_device=2, origin_leak=2, template_bids=1, shared_payout=1.5,
                     payout_name_mismatch=1.5, voip_phone=1, interview_flags=2, farm_ip=1, remote_access=1),
 "review_client": dict(review_farm=0, shared_ip=4, shared_device=3, vpn_exit=3, new_account=3, origin_leak=1),
}
FORCED = {"rented_account": "takeover", "shift_share": "round_the_clock", "review_client": "review_farm"}
MKT_ONLY = {"template_bids", "bid_burst", "review_farm", "rate_undercut", "takeover"}
HR_ONLY = {"doc_forged", "doc_reuse", "fake_reference", "interview_flags", "farm_ip", "remote_access", "ip_kvm", "ship_mismatch"}
HR_EVENT_ONLY = {"doc_forged", "doc_reuse", "fake_reference", "interview_flags", "remote_access", "ip_kvm", "ship_mismatch"}
DPRK_CLAIMS = [("US", 48), ("CA", 8), ("JP", 7), ("GB", 5), ("KR", 3), ("DE", 3), ("PL", 3), ("IT", 3), ("NL", 2), ("SG", 3),
               ("MY", 2), ("UA", 3), ("AU", 3), ("FR", 2), ("ES", 2), ("VN", 2)]
RENTED_OWNERS = [("US", 25), ("UA", 12), ("KE", 10), ("PH", 10), ("PK", 8), ("NG", 8), ("RS", 5), ("PL", 5), ("IN", 8), ("GB", 4), ("CA", 3), ("VN", 2)]
ORIGINS = [(("CN", "Asia/Shanghai", [4837, 4134], "Shenyang"), 40), (("CN", "Asia/Shanghai", [4134, 4837], "Dandong"), 15),
           (("CN", "Asia/Shanghai", [4134], "Yanji"), 8), (("RU", "Asia/Vladivostok", [12389, 8359], "Vladivostok"), 25),
           (("LA", "Asia/Vientiane", [9873, 131267], "Vientiane"), 12)]
FACILITATOR_CITIES = [("Litchfield Park", "AZ", "America/Phoenix", 623), ("Nashville", "TN", "America/Chicago", 615),
                      ("Edison", "NJ", "America/New_York", 732), ("Hillsboro", "OR", "America/Los_Angeles", 503),
                      ("Bowie", "MD", "America/New_York", 301), ("Atlanta", "GA", "America/New_York", 404),
                      ("Houston", "TX", "America/Chicago", 713), ("Minneapolis", "MN", "America/Chicago", 612),
                      ("Charlotte", "NC", "America/New_York", 704), ("Sacramento", "CA", "America/Los_Angeles", 916)]


class Stay:
    __slots__ = ("d0", "d1", "tz", "srcs", "leak_p", "leak")

    def __init__(self, d0, d1, tz, srcs, leak_p=0.0, leak=None):
        self.d0, self.d1, self.tz, self.srcs, self.leak_p, self.leak = d0, d1, tz, srcs, leak_p, leak


class Sched:
    def __init__(self, start=(9.0, 1.3), blocks=(2, 4), blen=(60, 180), gap=(15, 75), p_wd=0.85, p_we=0.25, tz=None, shifts=None,
                 alt_start=None):
        self.start, self.blocks, self.blen, self.gap, self.p_wd, self.p_we, self.tz, self.shifts = start, blocks, blen, gap, p_wd, p_we, tz, shifts
        self.alt_start = alt_start  # (week parity, start) for rotations


class Acct:
    def __init__(self, kind, platform):
        self.kind, self.platform = kind, platform
        self.id = None
        self.label, self.persona, self.team, self.care = "honest", "", "", ""
        self.sig = []
        self.rng = None
        self.p = None
        self.name = None
        self.cc = self.city = self.region = self.tzname = None
        self.email = self.phone = None
        self.photo = None
        self.created = S0 - 400 * DAY
        self.extra = {}
        self.updates = []
        self.stays = []
        self.sched = Sched()
        self.dev = self.pdev = None
        self.dev_pool = None
        self.payouts = []
        self.skill = "web"
        self.rate = 30
        self.bidder = None
        self.bid_lam = 1.0
        self.win_p = 0.04
        self.n_contracts = 1
        self.burst_slots = None
        self.msg_off = 0.0
        self.msg_pay = 0.0
        self.active_from, self.active_to = 0, 10 ** 6
        self.hr = None
        self.agency = None
        self.forced_contracts = []
        self.snapshot_ts = None
        self.status_change = None
        self.education, self.employment = [], []
        self.github = self.website = None
        self.team_obj = None
        self.twin = None
        self.home = None
        self.doc = None
        self.phone_kind = "mobile"

    def stay(self, day):
        for s in self.stays:
            if s.d0 <= day < s.d1:
                return s
        return self.stays[-1]


# ----------------------------------------------------------------------------
# Bid text styles
# ----------------------------------------------------------------------------
class Bidder:
    def __init__(self, rng, kind="personal", first="", template=None, paraphrase=0.0, shared_parts=None):
        self.kind, self.first, self.template, self.paraphrase = kind, first, template, paraphrase
        self.parts = shared_parts or dict(g=rng.randrange(len(D.GREET)), o=rng.sample(range(len(D.OPEN)), 2), e=rng.sample(range(len(D.EXP)), 2),
                                          p=rng.sample(range(len(D.PLAN)), 2), c=rng.randrange(len(D.CLOSE)),
                                          ai=rng.random() < 0.18, sign=rng.random() < 0.7)
        self.years = rng.randint(3, 12)
        self.company = rng.choice(D.BIG_EMPLOYERS["GLOBAL"])[0]
        self.since = rng.randint(2014, 2024)

    def text(self, rng, job, cc):
        tech = rng.choice(D.SKILLS[job["skill"]][0])
        kw = dict(title=job["title"], tech=tech, years=self.years, first=self.first, cc=cc, company=self.company, since=self.since)
        if self.kind == "template":
            t = self.template.format(**kw)
            for a, b in D.DPRK_PARAPHRASE:
                if a in t and rng.random() < self.paraphrase:
                    t = t.replace(a, b)
            return t
        P = self.parts
        segs = [D.GREET[P["g"]] + ("," if not D.GREET[P["g"]].endswith((",", "!")) else ""),
                D.OPEN[rng.choice(P["o"])].format(**kw)]
        if P["ai"] and rng.random() < 0.8:
            segs.append(rng.choice(D.GENERIC_AI))
        segs.append(D.EXP[rng.choice(P["e"])].format(**kw))
        if rng.random() < 0.75:
            segs.append(D.PLAN[rng.choice(P["p"])])
        segs.append(D.CLOSE[P["c"]] + ((" " + self.first) if P["sign"] else ""))
        return " ".join(segs)


# ----------------------------------------------------------------------------
# The generator
# ----------------------------------------------------------------------------
class Gen:
    def __init__(self, n, days, seed, no_hr=False):
        self.n, self.days, self.seed, self.no_hr = n, days, seed, no_hr
        self.R = random.Random("indep2|%d" % seed)
        self.nets = Nets(netcache.load(), seed)
        self.phones = Phones(os.path.join(SHARED, "phone/PhoneNumberMetadata.xml"))
        self.emails = set()
        self.accts = []
        self.events = []
        self.nev = 0
        self.coworks = {}
        self.unipools = {}
        self.orgs = []
        self.jobs_cache = {}
        self.clients_by_skill = {}
        self.pop_clients = {}
        self.teams = []
        self.T_END = S0 + days * DAY

    # ---------------------------------------------------------------- events
    def emit(self, ts, typ, acct, tzname=None, **f):
        if self.no_hr and typ in HR_TYPES:
            return
        if ts < S0 or ts >= self.T_END:
            return
        d = {"type": typ, "time": iso(ts, tzname), "account": acct.id if isinstance(acct, Acct) else acct}
        for k, v in f.items():
            if v is not None:
                d["from" if k == "from_" else k] = v
        self.nev += 1
        d["id"] = "ev-" + hashlib.blake2b(b"%d|%d" % (self.seed, self.nev), digest_size=8).hexdigest()
        self.events.append((ts, self.nev, d))

    # ---------------------------------------------------------------- helpers
    def city(self, cc, rng):
        return rng.choice(D.COUNTRIES[cc]["cities"])

    def phone(self, cc, rng, city=None, kind="mobile"):
        area = None
        if city is not None and city[3]:
            area = rng.choice(city[3])
        return self.phones.gen(cc, rng, kind, area=area)

    def cowork(self, cc, cityname, rng):
        key = (cc, cityname)
        if key not in self.coworks:
            r = random.Random("%s|cowork|%s|%s" % (self.seed, cc, cityname))
            self.coworks[key] = Line(self.nets, cc, r, business=True, v6=False, kind="cowork")
        return self.coworks[key]

    def unipool(self, cc, uni_idx):
        key = (cc, uni_idx)
        if key not in self.unipools:
            r = random.Random("%s|uni|%s|%d" % (self.seed, cc, uni_idx))
            unis = D.COUNTRIES[cc]["uni"]
            if unis:
                asn, name = unis[uni_idx % len(unis)]
                ips = [self.nets.pick(self.nets.nets(asn, "ipv4", cc), r) or self.nets.isp_ip(cc, r) for _ in range(r.randint(3, 7))]
            else:
                name = rng_choice_or(D.UNIS.get(cc), r, "University")
                ips = [self.nets.isp_ip(cc, r) for _ in range(r.randint(2, 4))]
            self.unipools[key] = (name, Pool(ips, "uni"))
        return self.unipools[key]

    def new_acct(self, kind, platform, persona, rng_key):
        a = Acct(kind, platform)
        a.persona = persona
        a.rng = random.Random("%s|acct|%s" % (self.seed, rng_key))
        self.accts.append(a)
        return a

    def base_identity(self, a, cc, culture=None, city=None, last=None, gender=None):
        rng = a.rng
        a.cc = cc
        c = city or self.city(cc, rng)
        a.city, a.region, a.tzname = c[0], c[1], c[2]
        a.p = make_person(cc, rng, culture=culture, last=last, gender=gender)
        a.name = a.p.display
        a.email = email_for(a.p, cc, rng, self.emails)
        a.phone = self.phone(cc, rng, c)
        a.photo = ("p:" + hexid(rng, 12)) if rng.random() < 0.85 else None
        a._city = c

    def std_network(self, a, p_mobile=0.12, home=None):
        rng = a.rng
        a.home = home or Line(self.nets, a.cc, rng)
        mob = Cgnat(self.nets, a.cc, rng)
        a.mob = mob
        a.stays = [Stay(0, 10 ** 6, a.tzname, [(1 - p_mobile, a.home), (p_mobile, mob)])]
        a.dev = Device(rng)
        a.pdev = Device(rng, phone=True)

    def payout_method(self, cc, rng):
        if cc in ("US",):
            return wchoice(rng, [("bank", 50), ("paypal", 25), ("payoneer", 8), ("wise", 10), ("check", 2)])
        if cc in ("GB", "DE", "FR", "NL", "ES", "IT", "PT", "SE", "IE", "CH", "CA", "AU", "NZ", "JP", "KR", "SG", "IL", "CZ", "PL", "RO"):
            return wchoice(rng, [("bank", 50), ("wise", 25), ("paypal", 15), ("payoneer", 10)])
        if cc in ("RU", "BY"):
            return wchoice(rng, [("crypto", 35), ("payoneer", 20), ("wise", 10), ("bank", 35)])
        if cc == "CN":
            return wchoice(rng, [("payoneer", 40), ("bank", 30), ("wise", 20), ("paypal", 10)])
        if cc == "NG":
            return wchoice(rng, [("payoneer", 40), ("bank", 25), ("wise", 10), ("crypto", 15), ("paypal", 10)])
        return wchoice(rng, [("payoneer", 40), ("bank", 30), ("wise", 15), ("paypal", 10), ("crypto", 5)])

    def instrument(self, method, cc, holder, rng, wallet=None):
        if method == "crypto":
            if wallet is None:
                wallet = ("T" + "".join(rng.choice(B58) for _ in range(33))) if rng.random() < 0.65 else ("0x" + hexid(rng, 40))
            dest = "wallet:sha256:" + h(wallet, 10)
            return dict(method="crypto", destination=dest, holder=holder, country=cc, wallet=wallet)
        pre = {"bank": "iban" if cc not in ("US", "CA", "AU", "IN", "JP", "KR", "CN", "PH", "NG", "KE", "SG", "HK", "MX", "BR", "AR", "CO", "CL") else "acct",
               "paypal": "paypal", "payoneer": "payoneer", "wise": "wise", "check": "check", "other": "other"}[method]
        return dict(method=method, destination="%s:sha256:%s" % (pre, hexid(rng, 10)), holder=holder, country=cc)

    def honest_holder(self, a, rng, variant_p=0.15):
        if rng.random() < variant_p and a.p.holders:
            return rng.choice(a.p.holders)
        return a.name.upper() if rng.random() < 0.2 else a.name

    def profile_history(self, a, rng, level="mid"):
        cc = a.cc
        unis = D.UNIS.get(cc) or D.UNIS["US"]
        y = rng.randint(2005, 2021)
        ed = [{"institution": rng.choice(unis), "country": cc, "degree": rng.choice(["BSc Computer Science", "BEng Software Engineering", "BSc Information Technology", "MSc Computer Science", "BA Economics", "BSc Mathematics", "BA Design"]),
               "from": str(y), "to": str(y + 4)}]
        emps = []
        pool = D.BIG_EMPLOYERS.get(cc, []) + D.BIG_EMPLOYERS["GLOBAL"]
        t = y + 4
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.55:
                comp, dom = rng.choice(pool)
            else:
                comp = "%s %s" % (rng.choice(D.STARTUP_A), rng.choice(D.STARTUP_B))
                dom = comp.lower().replace(" ", "") + rng.choice([".com", ".io", ".co", ".dev"])
            t2 = min(2026, t + rng.randint(1, 5))
            emps.append({"company": comp, "domain": dom, "country": cc, "title": rng.choice(["Software Engineer", "Senior Developer", "Frontend Developer", "Backend Engineer", "Mobile Developer", "QA Engineer", "Data Analyst", "DevOps Engineer", "Designer"]),
                         "from": "%d-%02d" % (t, rng.randint(1, 12)), "to": "%d-%02d" % (t2, rng.randint(1, 12))})
            t = t2
        a.education, a.employment = ed, emps

    # ---------------------------------------------------------------- orgs
    def make_orgs(self):
        R = random.Random("%s|orgs" % self.seed)
        n = max(6, self.n // 60)
        names = set()
        for i in range(n):
            cc = wchoice(R, [("US", 70), ("GB", 8), ("CA", 6), ("DE", 5), ("NL", 4), ("AU", 3), ("IE", 2), ("SG", 2)])
            c = R.choice(D.COUNTRIES[cc]["cities"])
            while True:
                nm = "%s%s" % (R.choice(D.STARTUP_A), R.choice(["ly", "io", " Health", " Analytics", " Robotics", " Pay", " Logistics", " Systems", " Cloud", " Security", " Bio", " Labs"]))
                if nm not in names:
                    names.add(nm)
                    break
            org = dict(id="org-%02d" % (i + 1), name=nm, domain=nm.lower().replace(" ", "") + R.choice([".com", ".io", ".ai"]), cc=cc, city=c,
                       tz=c[2], zscaler=(R.choice(D.CORPVPN_ASNS)[0] if R.random() < 0.3 else None), hybrid=R.random() < 0.45,
                       edr=R.choice(D.EDR), laptop=R.choice(D.LAPTOPS), intl=R.random() < 0.4,
                       recruiters=["rec-%02d-%d" % (i + 1, k) for k in range(1, 4)], always_on=R.random() < 0.1)
            org["office"] = Line(self.nets, cc, R, business=True, v6=False, kind="office") if org["hybrid"] else None
            org["sw"] = D.CORP_BASE_SW[:5] + R.sample(D.CORP_BASE_SW[5:], 1) + [org["edr"]] + R.sample(D.DEV_SW, 3)
            self.orgs.append(org)

    def pick_org(self, rng, cc=None):
        if cc:
            cands = [o for o in self.orgs if o["cc"] == cc] + [o for o in self.orgs if o["intl"]]
            if cands:
                return rng.choice(cands)
        return rng.choice(self.orgs)

    # ---------------------------------------------------------------- jobs
    def jobs(self, day, skill):
        key = (day, skill)
        j = self.jobs_cache.get(key)
        if j is None:
            r = random.Random("%s|jobs|%d|%s" % (self.seed, day, skill))
            w = dict(D.SKILL_W_HONEST).get(skill, 5) + dict(D.SKILL_W_DPRK).get(skill, 0) * 0.3
            k = max(2, int(w * self.n / 600 * (1.0 if (day % 7) < 5 else 0.5)))
            j = []
            cl = self.clients_by_skill.get(skill, [])
            for i in range(k):
                if cl and r.random() < 0.55:
                    c = r.choice(cl)
                    cid, ccc = c.id, c.cc
                else:
                    cid, ccc = "cl-x%06d" % r.randint(0, 999999), wchoice(r, D.CLIENT_COUNTRIES)
                j.append(dict(job="job-%03d%02d%04d" % (day + 100, list(D.SKILLS).index(skill), i), client=cid, client_country=ccc, skill=skill,
                              title=r.choice(D.SKILLS[skill][1]), t=S0 + day * DAY + r.random() * DAY))
            self.jobs_cache[key] = j
        return j

    # ================================================================ honest
    def honest_freelancer(self, persona, rng_key, cc=None, group=None):
        a = self.new_acct("freelancer", "mkt", persona, rng_key)
        rng = a.rng
        days = self.days
        if cc is None:
            if persona == "local_high_risk_country":
                cc = rng.choice(D.HIGH_RISK_HONEST)
            elif persona == "mobile_only_cgnat":
                cc = wchoice(rng, [("NG", 20), ("PK", 15), ("IN", 15), ("PH", 15), ("KE", 10), ("BD", 10), ("EG", 8), ("ID", 7), ("VN", 5)])
            elif persona == "offshore_hours":
                cc = wchoice(rng, [("PH", 30), ("IN", 25), ("PK", 15), ("UA", 8), ("VN", 6), ("BD", 6), ("NG", 5), ("KE", 5)])
            elif persona == "transliterated_name":
                cc = wchoice(rng, [("RU", 12), ("UA", 15), ("CN", 12), ("KR", 6), ("VN", 10), ("EG", 8), ("PK", 10), ("IN", 12), ("TH", 4), ("JP", 4), ("BY", 3), ("US", 4)])
            elif persona == "digital_nomad":
                cc = wchoice(rng, [("US", 35), ("GB", 12), ("DE", 10), ("CA", 10), ("AU", 8), ("NL", 5), ("FR", 5), ("UA", 5), ("RU", 5), ("PL", 5)])
            elif persona == "expat_stale_profile":
                old, new = rng.choice(D.MOVES)
                cc = old
                a._moved_to = new
            else:
                cc = wchoice(rng, D.FREELANCER_COUNTRIES)
        culture = None
        if persona == "transliterated_name":
            culture = {"RU": "ru", "BY": "ru", "UA": "ua", "CN": "cn", "KR": "kr", "VN": "vn", "EG": "ar_eg", "PK": "pk", "IN": "in", "TH": "th", "JP": "jp"}.get(cc)
            if cc == "US":
                culture = rng.choice(["cn", "kr", "vn", "ru", "in"])
        if group and group.get("last"):
            self.base_identity(a, cc, culture=group.get("culture"), city=group.get("city"), last=group["last"])
        else:
            self.base_identity(a, cc, culture=culture, city=group.get("city") if group else None)
        self.std_network(a, p_mobile=rng.choice([0.05, 0.1, 0.15, 0.25]), home=group.get("home") if group else None)
        a.skill = wchoice(rng, D.SKILL_W_HONEST)
        base_rate = {"US": 55, "CA": 50, "GB": 50, "AU": 50, "DE": 50, "CH": 70, "NL": 50, "IL": 55, "SE": 50, "IE": 45, "FR": 45, "JP": 45,
                     "KR": 40, "SG": 45, "ES": 35, "IT": 35, "PT": 32, "PL": 35, "CZ": 35, "RO": 30, "UA": 30, "RU": 30, "BY": 28, "RS": 30,
                     "GE": 25, "AM": 25, "TR": 28, "KZ": 25, "AE": 40, "HK": 40, "TW": 35, "CN": 28, "BR": 30, "AR": 30, "MX": 28, "CO": 25, "CL": 28}.get(cc, 18)
        a.rate = max(5, int(base_rate * rng.uniform(0.5, 1.6)))
        a.created = S0 - rng.uniform(60, 2500) * DAY
        hours = rng.uniform(50, 3000)
        a.extra = dict(hours_worked=int(hours), job_success=round(rng.uniform(0.78, 1.0), 2), earnings=int(hours * a.rate * rng.uniform(0.6, 0.95)))
        a.bidder = Bidder(rng, first=a.p.first)
        a.bid_lam = rng.uniform(0.3, 2.5)
        a.n_contracts = wchoice(rng, [(0, 30), (1, 45), (2, 20), (3, 5)])
        a.win_p = 0.04
        a.sched = Sched() if rng.random() < 0.7 else Sched(start=(18.5, 1.5), blocks=(1, 2), blen=(45, 150), p_wd=0.6, p_we=0.45)
        self.profile_history(a, rng)
        if rng.random() < 0.3:
            a.github = fold(a.p.first + a.p.last).lower().replace(" ", "") + rng.choice(["", "-dev", str(rng.randint(1, 99))])
        if rng.random() < 0.12:
            a.website = "https://%s.%s" % (fold(a.p.first + a.p.last).lower().replace(" ", ""), rng.choice(["dev", "com", "io", "me"]))
        method = self.payout_method(cc, rng)
        holder = self.honest_holder(a, rng)
        pay_cc = cc
        if cc in ("RU", "BY") and method in ("bank", "wise"):
            pay_cc = rng.choice(["KZ", "AM", "GE", "RS", "TR", cc])
        a.payouts = [(0, self.instrument(method, pay_cc, holder, rng))]
        a.msg_off = 0.02
        if cc in HIGH_RISK_VPN:
            p_vpn = HIGH_RISK_VPN[cc]
            if rng.random() < p_vpn[0]:
                self.add_vpn(a, rng, weight=p_vpn[1], astrill=(cc == "CN" and rng.random() < 0.45))
        P = persona
        if P == "top_rated_veteran":
            a.created = S0 - rng.uniform(1800, 4500) * DAY
            hrs = rng.uniform(2500, 16000)
            a.rate = int(a.rate * rng.uniform(1.3, 2.2))
            a.extra = dict(hours_worked=int(hrs), job_success=round(rng.uniform(0.93, 1.0), 2), earnings=int(hrs * a.rate * 0.8))
            a.n_contracts = rng.randint(2, 4)
            a.bid_lam = rng.uniform(0.05, 0.5)
            a.win_p = 0.2
            a.sched = Sched(start=(8.5, 1.0), blocks=(3, 4), blen=(90, 200), p_wd=0.93, p_we=0.3)
        elif P == "new_freelancer":
            cday = rng.randint(0, max(1, self.days - 10)) if rng.random() < 0.6 else -rng.randint(1, 30)
            a.created = S0 + cday * DAY + rng.uniform(0, DAY)
            a.active_from = max(0, cday)
            a.extra = dict(hours_worked=0, job_success=None, earnings=0)
            a.n_contracts = 0
            a.bid_lam = rng.uniform(2, 8)
            a.win_p = 0.02
            a.rate = max(5, int(a.rate * 0.7))
            a.photo = ("p:" + hexid(rng, 12)) if rng.random() < 0.7 else None
        elif P == "expat_stale_profile":
            new = a._moved_to
            nc = self.city(new, rng)
            a.home = Line(self.nets, new, rng)
            a.mob = Cgnat(self.nets, new, rng)
            a.stays = [Stay(0, 10 ** 6, nc[2], [(0.85, a.home), (0.15, a.mob)])]
            if rng.random() < 0.45:
                d = rng.randint(3, self.days - 2)
                upd = dict(country=new, city=nc[0], region=nc[1], timezone=nc[2])
                if rng.random() < 0.5:
                    upd["phone"] = self.phone(new, rng, nc)
                a.updates.append((S0 + d * DAY + rng.uniform(0, DAY), upd))
            if rng.random() < 0.3:
                a.payouts.append((rng.randint(5, self.days), self.instrument("wise", new, a.payouts[0][1]["holder"], rng)))
            if rng.random() < 0.3:  # a visit back home (family, paperwork)
                a._trip_to = cc
                self.add_trips(a, rng)
        elif P == "privacy_vpn_user":
            self.add_vpn(a, rng, weight=rng.uniform(0.55, 0.95))
            if rng.random() < 0.2:
                self.add_src(a, Pool(rng.sample(self.nets.tor, 40), "tor"), rng.uniform(0.04, 0.15))
        elif P == "private_relay_user":
            kind = "warp" if rng.random() < 0.3 else "icloud"
            if kind == "icloud":
                a.dev = Device(rng, ua="mac_safari")
                a.pdev = Device(rng, phone=True, ua="iphone")
            self.add_src(a, Pool(self.nets.relay_pool(kind), "relay"), rng.uniform(0.6, 0.9))
        elif P == "corp_vpn_moonlighter":
            asn = rng.choice(D.CORPVPN_ASNS)[0]
            self.add_src(a, Pool(self.nets.corpvpn_pool(asn), "corpvpn", sticky=True), rng.uniform(0.25, 0.5))
            a.sched = Sched(start=(rng.choice([12.5, 19.0]), 1.5), blocks=(1, 3), blen=(40, 120), p_wd=0.75, p_we=0.5)
        elif P == "frequent_traveller":
            self.add_trips(a, rng)
        elif P == "digital_nomad":
            self.make_nomad(a, rng)
        elif P == "student_campus_nat":
            a.created = S0 - rng.uniform(30, 700) * DAY
            a.rate = max(5, int(a.rate * 0.6))
            a.extra["hours_worked"] = int(rng.uniform(0, 300))
            uname, upool = self.unipool(cc, rng.randrange(3))
            a.education = [{"institution": uname, "country": cc, "degree": "BSc Computer Science (in progress)", "from": "2023", "to": "2027"}]
            a.employment = []
            a.stays = [Stay(0, 10 ** 6, a.tzname, [(0.55, upool), (0.25, a.home), (0.2, a.mob)])]
            a.sched = Sched(start=(15, 3.5), blocks=(1, 3), blen=(30, 120), p_wd=0.6, p_we=0.5)
        elif P == "mobile_only_cgnat":
            a.stays = [Stay(0, 10 ** 6, a.tzname, [(1.0, a.mob)])]
            if rng.random() < 0.6:
                a.dev = a.pdev
        elif P == "night_owl":
            a.sched = Sched(start=(22.0, 1.3), blocks=(2, 3), blen=(60, 180), p_wd=0.8, p_we=0.45)
        elif P == "offshore_hours":
            ctz = rng.choice(["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Australia/Sydney"])
            a.sched = Sched(start=(9.0, 1.0), blocks=(2, 4), blen=(90, 200), p_wd=0.9, p_we=0.1, tz=ctz)
        elif P == "bank_switcher":
            d = rng.randint(3, self.days - 3)
            m2 = rng.choice(["bank", "wise", "payoneer", "paypal"])
            a.payouts.append((d, self.instrument(m2, cc, a.payouts[0][1]["holder"], rng)))
            if rng.random() < 0.3:
                a.payouts.append((min(self.days - 1, d + rng.randint(2, 10)), self.instrument(rng.choice(["bank", "wise"]), cc, a.name, rng)))
        elif P == "crypto_paid":
            a.payouts = [(0, self.instrument("crypto", cc, a.name, rng))]
            if rng.random() < 0.25:
                a.payouts.append((rng.randint(5, self.days), self.instrument("crypto", cc, a.name, rng)))
        elif P == "voip_gmail":
            us_c = self.city("US", rng)
            a.phone = self.phones.gen("US", rng, area=rng.choice(us_c[3]))
            a.phone_kind = "voip"
            a.email = email_for(a.p, cc, rng, self.emails, domain="gmail.com")
        elif P == "returning_dormant":
            a.created = S0 - rng.uniform(1500, 3500) * DAY
            a.active_from = rng.randint(3, max(4, self.days // 2))
            a.n_contracts = 0
            a.bid_lam = rng.uniform(1, 4)
            a.dev = Device(rng)
            if rng.random() < 0.5:
                a.payouts.append((a.active_from, self.instrument(self.payout_method(cc, rng), cc, a.payouts[0][1]["holder"], rng)))
            a.updates.append((S0 + a.active_from * DAY + rng.uniform(0, DAY), dict(hourly_rate=int(a.rate * 1.2), phone=self.phone(cc, rng, a._city) if rng.random() < 0.4 else None)))
        elif P == "transliterated_name":
            a.payouts = [(0, self.instrument(a.payouts[0][1]["method"], a.payouts[0][1]["country"], rng.choice(a.p.holders), rng,
                                             wallet=a.payouts[0][1].get("wallet")))]
        return a

    def add_src(self, a, src, w):
        for s in a.stays:
            tot = sum(x for x, _ in s.srcs)
            s.srcs = [(x * (1 - w) / tot, y) for x, y in s.srcs] + [(w, src)]

    def add_vpn(self, a, rng, weight, astrill=False):
        if astrill:
            ecc = rng.choice(["US", "JP", "HK", "SG", "US"])
            src = Pool(rng.sample(self.nets.astrill_pool(ecc), min(10, len(self.nets.astrill_pool(ecc)))), "vpn", sticky=True)
        else:
            prov = rng.choice(D.CONSUMER_VPNS)
            ecc = a.cc if rng.random() < 0.55 else rng.choice(["US", "NL", "CH", "SE", "DE", "GB", "US"])
            if not self.nets.vpn_by_cc.get(ecc):
                ecc = "US"
            src = Pool(self.nets.consumer_vpn_pool(prov, ecc), "vpn", sticky=True)
        self.add_src(a, src, weight)
        a._vpn = src

    def add_trips(self, a, rng):
        days = self.days
        stays, d = [], 0
        home_stay = a.stays[0]
        n = rng.randint(1, 3)
        starts = sorted(rng.sample(range(1, max(2, days - 3)), min(n, max(1, days - 4))))
        for s in starts:
            if s < d:
                continue
            L = rng.randint(2, 8)
            dest = getattr(a, "_trip_to", None) or rng.choice([c for c in ("US", "GB", "DE", "FR", "NL", "ES", "AE", "SG", "JP", "IN", "TR", "MX", "CA", "PL", "TH", "CN", "CN", "HK", "VN", "RU") if c != a.cc])
            dc = self.city(dest, rng)
            hotel = Line(self.nets, dest, rng, business=True, v6=False, kind="hotel")
            srcs = [(0.55, hotel), (0.25, a.mob), (0.2, Cgnat(self.nets, dest, rng))]
            if hasattr(a, "_vpn"):
                srcs.append((0.3, a._vpn))
            stays.append(Stay(d, s, home_stay.tz, home_stay.srcs))
            stays.append(Stay(s, s + L, dc[2], srcs))
            d = s + L
        stays.append(Stay(d, 10 ** 6, home_stay.tz, home_stay.srcs))
        a.stays = stays

    def make_nomad(self, a, rng):
        stays, d = [], 0
        spots = [s for s in D.NOMAD_SPOTS if s in D.COUNTRIES and s != a.cc]
        while d < self.days:
            sp = rng.choice(spots)
            c = self.city(sp, rng)
            L = rng.randint(8, 25)
            srcs = [(0.55, Line(self.nets, sp, rng, kind="airbnb")), (0.2, Cgnat(self.nets, sp, rng)), (0.25, self.cowork(sp, c[0], rng))]
            stays.append(Stay(d, d + L, c[2], srcs))
            d += L
        stays[-1].d1 = 10 ** 6
        a.stays = stays
        if rng.random() < 0.5:
            a.payouts = [(0, self.instrument("wise", a.cc, a.payouts[0][1]["holder"], rng))]

    # ---------------------------------------------------------------- groups
    def household(self, rng_key, size, mkt_share=0.7):
        R = random.Random("%s|hh|%s" % (self.seed, rng_key))
        cc = wchoice(R, D.FREELANCER_COUNTRIES) if R.random() < 0.7 else wchoice(R, D.EMPLOYEE_COUNTRIES)
        city = R.choice(D.COUNTRIES[cc]["cities"])
        home = Line(self.nets, cc, R)
        family = R.random() < 0.65
        culture = wchoice(R, D.NAME_MIX[D.COUNTRIES[cc]["names"]])
        last = R.choice(D.NAMES[culture]["l"]) if family else None
        grp = dict(home=home, city=city, last=last, culture=culture if family else None)
        members = []
        shared_dev = Device(R) if R.random() < 0.4 else None
        addr = address(cc, city[0], city[1], R)
        for i in range(size):
            if R.random() < mkt_share:
                a = self.honest_freelancer("household", "%s-%d" % (rng_key, i), cc=cc, group=grp)
            else:
                a = self.honest_employee("household", "%s-%d" % (rng_key, i), cc=cc, group=grp)
            if shared_dev is not None and i < 2:
                a.dev = shared_dev
            a._addr = addr
            members.append(a)
        if R.random() < 0.3 and len(members) >= 2:
            joint = members[0].payouts[0][1]
            for m in members[1:2]:
                if m.platform == members[0].platform or R.random() < 0.5:
                    m.payouts = [(0, dict(joint))]
        return members

    def agency(self, rng_key, size):
        R = random.Random("%s|ag|%s" % (self.seed, rng_key))
        cc = wchoice(R, [("IN", 25), ("PK", 15), ("UA", 12), ("PH", 8), ("BD", 8), ("VN", 5), ("EG", 5), ("NG", 5), ("US", 7), ("PL", 5), ("AR", 3), ("RS", 2)])
        city = R.choice(D.COUNTRIES[cc]["cities"])
        office = Line(self.nets, cc, R, business=True, v6=False, kind="office")
        aname = "%s %s %s" % (R.choice(D.STARTUP_A), R.choice(D.STARTUP_B), R.choice(["Pvt Ltd", "LLC", "Sp. z o.o.", "Ltd", "Technologies", "Solutions"]))
        agid = "ag-" + hexid(R, 6)
        pay = self.instrument(R.choice(["bank", "payoneer", "wise"]), cc, aname, R)
        shared = Bidder(R, first=aname.split()[0] + " team")
        logo = "p:" + hexid(R, 12) if R.random() < 0.25 else None
        members = []
        for i in range(size):
            a = self.honest_freelancer("agency_member", "%s-%d" % (rng_key, i), cc=cc, group=dict(city=city))
            a.agency = agid
            a.stays = [Stay(0, 10 ** 6, a.tzname, [(0.7, office), (0.2, a.home), (0.1, a.mob)])]
            a.payouts = [(0, dict(pay))] if R.random() < 0.85 else a.payouts
            if R.random() < 0.7:
                a.bidder = Bidder(a.rng, first=a.p.first, shared_parts=shared.parts)
            if logo:
                a.photo = logo
            a.sched = Sched(start=(10.0, 0.7), blocks=(2, 4), blen=(90, 200), p_wd=0.92, p_we=0.15)
            members.append(a)
        return members

    def coworking(self, rng_key, size):
        R = random.Random("%s|cw|%s" % (self.seed, rng_key))
        cc = wchoice(R, [("US", 20), ("GB", 8), ("DE", 6), ("PT", 6), ("ES", 5), ("UA", 6), ("PL", 5), ("IN", 10), ("PH", 6), ("MX", 5), ("CO", 4), ("TH", 4), ("ID", 4), ("GE", 3), ("NG", 5), ("KE", 3)])
        city = R.choice(D.COUNTRIES[cc]["cities"])
        cw = self.cowork(cc, city[0], R)
        out = []
        for i in range(size):
            if R.random() < 0.8:
                a = self.honest_freelancer("coworking_member", "%s-%d" % (rng_key, i), cc=cc, group=dict(city=city))
            else:
                a = self.honest_employee("coworking_member", "%s-%d" % (rng_key, i), cc=cc, group=dict(city=city))
            a.stays = [Stay(0, 10 ** 6, a.tzname, [(0.45, cw), (0.45, a.home), (0.1, a.mob)])]
            out.append(a)
        return out

    # ---------------------------------------------------------------- honest HR
    def honest_employee(self, persona, rng_key, cc=None, group=None):
        a = self.new_acct("employee", "hr", persona, rng_key)
        rng = a.rng
        if cc is None:
            if persona == "intl_contractor":
                cc = wchoice(rng, [("PL", 15), ("UA", 12), ("AR", 10), ("BR", 10), ("IN", 12), ("PH", 8), ("RO", 6), ("RS", 5), ("MX", 8), ("CO", 6), ("PT", 4), ("VN", 4)])
            elif persona == "local_high_risk_country":
                cc = rng.choice(["UA", "PH", "VN", "NG", "PK", "KZ"])
            elif persona == "transliterated_name":
                cc = wchoice(rng, [("US", 50), ("CA", 10), ("GB", 10), ("UA", 10), ("IN", 10), ("KR", 5), ("PL", 5)])
            elif persona == "expat_stale_profile":
                cc = wchoice(rng, [("US", 60), ("GB", 15), ("CA", 10), ("DE", 10), ("NL", 5)])
            else:
                cc = wchoice(rng, D.EMPLOYEE_COUNTRIES)
        org = self.pick_org(rng, cc)
        culture = None
        if persona == "transliterated_name":
            culture = {"UA": "ua", "IN": "in", "KR": "kr"}.get(cc) or rng.choice(["cn", "kr", "vn", "ru", "ar", "in"])
        if group and group.get("last"):
            self.base_identity(a, cc, culture=group.get("culture"), city=group.get("city"), last=group["last"])
        else:
            city = group.get("city") if group else None
            if city is None and org["hybrid"] and org["cc"] == cc and rng.random() < 0.5:
                city = org["city"]
            self.base_identity(a, cc, culture=culture, city=city)
        self.std_network(a, p_mobile=0.06, home=group.get("home") if group else None)
        self.profile_history(a, rng)
        a.hr = self.hr_plan(a, org, rng)
        sal = {"US": 140000, "CA": 110000, "GB": 95000, "DE": 90000, "NL": 85000, "AU": 110000, "SG": 100000, "JP": 80000, "KR": 70000, "IE": 90000}.get(cc, 45000)
        a.hr["salary"] = sal * rng.uniform(0.7, 1.4)
        a.payouts = [(0, self.instrument("bank" if cc in ("US", "CA", "GB", "DE", "NL", "AU", "SG", "JP", "KR", "IE", "ES", "PT") else "wise", cc,
                                         self.honest_holder(a, rng, 0.1), rng))]
        a.sched = Sched(start=(8.8, 0.8), blocks=(2, 3), blen=(90, 240), gap=(20, 60), p_wd=0.95, p_we=0.05)
        if org["hybrid"] and a.city == org["city"][0] and org["cc"] == cc:
            a._office = org["office"]
        P = persona
        hr = a.hr
        if P == "remote_support_engineer":
            hr["sw_extra"] += rng.sample(["AnyDesk", "TeamViewer", "Splashtop Streamer", "ConnectWise Control"], 2)
            if rng.random() < 0.5:
                a.sched = Sched(start=(8.8, 0.8), blocks=(2, 3), blen=(90, 240), p_wd=0.95, p_we=0.2, alt_start=(1, (20.0, 1.0)))
        elif P == "oncall_night_shift":
            a.sched = Sched(start=(8.8, 0.8), blocks=(2, 3), blen=(90, 240), p_wd=0.95, p_we=0.3, alt_start=(rng.randint(0, 1), (22.0, 1.0)))
            hr["always_on"] = rng.random() < 0.5
        elif P == "homelab_kvm":
            hr["usb_extra"].append(rng.choice(D.USB_IPKVM[:2]))
            hr["displays"] = [rng.choice(["PiKVM", "TinyPilot"])] + hr["displays"][:1]
            hr["always_on"] = True
        elif P == "interview_glitch":
            hr["glitch"] = True
        elif P == "reference_unreachable":
            hr["refs_bad"] = True
        elif P == "relocated_employee":
            nc = self.city(cc, rng)
            hr["ship_addr"] = address(cc, nc[0], nc[1], rng)
            if rng.random() < 0.5:
                a.updates.append((S0 + rng.randint(5, self.days) * DAY, dict(city=nc[0], region=nc[1], timezone=nc[2])))
            a.home = Line(self.nets, cc, rng)
            a.stays = [Stay(0, 10 ** 6, nc[2], [(0.93, a.home), (0.07, a.mob)])]
            if rng.random() < 0.4:  # a "workcation" abroad
                dest = rng.choice(["MX", "PT", "ES", "IT", "CO", "TH", "JP", "IN", "PH"])
                dc = self.city(dest, rng)
                s = rng.randint(2, max(3, self.days - 12))
                L = rng.randint(5, 12)
                a.stays = [Stay(0, s, nc[2], a.stays[0].srcs), Stay(s, s + L, dc[2], [(0.8, Line(self.nets, dest, rng, kind="airbnb")), (0.2, a.mob)]),
                           Stay(s + L, 10 ** 6, nc[2], a.stays[0].srcs)]
        elif P == "privacy_vpn_user":
            self.add_vpn(a, rng, weight=rng.uniform(0.3, 0.8))
            if rng.random() < 0.4:
                hr["sw_extra"].append(rng.choice(["NordVPN", "ProtonVPN", "Mullvad VPN", "Surfshark"]))
        elif P == "private_relay_user":
            a.dev = Device(rng, ua="mac_safari")
            self.add_src(a, Pool(self.nets.relay_pool("icloud"), "relay"), rng.uniform(0.3, 0.6))
            hr["relay_personal"] = True
        elif P == "voip_gmail":
            us_c = self.city("US", rng)
            a.phone = self.phones.gen("US", rng, area=rng.choice(us_c[3]))
            a.phone_kind = "voip"
        elif P == "frequent_traveller":
            self.add_trips(a, rng)
        elif P == "expat_stale_profile":
            new = rng.choice(["MX", "PT", "ES", "CO", "TH", "CA", "GB"])
            nc = self.city(new, rng)
            a.home = Line(self.nets, new, rng)
            a.stays = [Stay(0, 10 ** 6, nc[2], [(0.93, a.home), (0.07, Cgnat(self.nets, new, rng))])]
        elif P == "bank_switcher":
            a.payouts.append((rng.randint(3, self.days - 3), self.instrument("bank", cc, a.payouts[0][1]["holder"], rng)))
        elif P == "transliterated_name":
            a.payouts = [(0, self.instrument(a.payouts[0][1]["method"], a.payouts[0][1]["country"], rng.choice(a.p.holders), rng))]
            hr["doc_name"] = rng.choice(a.p.holders)
        elif P == "intl_contractor":
            a.payouts = [(0, self.instrument(rng.choice(["wise", "payoneer", "bank"]), cc, self.honest_holder(a, rng, 0.3), rng))]
        elif P == "local_high_risk_country":
            if cc in HIGH_RISK_VPN and rng.random() < HIGH_RISK_VPN[cc][0]:
                self.add_vpn(a, rng, weight=HIGH_RISK_VPN[cc][1])
        if P in ("regular_applicant", "interview_glitch", "reference_unreachable"):
            hr["stage"] = "applicant"
        return a

    def hr_plan(self, a, org, rng):
        rng_ = rng
        stage = "employee" if rng_.random() < 0.45 else "applicant"
        hr = dict(org=org, stage=stage, apply_day=rng_.randint(0, max(1, self.days - 8)), sw_extra=[], usb_extra=[],
                  displays=rng_.sample(D.DISPLAYS_HONEST, rng_.choice([1, 1, 2])), always_on=org["always_on"] or rng_.random() < 0.12,
                  corp_dev="corp-%05d" % rng_.randint(0, 99999), serial=self.serial(org["laptop"][1], rng_), glitch=False, refs_bad=False,
                  pass_p=(0.72, 0.6, 0.75), ship_addr=None, recipient=None, doc_name=None, relay_personal=False)
        if rng_.random() < 0.15:
            hr["sw_extra"] += rng_.sample(D.HONEST_EXTRA_SW, 2)
        if rng_.random() < 0.04:
            hr["sw_extra"].append(rng_.choice(["Chrome Remote Desktop", "Parsec", "RustDesk"]))
        if rng_.random() < 0.08:
            hr["usb_extra"].append(rng_.choice(D.USB_KVM_SWITCH))
        hr["usb"] = rng_.sample(D.USB_HONEST, rng_.randint(0, 3))
        return hr

    @staticmethod
    def serial(kind, rng):
        if kind == "apple":
            return "C02" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
        if kind == "dell":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
        if kind == "lenovo":
            return "PF" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))
        return "5CG" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))

    # ---------------------------------------------------------------- clients
    def honest_client(self, persona, rng_key):
        a = self.new_acct("client", "mkt", persona, rng_key)
        rng = a.rng
        cc = wchoice(rng, D.CLIENT_COUNTRIES)
        self.base_identity(a, cc)
        if rng.random() < 0.45:
            a.name = "%s %s %s" % (rng.choice(D.STARTUP_A), rng.choice(["Dental", "Realty", "Media", "Labs", "Consulting", "Outdoors", "Apparel", "Capital", "Studio", "Health"]),
                                   rng.choice(["LLC", "Inc.", "Ltd", "GmbH", "Pty Ltd", "BV"]))
        self.std_network(a, p_mobile=0.2)
        a.created = S0 - rng.uniform(30, 3000) * DAY
        a.sched = Sched(start=(10, 2), blocks=(1, 2), blen=(10, 40), p_wd=0.55, p_we=0.2)
        skills = rng.sample([s for s, _ in D.SKILL_W_HONEST], rng.randint(1, 3))
        for s in skills:
            self.clients_by_skill.setdefault(s, []).append(a)
        a.msg_off = 0.12 if persona == "client_offplatform" else 0.0
        self.pop_clients[a] = True
        return a

    # ================================================================ DPRK
    def budget(self, scheme, care, platform, rng):
        cands = dict(SIGW[scheme])
        forced = FORCED.get(scheme)
        cands.pop(forced, None)
        for s in list(cands):
            if platform == "hr" and s in MKT_ONLY:
                cands.pop(s)
            if platform == "mkt" and s in HR_ONLY:
                cands.pop(s)
            if self.no_hr and s in HR_EVENT_ONLY:
                cands.pop(s, None)
        if scheme == "shift_share":
            cands.pop("asian_hours", None)
        n = rng.randint(*NSIG[care]) - (1 if forced else 0)
        out = [forced] if forced else []
        while n > 0 and cands:
            s = wchoice(rng, list(cands.items()))
            cands.pop(s)
            out.append(s)
            n -= 1
        return out

    def make_team(self, tid, scheme, care, size, n_clients):
        R = random.Random("%s|team|%s" % (self.seed, tid))
        T = dict(id=tid, scheme=scheme, care=care, members=[], clients=[])
        origin = wchoice(R, ORIGINS)
        T["origin_cc"], T["op_tz"], T["origin_asns"], T["origin_city"] = origin
        ocity = T["origin_city"]
        T["dorm"] = [Line(self.nets, T["origin_cc"], R, asn=R.choice(T["origin_asns"]), business=True, v6=False, kind="dorm") for _ in range(R.randint(1, 2))]
        T["dorm_mob"] = Cgnat(self.nets, T["origin_cc"], R)
        T["devices"] = [Device(R, ua=R.choice(["win_chrome", "win_chrome", "win_edge", "mac_chrome"]), base=R.choice([139, 141, 143])) for _ in range(R.randint(2, 4))]
        T["photos"] = ["p:" + hexid(R, 12) for _ in range(R.randint(1, 3))]
        T["doc_photo"] = "p:" + hexid(R, 12)
        T["template"] = R.choice(D.DPRK_TEMPLATES)
        front = "%s %s" % (R.choice(D.FRONT_COMPANY_A), R.choice(D.FRONT_COMPANY_B))
        fcc = R.choice(["HK", "CN", "SG", "AE", "RU", "MY"])
        T["front"], T["front_cc"] = front, fcc
        T["front_pay"] = [self.instrument(R.choice(["bank", "payoneer", "wise"]), fcc, front, R) for _ in range(R.randint(1, 2))]
        T["mule_names"] = [make_person("CN" if fcc in ("CN", "HK") else ("RU" if fcc == "RU" else "US"), R).display for _ in range(2)]
        T["wallets"] = ["T" + "".join(R.choice(B58) for _ in range(33)) for _ in range(2)]
        T["handles"] = ["%s_%s%d" % (R.choice(["dev", "smart", "king", "top", "pro", "star", "happy"]), R.choice(["coder", "dev", "engineer", "master", "tech"]), R.randint(1, 999)) for _ in range(3)]
        T["voip"] = [self.phones.gen("US", R, area=R.choice([201, 213, 302, 312, 347, 415, 470, 503, 512, 646, 702, 786, 818, 929])) for _ in range(R.randint(1, 3))]
        T["exit_pools"] = {}
        T["resi"] = {}
        T["burst_slots"] = [(d, R.uniform(8, 20)) for d in sorted(R.sample(range(self.days), min(self.days, max(3, self.days // 5))))]
        T["sanctioned"] = R.choice(D.SANCTIONED_FRONTS)
        T["doc_numbers"] = ["dl:sha256:" + hexid(R, 12) for _ in range(2)]
        if scheme in ("laptop_farm", "shift_share"):
            fc = R.choice(FACILITATOR_CITIES)
            T["fac_city"] = fc
            T["fac_name"] = make_person("US", R).display
            T["fac_addr"] = address("US", fc[0], fc[1], R)
            T["fac_lines"] = [Line(self.nets, "US", R, period=R.choice([60, 365, 10000]), v6=False, kind="farm") for _ in range({"sloppy": 1, "moderate": 1, "careful": 2, "very_careful": 3}[care])]
        self.teams.append(T)
        return T

    def team_exit(self, T, cc, shared):
        key = (cc, shared)
        if key not in T["exit_pools"]:
            R = random.Random("%s|texit|%s|%s" % (self.seed, T["id"], cc))
            pool = self.nets.astrill_pool(cc)
            T["exit_pools"][key] = Pool(R.sample(pool, min(len(pool), R.randint(5, 10))), "vpn", sticky=True)
        return T["exit_pools"][key]

    def team_resi(self, T, cc):
        if cc not in T["resi"]:
            R = random.Random("%s|tresi|%s|%s" % (self.seed, T["id"], cc))
            T["resi"][cc] = Pool([self.nets.isp_ip(cc, R, mobile=R.random() < 0.3) for _ in range(R.randint(8, 20))], "resi", sticky=True)
        return T["resi"][cc]

    def dprk_account(self, T, role, idx):
        scheme = T["scheme"]
        platform = "mkt" if role in ("freelancer", "client") else "hr"
        persona_scheme = "review_client" if role == "client" else scheme
        kind = {"freelancer": "freelancer", "client": "client", "hr": "applicant"}[role]
        a = self.new_acct(kind, platform, "", "%s-%d" % (T["id"], idx))
        rng = a.rng
        care = T["care"]
        if rng.random() < 0.2:
            care = CARES[max(0, min(3, CARES.index(care) + rng.choice([-1, 1])))]
        a.label, a.team, a.care = "dprk", T["id"], care
        a.persona = "%s:%s" % (persona_scheme, care)
        a.team_obj = T
        I = INTENSITY[care]
        sig = self.budget(persona_scheme, care, platform, rng)
        a.sig = sig
        S = set(sig)
        # --- claimed identity
        if scheme == "rented_account" and role == "freelancer":
            cc = wchoice(rng, RENTED_OWNERS)
        elif scheme == "laptop_farm" or (platform == "hr" and rng.random() < 0.7):
            cc = "US" if rng.random() < 0.9 else "CA"
        else:
            cc = wchoice(rng, DPRK_CLAIMS)
        self.base_identity(a, cc)
        if "reused_photo" in S:
            a.photo = rng.choice(T["photos"])
        elif rng.random() < 0.1:
            a.photo = None
        if "voip_phone" in S:
            a.phone = rng.choice(T["voip"]) if care in ("sloppy", "moderate") else self.phones.gen("US", rng, area=rng.choice([213, 312, 415, 646, 702, 818]))
            a.phone_kind = "voip"
        em_style = 8 if ("profile_slip" in S and care == "sloppy") else None
        a.email = email_for(a.p, cc, rng, self.emails, domain=rng.choice(["gmail.com", "gmail.com", "outlook.com", "proton.me"]), style=em_style)
        if "profile_slip" in S:
            slip = wchoice(rng, [("tz", 45), ("email", 40), ("phone", 15)])
            if slip == "tz":
                a.extra["timezone"] = rng.choice(["Asia/Shanghai", "America/New_York", "Asia/Tokyo", "America/Los_Angeles"])
            elif slip == "email":
                a.email = email_for(a.p, cc, rng, self.emails, domain=rng.choice(["163.com", "qq.com", "yandex.com", "mail.ru"]))
            else:
                a.phone = self.phones.gen(rng.choice(["CN", "RU", "LA", "HK"]), rng)
        self.profile_history(a, rng)
        if "fake_reference" in S or rng.random() < 0.5:
            comp = "%s %s" % (rng.choice(D.STARTUP_A), rng.choice(D.STARTUP_B))
            a.employment[-1] = {"company": comp, "domain": comp.lower().replace(" ", "") + rng.choice([".com", ".io", ".net"]), "country": cc,
                                "title": "Senior Software Engineer", "from": "2019-03", "to": "2024-11"}
            a._fake_emp = True
        if "sanctioned_link" in S:
            nm, dom, scc = T["sanctioned"]
            a.employment.insert(0, {"company": nm, "domain": dom or None, "country": scc, "title": "Software Developer", "from": "2015-04", "to": "2018-09"})
            a.employment[0] = {k: v for k, v in a.employment[0].items() if v}
        if rng.random() < 0.5:
            a.github = fold(a.p.first + a.p.last).lower().replace(" ", "") + rng.choice(["dev", "-dev", "0x", str(rng.randint(1, 99)), "-web3"])
        # --- network
        shared = "shared_ip" in S
        if "vpn_exit" in S:
            main = self.team_exit(T, cc, True) if shared else Pool(rng.sample(self.nets.astrill_pool(cc), min(8, len(self.nets.astrill_pool(cc)))), "vpn", sticky=True)
        else:
            main = self.team_resi(T, cc) if shared else Pool([self.nets.isp_ip(cc, rng, mobile=rng.random() < 0.3) for _ in range(rng.randint(4, 12))], "resi", sticky=True)
        srcs = [(1.0, main)]
        if "hosting_ip" in S:
            srcs.append((0.1 + 0.3 * I, Pool([self.nets.dc_ip(cc, rng) for _ in range(3)], "dc", sticky=True)))
            if care == "sloppy" and rng.random() < 0.3:
                srcs.append((0.02, Pool(rng.sample(self.nets.tor, 10), "tor")))
        leak_p = 0.0
        leak = None
        if "origin_leak" in S:
            leak_p = 0.05 * I
            leak = [(0.7, rng.choice(T["dorm"])), (0.3, T["dorm_mob"])]
        a.stays = [Stay(0, 10 ** 6, T["op_tz"], srcs, leak_p, leak)]
        a.home = main
        # --- devices
        if "shared_device" in S:
            a.dev_pool = T["devices"]
            a.dev = T["devices"][0]
        else:
            a.dev = Device(rng, ua=rng.choice(["win_chrome", "win_chrome", "mac_chrome", "win_edge"]))
        a.pdev = a.dev if rng.random() < 0.7 else Device(rng, phone=True, ua="android")
        # --- schedule
        if "round_the_clock" in S:
            a.sched = Sched(start=(9.0, 0.7), blocks=(3, 4), blen=(100, 200), gap=(10, 40), p_wd=0.97, p_we=0.85, tz=T["op_tz"],
                            shifts=[0.0, 8.0, 15.5][:rng.choice([2, 3])])
        elif "asian_hours" in S:
            a.sched = Sched(start=(9.0 if care == "sloppy" else 10.5, 1.0), blocks=(2, 4 if I > 0.5 else 3), blen=(80, 190), gap=(15, 60), p_wd=0.9,
                            p_we=0.25 + 0.3 * I, tz=T["op_tz"])
        else:
            a.sched = Sched(start=(9.0, 1.2), blocks=(2, 3), blen=(80, 190), gap=(15, 60), p_wd=0.9, p_we=0.25, tz=a.tzname)
        # --- payout
        holder = a.name
        pcc = cc
        method = "payoneer" if platform == "mkt" and rng.random() < 0.5 else ("bank" if rng.random() < 0.6 else "wise")
        inst = None
        if "shared_payout" in S:
            inst = dict(rng.choice(T["front_pay"]))
            if "payout_name_mismatch" not in S:
                inst["holder"] = a.name
            if "payout_country_mismatch" not in S:
                inst["country"] = cc
        else:
            if "crypto_payout" in S:
                inst = self.instrument("crypto", cc, holder, rng, wallet=(rng.choice(D.SANCTIONED_WALLETS) if ("sanctioned_link" in S and rng.random() < 0.5) else None))
            else:
                if "payout_name_mismatch" in S:
                    holder = rng.choice([T["front"], rng.choice(T["mule_names"]), rng.choice(T["mule_names"]).upper()])
                    if "sanctioned_link" in S and rng.random() < 0.4:
                        holder = T["sanctioned"][0]
                if "payout_country_mismatch" in S:
                    pcc = T["front_cc"]
                inst = self.instrument(method, pcc, holder, rng)
        a.payouts = [(0, inst)]
        if rng.random() < 0.35 * I:
            d = rng.randint(5, self.days - 2)
            a.payouts.append((d, self.instrument(rng.choice(["payoneer", "wise", "crypto"]), inst["country"], inst["holder"], rng)))
        # --- work market behaviour
        a.skill = wchoice(rng, D.SKILL_W_DPRK)
        base = {"US": 60, "CA": 55, "GB": 55, "JP": 50, "DE": 55, "AU": 55}.get(cc, 40)
        a.rate = int(base * (rng.uniform(0.35, 0.6) if "rate_undercut" in S else rng.uniform(0.7, 1.3)))
        if "template_bids" in S:
            a.bidder = Bidder(rng, kind="template", first=a.p.first, template=T["template"], paraphrase=1 - I)
        else:
            a.bidder = Bidder(rng, first=a.p.first)
        a.bid_lam = rng.uniform(0.8, 3)
        a.win_p = 0.045
        a.n_contracts = rng.choice([0, 1, 1, 2])
        if "bid_burst" in S:
            a.burst_slots = T["burst_slots"]
            a.bid_lam = rng.uniform(0.5, 2)
        a.msg_off = (0.35 * I + 0.05) if "offplatform_request" in S else 0.0
        a.msg_pay = 0.1 * I if "offplatform_request" in S else 0.01
        if "new_account" in S:
            a.created = S0 - rng.uniform(5, 80) * DAY if rng.random() < 0.7 else S0 + rng.uniform(0, max(1, self.days - 20)) * DAY
            a.active_from = max(0, int((a.created - S0) // DAY))
            a.extra.update(hours_worked=int(rng.uniform(0, 40)), job_success=None, earnings=int(rng.uniform(0, 800)))
        else:
            a.created = S0 - rng.uniform(200, 1500) * DAY
            hrs = rng.uniform(100, 1800)
            a.extra.update(hours_worked=int(hrs), job_success=round(rng.uniform(0.85, 1.0), 2), earnings=int(hrs * a.rate * 0.8))
        if care == "sloppy" and rng.random() < 0.12:
            a.status_change = (S0 + rng.uniform(self.days * 0.6, self.days) * DAY, "suspended")
        # --- scheme specifics
        if scheme == "rented_account" and role == "freelancer":
            self.rented(a, T, S, rng, I)
        if role == "client":
            a.kind = "client"
            a.name = "%s %s" % (rng.choice(D.STARTUP_A), rng.choice(["Ventures LLC", "Digital Inc.", "Media LLC", "Holdings Ltd", "Apps Inc."])) if rng.random() < 0.6 else a.name
            a.sched = Sched(start=(10, 2), blocks=(1, 2), blen=(10, 40), p_wd=0.6, p_we=0.3, tz=a.sched.tz)
            for s in rng.sample([s for s, _ in D.SKILL_W_DPRK], 2):
                self.clients_by_skill.setdefault(s, []).append(a)
            self.pop_clients[a] = True
        if scheme == "front_agency" and role == "freelancer":
            if "ag_id" not in T:
                T["ag_id"] = "ag-" + hexid(random.Random("%s|agid|%s" % (self.seed, T["id"])), 6)
            a.agency = T["ag_id"]
        if platform == "hr":
            self.dprk_hr(a, T, S, rng, I, care)
        return a

    def rented(self, a, T, S, rng, I):
        """A real person's dormant account taken over / rented."""
        care = a.care
        a.created = S0 - rng.uniform(900, 3000) * DAY
        hrs = rng.uniform(300, 4000)
        own_rate = int(a.rate * rng.uniform(0.6, 1.0))
        a.extra.update(hours_worked=int(hrs), job_success=round(rng.uniform(0.88, 1.0), 2), earnings=int(hrs * own_rate * 0.8))
        d = rng.randint(0, max(1, self.days // 3))
        a.active_from = d
        t = S0 + d * DAY + rng.uniform(0, DAY)
        # the owner's original (pre-takeover) payout and devices are not visible in-window except the payout method
        own = self.instrument(self.payout_method(a.cc, rng), a.cc, a.name, rng)
        owner_kept_payout = care in ("careful", "very_careful") and not ({"payout_name_mismatch", "payout_country_mismatch", "shared_payout"} & S)
        if owner_kept_payout:
            a.payouts = [(0, own)]
        else:
            a.payouts = [(0, own), (d, a.payouts[0][1])]
        upd = dict(hourly_rate=a.rate)
        if care in ("sloppy", "moderate"):
            upd["phone"] = rng.choice(T["voip"])
            upd["email"] = email_for(a.p, a.cc, rng, self.emails, domain="gmail.com")
            if care == "sloppy" and rng.random() < 0.5:
                upd["photo_hash"] = rng.choice(T["photos"])
            upd["timezone"] = a.tzname
        a.updates.append((t, upd))
        # careful operators proxy through the owner's country; sloppy ones just use their VPN exit / team exits in the US
        if "vpn_exit" in S and care in ("sloppy", "moderate") and rng.random() < 0.6:
            a.stays[0].srcs = [(1.0, self.team_exit(T, "US", "shared_ip" in S))] + a.stays[0].srcs[1:]
        a.extra["rented_from_day"] = d

    def dprk_hr(self, a, T, S, rng, I, care):
        org = self.pick_org(rng, a.cc)
        a.hr = self.hr_plan(a, org, rng)
        hr = a.hr
        hr["dprk"] = True
        hr["stage"] = "employee" if rng.random() < 0.4 else "applicant"
        hr["pass_p"] = (0.75, 0.65 - 0.15 * I if "interview_flags" in S else 0.7, 0.75)
        hr["sig"] = S
        hr["I"] = I
        sal = 120000 if a.cc == "US" else 95000
        hr["salary"] = sal * rng.uniform(0.8, 1.2)
        hr["dprk_msgs"] = "offplatform_request" in S or rng.random() < 0.3 * I
        a.sched.blen = (120, 240)
        if T["scheme"] in ("laptop_farm", "shift_share"):
            if "farm_ip" in S:
                line = rng.choice(T["fac_lines"])
            else:
                fc = rng.choice(FACILITATOR_CITIES)
                line = Line(self.nets, "US", rng, period=10000, v6=False, kind="farm")
            hr["farm"] = line
            hr["always_on"] = True
            if "ship_mismatch" in S:
                hr["ship_addr"] = dict(T["fac_addr"])
                hr["recipient"] = T["fac_name"] if care == "sloppy" and rng.random() < 0.6 else None
            else:
                hr["ship_addr"] = address(a.cc, a.city, a.region, rng, mailbox=rng.random() < 0.5)
            if "remote_access" in S:
                k = 2 if care == "sloppy" else 1
                opts = D.REMOTE_SW[:4] if care in ("sloppy", "moderate") else ["Chrome Remote Desktop", "Splashtop Streamer", "Parsec"]
                hr["sw_extra"] += rng.sample(opts, k)
            if "ip_kvm" in S:
                hr["usb_extra"].append(rng.choice(D.USB_IPKVM if care in ("sloppy", "moderate") else D.USB_IPKVM[2:4]))
                hr["displays"] = [rng.choice(D.DISPLAYS_IPKVM)] if care in ("sloppy", "moderate") else [rng.choice(D.DISPLAYS_HONEST)]
            hr["personal_vpn"] = "vpn_exit" in S
        else:
            # remote worker without a farm: laptop forwarded or BYOD behind VPN
            if "ship_mismatch" in S:
                hr["ship_addr"] = address("US", *rng.choice(FACILITATOR_CITIES)[:2], rng, mailbox=True)
            else:
                hr["ship_addr"] = address(a.cc, a.city, a.region, rng, mailbox=rng.random() < 0.3)
            hr["farm"] = None
            if "remote_access" in S:
                hr["sw_extra"].append(rng.choice(D.REMOTE_SW[:3]))
            if "vpn_exit" in S and rng.random() < 0.5:
                hr["sw_extra"].append("Astrill VPN")


# ----------------------------------------------------------------------------
HIGH_RISK_VPN = {"CN": (0.6, 0.75), "RU": (0.35, 0.5), "BY": (0.3, 0.5), "VN": (0.08, 0.4), "PK": (0.08, 0.4), "UA": (0.1, 0.3), "HK": (0.1, 0.3)}


def rng_choice_or(lst, rng, default):
    return rng.choice(lst) if lst else default


from simulate import populate, simulate_all, write_outputs  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--accounts", type=int, default=2000)
    ap.add_argument("--days", type=int, default=45)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-hr", action="store_true", help="no interview/document/reference/shipment/endpoint events")
    ap.add_argument("outdir")
    args = ap.parse_args()
    t0 = time.time()
    g = Gen(args.accounts, args.days, args.seed, no_hr=args.no_hr)
    populate(g)
    simulate_all(g)
    write_outputs(g, args.outdir)
    print("wrote %d events for %d accounts to %s in %.1fs" % (len(g.events), len(g.accts), args.outdir, time.time() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()

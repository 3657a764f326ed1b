# -*- coding: utf-8 -*-
"""Population assembly and the day-by-day activity engine."""
import csv
import json
import os
import random

import data as D
from world import DAY, S0, Device, Line, address, hexid, iso, local_ts, poisson, wchoice, h

SCHEME_W = [("vpn_remote", 32), ("laptop_farm", 26), ("rented_account", 14), ("front_agency", 16), ("shift_share", 8)]
CARE_W = [("sloppy", 20), ("moderate", 30), ("careful", 30), ("very_careful", 20)]
FL_PERSONAS = [("regular_freelancer", 34), ("top_rated_veteran", 5), ("new_freelancer", 6), ("expat_stale_profile", 3),
               ("privacy_vpn_user", 5), ("private_relay_user", 4), ("corp_vpn_moonlighter", 2), ("frequent_traveller", 3),
               ("digital_nomad", 3), ("local_high_risk_country", 7), ("student_campus_nat", 3), ("mobile_only_cgnat", 4),
               ("night_owl", 2.5), ("offshore_hours", 4), ("bank_switcher", 2), ("crypto_paid", 2), ("voip_gmail", 2.5),
               ("returning_dormant", 2), ("transliterated_name", 4), ("dual_role", 1)]
HR_PERSONAS = [("regular_employee", 34), ("regular_applicant", 20), ("remote_support_engineer", 4), ("oncall_night_shift", 3),
               ("relocated_employee", 3), ("intl_contractor", 6), ("homelab_kvm", 1.5), ("interview_glitch", 4),
               ("reference_unreachable", 4), ("transliterated_name", 4), ("privacy_vpn_user", 3), ("private_relay_user", 3),
               ("voip_gmail", 2), ("frequent_traveller", 3), ("expat_stale_profile", 2), ("bank_switcher", 2), ("local_high_risk_country", 2)]
DPRK_FLAGS = [("scripted_answers", 5), ("lagging_video", 4), ("background_noise", 3), ("off_screen_prompting", 3), ("reads_from_screen", 3),
              ("multiple_voices", 2), ("evasive_about_location", 2), ("virtual_background", 2), ("declined_id_on_camera", 1.5),
              ("voice_mismatch", 1), ("deepfake_artifacts", 0.7)]
HONEST_FLAGS = [("lagging_video", 5), ("audio_issues", 4), ("nervous", 3), ("reads_from_screen", 1), ("background_noise", 1.5), ("virtual_background", 1.5)]
EUR = {"DE", "FR", "NL", "ES", "IT", "PT", "IE"}


# ============================================================================
# population
# ============================================================================
def populate(g):
    R = g.R
    N = g.n
    g.make_orgs()
    # ---- DPRK teams
    target = max(3, int(round(0.05 * N)))
    made, tid = 0, 0
    dprk = []
    first = [sc for sc, _ in SCHEME_W]
    R.shuffle(first)
    while made < target:
        tid += 1
        scheme = first[tid - 1] if tid <= len(first) and target >= 12 else wchoice(R, SCHEME_W)
        care = wchoice(R, CARE_W)
        size = {"vpn_remote": (3, 7), "laptop_farm": (3, 6), "rented_account": (2, 4), "front_agency": (3, 6), "shift_share": (2, 3)}[scheme]
        size = min(R.randint(*size), max(1, target - made))
        ncl = 0
        if scheme == "vpn_remote" and R.random() < 0.35:
            ncl = 1
        if scheme == "front_agency":
            ncl = R.choice([1, 1, 2])
        T = g.make_team("dprk-t%02d" % tid, scheme, care, size, ncl)
        roles = []
        for i in range(size):
            if scheme == "laptop_farm":
                roles.append("hr")
            elif scheme in ("rented_account", "front_agency"):
                roles.append("freelancer")
            elif scheme == "shift_share":
                roles.append("freelancer" if R.random() < 0.5 else "hr")
            else:
                roles.append("freelancer" if R.random() < 0.6 else "hr")
        roles += ["client"] * ncl
        for i, role in enumerate(roles):
            a = g.dprk_account(T, role, i)
            T["members" if role != "client" else "clients"].append(a)
            dprk.append(a)
        made += len(roles)
    # review farming: team clients hire team freelancers
    for T in g.teams:
        fls = [m for m in T["members"] if m.kind == "freelancer"]
        if not T["clients"] or not fls:
            continue
        targets = [m for m in fls if "review_farm" in m.sig] or R.sample(fls, min(len(fls), R.randint(1, 3)))
        for cl in T["clients"]:
            for m in targets:
                for _ in range(R.randint(1, 3) if INT(cl) > 0.5 else 1):
                    s = R.randint(0, max(1, g.days - 6))
                    m.forced_contracts.append((cl, s, R.randint(2, 9)))
    dprk_fl = sum(1 for a in dprk if a.kind == "freelancer")
    dprk_cl = sum(1 for a in dprk if a.kind == "client")
    dprk_hr = sum(1 for a in dprk if a.platform == "hr")
    mkt_total = int(round(0.6 * N))
    clients_total = int(round(0.14 * mkt_total))
    want_cl = max(0, clients_total - dprk_cl)
    want_fl = max(0, mkt_total - clients_total - dprk_fl)
    want_hr = max(0, N - mkt_total - dprk_hr)
    honest_start = len(g.accts)
    cnt = {"seen": honest_start, "fl": 0, "hr": 0, "cl": 0}

    def count(platform, kind=None):
        for a in g.accts[cnt["seen"]:]:
            cnt["hr" if a.platform == "hr" else ("cl" if a.kind == "client" else "fl")] += 1
        cnt["seen"] = len(g.accts)
        return cnt["hr"] if platform == "hr" else (cnt["cl"] if kind == "client" else cnt["fl"])

    # ---- honest groups
    gi = 0
    while count("mkt", "freelancer") + count("hr") < 0.05 * (want_fl + want_hr):
        gi += 1
        g.household("hh%d" % gi, R.choice([2, 2, 2, 3, 3, 4, 5]))
    while count("mkt", "freelancer") < want_fl * 0.09:
        gi += 1
        g.agency("ag%d" % gi, R.randint(3, 8))
    while count("mkt", "freelancer") < want_fl * 0.12:
        gi += 1
        g.coworking("cw%d" % gi, R.randint(4, 9))
    # ---- honest individuals
    i = 0
    while count("mkt", "freelancer") < want_fl:
        i += 1
        p = wchoice(R, FL_PERSONAS)
        if p == "dual_role":
            a = g.honest_freelancer("dual_role", "fl%d" % i)
            twin = g.honest_employee("dual_role", "fl%d-b" % i, cc=a.cc)
            for f in ("p", "name", "email", "phone", "city", "region", "tzname", "_city", "photo", "education", "employment"):
                setattr(twin, f, getattr(a, f))
            twin.home = a.home
            twin.stays = a.stays
            twin.hr["stage"] = "applicant"
            a.twin, twin.twin = twin, a
            continue
        g.honest_freelancer(p, "fl%d" % i)
    while count("hr") < want_hr:
        i += 1
        g.honest_employee(wchoice(R, HR_PERSONAS), "hr%d" % i)
    while count("mkt", "client") < want_cl:
        i += 1
        g.honest_client("client_offplatform" if R.random() < 0.12 else "client", "cl%d" % i)
    # ---- ids
    used = set()
    order = list(g.accts)
    R.shuffle(order)
    for a in order:
        pre = {"freelancer": "fl", "client": "cl"}.get(a.kind, "emp")
        while True:
            aid = "%s-%06d" % (pre, R.randint(100000, 999999))
            if aid not in used:
                used.add(aid)
                break
        a.id = aid
    g.by_id = {a.id: a for a in g.accts}


def INT(a):
    return {"sloppy": 1.0, "moderate": 0.65, "careful": 0.4, "very_careful": 0.25}.get(a.care, 0)


# ============================================================================
# engine
# ============================================================================
class Contract:
    __slots__ = ("id", "client", "client_cc", "rate", "start", "end", "earned", "forced", "review")

    def __init__(self, cid, client, client_cc, rate, start, end, forced=False):
        self.id, self.client, self.client_cc, self.rate, self.start, self.end = cid, client, client_cc, rate, start, end
        self.earned, self.forced, self.review = 0.0, forced, None


def simulate_all(g):
    for a in sorted(g.accts, key=lambda x: x.id):
        Sim(g, a).run()


class Sim:
    def __init__(self, g, a):
        self.g, self.a = g, a
        self.rng = random.Random("%s|sim|%s" % (g.seed, a.id))
        self.last_login = -1e18
        self.last_ip = None
        self.contracts = []
        self.I = INT(a) if a.label == "dprk" else 0.0

    # ------------------------------------------------------------------ utils
    def emit(self, ts, typ, **f):
        self.g.emit(ts, typ, self.a, **f)

    def pick_src(self, st):
        return wpick(self.rng, st.srcs)

    def session_ip(self, st, day):
        rng = self.rng
        if st.leak_p and rng.random() < st.leak_p:
            src = wpick(rng, st.leak)
            return src.ip(rng, day), src, True
        src = self.pick_src(st)
        return src.ip(rng, day), src, False

    def device(self, src):
        a, rng = self.a, self.rng
        if a.dev_pool:
            return rng.choice(a.dev_pool)
        if getattr(src, "mobile", False) and a.pdev is not None and rng.random() < 0.7:
            return a.pdev
        return a.dev

    def login(self, ts, ip, dev, day, force=False, fail_p=0.02):
        if ip is None:
            return
        if not force and ts - self.last_login < 3 * 3600 and ip == self.last_ip:
            return
        if self.rng.random() < fail_p:
            self.emit(ts - self.rng.uniform(20, 240), "login", ip=ip, device=dev.id, user_agent=dev.agent(day), success=False)
        self.emit(ts, "login", ip=ip, device=dev.id, user_agent=dev.agent(day), success=True)
        self.last_login, self.last_ip = ts, ip

    def sessions(self, day):
        a, rng = self.a, self.rng
        st = a.stay(day)
        sc = a.sched
        tzn = sc.tz or st.tz
        wd = day % 7
        p = sc.p_wd if wd < 5 else sc.p_we
        start = sc.start
        if sc.alt_start and (day // 7) % 2 == sc.alt_start[0]:
            start = sc.alt_start[1]
        out = []
        for sh in (sc.shifts or [0.0]):
            if rng.random() > p:
                continue
            th = rng.gauss(start[0] + sh, start[1])
            for _ in range(rng.randint(*sc.blocks)):
                L = rng.randint(*sc.blen)
                out.append((local_ts(day, th, tzn), L, st))
                th += (L + rng.randint(*sc.gap)) / 60.0
        return out

    def snapshot(self, ts, kind=None):
        a = self.a
        f = dict(kind=kind or a.kind, name=a.name, country=a.cc, city=a.city, region=a.region,
                 timezone=a.extra.get("timezone", a.tzname), email=a.email, phone=a.phone, created=iso(min(a.created, ts)),
                 photo_hash=a.photo, status="active")
        if a.kind == "freelancer":
            f.update(hourly_rate=a.rate, hours_worked=a.extra.get("hours_worked"), job_success=a.extra.get("job_success"),
                     earnings=a.extra.get("earnings"), agency=a.agency)
        if a.kind in ("freelancer", "employee", "applicant") and a.education:
            f["education"] = a.education
            f["employment"] = a.employment
            f["github"] = a.github
            f["website"] = a.website
        if a.extra.get("rented_from_day") is not None:
            # the owner's dormant profile: an older rate
            f["hourly_rate"] = int(a.rate * 0.8) if a.rate else None
        self.emit(ts, "account", **f)

    # ------------------------------------------------------------------ run
    def run(self):
        a = self.a
        if a.platform == "hr":
            self.run_hr()
        elif a.kind == "client":
            self.run_client()
        else:
            self.run_freelancer()
        for ts, upd in a.updates:
            upd = {k: v for k, v in upd.items() if v is not None}
            if upd:
                self.emit(ts, "account", **upd)
        if a.status_change:
            self.emit(a.status_change[0], "account", status=a.status_change[1])
        elif a.label == "honest" and self.rng.random() < 0.006:
            self.emit(S0 + self.rng.uniform(5, self.g.days) * DAY, "account", status=self.rng.choice(["closed", "suspended"]))

    # ------------------------------------------------------------------ freelancers
    def new_contract(self, client, client_cc, rate, start, dur_days, forced=False):
        rng = self.rng
        cid = "ct-" + hexid(rng, 8)
        c = Contract(cid, client, client_cc, rate, start, start + dur_days * DAY, forced)
        self.contracts.append(c)
        if start > S0 + 60:
            self.emit(start - rng.uniform(1800, 20 * 3600), "contract", contract=cid, client=client, client_country=client_cc, status="offered", rate=rate)
        self.emit(start if start > S0 else S0 + rng.uniform(30, 1800), "contract", contract=cid, client=client, client_country=client_cc, status="active", rate=rate)
        self.emit(c.end, "contract", contract=cid, client=client, client_country=client_cc, status="ended", rate=rate)
        if rng.random() < (0.95 if forced else 0.7):
            if forced:
                r = 5
            elif self.a.label == "dprk":
                r = wchoice(rng, [(5, 60), (4, 25), (3, 9), (2, 3), (1, 3)])
            else:
                r = wchoice(rng, [(5, 74), (4, 17), (3, 5), (2, 2), (1, 2)])
            self.emit(c.end + rng.uniform(0.1, 3) * DAY, "review", from_=client, rating=r, contract=cid)
        # the first messages of a new engagement
        t0 = max(start, S0) + rng.uniform(600, 6 * 3600)
        if rng.random() < self.a.msg_off:
            self.message(t0, client, "sent", self.offplatform_text())
        elif rng.random() < 0.6:
            self.message(t0, client, "received", rng.choice(D.MSG_C_NORMAL))
        if rng.random() < self.a.msg_pay:
            self.message(t0 + rng.uniform(1, 5) * DAY, client, "sent", rng.choice(D.MSG_DPRK_PAY))
        cl = self.g.by_id.get(client)
        if cl is not None and cl.msg_off and rng.random() < cl.msg_off * 3:
            self.message(t0 + 3600, client, "received", rng.choice(["Can you message me on WhatsApp? Easier for quick questions.", "Please join our Slack workspace so the team can reach you."]))
        return c

    def offplatform_text(self):
        rng, a = self.rng, self.a
        if a.label != "dprk":
            return rng.choice(D.MSG_HONEST_OFFPLATFORM)
        T = a.team_obj
        return rng.choice(D.MSG_DPRK_OFFPLATFORM).format(handle=rng.choice(T["handles"]), phone=a.phone, n=rng.randint(1000, 9999), hexid=hexid(rng, 16))

    def message(self, ts, cp, direction, text):
        self.emit(ts, "message", counterparty=cp, direction=direction, text=text)
        cl = self.g.by_id.get(cp)
        if cl is not None:
            self.g.emit(ts, "message", cl, counterparty=self.a.id, direction="received" if direction == "sent" else "sent", text=text)

    def pick_jobs(self, day, bt, k=1):
        a, rng = self.a, self.rng
        js = [j for j in self.g.jobs(day, a.skill) + (self.g.jobs(day - 1, a.skill) if day > 0 else []) if j["t"] <= bt]
        if not js:
            return []
        return rng.sample(js, min(k, len(js)))

    def bid(self, day, bt, ip, job):
        a, rng = self.a, self.rng
        rate = max(5, int(a.rate * rng.uniform(0.85, 1.12)))
        self.emit(bt, "bid", job=job["job"], client=job["client"], client_country=job["client_country"], rate=rate,
                  text=a.bidder.text(rng, job, a.cc))
        if rng.random() < a.win_p:
            start = bt + rng.uniform(0.3, 4) * DAY
            self.new_contract(job["client"], job["client_country"], rate, start, rng.uniform(5, 45))

    def run_freelancer(self):
        a, g, rng = self.a, self.g, self.rng
        if a.snapshot_ts is None:
            ts = S0 + rng.uniform(0, 3 * 3600) if a.created < S0 else a.created
            self.snapshot(ts)
        # initial contracts
        if a.active_from < g.days:
            for _ in range(a.n_contracts):
                jobs = g.jobs(0, a.skill)
                j = rng.choice(jobs)
                start = S0 + a.active_from * DAY - rng.uniform(3, 120) * DAY
                self.new_contract(j["client"], j["client_country"], a.rate, start, (S0 - start) / DAY + rng.uniform(3, 90))
        for cl, sday, dur in a.forced_contracts:
            self.new_contract(cl.id, cl.cc, max(10, int(a.rate * rng.uniform(0.5, 0.9))), S0 + sday * DAY + rng.uniform(0, DAY), dur, forced=True)
            self.g.emit(S0 + sday * DAY + rng.uniform(0, DAY), "message", cl, counterparty=a.id, direction="sent", text=rng.choice(["Hi, I have a small task for you.", "Sending the contract now.", "Please start when ready."]))
        plan = sorted(a.payouts, key=lambda x: x[0])
        for d, inst in plan[1:]:
            if d < g.days:
                self.emit(S0 + d * DAY + rng.uniform(0, DAY), "payout", **inst)
        burst = {}
        if a.burst_slots:
            for d, hh in a.burst_slots:
                burst[d] = hh
        per_day_sessions = (a.sched.blocks[0] + a.sched.blocks[1]) / 2.0 * len(a.sched.shifts or [0])
        for day in range(a.active_from, g.days):
            sess = self.sessions(day)
            if not sess and rng.random() < 0.3:
                st = a.stay(day)
                sess = [(local_ts(day, rng.uniform(8, 23), st.tz), 5, st)]
            for ts, L, st in sess:
                ip, src, leak = self.session_ip(st, day)
                dev = self.device(src)
                self.login(ts, ip, dev, day, fail_p=0.3 if leak else 0.02)
                if leak and rng.random() < 0.6:
                    ip2, src, _ = self.session_ip(type(st)(st.d0, st.d1, st.tz, st.srcs), day)
                    self.login(ts + rng.uniform(60, 600), ip2, dev, day, force=True)
                    ip = ip2
                if L < 10:
                    continue
                act = [c for c in self.contracts if c.start <= ts < c.end]
                if act:
                    rem, tt = L, ts + 60 * rng.randint(1, 6)
                    while rem >= 10:
                        seg = min(rem, rng.randint(30, 150))
                        c = rng.choice(act)
                        self.emit(tt, "work", minutes=seg, contract=c.id, ip=ip, source="timetracker")
                        c.earned += seg / 60.0 * c.rate
                        rem -= seg
                        tt += (seg + rng.randint(2, 15)) * 60
                    if rng.random() < 0.3:
                        c = rng.choice(act)
                        self.message(ts + rng.uniform(0, L * 60), c.client, "sent", rng.choice(D.MSG_F_NORMAL))
                    if rng.random() < 0.22:
                        c = rng.choice(act)
                        self.message(ts + rng.uniform(0, L * 60), c.client, "received", rng.choice(D.MSG_C_NORMAL))
                seeking = 1.0 if len(act) < 2 else 0.25
                lam = a.bid_lam * seeking / max(1.0, per_day_sessions)
                for _ in range(poisson(rng, lam)):
                    bt = ts + rng.uniform(0, L * 60)
                    for j in self.pick_jobs(day, bt):
                        self.bid(day, bt, ip, j)
            if day in burst:
                T = a.team_obj
                ts = local_ts(day, burst[day] + rng.uniform(-0.3, 0.3), T["op_tz"])
                st = a.stay(day)
                ip, src, _ = self.session_ip(st, day)
                self.login(ts, ip, self.device(src), day, force=True)
                k = 5 + int(18 * self.I * rng.uniform(0.6, 1.2))
                jobs = self.pick_jobs(day, ts, k)
                bt = ts + 60
                for j in jobs:
                    self.bid(day, bt, ip, j)
                    bt += rng.uniform(40, 240)
            # weekly payout on Wednesday
            if day % 7 == 2:
                amt = sum(c.earned for c in self.contracts) * 0.9
                if amt > 1:
                    for c in self.contracts:
                        c.earned = 0.0
                    inst = current(plan, day)
                    self.emit(S0 + day * DAY + rng.uniform(2, 10) * 3600, "payout", amount=round(amt, 2), currency="USD", **inst)

    # ------------------------------------------------------------------ clients
    def run_client(self):
        a, g, rng = self.a, self.g, self.rng
        ts = S0 + rng.uniform(0, 3 * 3600) if a.created < S0 else a.created
        self.snapshot(ts)
        for day in range(max(0, a.active_from), g.days):
            for ts, L, st in self.sessions(day):
                ip, src, leak = self.session_ip(st, day)
                self.login(ts, ip, self.device(src), day, fail_p=0.3 if leak else 0.02)

    # ------------------------------------------------------------------ HR
    def hr_ts(self, day, org):
        """A business-hours time at the org on or after `day`."""
        rng = self.rng
        while (day % 7) >= 5:
            day += 1
        return local_ts(day, rng.uniform(9.0, 17.0), org["tz"]), day

    def run_hr(self):
        a, g, rng = self.a, self.g, self.rng
        hr = a.hr
        org = hr["org"]
        S = hr.get("sig", set())
        I = hr.get("I", 0.0)
        emp_from = None
        hire_pipeline_days = []
        if hr["stage"] == "employee":
            a.created = S0 - rng.uniform(60, 1500) * DAY if a.label == "honest" else S0 - rng.uniform(30, 400) * DAY
            self.snapshot(S0 + rng.uniform(0, 3600), kind="employee")
            emp_from = 0
        else:
            ad = hr["apply_day"]
            t_apply, _ = self.hr_ts(ad, org)
            a.created = t_apply - rng.uniform(0, 2) * DAY
            self.snapshot(t_apply, kind="applicant")
            emp_from = self.pipeline(t_apply, ad, org, S, I)
            hire_pipeline_days = list(range(ad, min(g.days, emp_from if emp_from is not None else ad + 20)))
        # portal logins during the process
        for day in hire_pipeline_days:
            if rng.random() < 0.25:
                st = a.stay(day)
                ts = local_ts(day, rng.uniform(8, 22), a.sched.tz or st.tz)
                ip, src, leak = self.session_ip(st, day)
                self.login(ts, ip, self.device(src), day, fail_p=0.3 if leak else 0.02)
        if emp_from is None:
            return
        # payroll
        plan = sorted(a.payouts, key=lambda x: x[0])
        for d, inst in plan[1:]:
            if d < g.days:
                self.emit(S0 + d * DAY + rng.uniform(0, DAY), "payout", **inst)
        cur_, mult = ("USD", 1.0)
        if a.cc in EUR:
            cur_, mult = "EUR", 0.92
        elif a.cc == "GB":
            cur_, mult = "GBP", 0.79
        elif a.cc == "CA":
            cur_, mult = "CAD", 1.36
        corp = Device(rng, ua="mac_chrome" if org["laptop"][1] == "apple" else "win_chrome")
        corp.id = hr["corp_dev"]
        farm = hr.get("farm")
        sw = list(dict.fromkeys(org["sw"] + hr["sw_extra"]))
        usb = hr["usb"] + hr["usb_extra"]
        displays = hr["displays"]
        z = org["zscaler"]
        zpool = g.nets.corpvpn_pool(z) if z else None
        office_days = set(rng.sample(range(5), rng.randint(1, 3))) if getattr(a, "_office", None) else set()
        last_ep = -1e18
        sw_day = rng.randint(emp_from, g.days) if rng.random() < 0.15 else None

        def endpoint(ts, ip, day):
            sw_now = sw + (["Loom"] if sw_day is not None and day >= sw_day else [])
            self.emit(ts, "endpoint", device=corp.id, serial=hr["serial"], ip=ip, software=sw_now, usb=usb, displays=displays)

        for day in range(emp_from, g.days):
            st = a.stay(day)
            line_ip = farm.ip(rng, day) if farm is not None else None
            if hr["always_on"]:
                t = S0 + day * DAY + rng.uniform(0, 3 * 3600)
                while t < S0 + (day + 1) * DAY:
                    eip = line_ip if farm is not None else self.session_ip(st, day)[0]
                    if zpool and rng.random() < 0.7:
                        eip = rng.choice(zpool)
                    endpoint(t, eip, day)
                    t += rng.uniform(4, 7) * 3600
            for ts, L, st in self.sessions(day):
                if farm is not None:
                    ip, src, leak = line_ip, farm, False
                    if st.leak_p and rng.random() < st.leak_p * 0.5:
                        lip = wpick(rng, st.leak).ip(rng, day)
                        self.emit(ts - rng.uniform(60, 900), "login", ip=lip, device=a.dev.id, user_agent=a.dev.agent(day), success=rng.random() < 0.5)
                elif (day % 7) in office_days:
                    ip, src, leak = a._office.ip(rng, day), a._office, False
                else:
                    ip, src, leak = self.session_ip(st, day)
                sso_ip = rng.choice(zpool) if (zpool and farm is None and rng.random() < 0.7) else ip
                self.login(ts, sso_ip, corp, day, fail_p=0.3 if leak else 0.015)
                if not hr["always_on"] and ts - last_ep > 2 * 3600:
                    endpoint(ts + rng.uniform(30, 300), sso_ip, day)
                    last_ep = ts
                self.emit(ts + rng.uniform(60, 300), "work", minutes=L, ip=sso_ip, source="vpn" if zpool else "sso")
                if rng.random() < 0.45:
                    self.emit(ts + rng.uniform(0.2, 0.9) * L * 60, "work", minutes=rng.randint(5, 45), source="commit")
            # personal-device sign-ins (phone, webmail) and, for DPRK operators, their own machine behind a VPN
            if rng.random() < 0.08:
                t = local_ts(day, rng.uniform(7, 22), st.tz)
                self.login(t, a.mob.ip(rng, day) if hasattr(a, "mob") else self.session_ip(st, day)[0], a.pdev or a.dev, day, force=True)
            if hr.get("personal_vpn") and rng.random() < 0.12 + 0.2 * I:
                t = local_ts(day, rng.uniform(8, 20), st.tz)
                self.login(t, a.home.ip(rng, day), a.dev, day, force=True)
            if day % 14 == 4:
                inst = current(plan, day)
                self.emit(S0 + day * DAY + rng.uniform(8, 14) * 3600, "payout", amount=round(hr["salary"] / 26 * mult, 2), currency=cur_, **inst)

    def pipeline(self, t, day, org, S, I):
        a, g, rng = self.a, self.g, self.rng
        hr = a.hr
        dprk = a.label == "dprk"
        rec = rng.choice(org["recruiters"])
        self.message(t + rng.uniform(1, 30) * 3600, rec, "received", "Thanks for applying to %s! Are you available for a short call this week?" % org["name"])
        self.message(t + rng.uniform(31, 50) * 3600, rec, "sent", rng.choice(D.MSG_HR_CAND))
        stages = [("screen", (2, 5), 0.55), ("technical", (3, 7), 0.95), ("final", (2, 5), 0.97)]
        d = day
        n_iv = 0
        for si, (name, gap, pvid) in enumerate(stages):
            d += rng.randint(*gap)
            ts, d = self.hr_ts(d, org)
            video = rng.random() < pvid
            camera = video
            flags = []
            if dprk and "interview_flags" in S:
                if rng.random() < 0.3 * I and video:
                    video = False
                    camera = False
                elif video and rng.random() < 0.5 * I + 0.1:
                    camera = False
                for _ in range(poisson(rng, 1.3 * I + 0.3)):
                    f = wchoice(rng, DPRK_FLAGS)
                    if f not in flags:
                        flags.append(f)
                if n_iv >= 1 and rng.random() < 0.35 * I:
                    flags.append("face_mismatch")
                if not camera and video and "camera_off" not in flags:
                    flags.append("camera_off")
            else:
                if hr.get("glitch") and si == 1:
                    if rng.random() < 0.5:
                        video, camera = False, False
                        flags = ["audio_only", "connection_dropped"]
                    else:
                        camera = False
                        flags = ["lagging_video", "camera_off"]
                elif rng.random() < 0.13:
                    flags = [wchoice(rng, HONEST_FLAGS)]
                    if video and rng.random() < 0.3:
                        camera = False
                        flags.append("camera_off")
            self.g.emit(ts, "interview", a, org["tz"], video=video, camera=camera, flags=flags)
            n_iv += 1
            if dprk and hr.get("dprk_msgs") and rng.random() < 0.4:
                self.message(ts - rng.uniform(2, 20) * 3600, rec, "sent", D.MSG_HR_DPRK[1])
            p = hr["pass_p"][si]
            if not dprk and (flags and "audio_only" in flags):
                p *= 0.85
            if rng.random() > p:
                self.message(ts + rng.uniform(1, 4) * DAY, rec, "received", "Thank you for your time. We have decided to move forward with other candidates.")
                return None
        # document check
        d += rng.randint(1, 2)
        ts, d = self.hr_ts(d, org)
        self.document(ts, org, S, I)
        # references
        entries = [(e["company"], e.get("domain"), "employment", e) for e in a.employment[-2:]]
        if rng.random() < 0.5 and a.education:
            e = a.education[0]
            entries.append((e["institution"], D.UNI_DOMAINS.get(e["institution"]), "education", e))
        for inst, dom, kind, e in entries:
            rts = ts + rng.uniform(0.5, 3) * DAY
            if dprk:
                fake = getattr(a, "_fake_emp", False) and e is a.employment[-1]
                sanctioned = any(e.get("company") == s[0] for s in D.SANCTIONED_FRONTS)
                if sanctioned:
                    res = "not_found"
                elif "fake_reference" in S and (fake or kind == "education"):
                    res = wchoice(rng, [("not_found", 40 * I + 5), ("no_response", 35), ("unconfirmed", 20)])
                else:
                    res = wchoice(rng, [("confirmed", 70), ("no_response", 25), ("unconfirmed", 5)])
            elif hr.get("refs_bad"):
                res = wchoice(rng, [("no_response", 50), ("not_found", 25), ("unconfirmed", 25)])
            else:
                res = wchoice(rng, [("confirmed", 75), ("no_response", 14), ("unconfirmed", 5), ("not_found", 6)])
            self.g.emit(rts, "reference", a, org["tz"], kind=kind, institution=inst, domain=dom, result=res)
        # offer, shipment, start
        d += rng.randint(3, 6)
        ts, d = self.hr_ts(d, org)
        self.emit(ts, "account", kind="employee")
        ship = hr.get("ship_addr") or getattr(a, "_addr", None) or address(a.cc, a.city, a.region, rng, mailbox=rng.random() < 0.03)
        if dprk and hr.get("dprk_msgs") and hr.get("ship_addr") and rng.random() < 0.7 * I + 0.2:
            ad = hr["ship_addr"]
            self.message(ts + rng.uniform(2, 20) * 3600, rec, "sent", D.MSG_HR_DPRK[0].format(addr="%s, %s, %s" % (ad["line1"], ad["city"], ad.get("region", ""))))
        sts = ts + rng.uniform(1, 3) * DAY
        self.g.emit(sts, "shipment", a, address=ship, recipient=hr.get("recipient") or a.name, item="laptop", serial=hr["serial"])
        start = d + rng.randint(7, 12)
        return start if start < g.days else None

    def document(self, ts, org, S, I):
        a, rng = self.a, self.rng
        hr = a.hr
        dprk = a.label == "dprk"
        kind = ("driver_license" if rng.random() < 0.7 else "passport") if a.cc == "US" else rng.choice(["passport", "national_id", "passport"])
        country = a.cc
        if a.persona in ("expat_stale_profile", "intl_contractor") and rng.random() < 0.3:
            kind = "residence_permit"
        pre = {"driver_license": "dl", "passport": "pp", "national_id": "id", "residence_permit": "rp"}[kind]
        num = "%s:sha256:%s" % (pre, hexid(rng, 12))
        photo = "p:" + hexid(rng, 12)
        name = hr.get("doc_name") or a.name
        res, reason = "verified", None
        if dprk:
            T = a.team_obj
            if "doc_reuse" in S:
                photo = T["doc_photo"]
                if rng.random() < 0.4:
                    num = T["doc_numbers"][0]
            if "doc_forged" in S:
                res = wchoice(rng, [("suspicious", 60), ("failed", 40 * I)])
                reason = rng.choice(["photo tampering score %.2f" % rng.uniform(0.55, 0.95), "font inconsistency in name field",
                                     "template mismatch for issuing state", "MRZ checksum failed", "selfie does not match document photo",
                                     "barcode data does not match printed data"])
        else:
            r = rng.random()
            if r < 0.04:
                self.g.emit(ts - rng.uniform(600, 7200), "document", a, org["tz"], kind=kind, country=country, name=name, number_hash=num,
                            photo_hash=photo, result="failed", reason=rng.choice(["image too blurry", "glare on document", "document cropped"]))
            elif r < 0.065:
                res, reason = "suspicious", rng.choice(["low image quality", "MRZ unreadable", "document near expiry", "name differs from application"])
        self.g.emit(ts, "document", a, org["tz"], kind=kind, country=country, name=name, number_hash=num, photo_hash=photo, result=res, reason=reason)


def wpick(rng, pairs):
    """pairs of (weight, value)"""
    x = rng.random() * sum(w for w, _ in pairs)
    for w, v in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][1]


def current(plan, day):
    inst = plan[0][1]
    for d, i in plan:
        if d <= day:
            inst = i
    return inst


# ============================================================================
# output
# ============================================================================
def write_outputs(g, outdir):
    os.makedirs(outdir, exist_ok=True)
    g.events.sort(key=lambda x: (x[0], x[1]))
    with open(os.path.join(outdir, "events.ndjson"), "w", encoding="utf-8") as f:
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        f.writelines(dumps(d) + "\n" for _, _, d in g.events)
    with open(os.path.join(outdir, "labels.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["account", "label", "persona", "team"])
        for a in sorted(g.accts, key=lambda x: x.id):
            w.writerow([a.id, a.label, a.persona, a.team])
    with open(os.path.join(outdir, "signals.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["account", "signals"])
        for a in sorted(g.accts, key=lambda x: x.id):
            if a.label == "dprk":
                w.writerow([a.id, ",".join(a.sig)])

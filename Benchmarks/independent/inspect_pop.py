#!/usr/bin/env python3
"""Sanity summary of a generated population (not part of the evaluation).

python3 inspect_pop.py OUTDIR  -> per-persona means: events, logins, distinct IPs, share of logins whose
libloc country differs from the claimed country, share from hosting/VPN ASNs, night-share of logins in
claimed zone, distinct devices.
"""
import csv
import json
import subprocess
import sys
import os
from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import indep_data as D  # noqa: E402


def main():
    out = sys.argv[1]
    labels = {r["account"]: r for r in csv.DictReader(open(os.path.join(out, "labels.csv")))}
    prof = {}
    logins = defaultdict(list)
    n_ev = defaultdict(int)
    bytype = defaultdict(lambda: defaultdict(int))
    for line in open(os.path.join(out, "events.ndjson"), encoding="utf-8"):
        e = json.loads(line)
        a = e["account"]
        n_ev[a] += 1
        bytype[a][e["type"]] += 1
        if e["type"] == "account":
            prof.setdefault(a, {}).update(e)
        elif e["type"] == "login":
            logins[a].append(e)
    ips = sorted({e["ip"] for l in logins.values() for e in l})
    info = gen._lookup_many(ips)
    names = {}
    for line in gen._run(["location", "list-countries", "--show-name"]).splitlines():
        names[line[3:].strip()] = line[:2]
    dc = set()
    for l in open(os.path.join(gen.SHARED, "lists/x4bnet-datacenter-asn.txt")):
        if l.startswith("AS"):
            dc.add(int(l.split()[0][2:]))
    for l in open(os.path.join(gen.SHARED, "lists/x4bnet-vpn-asn.txt")):
        if l.startswith("AS"):
            dc.add(int(l.split()[0][2:]))
    vpn_cidr_ips = set()
    agg = defaultdict(lambda: defaultdict(float))
    cnt = defaultdict(int)
    for a, r in labels.items():
        p = r["persona"]
        cnt[p] += 1
        L = logins.get(a, [])
        claimed = prof.get(a, {}).get("country")
        tz = prof.get(a, {}).get("timezone")
        mism = host = night = 0
        for e in L:
            cname, asn, anon = info.get(e["ip"], [None, None, False])
            cc = names.get(cname)
            if cc and claimed and cc != claimed:
                mism += 1
            if asn in dc or anon:
                host += 1
            if tz:
                h = datetime.fromisoformat(e["time"].replace("Z", "+00:00")).astimezone(ZoneInfo(tz)).hour
                if h < 6:
                    night += 1
        n = max(1, len(L))
        s = agg[p]
        s["events"] += n_ev[a]
        s["logins"] += len(L)
        s["ips"] += len({e["ip"] for e in L})
        s["devs"] += len({e.get("device") for e in L})
        s["mism"] += mism / n
        s["host"] += host / n
        s["night"] += night / n
        for t in ("work", "bid", "message", "payout"):
            s[t] += bytype[a][t]
    print(f"{'persona':38s} {'n':>4s} {'ev':>6s} {'login':>6s} {'work':>5s} {'bid':>5s} {'msg':>5s} {'pay':>4s} {'ips':>5s} {'dev':>4s} {'ccMis':>6s} {'dcVpn':>6s} {'night':>6s}")
    for p in sorted(agg, key=lambda x: (x.startswith("dprk"), x)):
        s, n = agg[p], cnt[p]
        print(f"{p:38s} {n:4d} {s['events']/n:6.0f} {s['logins']/n:6.0f} {s['work']/n:5.0f} {s['bid']/n:5.0f} {s['message']/n:5.0f} {s['payout']/n:4.1f} {s['ips']/n:5.1f} {s['devs']/n:4.1f} {s['mism']/n:6.2f} {s['host']/n:6.2f} {s['night']/n:6.2f}")


if __name__ == "__main__":
    main()

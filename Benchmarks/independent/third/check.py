#!/usr/bin/env python3
"""Sanity report for a generated population (stdlib + the `location` CLI).

    python3 check.py OUTDIR [--no-geo]

Per persona: accounts, events/account, share of login IPs outside the claimed
country, share via VPN/hosting ASNs, night share (22:00-06:00 claimed time).
Then, for a set of observable red flags, the rate among honest accounts
(overall and worst persona) against DPRK accounts that were / were not given
the matching signal.
"""
import collections
import csv
import json
import os
import re
import subprocess
import sys
import datetime as dt
from zoneinfo import ZoneInfo

SHARED = os.environ.get("REDFLAG_SHARED_DATA", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))


def load_dc_asns():
    s = set()
    for fn in ("x4bnet-datacenter-asn.txt", "x4bnet-vpn-asn.txt"):
        for line in open(os.path.join(SHARED, "lists", fn)):
            m = re.match(r"AS(\d+)", line)
            if m:
                s.add(int(m.group(1)))
    for line in open(os.path.join(SHARED, "lists", "bad-asn-list.csv")):
        m = re.match(r"(\d+),", line)
        if m:
            s.add(int(m.group(1)))
    return s


def geo(ips):
    names = {}
    for line in subprocess.run(["location", "list-countries", "--show-name"], capture_output=True, text=True).stdout.splitlines():
        p = line.split(None, 1)
        if len(p) == 2:
            names[p[1].strip()] = p[0]
    out = {}
    ips = sorted(ips)
    for i in range(0, len(ips), 500):
        txt = subprocess.run(["location", "lookup"] + ips[i:i + 500], capture_output=True, text=True).stdout
        cur = None
        for line in txt.splitlines():
            if line and not line.startswith(" ") and line.endswith(":"):
                cur = line[:-1]
                out[cur] = [None, None]
            elif cur and ":" in line:
                k, v = [x.strip() for x in line.split(":", 1)]
                if k == "Country":
                    out[cur][0] = names.get(v, v)
                elif k == "Autonomous System":
                    m = re.match(r"AS(\d+)", v)
                    if m:
                        out[cur][1] = int(m.group(1))
    return out


def main():
    outdir = sys.argv[1]
    nogeo = "--no-geo" in sys.argv
    labels = {}
    for r in csv.DictReader(open(os.path.join(outdir, "labels.csv"))):
        labels[r["account"]] = r
    sigs = {}
    for r in csv.DictReader(open(os.path.join(outdir, "signals.csv"))):
        sigs[r["account"]] = set(r["signals"].split(";")) if r["signals"] else set()
    prof = collections.defaultdict(dict)
    ev = collections.defaultdict(list)
    ipacc = collections.defaultdict(set)
    devacc = collections.defaultdict(set)
    epipacc = collections.defaultdict(set)
    destacc = collections.defaultdict(set)
    bidacc = collections.defaultdict(set)
    nev = collections.Counter()
    for line in open(os.path.join(outdir, "events.ndjson"), encoding="utf-8"):
        if not line.strip():
            continue
        e = json.loads(line)
        a = e["account"]
        nev[a] += 1
        t = e["type"]
        if t == "account":
            for k, v in e.items():
                if k not in ("type", "time", "account", "id"):
                    prof[a].setdefault(k, v)   # first-seen (approximately the snapshot)
            continue
        ev[a].append(e)
        if t in ("login", "work") and "ip" in e:
            ipacc[e["ip"]].add(a)
        if t == "login" and "device" in e:
            devacc[e["device"]].add(a)
        if t == "endpoint" and "ip" in e:
            epipacc[e["ip"]].add(a)
        if t == "payout" and "destination" in e:
            destacc[e["destination"]].add(a)
        if t == "bid" and "text" in e:
            bidacc[re.sub(r"\W+", " ", e["text"].lower())[:60]].add(a)
    # near-duplicate proposals: word 3-shingle Jaccard >= 0.5 between the first bids of two different accounts
    first_bid = {}
    for a, es in ev.items():
        for e in es:
            if e["type"] == "bid" and "text" in e:
                w = re.sub(r"[^a-z ]+", " ", e["text"].lower()).split()
                first_bid[a] = {" ".join(w[i:i + 3]) for i in range(max(1, len(w) - 2))}
                break
    inv = collections.defaultdict(list)
    for a, sh in first_bid.items():
        for x in sh:
            inv[x].append(a)
    near_dup = set()
    for a, sh in first_bid.items():
        c = collections.Counter()
        for x in sh:
            if len(inv[x]) < 400:
                c.update(inv[x])
        for b, k in c.items():
            if b != a and k / len(sh | first_bid[b]) >= 0.5:
                near_dup.add(a)
                break
    g = {}
    dc = set()
    if not nogeo:
        dc = load_dc_asns()
        g = geo([ip for ip in ipacc])
    obs = {}
    per_persona = collections.defaultdict(lambda: collections.defaultdict(list))
    for a, lab in labels.items():
        p = prof.get(a, {})
        claimed = p.get("country")
        tz = p.get("timezone")
        es = ev.get(a, [])
        logins = [e for e in es if e["type"] == "login"]
        o = {}
        ips = [e["ip"] for e in es if e["type"] in ("login", "work") and "ip" in e]
        if ips and g:
            ccs = [g.get(ip, [None])[0] for ip in ips]
            asn = [g.get(ip, [None, None])[1] for ip in ips]
            o["foreign"] = sum(1 for c in ccs if c and claimed and c != claimed) / len(ips)
            o["vpn"] = sum(1 for x in asn if x in dc) / len(ips)
            o["leak"] = any(c in ("CN", "RU", "LA", "KP") and c != claimed for c in ccs)
            o["kp"] = any(c == "KP" for c in ccs)
        # night share in the claimed zone (fallback: country's first city unknown -> skip)
        starts = [e for e in es if e["type"] == "work" and e.get("source") in (None, "timetracker", "sso")]
        if tz and starts:
            z = ZoneInfo(tz)
            night = 0
            hours = set()
            for e in starts:
                t = dt.datetime.fromisoformat(e["time"].replace("Z", "+00:00")).astimezone(z)
                hours.add(t.hour)
                if t.hour >= 22 or t.hour < 6:
                    night += 1
            o["night"] = night / len(starts)
            o["hours"] = len(hours)
        o["shared_ip"] = any(len(ipacc[ip]) >= 3 for ip in set(ips))
        o["shared_device"] = any(len(devacc[e["device"]]) >= 2 for e in logins if "device" in e)
        pays = [e for e in es if e["type"] == "payout"]
        name = p.get("name")
        o["pay_crypto"] = any(e.get("method") == "crypto" for e in pays)
        o["pay_cc_mismatch"] = any(e.get("country") and claimed and e["country"] != claimed for e in pays)
        o["pay_holder_mismatch"] = any(e.get("holder") and name and e["holder"] != name for e in pays)
        o["pay_shared"] = any(len(destacc[e["destination"]]) >= 2 for e in pays if "destination" in e)
        o["pay_change"] = len({e["destination"] for e in pays if "destination" in e}) >= 2
        msgs = " ".join(e.get("text", "") for e in es if e["type"] == "message" and e.get("direction") == "sent")
        o["telegram"] = "telegram" in msgs.lower()
        o["offplatform"] = bool(re.search(r"whatsapp|usdt|directly|payoneer instead", msgs, re.I))
        eps = [e for e in es if e["type"] == "endpoint"]
        sw = " ".join(" ".join(e.get("software", [])) for e in eps)
        o["remote_tool"] = bool(re.search(r"AnyDesk|TeamViewer|RustDesk|Chrome Remote|Splashtop|ScreenConnect", sw))
        usb = json.dumps([e.get("usb", []) for e in eps]) + json.dumps([e.get("displays", []) for e in eps])
        o["kvm"] = bool(re.search(r"KVM|TinyPilot|Dummy", usb))
        o["ep_shared_ip"] = any(len(epipacc[e["ip"]]) >= 2 for e in eps if "ip" in e)
        ships = [e for e in es if e["type"] == "shipment"]
        o["ship_elsewhere"] = any(e["address"].get("city") != p.get("city") or (name and e.get("recipient") and e["recipient"] != name) for e in ships)
        ivs = [e for e in es if e["type"] == "interview"]
        o["no_camera"] = any(e.get("video") is False or e.get("camera") is False for e in ivs)
        o["doc_bad"] = any(e.get("result") in ("failed", "suspicious") for e in es if e["type"] == "document")
        o["ref_bad"] = any(e.get("result") in ("not_found", "no_response") for e in es if e["type"] == "reference")
        o["template"] = a in near_dup
        o["round_clock"] = o.get("hours", 0) >= 20
        obs[a] = o
        pp = per_persona[lab["persona"]]
        pp["n"].append(1)
        pp["events"].append(nev[a])
        for k in ("foreign", "vpn", "night"):
            if k in o:
                pp[k].append(o[k])
    print("%-28s %5s %8s %8s %8s %8s" % ("persona", "n", "ev/acct", "foreign", "vpn", "night"))
    for pname in sorted(per_persona, key=lambda x: (x.startswith("dprk"), x)):
        pp = per_persona[pname]
        avg = lambda k: (sum(pp[k]) / len(pp[k])) if pp[k] else float("nan")
        print("%-28s %5d %8.0f %8.2f %8.2f %8.2f" % (pname, len(pp["n"]), avg("events"), avg("foreign"), avg("vpn"), avg("night")))
    # collisions
    flagdefs = [
        ("vpn>=0.2", lambda o: o.get("vpn", 0) >= 0.2, {"vpn_exit", "shared_ip_team"}),
        ("foreign>=0.3", lambda o: o.get("foreign", 0) >= 0.3, {"vpn_exit", "offhours"}),
        ("origin CN/RU/LA/KP", lambda o: o.get("leak"), {"origin_leak", "kp_leak"}),
        ("KP address", lambda o: o.get("kp"), {"kp_leak"}),
        ("night>=0.4", lambda o: o.get("night", 0) >= 0.4, {"offhours", "round_the_clock"}),
        ("active 20+ distinct hours", lambda o: o.get("round_clock"), {"round_the_clock"}),
        ("IP shared by 3+ accts", lambda o: o.get("shared_ip"), {"shared_ip_team", "farm_endpoint_ip", "vpn_exit"}),
        ("device shared", lambda o: o.get("shared_device"), {"shared_device_team", "concurrent_sessions"}),
        ("payout crypto", lambda o: o.get("pay_crypto"), {"payout_crypto", "sanctioned_wallet"}),
        ("payout country != claimed", lambda o: o.get("pay_cc_mismatch"), {"payout_country_mismatch", "payout_front_company", "payout_holder_mismatch"}),
        ("payout holder != name", lambda o: o.get("pay_holder_mismatch"), {"payout_holder_mismatch", "payout_front_company", "payout_shared", "sanctioned_name"}),
        ("payout dest shared", lambda o: o.get("pay_shared"), {"payout_shared", "payout_front_company", "payout_crypto"}),
        ("payout dest changed", lambda o: o.get("pay_change"), {"payout_change"}),
        ("telegram in messages", lambda o: o.get("telegram"), {"telegram_handle"}),
        ("off-platform ask", lambda o: o.get("offplatform"), {"offplatform_request"}),
        ("bid near-duplicate", lambda o: o.get("template"), {"template_bid"}),
        ("remote tool on endpoint", lambda o: o.get("remote_tool"), {"remote_tool"}),
        ("KVM on endpoint", lambda o: o.get("kvm"), {"ip_kvm"}),
        ("endpoint IP shared", lambda o: o.get("ep_shared_ip"), {"farm_endpoint_ip"}),
        ("shipment elsewhere", lambda o: o.get("ship_elsewhere"), {"ship_redirect"}),
        ("interview w/o camera", lambda o: o.get("no_camera"), {"interview_evasive"}),
        ("document failed/susp.", lambda o: o.get("doc_bad"), {"doc_suspicious"}),
        ("reference not found/no resp.", lambda o: o.get("ref_bad"), {"ref_fake_employer"}),
    ]
    honest = [a for a, l in labels.items() if l["label"] == "honest"]
    dprk = [a for a, l in labels.items() if l["label"] == "dprk"]
    print()
    print("%-30s %7s %-34s %10s %10s" % ("observable", "honest", "worst honest persona (rate, n)", "dprk+sig", "dprk-sig"))
    for name, fn, sset in flagdefs:
        hr = sum(1 for a in honest if fn(obs[a])) / max(1, len(honest))
        byp = collections.defaultdict(lambda: [0, 0])
        for a in honest:
            byp[labels[a]["persona"]][1] += 1
            if fn(obs[a]):
                byp[labels[a]["persona"]][0] += 1
        worst = max(byp.items(), key=lambda kv: (kv[1][0] / kv[1][1] if kv[1][1] >= 5 else 0))
        with_s = [a for a in dprk if sigs.get(a, set()) & sset]
        wo_s = [a for a in dprk if not (sigs.get(a, set()) & sset)]
        r1 = sum(1 for a in with_s if fn(obs[a])) / max(1, len(with_s))
        r2 = sum(1 for a in wo_s if fn(obs[a])) / max(1, len(wo_s))
        print("%-30s %6.1f%% %-34s %5.0f%%/%-3d %5.0f%%/%-3d" % (name, 100 * hr, "%s %.0f%% (%d)" % (worst[0], 100 * worst[1][0] / worst[1][1], worst[1][1]),
                                                            100 * r1, len(with_s), 100 * r2, len(wo_s)))
    # signal budget summary
    print()
    cnt = collections.Counter()
    nsig = collections.Counter()
    for a in dprk:
        s = sigs.get(a, set())
        nsig[len(s)] += 1
        cnt.update(s)
    print("DPRK accounts by number of signals:", dict(sorted(nsig.items())))
    print("signal frequency:", ", ".join("%s=%d" % kv for kv in cnt.most_common()))
    teams = collections.Counter(labels[a]["team"] for a in dprk)
    print("teams:", len(teams), "sizes:", sorted(teams.values(), reverse=True))


if __name__ == "__main__":
    main()

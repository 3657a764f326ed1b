#!/usr/bin/env python3
"""Score a detector report against generated labels.

python3 evaluate.py LABELS.csv REPORT.ndjson [--list-limit N]

REPORT: one JSON object per line with account, score (0-100), level (low|medium|high|critical),
findings [{rule, ...}]. Accounts absent from the report count as score 0, level low.
If a dprk_signals.csv sits next to LABELS.csv, the generator's hidden DPRK signals are shown for
DPRK accounts the detector missed.
"""
import argparse
import csv
import json
import os
import sys
from collections import defaultdict

LEVELS = {"low": 0, "medium": 1, "high": 2, "critical": 3}


def load_report(path):
    rep, bad = {}, 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                o = json.loads(line)
            except ValueError:
                bad += 1
                continue
            if not isinstance(o, dict) or "account" not in o:
                bad += 1
                continue
            score = o.get("score", 0)
            try:
                score = float(score)
            except (TypeError, ValueError):
                score = 0.0
            level = str(o.get("level", "low")).lower()
            if level not in LEVELS:
                level = "low"
            rules = []
            for fd in o.get("findings") or []:
                if isinstance(fd, dict) and fd.get("rule"):
                    rules.append(str(fd["rule"]))
            rep[str(o["account"])] = (score, level, rules)
    return rep, bad


def auc(pos, neg):
    """P(score_pos > score_neg) + 0.5 P(equal), via average ranks"""
    if not pos or not neg:
        return float("nan")
    allv = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank_sum, i, n = 0.0, 0, len(allv)
    while i < n:
        j = i
        while j < n and allv[j][0] == allv[i][0]:
            j += 1
        avg = (i + 1 + j) / 2.0
        rank_sum += avg * sum(1 for k in range(i, j) if allv[k][1] == 1)
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2.0) / (len(pos) * len(neg))


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "   - "


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("labels")
    ap.add_argument("report")
    ap.add_argument("--list-limit", type=int, default=400)
    args = ap.parse_args()
    labels = list(csv.DictReader(open(args.labels, encoding="utf-8")))
    rep, bad = load_report(args.report)
    known = {r["account"] for r in labels}
    extra = sum(1 for a in rep if a not in known)
    sig = {}
    sp = os.path.join(os.path.dirname(os.path.abspath(args.labels)), "dprk_signals.csv")
    if os.path.exists(sp):
        for r in csv.DictReader(open(sp, encoding="utf-8")):
            sig[r["account"]] = r

    rows = []
    for r in labels:
        s, lv, rules = rep.get(r["account"], (0.0, "low", []))
        rows.append({**r, "score": s, "level": lv, "rules": rules, "high": LEVELS[lv] >= 2, "med": lv == "medium"})
    D = [x for x in rows if x["label"] == "dprk"]
    H = [x for x in rows if x["label"] != "dprk"]
    tp = sum(x["high"] for x in D)
    fp = sum(x["high"] for x in H)
    print(f"report: {len(rep)} accounts ({extra} not in labels, {bad} unparsable lines); labels: {len(rows)} "
          f"({len(D)} dprk, {len(H)} honest)")
    print()
    print(f"DPRK at high/critical (recall):    {tp}/{len(D)} = {pct(tp, len(D))}")
    print(f"honest at high/critical:           {fp}/{len(H)} = {pct(fp, len(H))}")
    if tp + fp:
        print(f"precision at high/critical:        {tp}/{tp + fp} = {pct(tp, tp + fp)}")
    tpm = sum(LEVELS[x["level"]] >= 1 for x in D)
    fpm = sum(LEVELS[x["level"]] >= 1 for x in H)
    print(f"DPRK at medium or above:           {tpm}/{len(D)} = {pct(tpm, len(D))}")
    print(f"honest at medium or above:         {fpm}/{len(H)} = {pct(fpm, len(H))}")
    print(f"ROC AUC (score, ties count half):  {auc([x['score'] for x in D], [x['score'] for x in H]):.4f}")
    teams = defaultdict(list)
    for x in D:
        if x["team"]:
            teams[x["team"]].append(x)
    if teams:
        hit = sum(1 for t in teams.values() if any(x["high"] for x in t))
        print(f"DPRK teams with >=1 member at high+: {hit}/{len(teams)}")

    def table(title, key):
        g = defaultdict(list)
        for x in rows:
            g[key(x)].append(x)
        print()
        print(f"{title:44s} {'n':>5s} {'high+':>6s} {'rate':>6s} {'medium':>7s} {'rate':>6s} {'mean score':>10s}")
        for k in sorted(g, key=lambda k: (k.startswith("dprk"), k)):
            xs = g[k]
            h = sum(x["high"] for x in xs)
            m = sum(x["med"] for x in xs)
            print(f"{k:44s} {len(xs):5d} {h:6d} {pct(h, len(xs)):>6s} {m:7d} {pct(m, len(xs)):>6s} "
                  f"{sum(x['score'] for x in xs) / len(xs):10.1f}")

    table("persona", lambda x: x["persona"])
    if D and all(x["persona"].count("_") >= 2 for x in D):
        def care(x):
            p = x["persona"]
            for c in ("very_careful", "careful", "moderate", "sloppy"):
                if p.endswith(c):
                    return c
            return p
        g = defaultdict(list)
        for x in D:
            g[care(x)].append(x)
        print()
        print("DPRK by care level:")
        for c in ("sloppy", "moderate", "careful", "very_careful"):
            xs = g.get(c, [])
            if xs:
                h = sum(x["high"] for x in xs)
                m = sum(x["med"] for x in xs)
                print(f"  {c:14s} n={len(xs):4d}  high+ {h:4d} ({pct(h, len(xs))})  medium {m:4d} ({pct(m, len(xs))})")

    def listing(title, xs):
        print()
        print(f"{title}: {len(xs)}")
        for x in sorted(xs, key=lambda x: -x["score"])[:args.list_limit]:
            extra_s = ""
            if x["account"] in sig:
                s = sig[x["account"]]
                extra_s = f"  | kind={s['kind']} signals={s['signals']}"
            rules = ",".join(x["rules"]) or "-"
            print(f"  {x['account']:14s} {x['persona']:34s} {x['score']:6.1f} {x['level']:8s} {rules}{extra_s}")

    listing("honest accounts at high/critical", [x for x in H if x["high"]])
    listing("DPRK accounts below high", [x for x in D if not x["high"]])


if __name__ == "__main__":
    main()

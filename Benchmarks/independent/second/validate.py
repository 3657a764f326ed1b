#!/usr/bin/env python3
"""Check an events.ndjson against the Redflag event format v1 (spec/events.md):
required envelope fields, per-type required fields, field types, RFC 3339
times with offset, IP addresses, ISO 3166-1 alpha-2 countries, enums.
Also checks labels.csv / signals.csv beside it. Exit 1 on any error."""
import collections
import csv
import gzip
import ipaddress
import json
import os
import re
import sys
from datetime import datetime

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
STR, NUM, BOOL, ARR, OBJ = "string", "number", "bool", "array", "object"
COMMON = {"type": STR, "time": STR, "account": STR, "id": STR}
TYPES = {
    "account": {"kind": STR, "name": STR, "country": STR, "city": STR, "region": STR, "timezone": STR, "email": STR, "phone": STR,
                "created": STR, "hourly_rate": NUM, "hours_worked": NUM, "job_success": NUM, "earnings": NUM, "education": ARR,
                "employment": ARR, "website": STR, "github": STR, "photo_hash": STR, "agency": STR, "status": STR},
    "login": {"ip": STR, "device": STR, "user_agent": STR, "success": BOOL},
    "work": {"minutes": NUM, "contract": STR, "ip": STR, "source": STR},
    "bid": {"job": STR, "client": STR, "client_country": STR, "rate": NUM, "text": STR},
    "contract": {"contract": STR, "client": STR, "client_country": STR, "status": STR, "rate": NUM},
    "review": {"from": STR, "rating": NUM, "contract": STR},
    "payout": {"method": STR, "destination": STR, "holder": STR, "country": STR, "wallet": STR, "amount": NUM, "currency": STR},
    "shipment": {"address": OBJ, "recipient": STR, "item": STR, "serial": STR},
    "endpoint": {"device": STR, "serial": STR, "ip": STR, "software": ARR, "usb": ARR, "displays": ARR},
    "message": {"counterparty": STR, "direction": STR, "text": STR},
    "interview": {"video": BOOL, "camera": BOOL, "flags": ARR},
    "document": {"kind": STR, "country": STR, "name": STR, "number_hash": STR, "photo_hash": STR, "result": STR, "reason": STR},
    "reference": {"kind": STR, "institution": STR, "domain": STR, "result": STR},
}
REQUIRED = {"login": ["ip"], "work": ["minutes"], "contract": ["contract"], "shipment": ["address"]}
ENUMS = {
    ("account", "kind"): {"freelancer", "employee", "applicant", "client"},
    ("account", "status"): {"active", "suspended", "closed", "banned"},
    ("contract", "status"): {"offered", "active", "ended"},
    ("payout", "method"): {"bank", "paypal", "payoneer", "wise", "crypto", "check", "other"},
    ("message", "direction"): {"sent", "received"},
    ("document", "kind"): {"passport", "driver_license", "national_id", "residence_permit"},
    ("document", "result"): {"verified", "failed", "suspicious"},
    ("reference", "kind"): {"education", "employment"},
    ("reference", "result"): {"confirmed", "unconfirmed", "no_response", "not_found"},
}
COUNTRY_FIELDS = {("account", "country"), ("bid", "client_country"), ("contract", "client_country"), ("payout", "country"), ("document", "country")}
IP_FIELDS = {("login", "ip"), ("work", "ip"), ("endpoint", "ip"), ("bid", "ip")}


def iso_countries():
    for p in ("/usr/share/zoneinfo/iso3166.tab", "/usr/share/zoneinfo/tzdata/iso3166.tab"):
        if os.path.exists(p):
            return {l.split("\t")[0] for l in open(p) if l[:1].isalpha() and l[2:3] == "\t"}
    return None


def typeok(v, t):
    if t == STR:
        return isinstance(v, str)
    if t == NUM:
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if t == BOOL:
        return isinstance(v, bool)
    if t == ARR:
        return isinstance(v, list)
    if t == OBJ:
        return isinstance(v, dict)
    return True


def check_event(e, CC):
    errs = []
    for k in ("type", "time", "account"):
        if k not in e:
            errs.append("missing %s" % k)
    if errs:
        return errs
    for k, t in COMMON.items():
        if k in e and not typeok(e[k], t):
            errs.append("%s not %s" % (k, t))
    typ = e["type"]
    if typ not in TYPES:
        return errs + ["unknown type %r" % typ]
    if not isinstance(e["time"], str) or not RFC3339.match(e["time"]):
        errs.append("time not RFC 3339 with offset: %r" % e["time"])
    else:
        try:
            datetime.fromisoformat(e["time"].replace("Z", "+00:00"))
        except ValueError:
            errs.append("time unparsable")
    if not (1 <= len(e["account"]) <= 200):
        errs.append("account length")
    for k in REQUIRED.get(typ, []):
        if k not in e:
            errs.append("%s missing required %s" % (typ, k))
    for k, t in TYPES[typ].items():
        if k in e and not typeok(e[k], t):
            errs.append("%s.%s not %s" % (typ, k, t))
    for (tt, k), allowed in ENUMS.items():
        if tt == typ and k in e and e[k] not in allowed:
            errs.append("%s.%s=%r not allowed" % (typ, k, e[k]))
    for (tt, k) in COUNTRY_FIELDS:
        if tt == typ and k in e and (not re.fullmatch(r"[A-Z]{2}", str(e[k])) or (CC and e[k] not in CC)):
            errs.append("%s.%s=%r not ISO 3166-1 alpha-2" % (typ, k, e[k]))
    for (tt, k) in IP_FIELDS:
        if tt == typ and k in e:
            try:
                ipaddress.ip_address(e[k])
            except ValueError:
                errs.append("%s.%s invalid IP %r" % (typ, k, e[k]))
    if typ == "work" and "minutes" in e and typeok(e["minutes"], NUM) and e["minutes"] <= 0:
        errs.append("work.minutes must be > 0")
    if typ == "review" and "rating" in e and typeok(e["rating"], NUM) and not (1 <= e["rating"] <= 5):
        errs.append("review.rating out of 1..5")
    if typ == "account" and "job_success" in e and typeok(e["job_success"], NUM) and not (0 <= e["job_success"] <= 1):
        errs.append("job_success out of 0..1")
    if typ == "account" and "created" in e and (not isinstance(e["created"], str) or not RFC3339.match(e["created"])):
        errs.append("account.created not RFC 3339")
    if typ == "shipment" and isinstance(e.get("address"), dict):
        ad = e["address"]
        for k in ("line1", "city", "country"):
            if k not in ad:
                errs.append("shipment.address missing %s" % k)
        if "country" in ad and CC and ad["country"] not in CC:
            errs.append("shipment.address.country not ISO")
    if typ == "account":
        for ed in e.get("education", []) or []:
            if not isinstance(ed, dict) or "institution" not in ed or "country" not in ed:
                errs.append("education entry needs institution, country")
        for em in e.get("employment", []) or []:
            if not isinstance(em, dict) or "company" not in em:
                errs.append("employment entry needs company")
    if typ == "endpoint":
        if not all(isinstance(x, str) for x in e.get("software", [])) or not all(isinstance(x, str) for x in e.get("displays", [])):
            errs.append("endpoint software/displays must be arrays of strings")
        if not all(isinstance(x, dict) for x in e.get("usb", [])):
            errs.append("endpoint usb must be objects")
    if typ == "interview" and not all(isinstance(x, str) for x in e.get("flags", [])):
        errs.append("interview flags must be strings")
    if typ == "payout" and e.get("method") == "crypto" and "wallet" not in e:
        errs.append("crypto payout without wallet")
    return errs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "events.ndjson"
    if os.path.isdir(path):
        path = os.path.join(path, "events.ndjson")
    CC = iso_countries()
    op = gzip.open if path.endswith(".gz") else open
    bad = 0
    n = 0
    types = collections.Counter()
    accounts = set()
    ids = set()
    dup = 0
    with op(path, "rt", encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            try:
                e = json.loads(line)
            except ValueError as ex:
                bad += 1
                print("line %d: invalid JSON: %s" % (ln, ex))
                continue
            if not isinstance(e, dict):
                bad += 1
                print("line %d: not an object" % ln)
                continue
            errs = check_event(e, CC)
            if errs:
                bad += 1
                if bad <= 30:
                    print("line %d: %s" % (ln, "; ".join(errs)))
                continue
            types[e["type"]] += 1
            accounts.add(e["account"])
            if "id" in e:
                if e["id"] in ids:
                    dup += 1
                ids.add(e["id"])
    print("%s: %d events, %d rejected, %d duplicate ids, %d accounts" % (path, n, bad, dup, len(accounts)))
    for t, c in sorted(types.items()):
        print("  %-10s %8d" % (t, c))
    missing = set(TYPES) - set(types)
    if missing:
        print("  types not used:", ", ".join(sorted(missing)))
    d = os.path.dirname(path)
    lab = os.path.join(d, "labels.csv")
    if os.path.exists(lab):
        rows = list(csv.DictReader(open(lab)))
        if not rows or list(rows[0].keys()) != ["account", "label", "persona", "team"]:
            print("labels.csv: bad header")
            bad += 1
        for r in rows:
            if r["label"] not in ("honest", "dprk") or (r["label"] == "dprk") != bool(r["team"]):
                print("labels.csv: bad row", r)
                bad += 1
                break
        la = {r["account"] for r in rows}
        if accounts - la:
            print("labels.csv: %d event accounts without a label" % len(accounts - la))
        print("labels.csv: %d accounts (%d dprk)" % (len(rows), sum(1 for r in rows if r["label"] == "dprk")))
    sg = os.path.join(d, "signals.csv")
    if os.path.exists(sg):
        rows = list(csv.DictReader(open(sg)))
        print("signals.csv: %d dprk accounts with budgets" % len(rows))
    sys.exit(1 if bad or dup else 0)


if __name__ == "__main__":
    main()

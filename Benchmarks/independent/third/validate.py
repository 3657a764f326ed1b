#!/usr/bin/env python3
"""Validate a population against the Redflag event contract (events.md, version 1).

    python3 validate.py OUTDIR            (or a path to an .ndjson / .ndjson.gz file)

Checks every line: JSON object, required envelope fields, known type, field
types, enums, RFC 3339 times with offset, IP addresses, ISO 3166-1 alpha-2
countries (upper case), IANA zones, numeric ranges, and that an `id` is never
reused for a different event (identical re-deliveries are allowed and
counted).  Also cross-checks labels.csv / signals.csv when present.
Exits 1 if any error was found.
"""
import csv
import datetime as dt
import gzip
import hashlib
import ipaddress
import json
import os
import re
import sys
import zoneinfo

TYPES = {"account", "login", "work", "bid", "contract", "review", "payout", "shipment", "endpoint", "message", "interview", "document", "reference"}
S, N, B, A, O = "string", "number", "bool", "array", "object"
FIELDS = {
    "account": {"kind": S, "name": S, "country": S, "city": S, "region": S, "timezone": S, "email": S, "phone": S, "created": S,
                "hourly_rate": N, "hours_worked": N, "job_success": N, "earnings": N, "education": A, "employment": A,
                "website": S, "github": S, "photo_hash": S, "agency": S, "status": S},
    "login": {"ip": S, "device": S, "user_agent": S, "success": B},
    "work": {"minutes": N, "contract": S, "ip": S, "source": S},
    "bid": {"job": S, "client": S, "client_country": S, "rate": N, "text": S},
    "contract": {"contract": S, "client": S, "client_country": S, "status": S, "rate": N},
    "review": {"from": S, "rating": N, "contract": S},
    "payout": {"method": S, "destination": S, "holder": S, "country": S, "wallet": S, "amount": N, "currency": S},
    "shipment": {"address": O, "recipient": S, "item": S, "serial": S},
    "endpoint": {"device": S, "serial": S, "ip": S, "software": A, "usb": A, "displays": A},
    "message": {"counterparty": S, "direction": S, "text": S},
    "interview": {"video": B, "camera": B, "flags": A},
    "document": {"kind": S, "country": S, "name": S, "number_hash": S, "photo_hash": S, "result": S, "reason": S},
    "reference": {"kind": S, "institution": S, "domain": S, "result": S},
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
IP_FIELDS = {("login", "ip"), ("work", "ip"), ("endpoint", "ip")}
CC_FIELDS = {("account", "country"), ("bid", "client_country"), ("contract", "client_country"), ("payout", "country"), ("document", "country")}
RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$")


def load_iso():
    codes = set()
    for p in ("/usr/share/zoneinfo/iso3166.tab", "/usr/share/zoneinfo/tzdata.zi"):
        if p.endswith("iso3166.tab") and os.path.exists(p):
            for line in open(p, encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    codes.add(line.split("\t")[0].strip())
    if not codes:
        raise SystemExit("cannot read /usr/share/zoneinfo/iso3166.tab")
    return codes


ISO = load_iso()
ZONES = zoneinfo.available_timezones()


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def typ_ok(v, t):
    if t == S:
        return isinstance(v, str)
    if t == N:
        return is_num(v)
    if t == B:
        return isinstance(v, bool)
    if t == A:
        return isinstance(v, list)
    if t == O:
        return isinstance(v, dict)
    return False


def check_time(s):
    if not isinstance(s, str):
        return "not a string"
    m = RFC3339.match(s)
    if not m:
        return "not RFC 3339 with offset"
    y, mo, d, h, mi, se = (int(m.group(i)) for i in range(1, 7))
    try:
        dt.datetime(y, mo, d, h, mi, min(se, 59))
    except ValueError as e:
        return "invalid date/time: %s" % e
    if se > 60:
        return "seconds out of range"
    if m.group(9) is not None and (int(m.group(9)) > 23 or int(m.group(10)) > 59):
        return "offset out of range"
    return None


def check_cc(v):
    return isinstance(v, str) and len(v) == 2 and v.isupper() and v in ISO


def validate_event(e, errs, warns):
    def err(msg):
        errs.append(msg)

    if not isinstance(e, dict):
        return err("line is not a JSON object")
    for f in ("type", "time", "account"):
        if f not in e:
            err("missing required field %r" % f)
    t = e.get("type")
    if "type" in e and (not isinstance(t, str) or t not in TYPES):
        err("unknown type %r" % (t,))
        t = None
    if "time" in e:
        x = check_time(e["time"])
        if x:
            err("time %r: %s" % (e["time"], x))
    if "account" in e:
        a = e["account"]
        if not isinstance(a, str) or not (1 <= len(a) <= 200):
            err("account must be a string of 1-200 chars")
    if "id" in e and not (isinstance(e["id"], str) and e["id"]):
        err("id must be a non-empty string")
    if t is None:
        return
    spec = FIELDS[t]
    for k, v in e.items():
        if k in ("type", "time", "account", "id"):
            continue
        if k not in spec:
            warns["unknown field %s.%s" % (t, k)] = warns.get("unknown field %s.%s" % (t, k), 0) + 1
            continue
        if v is None:
            err("%s.%s is null" % (t, k))
            continue
        if not typ_ok(v, spec[k]):
            err("%s.%s has wrong type (%s expected, got %s)" % (t, k, spec[k], type(v).__name__))
            continue
        if (t, k) in ENUMS and v not in ENUMS[(t, k)]:
            err("%s.%s value %r not in %s" % (t, k, v, sorted(ENUMS[(t, k)])))
        if (t, k) in IP_FIELDS:
            try:
                ipaddress.ip_address(v)
            except ValueError:
                err("%s.%s invalid IP %r" % (t, k, v))
        if (t, k) in CC_FIELDS and not check_cc(v):
            err("%s.%s invalid country %r" % (t, k, v))
    for k in REQUIRED.get(t, []):
        if k not in e:
            err("%s lacks required field %r" % (t, k))
    if t == "account":
        if "timezone" in e and isinstance(e["timezone"], str) and e["timezone"] not in ZONES:
            err("account.timezone %r is not an IANA zone" % e["timezone"])
        if "created" in e and isinstance(e["created"], str):
            x = check_time(e["created"])
            if x:
                err("account.created %r: %s" % (e["created"], x))
        if is_num(e.get("job_success")) and not 0 <= e["job_success"] <= 1:
            err("account.job_success out of 0..1")
        for k in ("hourly_rate", "hours_worked", "earnings"):
            if is_num(e.get(k)) and e[k] < 0:
                err("account.%s negative" % k)
        for item in e.get("education", []) if isinstance(e.get("education"), list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("institution"), str) or "country" not in item:
                err("account.education item needs institution and country")
                continue
            if not check_cc(item["country"]):
                err("account.education country %r invalid" % item.get("country"))
            for k in ("degree", "from", "to"):
                if k in item and not isinstance(item[k], str):
                    err("account.education.%s must be a string" % k)
        for item in e.get("employment", []) if isinstance(e.get("employment"), list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("company"), str):
                err("account.employment item needs company")
                continue
            if "country" in item and not check_cc(item["country"]):
                err("account.employment country %r invalid" % item["country"])
            for k in ("domain", "title", "from", "to"):
                if k in item and not isinstance(item[k], str):
                    err("account.employment.%s must be a string" % k)
    elif t == "work":
        if is_num(e.get("minutes")) and not e["minutes"] > 0:
            err("work.minutes must be > 0")
    elif t == "review":
        if is_num(e.get("rating")) and not 1 <= e["rating"] <= 5:
            err("review.rating out of 1..5")
    elif t == "payout":
        if is_num(e.get("amount")) and e["amount"] < 0:
            err("payout.amount negative")
        if "wallet" in e and e.get("method") not in (None, "crypto"):
            warns["payout.wallet without crypto method"] = warns.get("payout.wallet without crypto method", 0) + 1
    elif t == "shipment":
        a = e.get("address")
        if isinstance(a, dict):
            for k in ("line1", "city", "country"):
                if not isinstance(a.get(k), str):
                    err("shipment.address.%s required string" % k)
            for k in ("line2", "region", "postal"):
                if k in a and not isinstance(a[k], str):
                    err("shipment.address.%s must be a string" % k)
            if isinstance(a.get("country"), str) and not check_cc(a["country"]):
                err("shipment.address.country %r invalid" % a["country"])
    elif t == "endpoint":
        for k in ("software", "displays"):
            if isinstance(e.get(k), list) and not all(isinstance(x, str) for x in e[k]):
                err("endpoint.%s must be an array of strings" % k)
        if isinstance(e.get("usb"), list):
            for u in e["usb"]:
                if not isinstance(u, dict) or any(not isinstance(u.get(k), str) for k in ("vendor", "product", "name", "class") if k in u):
                    err("endpoint.usb items must be objects of strings")
    elif t == "interview":
        if isinstance(e.get("flags"), list) and not all(isinstance(x, str) for x in e["flags"]):
            err("interview.flags must be an array of strings")


def canonical(e):
    return json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    p = sys.argv[1]
    outdir = p if os.path.isdir(p) else None
    path = os.path.join(p, "events.ndjson") if outdir else p
    op = gzip.open if path.endswith(".gz") else open
    nerr = 0
    shown = 0
    warns = {}
    ids = {}
    dup_ids = 0
    counts = {}
    accounts = set()
    n = 0
    with op(path, "rb") as f:
        for ln, raw in enumerate(f, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                errs = ["not UTF-8"]
                line = None
            if line is not None:
                if not line.strip():
                    continue
                n += 1
                errs = []
                try:
                    e = json.loads(line)
                except ValueError as x:
                    errs = ["invalid JSON: %s" % x]
                    e = None
                if e is not None:
                    validate_event(e, errs, warns)
                    if not errs:
                        counts[e["type"]] = counts.get(e["type"], 0) + 1
                        accounts.add(e["account"])
                        if "id" in e:
                            c = hashlib.sha256(canonical(e).encode()).hexdigest()
                            prev = ids.get(e["id"])
                            if prev is None:
                                ids[e["id"]] = c
                            elif prev == c:
                                dup_ids += 1
                            else:
                                errs.append("id %r reused for a different event" % e["id"])
            for m in errs:
                nerr += 1
                if shown < 50:
                    print("line %d: %s" % (ln, m))
                    shown += 1
    print("%d events, %d accounts, %d errors" % (n, len(accounts), nerr))
    print("by type: " + ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    missing = TYPES - set(counts)
    if missing:
        print("note: no events of type(s) %s" % ", ".join(sorted(missing)))
    if dup_ids:
        print("identical re-deliveries with the same id: %d" % dup_ids)
    for k, v in sorted(warns.items()):
        print("warning: %s x%d" % (k, v))
    if outdir:
        lab = os.path.join(outdir, "labels.csv")
        if os.path.exists(lab):
            with open(lab, newline="") as f:
                rd = csv.reader(f)
                hdr = next(rd)
                if hdr != ["account", "label", "persona", "team"]:
                    nerr += 1
                    print("labels.csv: bad header %r" % hdr)
                rows = list(rd)
            labelled = {r[0] for r in rows}
            bad = [r for r in rows if r[1] not in ("dprk", "honest") or (r[1] == "honest" and r[3]) or (r[1] == "dprk" and not r[3])]
            if bad:
                nerr += len(bad)
                print("labels.csv: %d bad rows, e.g. %r" % (len(bad), bad[0]))
            if len(labelled) != len(rows):
                nerr += 1
                print("labels.csv: duplicate accounts")
            unl = accounts - labelled
            if unl:
                print("note: %d accounts in events without a label (e.g. %s)" % (len(unl), sorted(unl)[:3]))
            nolines = labelled - accounts
            if nolines:
                nerr += 1
                print("labels.csv: %d labelled accounts have no events" % len(nolines))
            print("labels: %d accounts, %d dprk" % (len(rows), sum(1 for r in rows if r[1] == "dprk")))
            sig = os.path.join(outdir, "signals.csv")
            if os.path.exists(sig):
                with open(sig, newline="") as f:
                    rd = csv.reader(f)
                    hdr = next(rd)
                    if hdr != ["account", "signals"]:
                        nerr += 1
                        print("signals.csv: bad header %r" % hdr)
                    srows = list(rd)
                dprk = {r[0] for r in rows if r[1] == "dprk"}
                extra = {r[0] for r in srows} - dprk
                if extra:
                    nerr += 1
                    print("signals.csv: %d rows for non-dprk accounts" % len(extra))
    print("RESULT: %s" % ("OK" if nerr == 0 else "FAILED (%d errors)" % nerr))
    sys.exit(1 if nerr else 0)


if __name__ == "__main__":
    main()

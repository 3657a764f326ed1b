#!/usr/bin/env python3
"""Validate an events.ndjson against the Redflag event format v1 (as encoded below from
../shared/spec/events.md (docs/events.md in the repo)) and sanity-check phone numbers against libphonenumber metadata.

python3 validate.py OUTDIR_or_events.ndjson [--phones]
Exit status 1 if any line is invalid.
"""
import ipaddress
import json
import os
import re
import sys
from collections import Counter, defaultdict

# ---------------------------------------------------------------------------
# the spec, encoded: field -> (type, required, extra check)
# types: str, num, bool, arr_str, arr_obj, obj ; checks: iso, ip, rfc3339, enum:{..}, range:(lo,hi), gt0
# ---------------------------------------------------------------------------
ENVELOPE = {"type": ("str", True, None), "time": ("str", True, "rfc3339"), "account": ("str", True, "len1_200"),
            "id": ("str", False, None)}
TYPES = {
    "account": {"kind": ("str", False, {"freelancer", "employee", "applicant", "client"}), "name": ("str", False, None),
                "country": ("str", False, "iso"), "city": ("str", False, None), "region": ("str", False, None),
                "timezone": ("str", False, "tz"), "email": ("str", False, None), "phone": ("str", False, None),
                "created": ("str", False, "rfc3339"), "hourly_rate": ("num", False, None),
                "hours_worked": ("num", False, None), "job_success": ("num", False, (0, 1)),
                "earnings": ("num", False, None), "education": ("arr_obj", False, "education"),
                "employment": ("arr_obj", False, "employment"), "website": ("str", False, None),
                "github": ("str", False, None), "photo_hash": ("str", False, None), "agency": ("str", False, None),
                "status": ("str", False, {"active", "suspended", "closed", "banned"})},
    "login": {"ip": ("str", True, "ip"), "device": ("str", False, None), "user_agent": ("str", False, None),
              "success": ("bool", False, None)},
    "work": {"minutes": ("num", True, "gt0"), "contract": ("str", False, None), "ip": ("str", False, "ip"),
             "source": ("str", False, None)},
    "bid": {"job": ("str", False, None), "client": ("str", False, None), "client_country": ("str", False, "iso"),
            "rate": ("num", False, None), "text": ("str", False, None)},
    "contract": {"contract": ("str", True, None), "client": ("str", False, None),
                 "client_country": ("str", False, "iso"), "status": ("str", False, {"offered", "active", "ended"}),
                 "rate": ("num", False, None)},
    "review": {"from": ("str", False, None), "rating": ("num", False, (1, 5)), "contract": ("str", False, None)},
    "payout": {"method": ("str", False, {"bank", "paypal", "payoneer", "wise", "crypto", "check", "other"}),
               "destination": ("str", False, None), "holder": ("str", False, None), "country": ("str", False, "iso"),
               "wallet": ("str", False, None), "amount": ("num", False, None), "currency": ("str", False, None)},
    "shipment": {"address": ("obj", True, "address"), "recipient": ("str", False, None), "item": ("str", False, None),
                 "serial": ("str", False, None)},
    "endpoint": {"device": ("str", False, None), "serial": ("str", False, None), "ip": ("str", False, "ip"),
                 "software": ("arr_str", False, None), "usb": ("arr_obj", False, "usb"),
                 "displays": ("arr_str", False, None)},
    "message": {"counterparty": ("str", False, None), "direction": ("str", False, {"sent", "received"}),
                "text": ("str", False, None)},
    "interview": {"video": ("bool", False, None), "camera": ("bool", False, None), "flags": ("arr_str", False, None)},
    "document": {"kind": ("str", False, {"passport", "driver_license", "national_id", "residence_permit"}),
                 "country": ("str", False, "iso"), "name": ("str", False, None), "number_hash": ("str", False, None),
                 "photo_hash": ("str", False, None), "result": ("str", False, {"verified", "failed", "suspicious"}),
                 "reason": ("str", False, None)},
    "reference": {"kind": ("str", False, {"education", "employment"}), "institution": ("str", False, None),
                  "domain": ("str", False, None),
                  "result": ("str", False, {"confirmed", "unconfirmed", "no_response", "not_found"})},
}
SUB = {
    "education": ({"institution": "str", "country": "iso"}, {"degree": "str", "from": "str", "to": "str"}),
    "employment": ({"company": "str"}, {"domain": "str", "country": "iso", "title": "str", "from": "str", "to": "str"}),
    "usb": ({}, {"vendor": "str", "product": "str", "name": "str", "class": "str"}),
    "address": ({"line1": "str", "city": "str", "country": "iso"}, {"line2": "str", "region": "str", "postal": "str"}),
}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def load_iso():
    s = set()
    for line in open("/usr/share/zoneinfo/iso3166.tab", encoding="utf-8"):
        if line[:1] != "#" and len(line) > 2:
            s.add(line[:2])
    return s


ISO = load_iso()
try:
    import zoneinfo
    TZS = zoneinfo.available_timezones()
except Exception:  # pragma: no cover
    TZS = None


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_time(v):
    if not RFC3339.match(v):
        return False
    from datetime import datetime
    try:
        datetime.fromisoformat(v.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


def check_sub(name, obj):
    req, opt = SUB[name]
    if not isinstance(obj, dict):
        return f"{name}: not an object"
    for k, t in req.items():
        if k not in obj:
            return f"{name}: missing {k}"
    for k, v in obj.items():
        t = req.get(k) or opt.get(k)
        if t is None:
            continue
        if not isinstance(v, str):
            return f"{name}.{k}: not a string"
        if t == "iso" and v not in ISO:
            return f"{name}.{k}: not ISO 3166 alpha-2: {v}"
    return None


def check_field(k, v, spec):
    t, _, chk = spec
    if t == "str" and not isinstance(v, str):
        return f"{k}: not a string"
    if t == "num" and not is_num(v):
        return f"{k}: not a number"
    if t == "bool" and not isinstance(v, bool):
        return f"{k}: not a bool"
    if t == "arr_str" and not (isinstance(v, list) and all(isinstance(x, str) for x in v)):
        return f"{k}: not an array of strings"
    if t == "arr_obj" and not (isinstance(v, list) and all(isinstance(x, dict) for x in v)):
        return f"{k}: not an array of objects"
    if t == "obj" and not isinstance(v, dict):
        return f"{k}: not an object"
    if chk is None:
        return None
    if chk == "iso" and v not in ISO:
        return f"{k}: not ISO 3166-1 alpha-2: {v!r}"
    if chk == "ip":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return f"{k}: invalid IP {v!r}"
    if chk == "rfc3339" and not check_time(v):
        return f"{k}: not RFC 3339 with offset: {v!r}"
    if chk == "len1_200" and not (1 <= len(v) <= 200):
        return f"{k}: length"
    if chk == "gt0" and not v > 0:
        return f"{k}: must be > 0"
    if chk == "tz" and TZS is not None and v not in TZS:
        return f"{k}: unknown IANA zone {v!r}"
    if isinstance(chk, set) and v not in chk:
        return f"{k}: {v!r} not one of {sorted(chk)}"
    if isinstance(chk, tuple) and not (chk[0] <= v <= chk[1]):
        return f"{k}: {v} out of range {chk}"
    if isinstance(chk, str) and chk in SUB:
        for x in (v if isinstance(v, list) else [v]):
            r = check_sub(chk, x)
            if r:
                return r
    return None


def check_fields(e, specs, prefix=""):
    """The first problem with `e`'s fields against `specs` (missing required or invalid), or None."""
    for k, spec in specs.items():
        if spec[1] and k not in e:
            return f"{prefix}: missing required {k}" if prefix else f"missing required {k}"
        if k in e:
            r = check_field(k, e[k], spec)
            if r:
                return f"{prefix}.{r}" if prefix else r
    return None


def validate_event(e):
    if not isinstance(e, dict):
        return "not a JSON object"
    r = check_fields(e, ENVELOPE)
    if r:
        return r
    if e["type"] not in TYPES:
        return f"unknown type {e['type']!r}"
    return check_fields(e, TYPES[e["type"]], e["type"])


# ---------------------------------------------------------------------------
# phones: libphonenumber metadata (mobile / fixedLine / voip patterns)
# ---------------------------------------------------------------------------
def load_phone_meta(path=os.path.join(os.environ.get("REDFLAG_SHARED_DATA", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data")), "phone", "PhoneNumberMetadata.xml")):
    import xml.etree.ElementTree as ET
    if not os.path.exists(path):
        return None
    txt = open(path, encoding="utf-8").read()
    txt = re.sub(r"<!DOCTYPE.*?\]>", "", txt, flags=re.S)
    root = ET.fromstring(txt)
    meta = defaultdict(list)
    for terr in root.iter("territory"):
        cc = terr.get("countryCode")
        pats = []
        for kind in ("mobile", "fixedLine", "voip", "personalNumber"):
            el = terr.find(kind)
            if el is not None:
                p = el.find("nationalNumberPattern")
                if p is not None:
                    pats.append((kind, re.compile(r"(?:" + re.sub(r"\s+", "", p.text) + r")$")))
        meta[cc].append((terr.get("id"), pats))
    return meta


def check_phone(meta, phone):
    if not phone.startswith("+"):
        return "national-format"
    digits = re.sub(r"\D", "", phone)
    for L in (1, 2, 3):
        cc = digits[:L]
        if cc in meta:
            nsn = digits[L:]
            for terr, pats in meta[cc]:
                for kind, p in pats:
                    if p.match(nsn):
                        return f"ok:{terr}:{kind}"
            return f"bad:+{cc}"
    return "bad:unknown-cc"


def main():
    path = sys.argv[1]
    if os.path.isdir(path):
        path = os.path.join(path, "events.ndjson")
    bad = 0
    counts = Counter()
    reasons = Counter()
    ids = set()
    dup_ids = 0
    phones = set()
    accounts = set()
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                e = json.loads(line)
            except ValueError as ex:
                bad += 1
                reasons["invalid JSON"] += 1
                if bad < 10:
                    print(f"line {ln}: invalid JSON: {ex}")
                continue
            r = validate_event(e)
            if r:
                bad += 1
                reasons[r.split(":")[0]] += 1
                if bad < 20:
                    print(f"line {ln}: {r}")
                continue
            counts[e["type"]] += 1
            accounts.add(e["account"])
            if "id" in e:
                if e["id"] in ids:
                    dup_ids += 1
                ids.add(e["id"])
            if e["type"] == "account" and "phone" in e:
                phones.add(e["phone"])
    total = sum(counts.values())
    print(f"{path}: {total + bad} lines, {bad} invalid, {len(accounts)} accounts, duplicate ids: {dup_ids}")
    for t in sorted(counts):
        print(f"  {t:10s} {counts[t]:8d}")
    if reasons:
        print("invalid reasons:", dict(reasons))
    if "--phones" in sys.argv:
        meta = load_phone_meta()
        if meta:
            res = Counter()
            badp = []
            for p in sorted(phones):
                r = check_phone(meta, p)
                res[r.split(":")[0] + (":" + r.split(":")[2] if r.startswith("ok") else "")] += 1
                if r.startswith("bad"):
                    badp.append(p)
            print("phones:", dict(res))
            if badp:
                print("  not matching libphonenumber patterns (first 15):", badp[:15])
    sys.exit(1 if bad or dup_ids else 0)


if __name__ == "__main__":
    main()

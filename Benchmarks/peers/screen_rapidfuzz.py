#!/usr/bin/env python3
"""Peer for `redflag bench screen`: rapidfuzz process.cdist with Jaro-Winkler, one core.

    screen_rapidfuzz.py bench SDN_DIR NAMES.txt [--threshold 80] [--seconds 2]
        prints "N names/s" for screening every name against the SDN names plus aliases
        (sdn.csv + alt.csv + the a.k.a. names in the remarks, the same strings Redflag indexes).
    screen_rapidfuzz.py generate SDN_DIR OUT.txt [--count 2000] [--seed 20261123]
        writes a benchmark name file: half listed names with typos, swapped order or a missing
        token, half ordinary names that should mostly not match.
Needs: pip install rapidfuzz
"""
import argparse, csv, os, random, re, sys, time


def sdn_names(folder):
    def rows(name):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            return []
        with open(path, encoding="cp1252", newline="") as f:
            return [r for r in csv.reader(f) if len(r) > 1]
    names = []
    for r in rows("sdn.csv"):
        names.append(r[1].strip())
        for aka in re.findall(r"a\.k\.a\. '([^']+)'", r[11]):
            names.append(aka)
    for r in rows("alt.csv"):
        if r[3].strip() != "-0-":
            names.append(r[3].strip())
    seen, out = set(), []
    for n in names:
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


FIRST = ["James", "Mary", "Wei", "Li", "Olena", "Ahmed", "Sofia", "Daniel", "Anna", "Jin", "Carlos", "Fatima",
         "Michael", "Yuki", "Priya", "Ivan", "Emma", "Omar", "Lucas", "Sara", "Min", "David", "Elena", "Kevin"]
LAST = ["Smith", "Garcia", "Chen", "Kowalski", "Nguyen", "Hernandez", "Ivanova", "Kumar", "Tanaka", "Muller",
        "Rossi", "Silva", "Wang", "Brown", "Novak", "Haddad", "Olsen", "Lopez", "Park", "Martin", "Schmidt"]


def generate(folder, out, count, seed):
    rnd = random.Random(seed)
    listed = sdn_names(folder)
    lines = []
    for i in range(count):
        if i % 2 == 0:
            name = rnd.choice(listed)
            tokens = re.split(r"[ ,]+", name.strip())
            op = rnd.randrange(4)
            if op == 0 and len(name) > 4:
                j = rnd.randrange(1, len(name) - 1)
                name = name[:j] + name[j + 1:]
            elif op == 1 and len(tokens) > 1:
                name = " ".join(reversed([t for t in tokens if t]))
            elif op == 2 and len(tokens) > 2:
                tokens.pop(rnd.randrange(len(tokens)))
                name = " ".join(tokens)
            lines.append(name)
        else:
            lines.append(f"{rnd.choice(FIRST)} {rnd.choice(LAST)}")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


def bench(folder, names_file, threshold, seconds):
    from rapidfuzz import process, utils
    from rapidfuzz.distance import JaroWinkler
    choices = sdn_names(folder)
    queries = [l.strip() for l in open(names_file, encoding="utf-8") if l.strip()]
    screened, start = 0, time.perf_counter()
    while True:
        process.cdist(queries, choices, scorer=JaroWinkler.normalized_similarity, processor=utils.default_process,
                      score_cutoff=threshold / 100, workers=1)
        screened += len(queries)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    print(f"{len(choices)} names and aliases, {screened} screened", file=sys.stderr)
    print(f"{int(screened / elapsed)} names/s")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("bench"); b.add_argument("sdn"); b.add_argument("names")
    b.add_argument("--threshold", type=float, default=80); b.add_argument("--seconds", type=float, default=2)
    g = sub.add_parser("generate"); g.add_argument("sdn"); g.add_argument("out")
    g.add_argument("--count", type=int, default=2000); g.add_argument("--seed", type=int, default=20261123)
    a = p.parse_args()
    if a.cmd == "bench":
        bench(a.sdn, a.names, a.threshold, a.seconds)
    else:
        generate(a.sdn, a.out, a.count, a.seed)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Stress variants of a simulated population: the same accounts and labels, with the feed changed the
way real feeds differ from the simulator's.

    variants.py make VARIANT SRC_DIR DST_DIR   writes DST_DIR/events.ndjson and DST_DIR/labels.csv
    variants.py score DIR REPORT.json          prints DPRK and honest accounts at high or above
    variants.py list                           names the variants
    variants.py names SET OUT.ndjson           600 worker profiles with common names (SET: korean, chinese or
                                               hispanic-arabic; 30 family names x 30 given names), for counting
                                               the name findings a scan gives honest people; SET
                                               `spellings`: the 77 spellings of listed people in
                                               listed-spellings.txt, for counting those a scan finds

SRC_DIR is a `redflag simulate` output (events.ndjson, labels.csv). Every variant is seeded, so the
same source gives the same files. Only the standard library is used.
"""
import csv, datetime, json, os, random, sys
from collections import Counter, defaultdict


def read(src):
    labels = {r['account']: r for r in csv.DictReader(open(os.path.join(src, 'labels.csv')))}
    events = [json.loads(line) for line in open(os.path.join(src, 'events.ndjson'))]
    return labels, events


def claimed_countries(events):
    return {e['account']: e['country'] for e in events if e['type'] == 'account' and 'country' in e}


def home_addresses(events, accounts):
    """Each account's most used login address."""
    counts = defaultdict(Counter)
    for e in events:
        if e['type'] == 'login' and e['account'] in accounts:
            counts[e['account']][e['ip']] += 1
    return {a: c.most_common(1)[0][0] for a, c in counts.items()}


def stuffing(labels, events, rnd):
    """Credential stuffing against a tenth of the honest accounts: 20-80 failed sign-ins each over three
    days, from 300 VPN/proxy addresses seen in the population, all with one attack tool's device id."""
    pool = sorted({e['ip'] for e in events if e['type'] == 'login'
                   and labels[e['account']]['persona'] in ('privacy_vpn', 'nomad', 'traveller', 'china_vpn')})
    rnd.shuffle(pool)
    pool = pool[:300]
    start = min(datetime.datetime.fromisoformat(e['time']) for e in events if e['time'] >= '2026')
    honest = sorted(a for a, r in labels.items() if r['label'] == 'honest')
    extra = []
    for victim in rnd.sample(honest, len(honest) // 10):
        day = rnd.randrange(2, 30)
        for _ in range(rnd.randrange(20, 80)):
            time = start + datetime.timedelta(days=day, minutes=rnd.randrange(0, 3 * 1440))
            extra.append({'type': 'login', 'id': f'stuff-{len(extra)}', 'time': time.strftime('%Y-%m-%dT%H:%M:%SZ'),
                          'account': victim, 'ip': rnd.choice(pool), 'device': 'dev-attack-tool',
                          'user_agent': 'python-requests/2.31', 'success': False})
    return events + extra


def sparse_profiles(labels, events, rnd):
    """Profiles without `created`, `timezone`, `city`, `region` and `phone`."""
    for e in events:
        if e['type'] == 'account':
            for key in ('created', 'timezone', 'city', 'region', 'phone'):
                e.pop(key, None)
    return events


def lossy(labels, events, rnd):
    """A third of the lines of every kind lost (profiles included)."""
    return [e for e in events if rnd.random() >= 0.3]


def joint_accounts(labels, events, rnd):
    """Couples (two `shared_home` accounts on one home address) paid into one joint account."""
    sharers = {a for a, r in labels.items() if r['persona'] == 'shared_home'}
    by_home = defaultdict(list)
    for account, address in home_addresses(events, sharers).items():
        by_home[address].append(account)
    partner = {b: a for a, b in (sorted(pair) for pair in by_home.values() if len(pair) == 2)}
    first = {}
    for e in events:
        if e['type'] == 'payout' and e['account'] in partner.values() and 'destination' in e:
            first.setdefault(e['account'], e['destination'])
    for e in events:
        if e['type'] == 'payout' and partner.get(e['account']) in first and 'destination' in e:
            e['destination'] = first[partner[e['account']]]
    return events


def family_laptop(labels, events, rnd):
    """Couples paid into one joint account (as `joint-accounts`) who also sign in on one laptop: the
    partner's logins carry the first account's usual device id."""
    events = joint_accounts(labels, events, rnd)
    sharers = {a for a, r in labels.items() if r['persona'] == 'shared_home'}
    by_home = defaultdict(list)
    for account, address in home_addresses(events, sharers).items():
        by_home[address].append(account)
    partner = {b: a for a, b in (sorted(pair) for pair in by_home.values() if len(pair) == 2)}
    devices = defaultdict(Counter)
    for e in events:
        if e['type'] == 'login' and 'device' in e:
            devices[e['account']][e['device']] += 1
    for e in events:
        if e['type'] == 'login' and devices[partner.get(e['account'], '')]:
            e['device'] = devices[partner[e['account']]].most_common(1)[0][0]
    return events


def china_trip(labels, events, rnd):
    """60 honest freelancers spend five days in China mid-window on hotel and office lines (addresses of
    the population's people in China)."""
    china = Counter(e['ip'] for e in events if e['type'] == 'login' and labels[e['account']]['persona'] == 'china_vpn')
    lines = [ip for ip, _ in china.most_common(6)]
    honest = sorted(a for a, r in labels.items() if r['label'] == 'honest' and r['persona'] in ('freelancer', 'top_freelancer', 'traveller'))
    start = datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc)
    trips = {a: (rnd.randrange(12, 30), rnd.choice(lines)) for a in rnd.sample(honest, 60)}
    for e in events:
        if e['account'] in trips and e['type'] in ('login', 'work') and 'ip' in e:
            first, line = trips[e['account']]
            if first <= (datetime.datetime.fromisoformat(e['time']) - start).days < first + 5:
                e['ip'] = line
    return events


def coworking(labels, events, rnd):
    """Three coworking spaces: 12 honest freelancers of one country each work from the space's address on
    weekdays 08-17 UTC, from home otherwise."""
    claimed = claimed_countries(events)
    workers = {a for a, r in labels.items() if r['label'] == 'honest' and r['persona'] in ('freelancer', 'top_freelancer')}
    homes = home_addresses(events, workers)
    by_country = defaultdict(list)
    for account in sorted(homes):
        if account in claimed:
            by_country[claimed[account]].append(account)
    space = {}
    for country in sorted(by_country, key=lambda c: -len(by_country[c]))[:3]:
        members = by_country[country][:12]
        for member in members:
            space[member] = homes[members[0]]
    for e in events:
        if e['account'] in space and e['type'] in ('login', 'work') and 'ip' in e:
            time = datetime.datetime.fromisoformat(e['time']).astimezone(datetime.timezone.utc)
            if time.weekday() < 5 and 8 <= time.hour < 17:
                e['ip'] = space[e['account']]
    return events


def residential_proxies(labels, events, rnd):
    """DPRK accounts on residential proxies: every address of a DPRK account becomes one home address of
    an honest freelancer in the country it claims (another per account)."""
    claimed = claimed_countries(events)
    freelancers = {a for a, r in labels.items() if r['persona'] == 'freelancer'}
    pool = defaultdict(list)
    for account, address in sorted(home_addresses(events, freelancers).items()):
        if account in claimed:
            pool[claimed[account]].append(address)
    proxy = {a: rnd.choice(pool[claimed[a]]) for a, r in sorted(labels.items())
             if r['label'] == 'dprk' and pool.get(claimed.get(a))}
    for e in events:
        if e['account'] in proxy and e['type'] in ('login', 'work', 'endpoint') and 'ip' in e:
            e['ip'] = proxy[e['account']]
    return events


def dropping(*types):
    def variant(labels, events, rnd):
        return [e for e in events if e['type'] not in types]
    variant.__doc__ = 'Without ' + ', '.join(f'`{t}`' for t in types) + ' events.'
    return variant


VARIANTS = {
    'stuffing': stuffing,
    'sparse-profiles': sparse_profiles,
    'lossy': lossy,
    'joint-accounts': joint_accounts,
    'family-laptop': family_laptop,
    'china-trip': china_trip,
    'coworking': coworking,
    'residential-proxies': residential_proxies,
    'no-payouts': dropping('payout'),
    'network-and-bids-only': dropping('payout', 'shipment', 'endpoint', 'interview', 'document', 'reference', 'message', 'review', 'contract'),
}


def make(name, src, dst):
    labels, events = read(src)
    events = VARIANTS[name](labels, events, random.Random(20261123))
    os.makedirs(dst, exist_ok=True)
    with open(os.path.join(dst, 'events.ndjson'), 'w') as out:
        for e in events:
            out.write(json.dumps(e, separators=(',', ':')) + '\n')
    with open(os.path.join(src, 'labels.csv')) as a, open(os.path.join(dst, 'labels.csv'), 'w') as b:
        b.write(a.read())


def score(directory, report):
    labels = {r['account']: r for r in csv.DictReader(open(os.path.join(directory, 'labels.csv')))}
    flagged, total = Counter(), Counter()
    for account in json.load(open(report))['accounts']:
        label = labels[account['account']]['label']
        total[label] += 1
        flagged[label] += account['level'] in ('high', 'critical')
    print(f"DPRK at high {flagged['dprk']}/{total['dprk']}, honest at high {flagged['honest']}/{total['honest']}")


NAME_SETS = {
    # family names, given names, the seed, and how a name is written from them
    'korean': (['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon',
                'Hwang', 'Ahn', 'Song', 'Jeon', 'Hong', 'Yu', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Sim'],
               ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Jong-min', 'Sung-ho', 'Young-soo', 'Jae-won', 'Hyun-woo', 'Eun-ji', 'Su-bin',
                'Jong-su', 'Sang-min', 'Chul-soo', 'Se-hoon', 'Kyung-hoon', 'Myung-chul', 'Song-hwa', 'In-chul', 'Kyung-sik',
                'Ung-sun', 'Jin-woo', 'Do-yun', 'Ha-eun', 'Ji-woo', 'Seung-hyun', 'Dong-hyun', 'Jun-ho', 'Sang-woo', 'Tae-yang',
                'Yeon-woo'],
               1, [lambda f, g: f'{f} {g}', lambda f, g: f'{g} {f}', lambda f, g: f"{f} {g.replace('-', '')}"]),
    'chinese': (['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu',
                 'Guo', 'He', 'Gao', 'Lin', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng'],
                ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Lei', 'Jun', 'Yang', 'Yong', 'Jie', 'Tao', 'Ming', 'Chao', 'Xiuying',
                 'Xiaoming', 'Hui', 'Qiang', 'Ping', 'Gang', 'Hong', 'Haiyan', 'Jianhua', 'Jianguo', 'Yan', 'Li', 'Bin', 'Hao',
                 'Yu', 'Zhiqiang', 'Xin'],
                2, [lambda f, g: f'{f} {g}', lambda f, g: f'{g} {f}']),
    'hispanic-arabic': (['Garcia', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez',
                         'Torres', 'Flores', 'Rivera', 'Gomez', 'Diaz', 'Reyes', 'Cruz', 'Morales', 'Ortiz', 'Gutierrez',
                         'Chavez', 'Khan', 'Ali', 'Ahmed', 'Hussain', 'Hassan', 'Ibrahim', 'Rahman', 'Mahmoud', 'Abdullah',
                         'Saleh'],
                        ['Jose', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Miguel', 'Maria', 'Ana', 'Carmen', 'Rosa', 'Pedro', 'Manuel',
                         'Jesus', 'Antonio', 'Francisco', 'Mohammed', 'Ahmed', 'Ali', 'Omar', 'Fatima', 'Aisha', 'Yusuf',
                         'Hassan', 'Ibrahim', 'Khalid', 'Tariq', 'Samir', 'Layla', 'Nour', 'Karim'],
                        3, None),
}


def listed_spellings():
    """The spellings of listed people in listed-spellings.txt, one a line."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'listed-spellings.txt')
    with open(path, encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip() and not line.startswith('#')]


def common_names(name_set, out):
    """600 worker profiles with common names of one language: 30 family names x 30 given names; or, for
    `spellings`, one profile for each spelling of a listed person in listed-spellings.txt."""
    if name_set == 'spellings':
        write_profiles(listed_spellings(), 's', out)
        return
    families, givens, seed, writings = NAME_SETS[name_set]
    rnd, names = random.Random(seed), set()
    while len(names) < 600:
        if writings is None:
            names.add(f'{rnd.choice(givens)} {rnd.choice(families)}')
        else:
            family, given = rnd.choice(families), rnd.choice(givens)
            names.add(rnd.choice(writings)(family, given))
    write_profiles(sorted(names), {'korean': 'kr', 'chinese': 'cn', 'hispanic-arabic': 'w'}[name_set], out)


def write_profiles(names, prefix, out):
    with open(out, 'w') as f:
        for index, name in enumerate(names):
            f.write(json.dumps({'type': 'account', 'time': '2026-03-01T00:00:00Z', 'account': f'{prefix}-{index}', 'name': name, 'country': 'US'}) + '\n')


def main(argv):
    if argv[1:2] == ['list']:
        for name, variant in VARIANTS.items():
            print(f"{name}: {' '.join((variant.__doc__ or '').split())}")
    elif argv[1:2] == ['make'] and len(argv) == 5 and argv[2] in VARIANTS:
        make(argv[2], argv[3], argv[4])
    elif argv[1:2] == ['names'] and len(argv) == 4 and (argv[2] in NAME_SETS or argv[2] == 'spellings'):
        common_names(argv[2], argv[3])
    elif argv[1:2] == ['score'] and len(argv) == 4:
        score(argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv)

import Foundation
import RedflagPrimitives

/// Checks accounts against official sanctions lists and curated indicators.
///
/// Names are matched with ``NameSimilarity`` through a ``NameIndex`` over every name and alias;
/// wallets, e-mails, domains (and their parent domains) and document numbers match exactly; IP addresses
/// are checked against indicator address blocks. A date of birth or country in the query adjusts a name
/// match (``MatchAdjustment``) but never creates one on its own.
public struct Screener: Sendable {
    /// The lists searched, official first, then indicator lists.
    public let lists: [SanctionsList]
    /// Minimum name score (0...100) for a hit; OFAC's own default is 80.
    public var threshold: Double

    struct Ref: Sendable, Hashable { var list: Int; var entry: Int }

    let refs: [Ref]
    let index: NameIndex
    let identifiers: [String: [Ref]]
    let networks: [(IPNetwork, Ref)]

    public init(lists: [SanctionsList], indicators: IndicatorSet, threshold: Double = NameSimilarity.defaultThreshold) {
        let all = lists + indicators.lists
        self.lists = all
        self.threshold = threshold
        var refs: [Ref] = []
        var names: [NameIndex.Name] = []
        var ids: [String: [Ref]] = [:]
        for (l, list) in all.enumerated() {
            for (e, entry) in list.entries.enumerated() {
                let ref = Ref(list: l, entry: e)
                let owner = refs.count
                refs.append(ref)
                if entry.kind != .identifier {
                    var seen = Set<String>()
                    for name in entry.allNames where seen.insert(name).inserted {
                        names.append(.init(text: name, owner: owner))
                    }
                }
                func add(_ key: String?) { if let key, ids[key]?.contains(ref) != true { ids[key, default: []].append(ref) } }
                entry.emails.forEach { add(Identifiers.email($0).map { "email:" + $0 }) }
                entry.wallets.forEach { add(Identifiers.wallet($0.address).map { "wallet:" + $0 }) }
                entry.domains.forEach { add("domain:" + $0) }
                entry.documentNumbers.forEach { add(Identifiers.document($0).map { "doc:" + $0 }) }
            }
        }
        var networks: [(IPNetwork, Ref)] = []
        for (i, nets) in indicators.networks.enumerated() {
            for n in nets { networks.append((n.network, Ref(list: lists.count + i, entry: n.entry))) }
        }
        self.refs = refs
        self.index = NameIndex(names: names)
        self.identifiers = ids
        self.networks = networks
    }

    /// The curated indicators only (no official list loaded).
    public static func embeddedDefault() throws -> Screener {
        Screener(lists: [], indicators: try IndicatorSet.embeddedDefault())
    }

    /// Number of names and aliases indexed.
    public var indexedNameCount: Int { index.names.count }

    /// Every entry whose best name or alias scores at least `threshold` against `name`, best first.
    public func matches(name: String, threshold: Double) -> [NameMatch] {
        var scratch = NameIndex.Scratch(count: index.names.count)
        return matches(name: name, threshold: threshold, scratch: &scratch)
    }

    /// Like ``matches(name:threshold:)`` for many names, reusing one set of buffers and (unless
    /// `rememberingTokens` is false) the similar listed tokens found for each distinct query token.
    public func matches(names: [String], threshold: Double, rememberingTokens: Bool = true) -> [[NameMatch]] {
        var scratch = NameIndex.Scratch(count: index.names.count)
        scratch.remembersTokens = rememberingTokens
        return names.map { matches(name: $0, threshold: threshold, scratch: &scratch) }
    }

    /// Like ``matches(names:threshold:rememberingTokens:)``, and a name written in another script
    /// (``Transliteration``) is also screened as read in Latin letters, as the lists write names: each
    /// name's reading (nil for Latin script) and its matches, the better score of an entry's two, best
    /// first. ``NameSimilarity`` itself compares names as written, as OFAC's search does.
    public func matchesReadingOtherScripts(names: [String], threshold: Double) -> [(reading: String?, matches: [NameMatch])] {
        var scratch = NameIndex.Scratch(count: index.names.count)
        return names.map { name in
            let asWritten = matches(name: name, threshold: threshold, scratch: &scratch)
            guard let reading = Transliteration.latin(name) else { return (nil, asWritten) }
            var best: [String: NameMatch] = [:]
            for match in asWritten + matches(name: reading, threshold: threshold, scratch: &scratch) {
                let key = match.list + "\u{0}" + match.entry.id
                if best[key].map({ $0.score < match.score }) ?? true { best[key] = match }
            }
            return (reading, best.values.sorted { ($0.score, $1.list, $1.entry.id) > ($1.score, $0.list, $0.entry.id) })
        }
    }

    func matches(name: String, threshold: Double, scratch: inout NameIndex.Scratch) -> [NameMatch] {
        // Hits come best first, so an entry's first hit is its best name.
        let hits = index.search(name, threshold: threshold, scratch: &scratch, firstPerOwner: true)
        var matches: [NameMatch] = []
        matches.reserveCapacity(hits.count)
        for hit in hits {
            let ref = refs[hit.owner]
            let list = lists[ref.list]
            matches.append(NameMatch(list: list.name, isIndicator: list.isIndicator, entries: list.entries,
                                     entryIndex: ref.entry, matchedName: index.names[hit.nameIndex].text,
                                     score: hit.score, matchedTokens: hit.matchedTokens))
        }
        return matches
    }

    /// Buffers for ``screen(_:scratch:)``, to reuse across the queries of a scan.
    public func makeScratch() -> NameIndex.Scratch { NameIndex.Scratch(count: index.names.count) }

    /// All hits for one account: names (adjusted by birth date and country), then exact identifiers.
    public func screen(_ query: ScreeningQuery) -> [ScreeningHit] {
        var scratch = makeScratch()
        return screen(query, scratch: &scratch)
    }

    /// ``screen(_:)`` with buffers (from ``makeScratch()``) that persist across calls, so that many
    /// accounts screened in a row share bound tables and what was found for repeated name parts.
    public func screen(_ query: ScreeningQuery, scratch: inout NameIndex.Scratch) -> [ScreeningHit] {
        var hits: [ScreeningHit] = []
        for name in query.names {
            for m in matches(name: name, threshold: threshold - MatchAdjustment.maximumRaise, scratch: &scratch) {
                let adjusted = MatchAdjustment.adjust(score: m.score, threshold: threshold, entry: m.entry, query: query)
                guard adjusted >= threshold else { continue }
                hits.append(ScreeningHit(
                    kind: .name, isIndicator: m.isIndicator, list: m.list, entryID: m.entry.id, entryName: m.entry.name,
                    programs: m.entry.programs, query: name, score: adjusted, matchedTokens: m.matchedTokens,
                    source: Self.sourceText(m.entry), matchedName: m.matchedName, nameScore: m.score,
                    entryKind: m.entry.kind
                ))
            }
        }
        var keys: [(String, String)] = []
        for e in query.emails {
            guard let email = Identifiers.email(e) else { continue }
            keys.append(("email:" + email, e))
            if let domain = email.split(separator: "@").last {
                for d in Identifiers.domainAndParents(String(domain)) { keys.append(("domain:" + d, e)) }
            }
        }
        for d in query.domains {
            guard let domain = Identifiers.domain(fromURL: d) else { continue }
            for p in Identifiers.domainAndParents(domain) { keys.append(("domain:" + p, d)) }
        }
        for w in query.wallets { if let key = Identifiers.wallet(w) { keys.append(("wallet:" + key, w)) } }
        for d in query.documentNumbers { if let key = Identifiers.document(d) { keys.append(("doc:" + key, d)) } }
        var seen = Set<String>()
        for (key, original) in keys {
            for ref in identifiers[key] ?? [] where seen.insert("\(key)|\(ref.list)|\(ref.entry)").inserted {
                hits.append(identifierHit(ref, query: original, matched: String(key.drop(while: { $0 != ":" }).dropFirst())))
            }
        }
        return hits.sorted { ($0.kind == .identifier ? 1 : 0, $0.score) > ($1.kind == .identifier ? 1 : 0, $1.score) }
    }

    /// Indicator address blocks containing `address` (e.g. North Korea's 175.45.176.0/22).
    public func screen(address: IPAddress) -> [ScreeningHit] {
        networks.filter { $0.0.contains(address) }.map { identifierHit($0.1, query: address.description, matched: $0.0.description) }
    }

    private func identifierHit(_ ref: Ref, query: String, matched: String) -> ScreeningHit {
        let list = lists[ref.list]
        let entry = list.entries[ref.entry]
        return ScreeningHit(kind: .identifier, isIndicator: list.isIndicator, list: list.name, entryID: entry.id,
                            entryName: entry.name, programs: entry.programs, query: query, score: 100,
                            matchedTokens: [matched], source: Self.sourceText(entry))
    }

    static func sourceText(_ entry: SanctionsEntry) -> String? {
        guard let source = entry.source else { return nil }
        return entry.date.map { "\(source) (\($0))" } ?? source
    }
}

extension Screener {
    /// How many of `names` get a different set of (name, score) hits from the index than from scoring
    /// every listed name. Zero means the index lost nothing.
    public func bruteForceDifferences(names: [String], threshold: Double) -> Int {
        var scratch = NameIndex.Scratch(count: index.names.count)
        var differences = 0
        for name in names {
            let fast = index.search(name, threshold: threshold, scratch: &scratch)
            let slow = index.bruteForce(name, threshold: threshold)
            if fast.map(\.nameIndex) != slow.map(\.nameIndex) || fast.map(\.score) != slow.map(\.score) { differences += 1 }
        }
        return differences
    }
}

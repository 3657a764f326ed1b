/// An index over many listed names that returns every name scoring at or above a threshold against a
/// query — exactly the names a brute-force ``NameSimilarity`` scan would return, found without one.
///
/// Per token (the pigeonhole): the per-token score is a mean of pairs each at most 1, so a name can reach
/// threshold `t` only if some query token has a pair at `t` or above. Those pairs come from
/// ``SimilarTokenFinder`` (sublinear, exact); the names holding them are the candidates. For a candidate,
/// each query token without such a pair is bounded by `t` and by ``TokenSignature`` over the name's tokens;
/// only names whose bound reaches `t` get exact Jaro–Winkler for those tokens. Whole string: only names
/// with the query's first byte whose shared-letter bound reaches `t` (``WholeNameScan``). Joined-token
/// alignments are found by exact look-ups and scored with the reference comparison.
public struct NameIndex: Sendable {
    /// One listed name and who it belongs to.
    public struct Name: Sendable, Hashable {
        public var text: String
        /// Index of the owning entry in the caller's entry table.
        public var owner: Int
    }

    /// A name that reached the threshold.
    public struct Hit: Sendable, Hashable {
        public var nameIndex: Int
        public var owner: Int
        public var score: Double
        public var matchedTokens: [String]
    }

    public let names: [Name]
    let prepared: [PreparedName]
    let vocabulary: FlatStrings
    let vocabularyIDs: [[UInt8]: Int32]
    let signatures: [TokenSignature]
    /// Token ids are in length order; those below this limit are short (``NameSimilarity/shortTokenLength``).
    let shortTokenLimit: Int
    let finder: SimilarTokenFinder
    /// Vocabulary id → names holding that token.
    let postings: FlatLists
    /// Name → vocabulary ids of its tokens, in order.
    let nameTokens: FlatLists
    let nameHasLong: [Bool]
    /// Concatenations of adjacent syllable tokens → names with that pair.
    let pairPostings: [[UInt8]: [Int32]]
    let allShortNames: [Int32]
    let joined: FlatStrings
    let whole: WholeNameScan

    public init(names: [Name]) {
        self.names = names
        let prepared = names.map { PreparedName($0.text) }
        self.prepared = prepared
        var vocabulary: [[UInt8]] = []
        var ids: [[UInt8]: Int32] = [:]
        var tokenIDs: [[Int32]] = []
        var pairs: [[UInt8]: [Int32]] = [:]
        var allShort: [Int32] = []
        for (n, name) in prepared.enumerated() {
            tokenIDs.append(name.tokens.map { token in
                if let existing = ids[token] { return existing }
                ids[token] = Int32(vocabulary.count)
                vocabulary.append(token)
                return Int32(vocabulary.count - 1)
            })
            if name.tokens.count > 1 {
                for i in 0..<(name.tokens.count - 1)
                where NameSimilarity.isSyllable(name.tokens[i]) && NameSimilarity.isSyllable(name.tokens[i + 1]) {
                    pairs[name.tokens[i] + name.tokens[i + 1], default: []].append(Int32(n))
                }
            }
            if !name.tokens.isEmpty, name.tokens.allSatisfy({ $0.count <= NameSimilarity.shortTokenLength }) {
                allShort.append(Int32(n))
            }
        }
        // Token ids in length order: the token search works on length-sorted words, and short tokens
        // are the ids below `shortTokenLimit`.
        let byLength = vocabulary.indices.sorted {
            vocabulary[$0].count != vocabulary[$1].count ? vocabulary[$0].count < vocabulary[$1].count : $0 < $1
        }
        var renumbered = [Int32](repeating: 0, count: vocabulary.count)
        for (new, old) in byLength.enumerated() { renumbered[old] = Int32(new) }
        vocabulary = byLength.map { vocabulary[$0] }
        tokenIDs = tokenIDs.map { $0.map { renumbered[Int($0)] } }
        var postings = [[Int32]](repeating: [], count: vocabulary.count)
        for (n, own) in tokenIDs.enumerated() {
            for id in own where postings[Int(id)].last != Int32(n) { postings[Int(id)].append(Int32(n)) }
        }
        let flat = FlatStrings(vocabulary)
        self.vocabulary = flat
        self.vocabularyIDs = ids.mapValues { renumbered[Int($0)] }
        self.signatures = vocabulary.map(TokenSignature.init)
        self.shortTokenLimit = vocabulary.firstIndex { $0.count > NameSimilarity.shortTokenLength } ?? vocabulary.count
        self.finder = SimilarTokenFinder(tokens: flat)
        self.postings = FlatLists(postings)
        self.nameTokens = FlatLists(tokenIDs)
        self.nameHasLong = prepared.map { $0.tokens.contains { $0.count > NameSimilarity.shortTokenLength } }
        self.pairPostings = pairs
        self.allShortNames = allShort
        let joined = FlatStrings(prepared.map(\.joined))
        self.joined = joined
        self.whole = WholeNameScan(joined: joined)
    }

    /// Every listed name whose similarity to `query` is at least `threshold` (0...100), best first.
    public func search(_ query: String, threshold: Double) -> [Hit] {
        var scratch = Scratch(count: names.count)
        return search(query, threshold: threshold, scratch: &scratch)
    }

    /// Like ``search(_:threshold:)``, reusing `scratch` (and the similar tokens it remembers) across searches.
    public func search(_ query: String, threshold: Double, scratch: inout Scratch) -> [Hit] {
        let q = PreparedName(query)
        guard !q.tokens.isEmpty, !names.isEmpty else { return [] }
        // Scores are compared as 100 × similarity; every filter allows for that rounding.
        let floor = threshold / 100 - 1e-9
        let significant = q.significantTokens
        let queryHasLong = significant.contains { $0.count > NameSimilarity.shortTokenLength }
        var query = QueryTokens(significant, minimumLength: queryHasLong ? NameSimilarity.shortTokenLength : 0,
                                floor: floor, width: vocabulary.count)
        scratch.begin(query)

        // 1. Names holding a listed token at the floor with some query token.
        for i in 0..<query.count {
            for (v, s) in similarTokens(query.tokens[i], minimumLength: query.minimumLength, floor: floor, &scratch) {
                scratch.setExact(query.slot(i, Int(v)), s)
                for p in postings.range(Int(v)) { scratch.mark(postings.items[p], Scratch.perToken) }
            }
        }
        if queryHasLong { for n in allShortNames { scratch.mark(n, Scratch.perToken) } }

        // 2. Joined-token alignments (scored in full) and whole-string candidates.
        for token in q.tokens { pairPostings[token]?.forEach { scratch.mark($0, Scratch.needsFull) } }
        let wholeApplies = q.tokens.count > 1
        if wholeApplies {
            for i in 0..<(q.tokens.count - 1)
            where NameSimilarity.isSyllable(q.tokens[i]) && NameSimilarity.isSyllable(q.tokens[i + 1]) {
                if let id = vocabularyIDs[q.tokens[i] + q.tokens[i + 1]] {
                    for p in postings.range(Int(id)) { scratch.mark(postings.items[p], Scratch.needsFull) }
                }
            }
            let table = scratch.table(length: q.joined.count, floor: floor, unconditional: true)
            whole.candidates(q.joined, floor: floor, table: table) { scratch.mark($0, Scratch.wholeCandidate) }
        }
        query.wholePattern = wholeApplies ? PatternJaro(q.joined) : nil

        // 3. Exact scores for the candidates whose bounds reach the threshold, in name order.
        var results: [Hit] = []
        for w in scratch.candidateWords.indices where scratch.candidateWords[w] != 0 {
            var bits = scratch.candidateWords[w]
            scratch.candidateWords[w] = 0
            while bits != 0 {
                let n = w &* 64 &+ bits.trailingZeroBitCount
                bits &= bits &- 1
                let flag = scratch.flags[n]
                scratch.flags[n] = 0
                if let hit = score(n, flag, q, query, threshold: threshold, &scratch) { results.append(hit) }
            }
        }
        scratch.finish()
        results.sort { $0.score != $1.score ? $0.score > $1.score : $0.nameIndex < $1.nameIndex }
        return results
    }

    /// Name `n`'s hit, if it reaches the threshold; `flag` says why it is a candidate.
    private func score(_ n: Int, _ flag: UInt8, _ q: PreparedName, _ query: QueryTokens, threshold: Double,
                       _ scratch: inout Scratch) -> Hit? {
        if flag & Scratch.needsFull != 0 {
            let r = NameSimilarity.compare(q, prepared[n])
            guard r.score >= threshold else { return nil }
            return Hit(nameIndex: n, owner: names[n].owner, score: r.score,
                       matchedTokens: r.matchedTokens.map { String(decoding: $0, as: UTF8.self) })
        }
        var perToken: Double?
        if flag & Scratch.perToken != 0, perTokenMayReach(n, threshold / 100, query, &scratch) {
            perToken = perTokenScore(n, query, &scratch)
        }
        let perTokenHit = perToken.map { 100 * $0 >= threshold } ?? false
        var wholeScore = 0.0
        if q.tokens.count > 1, q.joined.first == joined.firstByte(n), flag & Scratch.wholeCandidate != 0 || perTokenHit {
            wholeScore = joined.withBytes(n) { text in
                if let p = query.wholePattern { return p.unconditional(text) }
                return q.joined.withUnsafeBufferPointer { JaroWinkler.unconditional($0, text) }
            }
        }
        guard perTokenHit || 100 * wholeScore >= threshold else { return nil }
        let score = 100 * max(wholeScore, perToken ?? perTokenScore(n, query, &scratch))
        guard score >= threshold else { return nil }
        return Hit(nameIndex: n, owner: names[n].owner, score: score, matchedTokens: matchedTokens(n, query, &scratch))
    }

    /// The listed tokens (longer than `minimumLength`) at `floor` or above with `token`, remembered in `scratch`.
    func similarTokens(_ token: [UInt8], minimumLength: Int, floor: Double, _ scratch: inout Scratch) -> [(Int32, Double)] {
        var key = token
        key.append(UInt8(minimumLength))
        if let remembered = scratch.memo[key] { return remembered }
        let table = scratch.table(length: token.count, floor: floor, unconditional: false)
        let found = finder.find(token, floor: floor, minimumLength: minimumLength, tokens: vocabulary,
                                signatures: signatures, table: table)
        if scratch.remembersTokens {
            if scratch.memo.count >= Scratch.memoLimit { scratch.memo.removeAll() }
            scratch.memo[key] = found
        }
        return found
    }
}

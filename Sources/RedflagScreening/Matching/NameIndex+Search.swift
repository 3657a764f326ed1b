extension NameIndex {
    /// Every listed name whose similarity to `query` is at least `threshold` (0...100), best first.
    public func search(_ query: String, threshold: Double) -> [Hit] {
        var scratch = Scratch(count: names.count)
        return search(query, threshold: threshold, scratch: &scratch)
    }

    /// Like ``search(_:threshold:)``, reusing `scratch` (and the token searches it remembers) across searches.
    public func search(_ query: String, threshold: Double, scratch: inout Scratch) -> [Hit] {
        let q = PreparedName(query)
        // With no listed token, no name has a per-token or whole-string score.
        guard !q.tokens.isEmpty, vocabulary.count > 0 else { return [] }
        // Scores are compared as 100 × similarity; every filter allows for that rounding.
        let floor = threshold / 100 - 1e-9
        let significant = q.significantTokens
        let queryHasLong = significant.contains { $0.count > NameSimilarity.shortTokenLength }
        let query = QueryTokens(significant, minimumLength: queryHasLong ? NameSimilarity.shortTokenLength : 0,
                                floor: floor, width: vocabulary.count)
        scratch.begin(floor: floor, tokens: query.count, width: query.width, words: query.words)
        var matches: [TokenMatches] = []
        matches.reserveCapacity(query.count)
        for i in 0..<query.count {
            let m = tokenMatches(query.tokens[i], query, &scratch)
            scratch.levelBits.append(contentsOf: m.bits)
            for (v, s) in m.found { scratch.setExact(i, Int(v), s, query) }
            matches.append(m)
        }
        var results: [Hit] = []

        // 1. Joined-token alignments: scored in full at the end.
        func needsFull(_ n: Int32) {
            if scratch.flags[Int(n)] & Scratch.needsFull == 0 { scratch.visit(n, Scratch.needsFull); scratch.fullNames.append(n) }
        }
        for token in q.tokens { pairPostings[token]?.forEach(needsFull) }
        let wholeApplies = q.tokens.count > 1
        if wholeApplies {
            for i in 0..<(q.tokens.count - 1)
            where NameSimilarity.isSyllable(q.tokens[i]) && NameSimilarity.isSyllable(q.tokens[i + 1]) {
                if let id = vocabularyIDs[q.tokens[i] + q.tokens[i + 1]] {
                    for p in postings.range(Int(id)) { needsFull(postings.elements[p]) }
                }
            }
            // 2. Names whose whole-string bound reaches the floor (only they can have a whole score that matters).
            let table = scratch.table(length: q.joined.count, floor: floor, unconditional: true)
            whole.candidates(q.joined, floor: floor, table: table) { n in
                scratch.visit(n, Scratch.wholeCandidate)
                scratch.wholeNames.append(n)
            }
        }
        let wholePattern = wholeApplies ? PatternJaro(q.joined) : nil
        func wholeScore(_ n: Int) -> Double {
            joined.withBytes(n) { text in
                if let wholePattern { return wholePattern.unconditional(text) }
                return q.joined.withUnsafeBufferPointer { JaroWinkler.unconditional($0, text) }
            }
        }

        if scratch.levelBits.isEmpty { scratch.levelBits.append(0) }
        var exact: [Double] = [], known: [UInt64] = [], levelBits: [UInt64] = []
        swap(&exact, &scratch.exact)
        swap(&known, &scratch.known)
        swap(&levelBits, &scratch.levelBits)
        exact.withUnsafeMutableBufferPointer { exact in
        known.withUnsafeMutableBufferPointer { known in
        levelBits.withUnsafeBufferPointer { levelBits in
        records.withUnsafeBufferPointer { records in
        nameTokens.elements.withUnsafeBufferPointer { items in
            let pairs = PairScorer(query: query, vocabulary: vocabulary, shortTokenLimit: shortTokenLimit,
                                   exact: exact.baseAddress!, known: known.baseAddress!, levelBits: levelBits.baseAddress!)
            func tokens(of n: Int) -> UnsafeBufferPointer<Int32> { UnsafeBufferPointer(rebasing: items[nameTokens.range(n)]) }
            func perTokenHit(_ n: Int32, _ perToken: Double, _ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool) {
                // The whole score matters only if it can beat the per-token score, which is at the floor.
                let whole = scratch.flags[Int(n)] & Scratch.wholeCandidate != 0 ? wholeScore(Int(n)) : 0
                scratch.flags[Int(n)] |= Scratch.handled
                let score = 100 * max(whole, perToken)
                guard score >= threshold else { return }
                results.append(Hit(nameIndex: Int(n), owner: names[Int(n)].owner, score: score,
                                   matchedTokens: pairs.matchedTokens(tokens, hasLong: hasLong)))
            }
            let done = Scratch.visited | Scratch.handled | Scratch.needsFull

            // 3. Per token: the names holding a listed token at the floor, each with its token ids at hand.
            for i in 0..<query.count {
                for (v, _) in matches[i].found {
                    var p = Int(recordStarts[Int(v)])
                    let end = Int(recordStarts[Int(v) + 1])
                    while p < end {
                        let n = records[p]
                        let header = records[p &+ 1]
                        let count = Int(header & 0xFFFF)
                        let start = p &+ 2
                        p = start &+ count
                        if scratch.flags[Int(n)] & done != 0 { continue }
                        scratch.visit(n, Scratch.visited)
                        let tokens = UnsafeBufferPointer(rebasing: records[start..<p])
                        let hasLong = header & Self.longFlag != 0
                        if let s = pairs.perTokenScore(tokens, hasLong: hasLong, last: i) {
                            perTokenHit(n, s, tokens, hasLong: hasLong)
                        }
                    }
                }
            }
            if queryHasLong {
                for n in allShortNames where scratch.flags[Int(n)] & done == 0 {
                    scratch.visit(n, Scratch.visited)
                    let own = tokens(of: Int(n))
                    if let s = pairs.perTokenScore(own, hasLong: false, last: 0) { perTokenHit(n, s, own, hasLong: false) }
                }
            }

            // 4. Whole string: any other name whose whole score reaches the threshold (its per-token score is below).
            for n in scratch.wholeNames where scratch.flags[Int(n)] & (Scratch.handled | Scratch.needsFull) == 0 {
                let score = 100 * wholeScore(Int(n))
                guard score >= threshold else { continue }
                results.append(Hit(nameIndex: Int(n), owner: names[Int(n)].owner, score: score,
                                   matchedTokens: pairs.matchedTokens(tokens(of: Int(n)), hasLong: nameHasLong[Int(n)])))
            }
        }
        }
        }
        }
        }
        swap(&exact, &scratch.exact)
        swap(&known, &scratch.known)
        swap(&levelBits, &scratch.levelBits)

        // 5. Names with joined tokens, by the reference comparison.
        for n in scratch.fullNames {
            let r = NameSimilarity.compare(q, prepared[Int(n)])
            guard r.score >= threshold else { continue }
            results.append(Hit(nameIndex: Int(n), owner: names[Int(n)].owner, score: r.score,
                               matchedTokens: r.matchedTokens.map { String(decoding: $0, as: UTF8.self) }))
        }
        scratch.finish(tokens: query.count, words: query.words)
        results.sort { $0.score != $1.score ? $0.score > $1.score : $0.nameIndex < $1.nameIndex }
        return results
    }

    /// What the token search finds for `token` (listed tokens at the floor, letter-bound levels), remembered in `scratch`.
    func tokenMatches(_ token: [UInt8], _ query: QueryTokens, _ scratch: inout Scratch) -> TokenMatches {
        var key = token
        key.append(UInt8(query.minimumLength))
        if let remembered = scratch.memo[key] { return remembered }
        let table = scratch.table(length: token.count, floor: query.floor, unconditional: false)
        let needs = scratch.wordNeeds(length: token.count, minimumLength: query.minimumLength) { scratch in
            let levels = query.levelFloors.map { f in
                (floor: f, table: scratch.table(length: token.count, floor: f, unconditional: false))
            }
            return finder.wordNeeds(length: token.count, floor: query.floor, minimumLength: query.minimumLength,
                                    table: table, levels: levels)
        }
        let found = finder.search(token, floor: query.floor, minimumLength: query.minimumLength, tokens: vocabulary,
                                  signatures: signatures, table: table, levels: query.levelFloors.count, needs: needs)
        if scratch.remembersTokens {
            if scratch.memo.count >= Scratch.memoLimit { scratch.memo.removeAll() }
            scratch.memo[key] = found
        }
        return found
    }
}

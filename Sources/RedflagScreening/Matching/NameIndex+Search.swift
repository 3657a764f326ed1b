extension NameIndex {
    /// Every listed name whose similarity to `query` is at least `threshold` (0...100), best first.
    public func search(_ query: String, threshold: Double) -> [Hit] {
        var scratch = Scratch(count: names.count)
        return search(query, threshold: threshold, scratch: &scratch)
    }

    /// Like ``search(_:threshold:)``, reusing `scratch` (and the token searches it remembers) across searches.
    public func search(_ query: String, threshold: Double, scratch: inout Scratch) -> [Hit] {
        search(query, threshold: threshold, scratch: &scratch, firstPerOwner: false)
    }

    /// Like ``search(_:threshold:scratch:)``; with `firstPerOwner`, only each owner's first hit (its best name)
    /// is returned, and the others' matched tokens are never turned into strings.
    func search(_ query: String, threshold: Double, scratch: inout Scratch, firstPerOwner: Bool) -> [Hit] {
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
        var matches: [[(Int32, Double)]] = []
        matches.reserveCapacity(query.count)
        for i in 0..<query.count {
            let found = tokenCodes(i, query, &scratch)
            for (v, s) in found { scratch.setExact(i, Int(v), s, query) }
            matches.append(found)
        }
        // Hits as plain values until they are sorted (`scratch.hits`): matched tokens as listed-token ids, or
        // for names scored in full, strings in `fullMatched`.
        var fullMatched: [[String]] = []

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
            whole.candidates(q.joined, floor: floor, table: table) { c in
                scratch.visit(c.name, Scratch.wholeCandidate)
                scratch.wholeBound[Int(c.name)] = c.bound
                scratch.wholeCandidates.append(c)
            }
        }
        let wholeQuery = WholeQuery(q.joined, applies: wholeApplies)
        let wholeCandidates = scratch.wholeCandidates

        // The per-candidate loop reads the index, the query and the scratch tables through raw views
        // (NameIndex+Views.swift): no reference counting or bounds checks per candidate.
        withViews { index in
        query.withViews { queryViews in
        wholeQuery.withScorer { wholeScorer in
        scratch.withTables { tables, touched, hits in
            let pairs = PairScorer(query: query, views: queryViews, vocabulary: index.vocabulary, tables: tables,
                                   shortTokenLimit: shortTokenLimit)
            let flags = tables.flags
            @inline(__always) func visit(_ n: Int, _ flag: UInt8) {
                if flags[n] == 0 { touched.append(Int32(n)) }
                flags[n] |= flag
            }
            func perTokenHit(_ n: Int, _ perToken: Double) {
                // The whole score matters only if it can beat the per-token score: its bound must exceed it
                // (with a margin, so that rounding never decides).
                let f = flags[n]
                let whole = f & Scratch.wholeCandidate != 0 && tables.wholeBound[n] + 1e-9 > perToken
                    ? wholeScorer.score(index.joined[n]) : 0
                flags[n] = f | Scratch.handled
                let score = 100 * max(whole, perToken)
                guard score >= threshold else { return }
                hits.add(n, score) { pairs.matchedIDs(into: &$0) }
            }
            let done = Scratch.visited | Scratch.handled | Scratch.needsFull

            // The walk below reads these records in order but from scattered places: their cache lines are
            // loaded first, independently of each other. The union of what was read goes to `bests[0]`, which
            // every candidate overwrites before reading it, only so that the compiler keeps the reads.
            tables.bests[0] = Double(index.touchPostings(of: matches) & 1)
            // 3. Per token: the names holding a listed token at the floor, each with its token ids at hand.
            for i in 0..<query.count {
                for (v, _) in matches[i] {
                    var p = Int(index.recordStarts[Int(v)])
                    let end = Int(index.recordStarts[Int(v) + 1])
                    while p < end {
                        let n = Int(index.records[p])
                        let header = index.records[p &+ 1]
                        let count = Int(header & 0xFFFF)
                        let start = p &+ 2
                        p = start &+ count
                        if flags[n] & done != 0 { continue }
                        visit(n, Scratch.visited)
                        let tokens = UnsafeBufferPointer(start: index.records + start, count: count)
                        if let s = pairs.perTokenScore(tokens, hasLong: header & Self.longFlag != 0, last: i) {
                            perTokenHit(n, s)
                        }
                    }
                }
            }
            if queryHasLong {
                for n32 in allShortNames {
                    let n = Int(n32)
                    if flags[n] & done != 0 { continue }
                    visit(n, Scratch.visited)
                    if let s = pairs.perTokenScore(index.nameTokens[n], hasLong: false, last: 0) { perTokenHit(n, s) }
                }
            }

            // 4. Whole string: any other name whose whole score reaches the threshold (its per-token score is
            // below), read in scan order; a comparison stops once too few matches remain possible.
            for c in wholeCandidates {
                let n = Int(c.name)
                if flags[n] & (Scratch.handled | Scratch.needsFull) != 0 { continue }
                let score = 100 * wholeScorer.score(index.scanTexts[Int(c.position)], minimumMatches: Int(c.requiredMatches))
                guard score >= threshold else { continue }
                hits.add(n, score) { pairs.matchedIDs(index.nameTokens[n], hasLong: nameHasLong[n], into: &$0) }
            }
        }
        }
        }
        }

        // 5. Names with joined tokens, by the reference comparison.
        for n in scratch.fullNames {
            let r = NameSimilarity.compare(q, prepared[Int(n)])
            guard r.score >= threshold else { continue }
            scratch.hits.found.append(Found(name: n, matched: Int32(fullMatched.count), count: -1, score: r.score))
            fullMatched.append(r.matchedTokens.map { String(decoding: $0, as: UTF8.self) })
        }
        scratch.finish(tokens: query.count, words: query.words)
        let results = scratch.hits.sorted(names: names, vocabulary: vocabulary, fullMatched: fullMatched,
                                          firstPerOwner: firstPerOwner)
        scratch.hits.removeAll()
        return results
    }

    /// What the token search finds for `token` (listed tokens at the floor, letter-bound levels).
    func tokenMatches(_ token: [UInt8], _ query: QueryTokens, _ scratch: inout Scratch) -> TokenMatches {
        let table = scratch.table(length: token.count, floor: query.floor, unconditional: false)
        let needs = scratch.wordNeeds(length: token.count, minimumLength: query.minimumLength) { scratch in
            let levels = query.levelFloors.map { f in
                (floor: f, table: scratch.table(length: token.count, floor: f, unconditional: false))
            }
            return finder.wordNeeds(length: token.count, floor: query.floor, minimumLength: query.minimumLength,
                                    table: table, levels: levels)
        }
        return finder.search(token, floor: query.floor, minimumLength: query.minimumLength, tokens: vocabulary,
                             table: table, levels: query.levelFloors.count, needs: needs)
    }
}

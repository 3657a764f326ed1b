/// Scores query tokens against listed tokens during one search: exact similarities computed once and kept
/// per (query token, listed token), and upper bounds read from the token search's level bits — all through
/// raw buffers owned by ``NameIndex/Scratch`` and the index, so the per-candidate loop does no reference
/// counting.
struct PairScorer {
    /// Query tokens, and the stride of the per-token tables.
    let count: Int
    let width: Int
    let words: Int
    let levels: Int
    let floor: Double
    let minimumLength: Int
    let shortTokenLimit: Int
    let query: NameIndex.QueryTokens.Views
    let vocabulary: FlatView<UInt8>
    /// `exact[i × width + v]`: the similarity, valid where `known` has the bit; `levelBits[(i × words + w) ×
    /// levels + k]` (see ``TokenMatches``); `bestIDs`/`bests`: the last scored name's best pairs.
    let tables: NameIndex.Scratch.Tables
    /// ``NameIndex/QueryTokens/levelBounds``: the bound by the number of levels a listed token meets.
    let levelBounds: UnsafePointer<Double>

    init(query: NameIndex.QueryTokens, views: NameIndex.QueryTokens.Views, vocabulary: FlatView<UInt8>,
         tables: NameIndex.Scratch.Tables, shortTokenLimit: Int) {
        count = query.count
        width = query.width
        words = query.words
        levels = query.levelFloors.count
        floor = query.floor
        minimumLength = query.minimumLength
        self.shortTokenLimit = shortTokenLimit
        self.query = views
        self.vocabulary = vocabulary
        self.tables = tables
        levelBounds = views.levelBounds
    }

    @inline(__always)
    func isKnown(_ i: Int, _ v: Int) -> Bool {
        (tables.known[i &* words &+ v &>> 6] &>> UInt64(v & 63)) & 1 != 0
    }

    @inline(__always)
    func setExact(_ i: Int, _ v: Int, _ similarity: Double) {
        tables.exact[i &* width &+ v] = similarity
        tables.known[i &* words &+ v &>> 6] |= UInt64(1) << UInt64(v & 63)
    }

    /// Exact similarity of query token `i` and listed token `v`, computed once per search.
    @inline(__always)
    func similarity(_ i: Int, _ v: Int) -> Double {
        if isKnown(i, v) { return tables.exact[i &* width &+ v] }
        let text = vocabulary[v]
        let token = query.info[i]
        let pattern = query.bytes + Int(token.start)
        let s = token.hasPattern
            ? PatternJaro.standard(positions: query.masks + i &* 256, pattern: pattern, length: Int(token.length), text)
            : JaroWinkler.standard(UnsafeBufferPointer(start: pattern, count: Int(token.length)), text)
        setExact(i, v, s)
        return s
    }

    /// An upper bound on what the pair (query token `i`, listed token `v`) adds to the per-token sum: the
    /// exact similarity when known; 0 when the letter bound is below the pair floor; else the floor of the
    /// lowest level the letter bound misses, or the search floor when the token search covered `v` (a
    /// listed token it did not return is below the floor), or 1. Levels are nested (a higher floor needs
    /// more shared letters), so the levels met are counted.
    @inline(__always)
    func upperBound(_ i: Int, _ v: Int) -> Double {
        if isKnown(i, v) { return tables.exact[i &* width &+ v] }
        let base = (i &* words &+ v &>> 6) &* levels
        let shift = UInt64(v & 63)
        let met = Self.levelsMet(tables.levelBits + base, levels: levels, shift: shift)
        return levelBounds[minimumLength == 0 || v >= shortTokenLimit ? met : met &+ 4]
    }

    /// How many of the (at most three) level words at `bits` have bit `shift` set.
    @inline(__always)
    static func levelsMet(_ bits: UnsafePointer<UInt64>, levels: Int, shift: UInt64) -> Int {
        guard levels > 0 else { return 0 }
        var met = Int((bits[0] &>> shift) & 1)
        if levels > 1 {
            met &+= Int((bits[1] &>> shift) & 1)
            if levels > 2 { met &+= Int((bits[2] &>> shift) & 1) }
        }
        return met
    }

    /// The per-token score of the name with listed token ids `tokens`, identical to ``NameSimilarity`` when no
    /// tokens are joined — or nil when upper bounds prove it is below the floor. Query token `last` (the one
    /// that made the name a candidate, so likely a good pair) is bounded last. On a score, the tables' `bestIDs[i]`
    /// and `bests[i]` hold query token `i`'s best listed token (-1: none) and its similarity.
    func perTokenScore(_ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool, last: Int) -> Double? {
        guard !tokens.isEmpty else { return nil }
        let n = count
        let needed = floor * Double(n)
        // The pair loop is ``upperBound(_:_:)`` on locals, so that they stay in registers.
        let known = tables.known, exact = tables.exact, levelBits = tables.levelBits, levelBounds = levelBounds
        let words = words, width = width, levels = levels, shortTokenLimit = shortTokenLimit
        let shortOffset = minimumLength == 0 ? 0 : 4
        var total = 0.0
        var i = last
        for left in stride(from: n - 1, through: 0, by: -1) {
            i = i == n &- 1 ? 0 : i &+ 1
            let skipShort = query.info[i].isLong && hasLong
            let knownRow = known + i &* words
            let exactRow = exact + i &* width
            let levelRow = levelBits + i &* words &* levels
            var best = 0.0
            for t in tokens {
                let v = Int(t)
                let isShort = v < shortTokenLimit
                if skipShort && isShort { continue }
                let w = v &>> 6
                let shift = UInt64(truncatingIfNeeded: v & 63)
                let bound: Double
                if (knownRow[w] &>> shift) & 1 != 0 {
                    bound = exactRow[v]
                } else {
                    let met = Self.levelsMet(levelRow + w &* levels, levels: levels, shift: shift)
                    bound = levelBounds[isShort ? met &+ shortOffset : met]
                }
                best = max(best, bound)
            }
            total += best
            if total + Double(left) < needed { return nil }
        }
        var sum = 0.0
        for i in 0..<n {
            let (best, id) = bestPair(i, tokens, hasLong: hasLong)
            tables.bestIDs[i] = id
            tables.bests[i] = best
            if best >= NameSimilarity.pairFloor { sum += best }
        }
        return sum / Double(n)
    }

    /// Query token `i`'s most similar listed token among `tokens` (the first of equals) and the similarity.
    @inline(__always)
    func bestPair(_ i: Int, _ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool) -> (Double, Int32) {
        let skipShort = query.info[i].isLong && hasLong
        var best = 0.0
        var bestID: Int32 = -1
        for t in tokens {
            let v = Int(t)
            if skipShort && v < shortTokenLimit { continue }
            if upperBound(i, v) <= best { continue }
            let s = similarity(i, v)
            if s > best { best = s; bestID = t }
        }
        return (best, bestID)
    }

    /// The listed tokens that were the best pair (at least 0.8) of some query token, as ``NameSimilarity``
    /// reports them, from the pairs ``perTokenScore(_:hasLong:last:)`` left.
    func matchedTokens() -> [String] {
        let (bestIDs, bests) = (tables.bestIDs, tables.bests)
        var matched: [String] = []
        var ids: [Int32] = []
        for i in 0..<count where bests[i] >= 0.8 && bestIDs[i] >= 0 && !ids.contains(bestIDs[i]) {
            let v = Int(bestIDs[i])
            ids.append(bestIDs[i])
            matched.append(String(decoding: vocabulary[v], as: UTF8.self))
        }
        return matched
    }

    /// The matched tokens of a name scored without ``perTokenScore(_:hasLong:last:)``.
    func matchedTokens(_ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool) -> [String] {
        for i in 0..<count { (tables.bests[i], tables.bestIDs[i]) = bestPair(i, tokens, hasLong: hasLong) }
        return matchedTokens()
    }
}

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
    /// Bound by the number of levels a listed token meets: searched tokens (below the floor when not found),
    /// then tokens the search skipped (short ones, for long query tokens).
    let searchedBound: SIMD4<Double>
    let skippedBound: SIMD4<Double>

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
        // Missing level 0 (the pair floor) means the pair adds nothing; missing level k means below its floor.
        var searched = SIMD4<Double>(repeating: 0), skipped = SIMD4<Double>(repeating: 0)
        for k in 0..<levels where k > 0 { searched[k] = query.levelFloors[k]; skipped[k] = query.levelFloors[k] }
        searched[levels] = query.floor
        skipped[levels] = 1
        searchedBound = searched
        skippedBound = skipped
    }

    @inline(__always)
    func isKnown(_ i: Int, _ v: Int) -> Bool {
        (tables.known[i &* words &+ v &>> 6] >> UInt64(v & 63)) & 1 != 0
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
        var met = 0
        for k in 0..<levels { met &+= Int((tables.levelBits[base &+ k] >> shift) & 1) }
        return minimumLength == 0 || v >= shortTokenLimit ? searchedBound[met] : skippedBound[met]
    }

    /// The per-token score of the name with listed token ids `tokens`, identical to ``NameSimilarity`` when no
    /// tokens are joined — or nil when upper bounds prove it is below the floor. Query token `last` (the one
    /// that made the name a candidate, so likely a good pair) is bounded last. On a score, the tables' `bestIDs[i]`
    /// and `bests[i]` hold query token `i`'s best listed token (-1: none) and its similarity.
    func perTokenScore(_ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool, last: Int) -> Double? {
        guard !tokens.isEmpty else { return nil }
        let n = count
        let needed = floor * Double(n)
        var total = 0.0
        var i = last
        for left in stride(from: n - 1, through: 0, by: -1) {
            i = i == n &- 1 ? 0 : i &+ 1
            let skipShort = query.info[i].isLong && hasLong
            var best = 0.0
            for t in tokens {
                let v = Int(t)
                if skipShort && v < shortTokenLimit { continue }
                best = max(best, upperBound(i, v))
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

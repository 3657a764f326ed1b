/// Scores query tokens against listed tokens during one search: exact similarities computed once and kept
/// per (query token, listed token), and upper bounds read from the query tokens' ``PairCodes`` — all through
/// raw buffers owned by ``NameIndex/Scratch`` and the index, so the per-candidate loop does no reference
/// counting.
struct PairScorer {
    /// Query tokens, and the stride of the per-token tables.
    let count: Int
    let width: Int
    let words: Int
    let floor: Double
    /// The code sum a name needs (``PairCodes/neededCode(floor:tokens:)``).
    let neededCode: Int
    let shortTokenLimit: Int
    let query: NameIndex.QueryTokens.Views
    let vocabulary: FlatView<UInt8>
    /// `exact[i × width + v]`: the similarity, valid where `known` has the bit; `codes[rowOffsets[i] + v]`:
    /// the pair's upper bound in 255ths; `bestIDs`/`bests`: the last scored name's best pairs.
    let tables: NameIndex.Scratch.Tables

    init(query: NameIndex.QueryTokens, views: NameIndex.QueryTokens.Views, vocabulary: FlatView<UInt8>,
         tables: NameIndex.Scratch.Tables, shortTokenLimit: Int) {
        count = query.count
        width = query.width
        words = query.words
        floor = query.floor
        neededCode = PairCodes.neededCode(floor: query.floor, tokens: query.count)
        self.shortTokenLimit = shortTokenLimit
        self.query = views
        self.vocabulary = vocabulary
        self.tables = tables
    }

    @inline(__always)
    func isKnown(_ i: Int, _ v: Int) -> Bool {
        (tables.known[i &* words &+ v &>> 6] &>> UInt64(v & 63)) & 1 != 0
    }

    /// Records an exact similarity, and tightens the pair's code to it for the names bounded later.
    @inline(__always)
    func setExact(_ i: Int, _ v: Int, _ similarity: Double) {
        tables.exact[i &* width &+ v] = similarity
        tables.known[i &* words &+ v &>> 6] |= UInt64(1) << UInt64(v & 63)
        tables.codes[tables.rowOffsets[i] &+ v] = PairCodes.code(similarity)
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
    /// exact similarity when known, else its code.
    @inline(__always)
    func upperBound(_ i: Int, _ v: Int) -> Double {
        if isKnown(i, v) { return tables.exact[i &* width &+ v] }
        return Double(tables.codes[tables.rowOffsets[i] &+ v]) * (1.0 / 255)
    }

    /// The per-token score of the name with listed token ids `tokens`, identical to ``NameSimilarity`` when no
    /// tokens are joined — or nil when upper bounds prove it is below the floor. Query token `last` (the one
    /// that made the name a candidate, so likely a good pair) is bounded last. On a score, the tables' `bestIDs[i]`
    /// and `bests[i]` hold query token `i`'s best listed token (-1: none) and its similarity.
    @inline(__always)
    func perTokenScore(_ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool, last: Int) -> Double? {
        guard !tokens.isEmpty, let total = codeBound(tokens, hasLong: hasLong, last: last) else { return nil }
        return exactScore(tokens, hasLong: hasLong, last: last, bound: total)
    }

    /// The sum of each query token's best code over `tokens` (left in `bests` per query token), or nil as soon
    /// as it cannot reach ``neededCode``: one byte per pair, integers only (inlined into the candidate loop).
    @inline(__always)
    func codeBound(_ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool, last: Int) -> Int? {
        let n = count
        let codes = tables.codes, rowOffsets = tables.rowOffsets, bests = tables.bests, info = query.info
        let shortTokenLimit = shortTokenLimit, needed = neededCode
        var total = 0
        var i = last
        for left in stride(from: n - 1, through: 0, by: -1) {
            i = i == n &- 1 ? 0 : i &+ 1
            let row = codes + rowOffsets[i]
            var best: UInt8 = 0
            if info[i].isLong && hasLong {
                for t in tokens where Int(t) >= shortTokenLimit { best = max(best, row[Int(t)]) }
            } else {
                for t in tokens { best = max(best, row[Int(t)]) }
            }
            bests[i] = Double(best)
            total &+= Int(best)
            if total &+ left &* 255 < needed { return nil }
        }
        return total
    }

    /// The exact per-token score of a name whose codes sum to `bound` (``codeBound(_:hasLong:last:)``), pairs in
    /// the same order; nil as soon as the exact pairs so far plus the codes of the others fall below the floor
    /// (with the margin of ``PairCodes/neededCode(floor:tokens:)``).
    func exactScore(_ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool, last: Int, bound: Int) -> Double? {
        let n = count
        let bests = tables.bests, bestIDs = tables.bestIDs
        let floorSum = floor * Double(n) - 1e-6
        var exactSum = 0.0
        var remaining = Double(bound)
        var i = last
        for _ in 0..<n {
            i = i == n &- 1 ? 0 : i &+ 1
            remaining -= bests[i]
            let (best, id) = bestPair(i, tokens, hasLong: hasLong)
            bestIDs[i] = id
            bests[i] = best
            if best >= NameSimilarity.pairFloor { exactSum += best }
            if exactSum + remaining * (1.0 / 255) < floorSum { return nil }
        }
        // Summed in query order, as ``NameSimilarity`` does, so that the score is the same to the last bit.
        var sum = 0.0
        for i in 0..<n where bests[i] >= NameSimilarity.pairFloor { sum += bests[i] }
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

    /// Appends the listed tokens that were the best pair (at least 0.8) of some query token, as
    /// ``NameSimilarity`` reports them (ids, first occurrence only), from the pairs
    /// ``perTokenScore(_:hasLong:last:)`` left.
    func matchedIDs(into ids: inout [Int32]) {
        let (bestIDs, bests) = (tables.bestIDs, tables.bests)
        let start = ids.count
        for i in 0..<count where bests[i] >= 0.8 && bestIDs[i] >= 0 && !ids[start...].contains(bestIDs[i]) {
            ids.append(bestIDs[i])
        }
    }

    /// The matched tokens of a name scored without ``perTokenScore(_:hasLong:last:)``.
    func matchedIDs(_ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool, into ids: inout [Int32]) {
        for i in 0..<count { (tables.bests[i], tables.bestIDs[i]) = bestPair(i, tokens, hasLong: hasLong) }
        matchedIDs(into: &ids)
    }
}

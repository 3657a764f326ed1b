/// Scores query tokens against listed tokens during one search: exact similarities computed once and kept
/// per (query token, listed token), and upper bounds read from the token search's level bits — all through
/// raw buffers owned by ``NameIndex/Scratch``, so the per-candidate loop does no reference counting.
struct PairScorer {
    let query: NameIndex.QueryTokens
    let vocabulary: FlatStrings
    let shortTokenLimit: Int
    /// Per slot `i × width + v`: the exact similarity, valid where `known` has the bit.
    let exact: UnsafeMutablePointer<Double>
    let known: UnsafeMutablePointer<UInt64>
    /// `levelBits[(i × words + w) × levels + k]`, see ``TokenMatches``.
    let levelBits: UnsafePointer<UInt64>
    let levels: Int
    /// Bound by the number of levels a listed token meets: searched tokens (below the floor when not found),
    /// then tokens the search skipped (short ones, for long query tokens).
    let searchedBound: [Double]
    let skippedBound: [Double]

    init(query: NameIndex.QueryTokens, vocabulary: FlatStrings, shortTokenLimit: Int, exact: UnsafeMutablePointer<Double>,
         known: UnsafeMutablePointer<UInt64>, levelBits: UnsafePointer<UInt64>) {
        self.query = query
        self.vocabulary = vocabulary
        self.shortTokenLimit = shortTokenLimit
        self.exact = exact
        self.known = known
        self.levelBits = levelBits
        levels = query.levelFloors.count
        // Missing level 0 (the pair floor) means the pair adds nothing; missing level k means below its floor.
        let below = (0..<query.levelFloors.count).map { $0 == 0 ? 0 : query.levelFloors[$0] }
        searchedBound = below + [query.floor]
        skippedBound = below + [1]
    }

    @inline(__always)
    func isKnown(_ i: Int, _ v: Int) -> Bool {
        (known[i &* query.words &+ v &>> 6] >> UInt64(v & 63)) & 1 != 0
    }

    @inline(__always)
    func setExact(_ i: Int, _ v: Int, _ similarity: Double) {
        exact[i &* query.width &+ v] = similarity
        known[i &* query.words &+ v &>> 6] |= UInt64(1) << UInt64(v & 63)
    }

    /// Exact similarity of query token `i` and listed token `v`, computed once per search.
    @inline(__always)
    func similarity(_ i: Int, _ v: Int) -> Double {
        if isKnown(i, v) { return exact[i &* query.width &+ v] }
        let s: Double = vocabulary.withBytes(v) { text in
            if let p = query.patterns[i] { return p.standard(text) }
            return query.tokens[i].withUnsafeBufferPointer { JaroWinkler.standard($0, text) }
        }
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
        if isKnown(i, v) { return exact[i &* query.width &+ v] }
        let base = (i &* query.words &+ v &>> 6) &* levels
        let shift = UInt64(v & 63)
        var met = 0
        for k in 0..<levels { met &+= Int((levelBits[base &+ k] >> shift) & 1) }
        return query.minimumLength == 0 || v >= shortTokenLimit ? searchedBound[met] : skippedBound[met]
    }

    /// The per-token score of the name with listed token ids `tokens`, identical to ``NameSimilarity`` when no
    /// tokens are joined — or nil when upper bounds prove it is below the floor. Query token `last` (the one
    /// that made the name a candidate, so likely a good pair) is bounded last.
    func perTokenScore(_ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool, last: Int) -> Double? {
        guard !tokens.isEmpty else { return nil }
        let n = query.count
        let needed = query.floor * Double(n)
        var total = 0.0
        var i = last
        for left in stride(from: n - 1, through: 0, by: -1) {
            i = i == n &- 1 ? 0 : i &+ 1
            let skipShort = query.isLong[i] && hasLong
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
            let skipShort = query.isLong[i] && hasLong
            var best = 0.0
            for t in tokens {
                let v = Int(t)
                if skipShort && v < shortTokenLimit { continue }
                if upperBound(i, v) <= best { continue }
                let s = similarity(i, v)
                if s > best { best = s }
            }
            if best >= NameSimilarity.pairFloor { sum += best }
        }
        return sum / Double(n)
    }

    /// The listed tokens that were the best pair (at least 0.8) of some query token, as ``NameSimilarity`` reports them.
    func matchedTokens(_ tokens: UnsafeBufferPointer<Int32>, hasLong: Bool) -> [String] {
        var matched: [Int32] = []
        for i in 0..<query.count {
            let skipShort = query.isLong[i] && hasLong
            var best = 0.0
            var bestID: Int32 = -1
            for t in tokens {
                let v = Int(t)
                if skipShort && v < shortTokenLimit { continue }
                if upperBound(i, v) <= best { continue }
                let s = similarity(i, v)
                if s > best { best = s; bestID = t }
            }
            if best >= 0.8, bestID >= 0, !matched.contains(bestID) { matched.append(bestID) }
        }
        return matched.map { String(decoding: vocabulary.array(Int($0)), as: UTF8.self) }
    }
}
